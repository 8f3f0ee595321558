#include "MediaRequests.h"

#include "Requests.h"

namespace atrium::matrix::requests {

namespace {

QString mediaPath(bool authenticatedMedia, const QString &rest)
{
    return (authenticatedMedia ? QStringLiteral("/_matrix/client/v1/media")
                               : QStringLiteral("/_matrix/media/v3")) +
           rest;
}

QString mediaOf(const MxcUri &uri)
{
    return QStringLiteral("/%1/%2").arg(segment(uri.serverName), segment(uri.mediaId));
}

// Media transfers may be long: the timeout is for a stall (no bytes moving),
// which is what QNetworkRequest's transfer timeout measures.
constexpr int StallTimeoutMs = 60'000;

} // namespace

ApiRequest mediaConfig(bool authenticatedMedia)
{
    ApiRequest request = ApiRequest::get(mediaPath(authenticatedMedia, QStringLiteral("/config")));
    request.timeoutMs = 20'000;
    return request;
}

ApiRequest upload(const QString &contentType, const QString &fileName)
{
    QUrlQuery query;
    if (!fileName.isEmpty())
        query.addQueryItem(QStringLiteral("filename"),
                           QString::fromLatin1(QUrl::toPercentEncoding(fileName)));
    ApiRequest request = ApiRequest::get(QStringLiteral("/_matrix/media/v3/upload"), query);
    request.method = "POST";
    request.contentType =
        contentType.isEmpty() ? QByteArray("application/octet-stream") : contentType.toUtf8();
    request.timeoutMs = StallTimeoutMs;
    return request;
}

ApiRequest download(const MxcUri &uri, bool authenticatedMedia)
{
    ApiRequest request =
        ApiRequest::get(mediaPath(authenticatedMedia, QStringLiteral("/download") + mediaOf(uri)));
    // The old endpoints are public; sending a token there is harmless but
    // pointless, and the new ones require it.
    request.authenticated = authenticatedMedia;
    request.timeoutMs = StallTimeoutMs;
    return request;
}

ApiRequest thumbnail(const MxcUri &uri, int width, int height, const QString &method,
                     bool authenticatedMedia)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("width"), QString::number(width));
    query.addQueryItem(QStringLiteral("height"), QString::number(height));
    query.addQueryItem(QStringLiteral("method"), method);
    ApiRequest request = ApiRequest::get(
        mediaPath(authenticatedMedia, QStringLiteral("/thumbnail") + mediaOf(uri)), query);
    request.authenticated = authenticatedMedia;
    request.timeoutMs = StallTimeoutMs;
    return request;
}

} // namespace atrium::matrix::requests
