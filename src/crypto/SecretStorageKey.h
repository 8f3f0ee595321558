#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace atrium::crypto {

// A secret storage key (spec, "Secret storage"), algorithm
// m.secret_storage.v1.aes-hmac-sha2: 32 bytes the user keeps as a recovery
// key or derives from a passphrase. Each secret is encrypted with AES-256-CTR
// and authenticated with HMAC-SHA-256 under keys derived with HKDF from this
// key and the secret's name, so one secret's ciphertext cannot be passed off
// as another's. The key's description on the server carries the encryption
// of 32 zero bytes under the name "": a check that a key typed in is the
// right one, without revealing anything.
class SecretStorageKey
{
public:
    static constexpr auto Algorithm = "m.secret_storage.v1.aes-hmac-sha2";
    static constexpr auto PassphraseAlgorithm = "m.pbkdf2";

    static SecretStorageKey generate();
    static std::optional<SecretStorageKey> fromRecoveryKey(const QString &text, QString *error);
    // The passphrase parameters are the description's "passphrase" object
    // ({algorithm, salt, iterations, bits}); nullopt if they are unusable.
    static std::optional<SecretStorageKey>
    fromPassphrase(const QString &passphrase, const QJsonObject &parameters, QString *error);
    // Fresh parameters for fromPassphrase: a random salt and `iterations`.
    static QJsonObject newPassphraseParameters(int iterations);

    QByteArray bytes() const { return m_key; }
    QString recoveryKey() const;

    // The key's description, the content of m.secret_storage.key.<id>;
    // `passphrase` is the parameters it came from (empty: none).
    QJsonObject description(const QString &name, const QJsonObject &passphrase = {}) const;
    // Whether a description's check value was made with this key.
    bool matches(const QJsonObject &description) const;

    // {iv, ciphertext, mac} for the secret `name`.
    QJsonObject encrypt(const QString &name, const QByteArray &secret) const;
    // Nullopt with the reason if the MAC does not match (wrong key, another
    // secret's data, tampering) or the fields are malformed.
    std::optional<QByteArray> decrypt(const QString &name, const QJsonObject &encrypted,
                                      QString *error) const;

private:
    explicit SecretStorageKey(QByteArray key) : m_key(std::move(key)) {}
    QJsonObject encrypt(const QString &name, const QByteArray &secret, const QByteArray &iv) const;

    QByteArray m_key;
};

} // namespace atrium::crypto
