#pragma once

#include "CryptoIdentity.h"
#include "DeviceKeys.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace atrium::crypto {

class CryptoStore;
class OlmAccount;

// A to-device message after Olm decryption, with who sent it.
struct DecryptedToDevice
{
    QString sender;           // user id, checked against the payload
    QString senderKey;        // Curve25519 identity key of the sending device
    QString senderSigningKey; // Ed25519 key the payload claims for that device
    QString type;
    QJsonObject content;
};

// Olm-encrypted to-device messaging (m.olm.v1.curve25519-aes-sha2) with
// other devices: sessions found, created and saved in the CryptoStore.
class OlmChannel
{
public:
    OlmChannel(CryptoStore &store, OlmAccount &account, const CryptoIdentity &identity);

    bool hasSession(const DeviceKeys &device);
    // Starts a session with `device` from one of its claimed one-time keys
    // (the signed_curve25519 object from /keys/claim); checks the signature.
    bool createSession(const DeviceKeys &device, const QJsonObject &signedOneTimeKey,
                       QString *error);
    // The m.room.encrypted content carrying `type`/`content` to `device`;
    // nullopt when there is no session with it yet.
    std::optional<QJsonObject> encrypt(const DeviceKeys &device, const QString &type,
                                       const QJsonObject &content);
    // Decrypts an m.room.encrypted to-device event addressed to us.
    std::optional<DecryptedToDevice> decrypt(const QJsonObject &event, QString *error);

    // Whether the account changed (a one-time key was used) and needs saving.
    bool accountChanged() const { return m_accountChanged; }

private:
    std::optional<QByteArray> decryptWithKnownSessions(const QString &senderKey, int type,
                                                       const QByteArray &body);
    std::optional<QByteArray> decryptWithNewSession(const QString &senderKey,
                                                    const QByteArray &body, QString *error);
    std::optional<DecryptedToDevice> checkPayload(const QJsonObject &event,
                                                  const QString &senderKey,
                                                  const QByteArray &plaintext, QString *error);

    CryptoStore &m_store;
    OlmAccount &m_account;
    CryptoIdentity m_identity;
    QString m_ourCurveKey;
    QString m_ourSigningKey;
    bool m_accountChanged = false;
};

} // namespace atrium::crypto
