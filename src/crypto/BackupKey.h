#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace atrium::crypto {

// The key of a server-side key backup, algorithm
// m.megolm_backup.v1.curve25519-aes-sha2: a Curve25519 key pair (libolm's
// PkDecryption). Room keys are encrypted to its public key, by anyone
// (encrypt() needs no private key), and decrypted with the private key,
// which the user keeps as the recovery key (see RecoveryKey).
class BackupKey
{
public:
    static constexpr auto Algorithm = "m.megolm_backup.v1.curve25519-aes-sha2";

    static BackupKey generate();
    static std::optional<BackupKey> fromPrivateKey(const QByteArray &privateKey, QString *error);

    QByteArray privateKey() const { return m_privateKey; }
    // Unpadded base64, as auth_data.public_key.
    QString publicKey() const { return m_publicKey; }

    // session_data {ephemeral, ciphertext, mac} → the backed-up session
    // object; nullopt with the reason when the MAC or the JSON is wrong.
    std::optional<QJsonObject> decrypt(const QJsonObject &sessionData, QString *error) const;
    // `plaintext` encrypted to `publicKey` as session_data; empty if the
    // public key is not a Curve25519 key.
    static QJsonObject encrypt(const QString &publicKey, const QJsonObject &plaintext);

private:
    BackupKey(QByteArray privateKey, QString publicKey)
        : m_privateKey(std::move(privateKey)), m_publicKey(std::move(publicKey))
    {}

    QByteArray m_privateKey;
    QString m_publicKey;
};

} // namespace atrium::crypto
