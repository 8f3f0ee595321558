#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace atrium::crypto {

// Checking the Ed25519 signatures that devices put on their keys and
// messages (libolm's OlmUtility).
class Ed25519
{
public:
    static bool verify(const QString &publicKey, const QByteArray &message,
                       const QString &signature);
    // Verifies `signed`'s signature by `userId`'s key "ed25519:`keyId`"
    // over its canonical JSON without "signatures" and "unsigned".
    static bool verifyJson(const QJsonObject &signedObject, const QString &userId,
                           const QString &keyId, const QString &publicKey);
    // `object` minus "signatures" and "unsigned", canonical: what is signed.
    static QByteArray signingPayload(QJsonObject object);
};

} // namespace atrium::crypto
