#include "MediaClient.h"

#include "MediaCache.h"
#include "MediaDownload.h"
#include "MediaUpload.h"
#include "matrix/HttpClient.h"
#include "matrix/MediaRequests.h"
#include "matrix/MxcUri.h"
#include "matrix/Requests.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimer>

namespace atrium::media {

MediaClient::MediaClient(matrix::HttpClient *http, QObject *parent) : QObject(parent), m_http(http)
{}

MediaClient::~MediaClient()
{
    // Transfers are children: they go first and stop their requests.
    qDeleteAll(findChildren<MediaTransfer *>(Qt::FindDirectChildrenOnly));
}

void MediaClient::setServerInfo(const matrix::ServerInfo &info)
{
    m_serverInfo = info;
}

void MediaClient::setCache(const QString &directory, qint64 maxBytes)
{
    m_cache = std::make_unique<MediaCache>(directory, maxBytes);
}

void MediaClient::withServerInfo(QObject *context, std::function<void()> then)
{
    QPointer<QObject> guard(context);
    auto guarded = [guard, then]() {
        if (guard)
            then();
    };
    if (!m_serverInfo.versions.isEmpty()) {
        // Never synchronously: whoever asked must get to connect first.
        QTimer::singleShot(0, this, guarded);
        return;
    }
    m_waitingForVersions.append(guarded);
    if (m_askingVersions)
        return;
    m_askingVersions = true;
    m_http->send(matrix::requests::versions(), this, [this](const matrix::ApiResponse &response) {
        m_askingVersions = false;
        if (!response.error) {
            matrix::ServerInfo info{m_http->baseUrl(), {}};
            for (const auto &version : response.json().value("versions").toArray())
                info.versions.append(version.toString());
            m_serverInfo = info;
        }
        // Unknown versions: the older media API; the request itself will
        // report a server that cannot be reached.
        const auto waiting = std::exchange(m_waitingForVersions, {});
        for (const auto &next : waiting)
            next();
    });
}

void MediaClient::fetchUploadLimit(QObject *context,
                                   std::function<void(std::optional<qint64>)> done)
{
    QPointer<QObject> guard(context);
    if (m_uploadLimit) {
        QTimer::singleShot(0, this, [guard, done, limit = *m_uploadLimit]() {
            if (guard)
                done(limit);
        });
        return;
    }
    withServerInfo(this, [this, guard, done]() {
        m_http->send(matrix::requests::mediaConfig(m_serverInfo.hasAuthenticatedMedia()), this,
                     [this, guard, done](const matrix::ApiResponse &response) {
                         std::optional<qint64> limit;
                         if (!response.error) {
                             const QJsonValue size = response.json().value("m.upload.size");
                             if (size.isDouble() && size.toDouble() > 0)
                                 limit = qint64(size.toDouble());
                             m_uploadLimit = limit; // remembered only when the server answered
                         }
                         if (guard)
                             done(limit);
                     });
    });
}

MediaUpload *MediaClient::upload(const QString &path, const QString &contentType,
                                 const QString &fileName)
{
    auto *transfer = new MediaUpload(m_http, {path, contentType, fileName, false}, this);
    QPointer<MediaUpload> guard(transfer);
    fetchUploadLimit(transfer, [guard](std::optional<qint64> limit) {
        if (guard)
            guard->start(limit);
    });
    return transfer;
}

MediaUpload *MediaClient::uploadEncrypted(const QString &path)
{
    auto *transfer = new MediaUpload(m_http, {path, {}, {}, true}, this);
    QPointer<MediaUpload> guard(transfer);
    fetchUploadLimit(transfer, [guard](std::optional<qint64> limit) {
        if (guard)
            guard->start(limit);
    });
    return transfer;
}

MediaUpload *MediaClient::uploadThumbnail(const QString &path, bool encrypt)
{
    auto *transfer =
        new MediaUpload(m_http, {path, {}, QStringLiteral("thumbnail"), encrypt, true}, this);
    QPointer<MediaUpload> guard(transfer);
    QTimer::singleShot(0, transfer, [guard]() { guard->start(std::nullopt); });
    return transfer;
}

MediaDownload *
MediaClient::startDownload(const QString &mxcUri, const QString &destination, bool overwrite,
                           std::optional<crypto::EncryptedFile> encrypted,
                           std::function<matrix::ApiRequest(bool authenticated)> request,
                           const QString &cacheKey, qint64 maxMemoryBytes)
{
    MediaDownload::Options options;
    options.destination = destination;
    options.overwrite = overwrite;
    options.encrypted = std::move(encrypted);
    options.cache = m_cache.get();
    options.cacheKey = cacheKey;
    options.intoMemory = maxMemoryBytes > 0;
    options.maxMemoryBytes = maxMemoryBytes;
    const auto uri = matrix::MxcUri::parse(mxcUri);
    auto *transfer = new MediaDownload(m_http, options, this);
    if (!uri) {
        QTimer::singleShot(0, transfer, [transfer]() { transfer->start({}); });
        return transfer;
    }
    withServerInfo(transfer, [this, transfer, request]() {
        transfer->start(request(m_serverInfo.hasAuthenticatedMedia()));
    });
    return transfer;
}

MediaDownload *MediaClient::download(const QString &mxcUri, const QString &destination,
                                     bool overwrite)
{
    return startDownload(
        mxcUri, destination, overwrite, std::nullopt,
        [mxcUri](bool authenticated) {
            return matrix::requests::download(*matrix::MxcUri::parse(mxcUri), authenticated);
        },
        mxcUri);
}

MediaDownload *MediaClient::downloadEncrypted(const crypto::EncryptedFile &file,
                                              const QString &destination, bool overwrite)
{
    const QString mxcUri = file.url;
    return startDownload(
        mxcUri, destination, overwrite, file,
        [mxcUri](bool authenticated) {
            return matrix::requests::download(*matrix::MxcUri::parse(mxcUri), authenticated);
        },
        mxcUri);
}

MediaDownload *MediaClient::downloadEncryptedToMemory(const crypto::EncryptedFile &file,
                                                      qint64 maxBytes)
{
    const QString mxcUri = file.url;
    return startDownload(
        mxcUri, {}, false, file,
        [mxcUri](bool authenticated) {
            return matrix::requests::download(*matrix::MxcUri::parse(mxcUri), authenticated);
        },
        mxcUri, std::max<qint64>(maxBytes, 1));
}

MediaDownload *MediaClient::thumbnail(const QString &mxcUri, int width, int height,
                                      const QString &method)
{
    return startDownload(
        mxcUri, {}, false, std::nullopt,
        [mxcUri, width, height, method](bool authenticated) {
            return matrix::requests::thumbnail(*matrix::MxcUri::parse(mxcUri), width, height,
                                               method, authenticated);
        },
        QStringLiteral("%1#thumbnail=%2x%3,%4").arg(mxcUri).arg(width).arg(height).arg(method));
}

} // namespace atrium::media
