#pragma once

#include <QJsonObject>
#include <QString>

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
class MegolmDecryptor
{
public:
    explicit MegolmDecryptor(CryptoStore &store) : m_store(store) {}

    DecryptedRoomEvent decrypt(const QString &roomId, const QJsonObject &event);

private:
    CryptoStore &m_store;
};

} // namespace atrium::crypto
