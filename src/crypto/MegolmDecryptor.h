#pragma once

#include "MegolmInboundSession.h"

#include <QJsonObject>
#include <QString>
#include <unordered_map>

namespace atrium::crypto {

class CryptoStore;

// What became of one m.room.encrypted event.
struct DecryptedRoomEvent
{
    enum class Failure
    {
        None,
        MissingKey,   // the session's key has not arrived (yet)
        UnknownIndex, // we hold the session only from a later message on
        Replayed,     // the message index was already used by another event
        WrongRoom,    // encrypted for another room
        Malformed,
        Other
    };
    Failure failure = Failure::None;
    QString error; // for people: why it cannot be read
    QString type;
    QJsonObject content;
    QString senderKey;
    QString sessionId;

    bool ok() const { return failure == Failure::None; }
};

// Decrypts Megolm (m.megolm.v1.aes-sha2) room events with the inbound
// sessions in the CryptoStore, refusing replays and events moved between rooms.
// Meant for one batch (a page of the timeline, one store job): the sessions
// it unpickles are kept until it is destroyed, so a key saved to the store
// meanwhile is not seen. Every message index is still checked against (and
// recorded in) the store, event by event.
class MegolmDecryptor
{
public:
    explicit MegolmDecryptor(CryptoStore &store) : m_store(store) {}

    DecryptedRoomEvent decrypt(const QString &roomId, const QJsonObject &event);

private:
    MegolmInboundSession *session(const QString &roomId, const QString &senderKey,
                                  const QString &sessionId);

    CryptoStore &m_store;
    // Room, sender key and session id → the session, unpickled once per batch.
    std::unordered_map<QString, MegolmInboundSession> m_sessions;
};

} // namespace atrium::crypto
