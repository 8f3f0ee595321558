#include "KeyBackupRequests.h"

#include "Requests.h"

namespace atrium::matrix::requests {

namespace {

QString roomKeysPath(const QString &rest)
{
    return QString::fromLatin1(ClientPrefix) + QStringLiteral("/room_keys/") + rest;
}

QUrlQuery versionQuery(const QString &version)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("version"), version);
    return query;
}

} // namespace

ApiRequest createBackupVersion(const QString &algorithm, const QJsonObject &authData)
{
    return ApiRequest::post(roomKeysPath(QStringLiteral("version")),
                            {{"algorithm", algorithm}, {"auth_data", authData}});
}

ApiRequest currentBackupVersion()
{
    return ApiRequest::get(roomKeysPath(QStringLiteral("version")));
}

ApiRequest putRoomKeys(const QString &version, const QJsonObject &rooms)
{
    ApiRequest request = ApiRequest::put(roomKeysPath(QStringLiteral("keys")), {{"rooms", rooms}});
    request.query = versionQuery(version);
    return request;
}

ApiRequest roomKeys(const QString &version)
{
    return ApiRequest::get(roomKeysPath(QStringLiteral("keys")), versionQuery(version));
}

} // namespace atrium::matrix::requests
