#include "DeviceKeys.h"

#include "Ed25519.h"

#include <QJsonArray>

namespace atrium::crypto {

std::optional<DeviceKeys> DeviceKeys::fromJson(const QJsonObject &json, const QString &userId,
                                               const QString &deviceId, QString *error)
{
    auto reject = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    DeviceKeys device;
    device.userId = json.value("user_id").toString();
    device.deviceId = json.value("device_id").toString();
    // A server must not be able to move one device's keys under another id.
    if (device.userId != userId || device.deviceId != deviceId)
        return reject(QStringLiteral("keys listed under %1/%2 claim to be %3/%4")
                          .arg(userId, deviceId, device.userId, device.deviceId));
    const QJsonObject keys = json.value("keys").toObject();
    device.curve25519 = keys.value(QLatin1String("curve25519:") + deviceId).toString();
    device.ed25519 = keys.value(QLatin1String("ed25519:") + deviceId).toString();
    if (device.curve25519.isEmpty() || device.ed25519.isEmpty())
        return reject(
            QStringLiteral("device %1 of %2 lacks its identity keys").arg(deviceId, userId));
    if (!Ed25519::verifyJson(json, userId, deviceId, device.ed25519))
        return reject(
            QStringLiteral("device %1 of %2 has a bad self-signature").arg(deviceId, userId));
    for (const auto &algorithm : json.value("algorithms").toArray())
        device.algorithms.append(algorithm.toString());
    device.displayName = json.value("unsigned").toObject().value("device_display_name").toString();
    device.json = json;
    return device;
}

} // namespace atrium::crypto
