#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace atrium::store {
class Database;
}

namespace atrium::crypto {

// A room key this device asked its other devices for.
struct RoomKeyRequest
{
    enum class State
    {
        Unsent = 0,        // to be sent as m.room_key_request "request"
        Sent = 1,          // waiting for an m.forwarded_room_key
        CancelPending = 2, // the key arrived: send "request_cancellation", then forget it
    };
    QString requestId;
    QString roomId;
    QString senderKey;
    QString sessionId;
    State state = State::Unsent;
};

// The outgoing m.room_key_request ledger (table room_key_requests): one
// request per Megolm session we lack, from the moment an event cannot be
// decrypted until the key arrived and the request was cancelled.
// Used on the store thread only.
class KeyRequestStore
{
public:
    explicit KeyRequestStore(store::Database &db) : m_db(db) {}

    // Records that we lack this session's key, once: an existing request
    // stays as it is.
    bool want(const QString &roomId, const QString &senderKey, const QString &sessionId);
    std::optional<RoomKeyRequest> find(const QString &roomId, const QString &senderKey,
                                       const QString &sessionId);
    // Requests with something to send: new ones and cancellations.
    QList<RoomKeyRequest> pending();
    bool setState(const QString &requestId, RoomKeyRequest::State state);
    bool remove(const QString &requestId);
    // The session's key arrived: a request already sent is to be cancelled,
    // one not sent yet is dropped.
    bool fulfilled(const QString &roomId, const QString &senderKey, const QString &sessionId);

private:
    store::Database &m_db;
};

} // namespace atrium::crypto
