#include "DeviceRequests.h"

#include "Requests.h"

#include <QJsonDocument>

namespace atrium::matrix::requests {

namespace {

QString devicePath(const QString &deviceId)
{
    return QString::fromLatin1(ClientPrefix) + QStringLiteral("/devices/") + segment(deviceId);
}

} // namespace

ApiRequest ownDevices()
{
    return ApiRequest::get(QString::fromLatin1(ClientPrefix) + QStringLiteral("/devices"));
}

ApiRequest renameDevice(const QString &deviceId, const QString &displayName)
{
    return ApiRequest::put(devicePath(deviceId), {{"display_name", displayName}});
}

ApiRequest deleteDevice(const QString &deviceId, const QJsonObject &auth)
{
    ApiRequest request;
    request.method = "DELETE";
    request.path = devicePath(deviceId);
    QJsonObject body;
    if (!auth.isEmpty())
        body.insert(QStringLiteral("auth"), auth);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

QJsonObject passwordAuth(const QString &userId, const QString &password, const QString &session)
{
    QJsonObject auth{
        {"type", "m.login.password"},
        {"identifier", QJsonObject{{"type", "m.id.user"}, {"user", userId}}},
        {"password", password},
    };
    if (!session.isEmpty())
        auth.insert(QStringLiteral("session"), session);
    return auth;
}

} // namespace atrium::matrix::requests
