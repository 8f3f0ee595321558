#include "MediaController.h"

#include "AsyncResult.h"
#include "crypto/EncryptedFile.h"
#include "media/FileSafety.h"
#include "media/MediaClient.h"
#include "media/MediaDownload.h"
#include "media/MediaUpload.h"
#include "media/SafeFileName.h"
#include "sync/SendQueue.h"
#include "sync/Session.h"

#include <QBuffer>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageReader>
#include <QMimeData>
#include <QMimeDatabase>
#include <QStandardPaths>
#include <QtConcurrent>
#include <algorithm>
#include <utility>

namespace atrium::models {

namespace {

const QString ImageScheme = QStringLiteral("image://atrium-media/");

QString hashOf(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

struct Decoded
{
    QImage image;
    QString error;
};

// Decodes on a worker thread: scaled down to fit `requested` (never up),
// oriented per EXIF, at most MaxImageSide a side.
Decoded decode(QIODevice *device, const QString &path, const QSize &requested)
{
    QImageReader reader;
    if (device)
        reader.setDevice(device);
    else
        reader.setFileName(path);
    reader.setAutoTransform(true);
    QSize size = reader.size();
    if (size.isValid() && (reader.transformation() & QImageIOHandler::TransformationRotate90))
        size.transpose();
    if (size.isValid()) {
        QSize bound(MediaController::MaxImageSide, MediaController::MaxImageSide);
        if (requested.width() > 0 || requested.height() > 0)
            bound = QSize(requested.width() > 0 ? requested.width() : bound.width(),
                          requested.height() > 0 ? requested.height() : bound.height());
        if (size.width() > bound.width() || size.height() > bound.height()) {
            QSize scaled = size.scaled(bound, Qt::KeepAspectRatio);
            if (reader.transformation() & QImageIOHandler::TransformationRotate90)
                scaled.transpose();
            reader.setScaledSize(scaled.expandedTo(QSize(1, 1)));
        }
    }
    QImage image = reader.read();
    if (image.isNull())
        return {{}, QStringLiteral("cannot show the image: %1").arg(reader.errorString())};
    return {image, {}};
}

QString stateName(media::MediaTransfer::State state)
{
    switch (state) {
    case media::MediaTransfer::State::Running:
        return QStringLiteral("running");
    case media::MediaTransfer::State::Succeeded:
        return QStringLiteral("succeeded");
    case media::MediaTransfer::State::Failed:
        return QStringLiteral("failed");
    case media::MediaTransfer::State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace

MediaController::MediaController(sync::Session *session, QObject *parent)
    : QObject(parent), m_session(session), m_transfers(new TransferModel(this)),
      m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    connect(session, &sync::Session::stateChanged, this, &MediaController::onSessionStateChanged);
    if (session->state() == sync::Session::State::Ready)
        onSessionStateChanged();
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
                &MediaController::clipboardChanged);
    auto changed = [this](const QModelIndex &from, const QModelIndex &to) {
        for (int row = from.row(); row <= to.row(); ++row)
            emit transferChanged(m_transfers->index(row).data(TransferModel::KeyRole).toString());
    };
    connect(m_transfers, &QAbstractItemModel::dataChanged, this, changed);
    connect(m_transfers, &QAbstractItemModel::rowsInserted, this,
            [changed, this](const QModelIndex &, int first, int last) {
                changed(m_transfers->index(first), m_transfers->index(last));
            });
    connect(m_transfers, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                QStringList keys;
                for (int row = first; row <= last; ++row)
                    keys.append(m_transfers->index(row).data(TransferModel::KeyRole).toString());
                // After the removal, so that transfer(key) no longer finds them.
                QMetaObject::invokeMethod(
                    this,
                    [this, keys]() {
                        for (const QString &key : keys)
                            emit transferChanged(key);
                    },
                    Qt::QueuedConnection);
            });
}

MediaController::~MediaController() = default;

void MediaController::onSessionStateChanged()
{
    if (!m_session || m_session->state() != sync::Session::State::Ready)
        return;
    auto *queue = m_session->sendQueue();
    // A new queue for every sign-in: connect each once.
    if (!queue || queue == m_queue)
        return;
    m_queue = queue;
    fetchUploadLimit();
    connect(queue, &sync::SendQueue::uploadProgress, this,
            [this](const QString &, const QString &transactionId, qint64 sent, qint64 total) {
                const QString key = uploadKey(transactionId);
                if (!m_transfers->isRunning(key))
                    m_transfers->start(key, QStringLiteral("upload"), {});
                m_transfers->setProgress(key, sent, total);
            });
    auto uploadOver = [this](const QString &transactionId) {
        m_transfers->remove(uploadKey(transactionId));
        const QString pasted = m_pastedUploads.take(transactionId);
        if (!pasted.isEmpty())
            QFile::remove(pasted);
    };
    connect(queue, &sync::SendQueue::sent, this,
            [uploadOver](const QString &, const QString &transactionId, const QString &) {
                uploadOver(transactionId);
            });
    connect(
        queue, &sync::SendQueue::discarded, this,
        [uploadOver](const QString &, const QString &transactionId) { uploadOver(transactionId); });
    connect(queue, &sync::SendQueue::failed, this,
            [this](const QString &, const QString &transactionId, const QString &) {
                // Kept for Retry: the pasted file too.
                m_transfers->remove(uploadKey(transactionId));
            });
}

QString MediaController::imageFor(const MessageMedia &media, bool full, ImageSource *source) const
{
    // Only images, and a video's thumbnail (its poster): showing a file card
    // never downloads its file.
    if (media.kind == QLatin1String("video")) {
        if (full || !media.localPath.isEmpty() ||
            (media.thumbnailFile.isEmpty() && media.thumbnailUrl.isEmpty()))
            return {};
    } else if (media.kind != QLatin1String("image")) {
        return {};
    }
    source->name = media.name;
    if (!media.localPath.isEmpty()) {
        source->localPath = media.localPath;
        return QStringLiteral("local/") + hashOf(media.localPath);
    }
    if (!full && !media.thumbnailFile.isEmpty()) {
        source->encryptedFile = media.thumbnailFile;
        source->uri = media.thumbnailFile.value(QLatin1String("url")).toString();
    } else if (!full && !media.thumbnailUrl.isEmpty()) {
        source->uri = media.thumbnailUrl;
    } else if (media.isEncrypted()) {
        source->encryptedFile = media.file;
        source->uri = media.sourceUri();
    } else if (!media.url.isEmpty()) {
        source->uri = media.url;
        // A large picture without a thumbnail of its own: the server scales it.
        source->serverThumbnail =
            !full && (media.width > ServerThumbnailWidth || media.height > ServerThumbnailHeight);
    } else {
        return {};
    }
    return (source->serverThumbnail ? QStringLiteral("thumbnail/") : QStringLiteral("file/")) +
           hashOf(source->uri);
}

QString MediaController::imageSource(const QVariantMap &map, bool full)
{
    ImageSource source;
    const QString id = imageFor(MessageMedia::fromVariantMap(map), full, &source);
    if (id.isEmpty())
        return {};
    m_images.insert(id, source);
    return ImageScheme + id;
}

QString MediaController::avatarSource(const QString &mxcUri)
{
    if (!mxcUri.startsWith(QLatin1String("mxc://")))
        return {};
    ImageSource source;
    source.uri = mxcUri;
    source.serverThumbnail = true;
    source.avatar = true;
    const QString id = QStringLiteral("avatar/") + hashOf(mxcUri);
    m_images.insert(id, source);
    return ImageScheme + id;
}

QString MediaController::fileKey(const QVariantMap &media) const
{
    const QString uri = MessageMedia::fromVariantMap(media).sourceUri();
    return uri.isEmpty() ? QString() : QStringLiteral("file:") + uri;
}

QString MediaController::playbackKey(const QVariantMap &media) const
{
    const QString uri = MessageMedia::fromVariantMap(media).sourceUri();
    return uri.isEmpty() ? QString() : QStringLiteral("play:") + uri;
}

void MediaController::loadPlayback(const QVariantMap &map, QObject *player)
{
    const MessageMedia media = MessageMedia::fromVariantMap(map);
    if (!player || (media.kind != QLatin1String("audio") && media.kind != QLatin1String("video")))
        return;
    auto setSource = [player](const QUrl &url) {
        QMetaObject::invokeMethod(player, "setSource", Q_ARG(QUrl, url));
    };
    if (!media.localPath.isEmpty()) {
        setSource(QUrl::fromLocalFile(media.localPath));
        return;
    }
    const QString key = playbackKey(map);
    if (key.isEmpty())
        return;
    auto refuse = [this, key, &media](const QString &reason) {
        m_transfers->start(key, QStringLiteral("play"), media.name);
        m_transfers->finish(key, QStringLiteral("failed"), reason);
    };
    media::MediaClient *client = m_session ? m_session->media() : nullptr;
    if (!client) {
        refuse(tr("not signed in"));
        return;
    }
    if (m_transfers->isRunning(key))
        return;
    media::MediaDownload *download = nullptr;
    if (media.isEncrypted()) {
        if (media.size > MaxPlaybackBytes) {
            refuse(tr("too large to play here (%1); save it to play it")
                       .arg(media::formatSize(media.size)));
            return;
        }
        QString error;
        const auto file = crypto::EncryptedFile::fromJson(media.file, &error);
        if (!file) {
            refuse(tr("the file's key is not valid: %1").arg(error));
            return;
        }
        download = client->downloadEncryptedToMemory(*file, MaxPlaybackBytes);
    } else {
        download = client->download(media.url, {});
    }
    QPointer<media::MediaDownload> transfer(download);
    track(
        download, key, QStringLiteral("play"), media.name, player,
        [transfer, player, setSource, name = media.name, encrypted = media.isEncrypted()]() {
            if (!transfer || transfer->state() != media::MediaTransfer::State::Succeeded)
                return;
            if (!encrypted) {
                setSource(QUrl::fromLocalFile(transfer->filePath()));
                return;
            }
            // The player reads the plaintext from memory; the buffer goes with it.
            const auto old = player->findChildren<QBuffer *>(QStringLiteral("atrium-playback"),
                                                             Qt::FindDirectChildrenOnly);
            auto *buffer = new QBuffer(player);
            buffer->setObjectName(QStringLiteral("atrium-playback"));
            buffer->setData(transfer->data());
            buffer->open(QIODevice::ReadOnly);
            // The name tells the player the container (by its extension).
            QMetaObject::invokeMethod(
                player, "setSourceDevice", Q_ARG(QIODevice *, buffer),
                Q_ARG(QUrl, QUrl(QStringLiteral("file:///") +
                                 QString::fromLatin1(QUrl::toPercentEncoding(name)))));
            qDeleteAll(old);
        },
        media.size);
}

QString MediaController::uploadKey(const QString &transactionId) const
{
    return QStringLiteral("upload:") + transactionId;
}

QVariantMap MediaController::transfer(const QString &key) const
{
    const int row = m_transfers->rowOfKey(key);
    if (row < 0)
        return {{QStringLiteral("known"), false},
                {QStringLiteral("running"), false},
                {QStringLiteral("progress"), -1.0}};
    const QModelIndex index = m_transfers->index(row);
    const QString state = index.data(TransferModel::StateRole).toString();
    return {{QStringLiteral("known"), true},
            {QStringLiteral("running"), state == QLatin1String("running")},
            {QStringLiteral("purpose"), index.data(TransferModel::PurposeRole)},
            {QStringLiteral("state"), state},
            {QStringLiteral("progress"), index.data(TransferModel::ProgressRole)},
            {QStringLiteral("bytesDone"), index.data(TransferModel::BytesDoneRole)},
            {QStringLiteral("bytesTotal"), index.data(TransferModel::BytesTotalRole)},
            {QStringLiteral("error"), index.data(TransferModel::ErrorRole)},
            {QStringLiteral("filePath"), index.data(TransferModel::FilePathRole)}};
}

void MediaController::requestImage(const QString &id, const QSize &requestedSize, QObject *context,
                                   ImageDone done)
{
    if (!m_images.contains(id)) {
        done({}, tr("unknown image"));
        return;
    }
    fetchImage(id, m_images.value(id), requestedSize, context, std::move(done));
}

void MediaController::fetchImage(const QString &id, const ImageSource &source, const QSize &size,
                                 QObject *context, ImageDone done)
{
    auto decodeFile = [context, done, size](const QString &path) {
        onResult(context, QtConcurrent::run([path, size]() { return decode(nullptr, path, size); }),
                 [done](const Decoded &decoded) { done(decoded.image, decoded.error); });
    };
    if (!source.localPath.isEmpty()) {
        decodeFile(source.localPath);
        return;
    }
    media::MediaClient *client = m_session ? m_session->media() : nullptr;
    if (!client) {
        done({}, tr("not signed in"));
        return;
    }
    media::MediaDownload *download = nullptr;
    if (!source.encryptedFile.isEmpty()) {
        QString error;
        const auto file = crypto::EncryptedFile::fromJson(source.encryptedFile, &error);
        if (!file) {
            done({}, tr("the file's key is not valid: %1").arg(error));
            return;
        }
        download = client->downloadEncryptedToMemory(*file, MaxImageBytes);
    } else if (source.avatar) {
        download = client->thumbnail(source.uri, AvatarThumbnailSize, AvatarThumbnailSize,
                                     QStringLiteral("crop"));
    } else if (source.serverThumbnail) {
        download = client->thumbnail(source.uri, ServerThumbnailWidth, ServerThumbnailHeight);
    } else {
        download = client->download(source.uri, {});
    }
    QPointer<media::MediaDownload> transfer(download);
    track(download, id, QStringLiteral("image"), source.name, context,
          [this, transfer, id, source, size, context, done, decodeFile]() {
              if (!transfer || transfer->state() != media::MediaTransfer::State::Succeeded) {
                  if (transfer && source.serverThumbnail &&
                      transfer->state() != media::MediaTransfer::State::Cancelled) {
                      // The server makes no thumbnails: the picture itself.
                      ImageSource whole = source;
                      whole.serverThumbnail = false;
                      whole.avatar = false;
                      fetchImage(id, whole, size, context, done);
                      return;
                  }
                  done({}, transfer ? transfer->errorString() : tr("signed out"));
                  return;
              }
              if (!source.encryptedFile.isEmpty()) {
                  const QByteArray data = transfer->data();
                  onResult(context, QtConcurrent::run([data, size]() {
                               QBuffer buffer;
                               buffer.setData(data);
                               buffer.open(QIODevice::ReadOnly);
                               return decode(&buffer, {}, size);
                           }),
                           [done](const Decoded &decoded) { done(decoded.image, decoded.error); });
                  return;
              }
              decodeFile(transfer->filePath());
          });
}

void MediaController::track(media::MediaTransfer *transfer, const QString &key,
                            const QString &purpose, const QString &name, QObject *context,
                            std::function<void()> done, qint64 knownSize)
{
    m_transfers->start(key, purpose, name);
    // What cancelDownload finds (two views may fetch the same image at once).
    if (auto *download = qobject_cast<media::MediaDownload *>(transfer))
        m_downloads.insert(key, download);
    auto called = std::make_shared<bool>(false);
    auto finish = [called, done]() {
        if (std::exchange(*called, true))
            return;
        done();
    };
    // The event's size stands in when the server does not say.
    connect(transfer, &media::MediaTransfer::progress, this,
            [this, key, knownSize](qint64 bytes, qint64 total) {
                m_transfers->setProgress(key, bytes, total > 0 ? total : knownSize);
            });
    connect(transfer, &media::MediaTransfer::finished, this, [this, transfer, key]() {
        auto *download = qobject_cast<media::MediaDownload *>(transfer);
        m_transfers->finish(key, stateName(transfer->state()), transfer->errorString(),
                            download ? download->filePath() : QString());
        if (download)
            m_downloads.remove(key, QPointer<media::MediaDownload>(download));
        transfer->deleteLater();
    });
    // The caller may be gone by then (an image no longer wanted).
    connect(transfer, &media::MediaTransfer::finished, context, finish);
    // Signed out meanwhile: the transfer went with its media client.
    connect(transfer, &QObject::destroyed, context, [this, key, finish]() {
        if (m_transfers->isRunning(key))
            m_transfers->finish(key, QStringLiteral("cancelled"), tr("signed out"));
        finish();
    });
}

void MediaController::startFileDownload(const MessageMedia &media, const QString &destination,
                                        bool overwrite, const QString &purpose)
{
    const QString key = fileKey(media.toVariantMap());
    media::MediaClient *client = m_session ? m_session->media() : nullptr;
    if (key.isEmpty() || !client) {
        emit transferFailed(key, tr("This file cannot be downloaded."));
        return;
    }
    for (const auto &running : m_downloads.values(key)) {
        if (running)
            running->cancel();
    }
    media::MediaDownload *download = nullptr;
    if (media.isEncrypted()) {
        QString error;
        const auto file = crypto::EncryptedFile::fromJson(media.file, &error);
        if (!file) {
            emit transferFailed(key, tr("The file's key is not valid: %1").arg(error));
            return;
        }
        download = client->downloadEncrypted(*file, destination, overwrite);
    } else {
        download = client->download(media.url, destination, overwrite);
    }
    QPointer<media::MediaDownload> transfer(download);
    track(
        download, key, purpose, media.name, this,
        [this, transfer, key, purpose, media]() {
            if (!transfer)
                return;
            if (transfer->state() == media::MediaTransfer::State::Failed) {
                emit transferFailed(
                    key, tr("Could not download %1: %2").arg(media.name, transfer->errorString()));
                return;
            }
            if (transfer->state() != media::MediaTransfer::State::Succeeded)
                return;
            if (purpose == QLatin1String("open"))
                openDownloaded(key, media.name, transfer->filePath());
            else
                emit saved(key, transfer->filePath());
        },
        media.size);
}

QString MediaController::openDirectory() const
{
    return m_session ? QDir(m_session->dataDir()).filePath(QStringLiteral("opened")) : QString();
}

QString MediaController::pasteDirectory() const
{
    return m_session ? QDir(m_session->dataDir()).filePath(QStringLiteral("pasted")) : QString();
}

void MediaController::open(const QVariantMap &map)
{
    const MessageMedia media = MessageMedia::fromVariantMap(map);
    if (!media.isValid())
        return;
    if (media.executable) {
        emit openRefused(media.name, tr("%1 could run programs on this computer. Save it "
                                        "instead, and open it only if you trust it.")
                                         .arg(media.name));
        return;
    }
    if (!media.localPath.isEmpty()) {
        openDownloaded(QString(), media.name, media.localPath);
        return;
    }
    const QString key = fileKey(map);
    if (openDirectory().isEmpty() || key.isEmpty())
        return;
    // One folder a file, so the file keeps its own (sanitized) name there.
    const QString folder = QDir(openDirectory()).filePath(hashOf(key));
    const QString path = QDir(folder).filePath(media.name);
    if (QFileInfo(path).isFile() && (media.size < 0 || QFileInfo(path).size() == media.size)) {
        openDownloaded(key, media.name, path);
        return;
    }
    if (!QDir().mkpath(folder)) {
        emit transferFailed(key, tr("Cannot write in %1").arg(folder));
        return;
    }
    startFileDownload(media, path, true, QStringLiteral("open"));
}

void MediaController::openDownloaded(const QString &key, const QString &name, const QString &path)
{
    if (media::FileSafety::contentIsExecutable(path)) {
        emit openRefused(name, tr("%1 is a program, whatever its name says. Save it instead, "
                                  "and open it only if you trust it.")
                                   .arg(name));
        return;
    }
    if (!m_opener(QUrl::fromLocalFile(path))) {
        emit transferFailed(key, tr("No application opens %1.").arg(name));
        return;
    }
    emit opened(path);
}

void MediaController::saveAs(const QVariantMap &map, const QUrl &destination, bool overwrite)
{
    const MessageMedia media = MessageMedia::fromVariantMap(map);
    if (!media.isValid() || !destination.isLocalFile())
        return;
    startFileDownload(media, destination.toLocalFile(), overwrite, QStringLiteral("save"));
}

void MediaController::cancelDownload(const QVariantMap &map)
{
    const MessageMedia media = MessageMedia::fromVariantMap(map);
    ImageSource unused;
    const QStringList keys{fileKey(map), playbackKey(map), imageFor(media, false, &unused),
                           imageFor(media, true, &unused)};
    for (const QString &key : keys) {
        if (key.isEmpty())
            continue;
        // cancel() ends them at once: their finished() takes them out of m_downloads.
        for (const auto &download : m_downloads.values(key)) {
            if (download)
                download->cancel();
        }
    }
}

QUrl MediaController::suggestedSaveUrl(const QVariantMap &map) const
{
    const MessageMedia media = MessageMedia::fromVariantMap(map);
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QUrl::fromLocalFile(
        QDir(folder).filePath(media::SafeFileName::sanitize(media.name, QStringLiteral("file"))));
}

bool MediaController::fileExists(const QUrl &url) const
{
    return url.isLocalFile() && QFileInfo::exists(url.toLocalFile());
}

bool MediaController::cancelUpload(const QString &transactionId)
{
    if (!m_session || !m_session->sendQueue())
        return false;
    return m_session->sendQueue()->cancelFile(transactionId);
}

QVariantMap MediaController::describeFile(const QUrl &url) const
{
    const QFileInfo info(url.toLocalFile());
    QVariantMap file{{QStringLiteral("name"), info.fileName()},
                     {QStringLiteral("path"), info.absoluteFilePath()}};
    if (!url.isLocalFile() || !info.isFile()) {
        file.insert(QStringLiteral("error"), tr("Only files on this computer can be sent."));
        return file;
    }
    const QString mimeType = QMimeDatabase().mimeTypeForFile(info).name();
    file.insert(QStringLiteral("size"), double(info.size()));
    file.insert(QStringLiteral("sizeText"), media::formatSize(info.size()));
    file.insert(QStringLiteral("mimeType"), mimeType);
    if (m_uploadLimit > 0 && info.size() > m_uploadLimit) {
        file.insert(QStringLiteral("tooLarge"), true);
        file.insert(QStringLiteral("error"),
                    tr("%1 is %2; this server accepts files up to %3.")
                        .arg(info.fileName(), media::formatSize(info.size()),
                             media::formatSize(qint64(m_uploadLimit))));
    }
    const bool isImage = mimeType.startsWith(QLatin1String("image/"));
    file.insert(QStringLiteral("isImage"), isImage);
    if (isImage) {
        QImageReader reader(info.absoluteFilePath());
        reader.setAutoTransform(true);
        QSize size = reader.size();
        if (reader.transformation() & QImageIOHandler::TransformationRotate90)
            size.transpose();
        file.insert(QStringLiteral("width"), size.width());
        file.insert(QStringLiteral("height"), size.height());
    }
    return file;
}

void MediaController::fetchUploadLimit()
{
    media::MediaClient *client = m_session ? m_session->media() : nullptr;
    if (!client)
        return;
    client->fetchUploadLimit(this, [this](std::optional<qint64> limit) {
        const double bytes = limit ? double(*limit) : -1;
        if (bytes == m_uploadLimit)
            return;
        m_uploadLimit = bytes;
        emit uploadLimitChanged();
    });
}

bool MediaController::clipboardHasFiles() const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return false;
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!data)
        return false;
    if (data->hasImage())
        return true;
    const auto urls = data->urls();
    return !urls.isEmpty() &&
           std::all_of(urls.begin(), urls.end(), [](const QUrl &url) { return url.isLocalFile(); });
}

