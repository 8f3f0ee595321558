#include "MegolmEncryptor.h"

#include "AccountKeys.h"
#include "CryptoStore.h"
#include "OlmAccount.h"

#include <QJsonDocument>
#include <QSet>

namespace atrium::crypto {

RotationPolicy RotationPolicy::fromEncryptionEvent(const QJsonObject &content)
{
    RotationPolicy policy;
    const qint64 periodMs = content.value("rotation_period_ms").toInteger(0);
    const int periodMessages = content.value("rotation_period_msgs").toInt(0);
    if (periodMs > 0)
        policy.periodMs = periodMs;
    if (periodMessages > 0)
        policy.periodMessages = periodMessages;
    return policy;
}

MegolmEncryptor::MegolmEncryptor(CryptoStore &store, const OlmAccount &account,
                                 const CryptoIdentity &identity)
    : m_store(store), m_account(account), m_identity(identity)
{}

std::optional<RoomKeyShare> MegolmEncryptor::prepare(const QString &roomId,
                                                     const RotationPolicy &policy,
                                                     const QList<DeviceKeys> &recipients,
                                                     qint64 nowMs)
{
    if (mustRotate(roomId, policy, recipients, nowMs) && !startSession(roomId, nowMs))
        return std::nullopt;
    auto record = m_store.outboundSession(roomId);
    if (!record)
        return std::nullopt;
    RoomKeyShare share;
    share.sessionId = record->session.sessionId();
    share.roomKeyContent = QJsonObject{
        {"algorithm", AccountKeys::MegolmAlgorithm},
        {"room_id", roomId},
        {"session_id", share.sessionId},
        {"session_key", record->session.sessionKey()},
    };
    const QSet<QString> holders = m_store.sharedWith(roomId, share.sessionId);
    for (const DeviceKeys &device : recipients) {
        if (!holders.contains(CryptoStore::deviceKey(device.userId, device.deviceId)))
            share.devices.append(device);
    }
    return share;
}

bool MegolmEncryptor::mustRotate(const QString &roomId, const RotationPolicy &policy,
                                 const QList<DeviceKeys> &recipients, qint64 nowMs)
{
    const auto record = m_store.outboundSession(roomId);
    if (!record)
        return true;
    if (nowMs - record->createdTs >= policy.periodMs ||
        record->messageCount >= policy.periodMessages)
        return true;
    // A device that has the key but is no longer a recipient must not read
    // what comes next.
    QSet<QString> current;
    for (const DeviceKeys &device : recipients)
        current.insert(CryptoStore::deviceKey(device.userId, device.deviceId));
    const QSet<QString> holders = m_store.sharedWith(roomId, record->session.sessionId());
    for (const QString &holder : holders) {
        if (!current.contains(holder))
            return true;
    }
    return false;
}

bool MegolmEncryptor::startSession(const QString &roomId, qint64 nowMs)
{
    OutboundSessionRecord record{MegolmOutboundSession::create(), nowMs, 0};
    // Our own inbound copy, so that this device reads what it sent.
    QString error;
    auto inbound = MegolmInboundSession::fromSessionKey(record.session.sessionKey(), &error);
    if (!inbound)
        return false;
    const InboundSessionInfo info{
        roomId, m_account.curve25519Key(), m_account.ed25519Key(), {}, true};
    return m_store.removeOutboundSession(roomId) && m_store.saveInboundSession(info, *inbound) &&
           m_store.saveOutboundSession(roomId, record);
}

bool MegolmEncryptor::markShared(const QString &roomId, const QString &sessionId,
                                 const DeviceKeys &device)
{
    return m_store.markShared(roomId, sessionId, device.userId, device.deviceId);
}

std::optional<QJsonObject> MegolmEncryptor::encrypt(const QString &roomId, const QString &type,
                                                    const QJsonObject &content, QString *error)
{
    auto record = m_store.outboundSession(roomId);
    if (!record) {
        *error = QStringLiteral("no outbound session for the room");
        return std::nullopt;
    }
    const QJsonObject payload{{"type", type}, {"content", content}, {"room_id", roomId}};
    const QString ciphertext =
        record->session.encrypt(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    ++record->messageCount;
    if (!m_store.saveOutboundSession(roomId, *record)) {
        *error = QStringLiteral("cannot save the outbound session");
        return std::nullopt;
    }
    QJsonObject encrypted{
        {"algorithm", AccountKeys::MegolmAlgorithm},
        {"sender_key", m_account.curve25519Key()},
        {"ciphertext", ciphertext},
        {"session_id", record->session.sessionId()},
        {"device_id", m_identity.deviceId},
    };
    // Relations stay visible to the server, which aggregates them.
    if (content.contains(QLatin1String("m.relates_to")))
        encrypted.insert(QLatin1String("m.relates_to"), content.value("m.relates_to"));
    return encrypted;
}

} // namespace atrium::crypto
