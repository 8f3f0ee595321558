#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace atrium::crypto {

// A user's published cross-signing key as /keys/query returns it (spec,
// "Cross-signing", CrossSigningKey): one Ed25519 key for one usage, owned
// by one user, with the signatures others put on it.
class CrossSigningPublicKey
{
public:
    // Checks the shape the spec requires: `userId` owns it, "usage"
    // includes `usage`, "keys" holds exactly one "ed25519:<key>": "<key>".
    // For "self_signing" and "user_signing" the object must carry a valid
    // signature by `master` (the user's master key). Nullopt with the
    // reason in `error` otherwise.
    static std::optional<CrossSigningPublicKey>
    parse(const QJsonObject &json, const QString &userId, const QString &usage, QString *error,
          const CrossSigningPublicKey *master = nullptr);

    QString userId() const { return m_userId; }
    QString usage() const { return m_usage; }
    QString publicKey() const { return m_publicKey; }
    QJsonObject json() const { return m_json; }

    // Whether `signer`'s key `signerKey` (unpadded base64 Ed25519) validly
    // signed this key.
    bool isSignedBy(const QString &signer, const QString &signerKey) const;

private:
    QString m_userId;
    QString m_usage;
    QString m_publicKey;
    QJsonObject m_json;
};

} // namespace atrium::crypto