QList<QUrl> MediaController::pasteFiles()
{
    if (!clipboardHasFiles())
        return {};
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!data->urls().isEmpty())
        return data->urls();
    const QImage image = qvariant_cast<QImage>(data->imageData());
    if (image.isNull() || pasteDirectory().isEmpty() || !QDir().mkpath(pasteDirectory()))
        return {};
    // Kept in the data directory: the outbox sends it from there, also
    // after a restart, and it goes once sent.
    const QString stem =
        QStringLiteral("pasted-%1")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path =
        media::SafeFileName::freePath(pasteDirectory(), stem + QStringLiteral(".png"));
    if (!image.save(path, "PNG"))
        return {};
    return {QUrl::fromLocalFile(path)};
}

void MediaController::dropPasted(const QList<QUrl> &files)
{
    const QString folder = QDir(pasteDirectory()).absolutePath();
    for (const QUrl &url : files) {
        const QFileInfo info(url.toLocalFile());
        if (url.isLocalFile() && !pasteDirectory().isEmpty() && info.absolutePath() == folder)
            QFile::remove(info.absoluteFilePath());
    }
}

void MediaController::sendFiles(const QString &roomId, const QList<QUrl> &files,
                                const QString &caption)
{
    if (!m_session || m_session->state() != sync::Session::State::Ready)
        return;
    const QString pasteFolder = QDir(pasteDirectory()).absolutePath();
    bool first = true;
    for (const QUrl &url : files) {
        if (!url.isLocalFile()) {
            emit sendRefused(roomId, tr("Only files on this computer can be sent."));
            continue;
        }
        const QString path = url.toLocalFile();
        const bool pasted = QFileInfo(path).absolutePath() == pasteFolder;
        onResult(this, m_session->sendFile(roomId, path, first ? caption : QString()),
                 [this, roomId, path, pasted](const store::OutgoingMessage &message) {
                     if (message.transactionId.isEmpty()) {
                         emit sendRefused(roomId, tr("Not sent: %1").arg(message.lastError));
                         return;
                     }
                     if (pasted)
                         m_pastedUploads.insert(message.transactionId, path);
                 });
        first = false;
    }
}

} // namespace atrium::models
