#pragma once

#include "MessageMedia.h"
#include "TransferModel.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <optional>

namespace atrium::crypto {
struct EncryptedFile;
}
namespace atrium::media {
class MediaDownload;
class MediaTransfer;
} // namespace atrium::media
namespace atrium::sync {
class SendQueue;
class Session;
} // namespace atrium::sync

namespace atrium::models {

// Files in the views: images for the timeline and the viewer (fetched only
// through the account's media layer, decrypted in memory for encrypted
// rooms after the hash check, thumbnails preferred), opening a file with
// the system's application (never a program or script: those can only be
// saved), saving as, audio and video handed to the views' players
// (loadPlayback), sending files with a caption, and the progress of all of
// it in a TransferModel. One per SessionController.
class MediaController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(atrium::models::TransferModel *transfers READ transfers CONSTANT)
    Q_PROPERTY(bool clipboardHasFiles READ clipboardHasFiles NOTIFY clipboardChanged)
    // The server's m.upload.size in bytes; -1 while unknown or when it sets none.
    Q_PROPERTY(double uploadLimit READ uploadLimit NOTIFY uploadLimitChanged)
public:
    // Images decrypted into memory for showing are at most this large.
    static constexpr qint64 MaxImageBytes = 48 * 1024 * 1024;
    // Images are decoded at most this large on each side.
    static constexpr int MaxImageSide = 8192;
    // Audio and video of encrypted rooms are decrypted into memory to play:
    // at most this large (larger ones can be saved and opened).
    static constexpr qint64 MaxPlaybackBytes = 256 * 1024 * 1024;
    // The inline size asked of the server for images without a thumbnail.
    static constexpr int ServerThumbnailWidth = 800;
    static constexpr int ServerThumbnailHeight = 600;
    // Avatars are drawn up to 56 px, at up to 2x scale.
    static constexpr int AvatarThumbnailSize = 128;

    using ImageDone = std::function<void(const QImage &image, const QString &error)>;
    using Opener = std::function<bool(const QUrl &url)>;

    explicit MediaController(sync::Session *session, QObject *parent = nullptr);
    ~MediaController() override;

    TransferModel *transfers() const { return m_transfers; }

    // The image:// URL (provider "atrium-media") that shows a file message's
    // image: its thumbnail (`full` false) or the whole picture; our file
    // being sent shows from the disk. For a video: its thumbnail (the
    // poster), when it has one. Empty when there is nothing to show.
    Q_INVOKABLE QString imageSource(const QVariantMap &media, bool full);
    // An avatar (an mxc:// URI; anything else is refused, empty): a small
    // square thumbnail the server crops, the picture itself if it makes none.
    Q_INVOKABLE QString avatarSource(const QString &mxcUri);
    // Audio and video inline: gets the file of `media` to `player` (a QML
    // MediaPlayer). Our file being sent plays from the disk; a plain one
    // from the media cache once downloaded; an encrypted one is decrypted in
    // memory after the hash check and handed over as a QIODevice
    // (setSourceDevice), never written to disk in the clear. The fetch shows
    // under playbackKey() in the transfers, with its error if it fails.
    Q_INVOKABLE void loadPlayback(const QVariantMap &media, QObject *player);
    Q_INVOKABLE QString playbackKey(const QVariantMap &media) const;
    // The TransferModel key of a file's download (open or save).
    Q_INVOKABLE QString fileKey(const QVariantMap &media) const;
    // The TransferModel key of our file's upload.
    Q_INVOKABLE QString uploadKey(const QString &transactionId) const;
    // A transfer as {known, running, purpose, state, progress, bytesDone,
    // bytesTotal, error, filePath}; transferChanged(key) says when to ask again.
    Q_INVOKABLE QVariantMap transfer(const QString &key) const;

