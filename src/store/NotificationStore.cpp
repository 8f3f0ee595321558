#include "NotificationStore.h"

#include <limits>

namespace atrium::store {

bool NotificationStore::add(const QString &roomId, const QList<DecryptedNotification> &found)
{
    Statement &insert = m_db.statement(
        QByteArrayLiteral("INSERT OR IGNORE INTO decrypted_notifications"
                          " (room_id, event_id, ts, notify, highlight) VALUES (?, ?, ?, ?, ?)"));
    for (const DecryptedNotification &notification : found) {
        insert.bind(1, roomId);
        insert.bind(2, notification.eventId);
        insert.bind(3, notification.ts);
        insert.bind(4, notification.notify);
        insert.bind(5, notification.highlight);
        if (!m_db.run(insert))
            return false;
    }
    return recount(roomId);
}

bool NotificationStore::readUpTo(const QString &roomId, const QString &eventId, qint64 receiptTs)
{
    return readUpToTime(roomId, timeOf(roomId, eventId).value_or(receiptTs));
}

bool NotificationStore::forget(const QString &roomId)
{
    return readUpToTime(roomId, std::numeric_limits<qint64>::max());
}

bool NotificationStore::readUpToTime(const QString &roomId, qint64 ts)
{
    Statement &read = m_db.statement(
        QByteArrayLiteral("DELETE FROM decrypted_notifications WHERE room_id = ? AND ts <= ?"));
    read.bind(1, roomId);
    read.bind(2, ts);
    return m_db.run(read) && recount(roomId);
}

QSet<QString> NotificationStore::counted(const QString &roomId)
{
    Statement &query = m_db.statement(
        QByteArrayLiteral("SELECT event_id FROM decrypted_notifications WHERE room_id = ?"));
    query.bind(1, roomId);
    QSet<QString> eventIds;
    while (query.next())
        eventIds.insert(query.text(0));
    query.reset();
    return eventIds;
}

qint64 NotificationStore::readTime(const QString &roomId, const QString &ownUserId)
{
    // A receipt for an event outside the stored history counts by its own time.
    Statement &query = m_db.statement(QByteArrayLiteral(
        "SELECT MAX(t) FROM ("
        " SELECT ts AS t FROM events WHERE room_id = ?1 AND sender = ?2"
        " UNION ALL"
        " SELECT COALESCE((SELECT e.ts FROM events e"
        "                  WHERE e.room_id = r.room_id AND e.event_id = r.event_id), r.ts)"
        " FROM receipts r WHERE r.room_id = ?1 AND r.user_id = ?2"
        "  AND r.type IN ('m.read', 'm.read.private') AND r.thread_id IN ('', 'main'))"));
    query.bind(1, roomId);
    query.bind(2, ownUserId);
    const qint64 ts = query.next() ? query.integer(0) : 0;
    query.reset();
    return ts;
}

std::optional<qint64> NotificationStore::timeOf(const QString &roomId, const QString &eventId)
{
    // The receipt's event may be one counted here and not (yet) in the timeline.
    Statement &query = m_db.statement(QByteArrayLiteral(
        "SELECT ts FROM events WHERE room_id = ?1 AND event_id = ?2 UNION ALL"
        " SELECT ts FROM decrypted_notifications WHERE room_id = ?1 AND event_id = ?2"));
    query.bind(1, roomId);
    query.bind(2, eventId);
    std::optional<qint64> ts;
    if (query.next())
        ts = query.integer(0);
    query.reset();
    return ts;
}

bool NotificationStore::recount(const QString &roomId)
{
    Statement &query = m_db.statement(
        QByteArrayLiteral("SELECT COALESCE(SUM(notify), 0), COALESCE(SUM(highlight), 0)"
                          " FROM decrypted_notifications WHERE room_id = ?"));
    query.bind(1, roomId);
    UnreadCounts counts;
    if (query.next())
        counts = {int(query.integer(0)), int(query.integer(1))};
    query.reset();
    return RoomStore(m_db).setDecryptedCounts(roomId, counts);
}

} // namespace atrium::store
