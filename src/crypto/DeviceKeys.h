#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace atrium::crypto {

// One device's published identity, from /keys/query. Only devices whose
// keys are signed by their own Ed25519 key, and whose user and device ids
// match where they were listed, are accepted.
struct DeviceKeys
{
    QString userId;
    QString deviceId;
    QString curve25519;
    QString ed25519;
    QStringList algorithms;
    QString displayName;
    QJsonObject json;      // as published, for cross-signing checks later
    bool verified = false; // by our user, for this ed25519 key (set by CryptoStore)

    static std::optional<DeviceKeys> fromJson(const QJsonObject &json, const QString &userId,
                                              const QString &deviceId, QString *error);
};

} // namespace atrium::crypto