    // Downloads the file (once) and opens it with the system's application;
    // refuses programs and scripts (openRefused), by name, declared type
    // and content.
    Q_INVOKABLE void open(const QVariantMap &media);
    // Downloads the file to `destination` (a file URL). An existing file is
    // replaced only with `overwrite` (else "name (1).ext" is used).
    Q_INVOKABLE void saveAs(const QVariantMap &media, const QUrl &destination, bool overwrite);
    // Stops every download of the file that is running: opening or saving
    // it, fetching it to play, its image or thumbnail for the views. Their
    // transfers end "cancelled" and nothing of them stays on disk.
    Q_INVOKABLE void cancelDownload(const QVariantMap &media);
    // Where "Save as…" starts: the Downloads folder and the sanitized name.
    Q_INVOKABLE QUrl suggestedSaveUrl(const QVariantMap &media) const;
    Q_INVOKABLE bool fileExists(const QUrl &url) const;

    // Our file still uploading or waiting: out of the outbox, nothing else
    // touched. False when it is too late (its event is on the way).
    Q_INVOKABLE bool cancelUpload(const QString &transactionId);
    // A local file for the preview sheet: {name, size, sizeText, mimeType,
    // isImage, width, height, error}; a file over the server's upload limit
    // has the error that says so (tooLarge true).
    Q_INVOKABLE QVariantMap describeFile(const QUrl &url) const;
    double uploadLimit() const { return m_uploadLimit; }
    // Asks the server for m.upload.size (once it answered, never again).
    Q_INVOKABLE void fetchUploadLimit();
    bool clipboardHasFiles() const;
    // The clipboard's files, or its image written to a PNG file (kept until
    // sent or dropped). Empty when it holds neither.
    Q_INVOKABLE QList<QUrl> pasteFiles();
    // Files the preview sheet dropped without sending: pasted images go.
    Q_INVOKABLE void dropPasted(const QList<QUrl> &files);
    // Queues each file for the room (the caption goes with the first one).
    Q_INVOKABLE void sendFiles(const QString &roomId, const QList<QUrl> &files,
                               const QString &caption);

    // For the image provider: decodes the image `id` (from imageSource)
    // scaled to fit `requestedSize` (invalid: full size), calling `done` on
    // this thread unless `context` is gone.
    void requestImage(const QString &id, const QSize &requestedSize, QObject *context,
                      ImageDone done);
    // How files are opened; QDesktopServices by default (tests replace it).
    void setOpener(Opener opener) { m_opener = std::move(opener); }
    // Where opened files are downloaded to: per file, under the data directory.
    QString openDirectory() const;
    QString pasteDirectory() const;

signals:
    void clipboardChanged();
    void uploadLimitChanged();
    void transferChanged(const QString &key);
    void opened(const QString &path);
    void openRefused(const QString &name, const QString &reason);
    void saved(const QString &key, const QString &path);
    void transferFailed(const QString &key, const QString &message);
    void sendRefused(const QString &roomId, const QString &reason);

private:
    struct ImageSource
    {
        QString uri;
        QJsonObject encryptedFile;
        bool serverThumbnail = false;
        bool avatar = false; // a small cropped square, not a picture's preview
        QString localPath;
        QString name;
    };
    void onSessionStateChanged();
    // The image a file message shows (thumbnail or `full`) and its id; no id
    // when it shows none.
    QString imageFor(const MessageMedia &media, bool full, ImageSource *source) const;
    void fetchImage(const QString &id, const ImageSource &source, const QSize &size,
                    QObject *context, ImageDone done);
    void startFileDownload(const MessageMedia &media, const QString &destination, bool overwrite,
                           const QString &purpose);
    // Follows a transfer into the TransferModel under `key`; `done` runs
    // once, also when the transfer goes away with its session.
    void track(media::MediaTransfer *transfer, const QString &key, const QString &purpose,
               const QString &name, QObject *context, std::function<void()> done,
               qint64 knownSize = -1);
    void openDownloaded(const QString &key, const QString &name, const QString &path);

    QPointer<sync::Session> m_session;
    QPointer<sync::SendQueue> m_queue;
    TransferModel *m_transfers;
    QHash<QString, ImageSource> m_images;                            // by image id
    QMultiHash<QString, QPointer<media::MediaDownload>> m_downloads; // by transfer key
    QHash<QString, QString> m_pastedUploads; // transaction id → pasted file
    Opener m_opener;
    double m_uploadLimit = -1;
};

} // namespace atrium::models
