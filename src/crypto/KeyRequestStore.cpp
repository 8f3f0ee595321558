#include "KeyRequestStore.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QUuid>

namespace atrium::crypto {

namespace {
RoomKeyRequest fromRow(const QSqlQuery &query)
{
    RoomKeyRequest request;
    request.requestId = query.value(0).toString();
    request.roomId = query.value(1).toString();
    request.senderKey = query.value(2).toString();
    request.sessionId = query.value(3).toString();
    request.state = static_cast<RoomKeyRequest::State>(query.value(4).toInt());
    return request;
}
} // namespace

bool KeyRequestStore::want(const QString &roomId, const QString &senderKey,
                           const QString &sessionId)
{
    if (roomId.isEmpty() || senderKey.isEmpty() || sessionId.isEmpty())
        return false;
    QSqlQuery &query = m_db.prepare(
        QStringLiteral("INSERT OR IGNORE INTO room_key_requests (request_id, room_id, sender_key,"
                       " session_id, state) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(QUuid::createUuid().toString(QUuid::Id128));
    query.addBindValue(roomId);
    query.addBindValue(senderKey);
    query.addBindValue(sessionId);
    query.addBindValue(static_cast<int>(RoomKeyRequest::State::Unsent));
    return m_db.exec(query);
}

std::optional<RoomKeyRequest> KeyRequestStore::find(const QString &roomId, const QString &senderKey,
                                                    const QString &sessionId)
{
    QSqlQuery &query =
        m_db.prepare(QStringLiteral("SELECT request_id, room_id, sender_key, session_id, state"
                                    " FROM room_key_requests WHERE room_id = ? AND sender_key = ?"
                                    " AND session_id = ?"));
    query.addBindValue(roomId);
    query.addBindValue(senderKey);
    query.addBindValue(sessionId);
    if (!m_db.exec(query) || !query.next())
        return std::nullopt;
    const RoomKeyRequest request = fromRow(query);
    query.finish();
    return request;
}

QList<RoomKeyRequest> KeyRequestStore::pending()
{
    QSqlQuery &query =
        m_db.prepare(QStringLiteral("SELECT request_id, room_id, sender_key, session_id, state"
                                    " FROM room_key_requests WHERE state != ?"));
    query.addBindValue(static_cast<int>(RoomKeyRequest::State::Sent));
    QList<RoomKeyRequest> requests;
    if (!m_db.exec(query))
        return requests;
    while (query.next())
        requests.append(fromRow(query));
    return requests;
}

bool KeyRequestStore::setState(const QString &requestId, RoomKeyRequest::State state)
{
    QSqlQuery &query =
        m_db.prepare(QStringLiteral("UPDATE room_key_requests SET state = ? WHERE request_id = ?"));
    query.addBindValue(static_cast<int>(state));
    query.addBindValue(requestId);
    return m_db.exec(query);
}

bool KeyRequestStore::remove(const QString &requestId)
{
    QSqlQuery &query =
        m_db.prepare(QStringLiteral("DELETE FROM room_key_requests WHERE request_id = ?"));
    query.addBindValue(requestId);
    return m_db.exec(query);
}

bool KeyRequestStore::fulfilled(const QString &roomId, const QString &senderKey,
                                const QString &sessionId)
{
    const auto request = find(roomId, senderKey, sessionId);
    if (!request)
        return true;
    if (request->state == RoomKeyRequest::State::Unsent)
        return remove(request->requestId);
    return setState(request->requestId, RoomKeyRequest::State::CancelPending);
}

} // namespace atrium::crypto
