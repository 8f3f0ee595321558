#include "OlmChannel.h"

#include "AccountKeys.h"
#include "CryptoStore.h"
#include "Ed25519.h"
#include "OlmAccount.h"

#include <QJsonDocument>

namespace atrium::crypto {

OlmChannel::OlmChannel(CryptoStore &store, OlmAccount &account, const CryptoIdentity &identity)
    : m_store(store), m_account(account), m_identity(identity),
      m_ourCurveKey(account.curve25519Key()), m_ourSigningKey(account.ed25519Key())
{}

bool OlmChannel::hasSession(const DeviceKeys &device)
{
    return !m_store.olmSessions(device.curve25519).empty();
}

bool OlmChannel::createSession(const DeviceKeys &device, const QJsonObject &signedOneTimeKey,
                               QString *error)
{
    if (!Ed25519::verifyJson(signedOneTimeKey, device.userId, device.deviceId, device.ed25519)) {
        *error = QStringLiteral("the one-time key of %1/%2 is not signed by that device")
                     .arg(device.userId, device.deviceId);
        return false;
    }
    auto session = OlmSession::createOutbound(m_account, device.curve25519,
                                              signedOneTimeKey.value("key").toString(), error);
    return session && m_store.saveOlmSession(device.curve25519, *session);
}

std::optional<QJsonObject> OlmChannel::encrypt(const DeviceKeys &device, const QString &type,
                                               const QJsonObject &content)
{
    std::vector<OlmSession> sessions = m_store.olmSessions(device.curve25519);
    if (sessions.empty())
        return std::nullopt;
    OlmSession &session = sessions.front();
    // The payload names both ends, so that a message cannot be replayed to,
    // or presented as coming from, another device.
    const QJsonObject payload{
        {"type", type},
        {"content", content},
        {"sender", m_identity.userId},
        {"sender_device", m_identity.deviceId},
        {"keys", QJsonObject{{"ed25519", m_ourSigningKey}}},
        {"recipient", device.userId},
        {"recipient_keys", QJsonObject{{"ed25519", device.ed25519}}},
    };
    const OlmMessage message =
        session.encrypt(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    if (!m_store.saveOlmSession(device.curve25519, session))
        return std::nullopt;
    return QJsonObject{
        {"algorithm", AccountKeys::OlmAlgorithm},
        {"sender_key", m_ourCurveKey},
        {"ciphertext", QJsonObject{{device.curve25519,
                                    QJsonObject{{"type", message.type},
                                                {"body", QString::fromLatin1(message.body)}}}}},
    };
}

std::optional<DecryptedToDevice> OlmChannel::decrypt(const QJsonObject &event, QString *error)
{
    const QJsonObject content = event.value("content").toObject();
    if (content.value("algorithm").toString() != QLatin1String(AccountKeys::OlmAlgorithm)) {
        *error = QStringLiteral("not an Olm message");
        return std::nullopt;
    }
    const QString senderKey = content.value("sender_key").toString();
    const QJsonObject ours = content.value("ciphertext").toObject().value(m_ourCurveKey).toObject();
    if (senderKey.isEmpty() || ours.isEmpty()) {
        *error = QStringLiteral("the message is not encrypted for this device");
        return std::nullopt;
    }
    const int type = ours.value("type").toInt(-1);
    const QByteArray body = ours.value("body").toString().toLatin1();
    auto plaintext = decryptWithKnownSessions(senderKey, type, body);
    if (!plaintext && type == 0)
        plaintext = decryptWithNewSession(senderKey, body, error);
    else if (!plaintext)
        *error = QStringLiteral("no Olm session with %1 can decrypt it").arg(senderKey);
    if (!plaintext)
        return std::nullopt;
    return checkPayload(event, senderKey, *plaintext, error);
}

std::optional<QByteArray> OlmChannel::decryptWithKnownSessions(const QString &senderKey, int type,
                                                               const QByteArray &body)
{
    for (OlmSession &session : m_store.olmSessions(senderKey)) {
        // A pre-key message for another session would only fail its MAC.
        if (type == 0 && !session.matchesInbound(senderKey, body))
            continue;
        QString ignored;
        if (auto plaintext = session.decrypt({type, body}, &ignored)) {
            m_store.saveOlmSession(senderKey, session);
            return plaintext;
        }
    }
    return std::nullopt;
}

std::optional<QByteArray> OlmChannel::decryptWithNewSession(const QString &senderKey,
                                                            const QByteArray &body, QString *error)
{
    auto session = OlmSession::createInbound(m_account, senderKey, body, error);
    if (!session)
        return std::nullopt;
    m_accountChanged = true; // its one-time key is used up
    auto plaintext = session->decrypt({0, body}, error);
    if (plaintext)
        m_store.saveOlmSession(senderKey, *session);
    return plaintext;
}

std::optional<DecryptedToDevice> OlmChannel::checkPayload(const QJsonObject &event,
                                                          const QString &senderKey,
                                                          const QByteArray &plaintext,
                                                          QString *error)
{
    const QJsonObject payload = QJsonDocument::fromJson(plaintext).object();
    DecryptedToDevice result{event.value("sender").toString(), senderKey,
                             payload.value("keys").toObject().value("ed25519").toString(),
                             payload.value("type").toString(), payload.value("content").toObject()};
    auto reject = [error](const QString &why) {
        *error = why;
        return std::nullopt;
    };
    if (payload.value("sender").toString() != result.sender)
        return reject(QStringLiteral("the payload's sender is not the event's sender"));
    if (payload.value("recipient").toString() != m_identity.userId ||
        payload.value("recipient_keys").toObject().value("ed25519").toString() != m_ourSigningKey)
        return reject(QStringLiteral("the payload was meant for another device"));
    if (result.type.isEmpty())
        return reject(QStringLiteral("the payload has no type"));
    // When we know the sending device, its keys must match what it claims.
    if (auto device = m_store.deviceByCurveKey(senderKey)) {
        if (device->userId != result.sender || device->ed25519 != result.senderSigningKey)
            return reject(QStringLiteral("the sender's keys do not match its device"));
    }
    return result;
}

} // namespace atrium::crypto
