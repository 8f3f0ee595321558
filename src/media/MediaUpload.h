#pragma once

#include "MediaTransfer.h"
#include "crypto/EncryptedFile.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QPointer>
#include <memory>
#include <optional>

class QNetworkReply;
class QTemporaryFile;

namespace atrium::matrix {
class HttpClient;
}

namespace atrium::media {

// Uploads one file to the content repository, streamed from disk. With
// encryption on, the file is first encrypted (on a worker thread) into a
// temporary file, which is what gets uploaded; encryptedFile() then holds
// the key, iv and hash for the event's `file` field. With `thumbnail` on,
// what is uploaded is a thumbnail of the image (ImageThumbnail) or of a
// video's frame (MediaProbe), and thumbnailInfo() describes it.
class MediaUpload : public MediaTransfer
{
    Q_OBJECT
public:
    struct Options
    {
        QString path;
        QString contentType; // of the plaintext; uploads of ciphertext say octet-stream
        QString fileName;    // sent as ?filename= (not for encrypted uploads)
        bool encrypt = false;
        bool thumbnail = false;
    };

    MediaUpload(matrix::HttpClient *http, Options options, QObject *parent = nullptr);
    ~MediaUpload() override;

    const Options &options() const { return m_options; }
    // The mxc URI once succeeded.
    QString contentUri() const { return m_contentUri; }
    // For encrypted uploads, once succeeded (url filled in).
    std::optional<crypto::EncryptedFile> encryptedFile() const { return m_encrypted; }
    // For thumbnails: {w, h, mimetype, size}, the event's thumbnail_info.
    QJsonObject thumbnailInfo() const { return m_thumbnailInfo; }

    // Starts, checking the size against the server's limit first (none if
    // nullopt). Called by MediaClient once it knows the limit.
    void start(std::optional<qint64> sizeLimit);

private:
    void stopWork() override;
    void send(const QString &path, const QString &contentType, const QString &fileName);

    matrix::HttpClient *m_http;
    Options m_options;
    std::shared_ptr<QTemporaryFile> m_prepared; // ciphertext or thumbnail
    // What the worker thread made of the file before the upload.
    struct Prepared
    {
        QString error;
        std::optional<crypto::EncryptedFile> encrypted;
        QJsonObject thumbnailInfo;
    };
    QFutureWatcher<Prepared> m_preparation;
    QPointer<QNetworkReply> m_reply;
    QString m_contentUri;
    std::optional<crypto::EncryptedFile> m_encrypted;
    QJsonObject m_thumbnailInfo;
};

// "12.3 MB": sizes in messages to people.
QString formatSize(qint64 bytes);

} // namespace atrium::media
