#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace atrium::crypto {

// One cross-signing key (master, self-signing or user-signing): an Ed25519
// key pair derived from a 32-byte seed with libolm's olm_pk_signing. The
// seed is the secret; callers persist it only sealed (see CryptoStore).
class CrossSigningKey
{
public:
    static CrossSigningKey generate();
    // Nullopt with `error` set when the seed is not 32 bytes.
    static std::optional<CrossSigningKey> fromSeed(const QByteArray &seed, QString *error);

    QByteArray seed() const { return m_seed; }
    // Unpadded base64, the form the spec puts in "keys" and key ids.
    QString publicKey() const { return m_publicKey; }

    // Unpadded base64 Ed25519 signature of `message`.
    QString sign(const QByteArray &message) const;
    // `object` with this key's signature added under
    // signatures.`userId`."ed25519:<public key>", computed over its
    // canonical JSON without "signatures" and "unsigned" (spec, "Signing
    // JSON"); existing signatures are kept.
    QJsonObject signJson(QJsonObject object, const QString &userId) const;

private:
    CrossSigningKey(QByteArray seed, QString publicKey)
        : m_seed(std::move(seed)), m_publicKey(std::move(publicKey))
    {}

    QByteArray m_seed;
    QString m_publicKey;
};

} // namespace atrium::crypto
