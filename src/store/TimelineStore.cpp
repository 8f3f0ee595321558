#include "TimelineStore.h"

#include "matrix/Redaction.h"
#include "matrix/RoomEvent.h"

#include <QJsonDocument>
#include <limits>

namespace atrium::store {

namespace {

// Events are stored as their UTF-8 JSON bytes: bound as a blob, they skip
// two conversions (to UTF-16 for Qt, back to UTF-8 in SQLite) per event.
QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

TimelineEvent timelineEventFrom(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    TimelineEvent event;
    event.eventId = object.value(QLatin1String("event_id")).toString();
    event.type = object.value(QLatin1String("type")).toString();
    event.sender = object.value(QLatin1String("sender")).toString();
    event.originServerTs = qint64(object.value(QLatin1String("origin_server_ts")).toDouble());
    event.content = object.value(QLatin1String("content")).toObject();
    event.transactionId = object.value(QLatin1String("unsigned"))
                              .toObject()
                              .value(QLatin1String("transaction_id"))
                              .toString();
    event.json = object;
    return event;
}

} // namespace

std::optional<TimelineStore::Chunk> TimelineStore::liveChunk(const QString &roomId)
{
    Statement &query = m_db.statement(QByteArrayLiteral(
        "SELECT chunk_id, prev_batch FROM chunks WHERE room_id = ? AND is_live = 1"));
    query.bind(1, roomId);
    if (!query.next())
        return std::nullopt;
    return Chunk{query.integer(0), query.text(1)};
}

std::optional<qint64> TimelineStore::createLiveChunk(const QString &roomId,
                                                     const QString &prevBatch, bool hasLive)
{
    Statement &retire =
        m_db.statement(QByteArrayLiteral("UPDATE chunks SET is_live = 0 WHERE room_id = ?"));
    retire.bind(1, roomId);
    if (hasLive && !m_db.run(retire))
        return std::nullopt;
    Statement &query = m_db.statement(
        QByteArrayLiteral("INSERT INTO chunks (room_id, prev_batch, is_live) VALUES (?, ?, 1)"));
    query.bind(1, roomId);
    if (!prevBatch.isEmpty())
        query.bind(2, prevBatch);
    if (!m_db.run(query))
        return std::nullopt;
    return query.lastInsertId();
}

std::optional<qint64> TimelineStore::chunkOf(const QString &roomId, const QString &eventId)
{
    Statement &query = m_db.statement(
        QByteArrayLiteral("SELECT chunk_id FROM events WHERE room_id = ? AND event_id = ?"));
    query.bind(1, roomId);
    query.bind(2, eventId);
    if (query.next())
        return query.integer(0);
    return std::nullopt;
}

std::optional<qint64> TimelineStore::edgeIdx(qint64 chunkId, bool newest)
{
    Statement &query = m_db.statement(
        newest ? QByteArrayLiteral("SELECT MAX(idx) FROM events WHERE chunk_id = ?")
               : QByteArrayLiteral("SELECT MIN(idx) FROM events WHERE chunk_id = ?"));
    query.bind(1, chunkId);
    if (query.next() && !query.isNull(0))
        return query.integer(0);
    return std::nullopt;
}

bool TimelineStore::setPrevBatch(qint64 chunkId, const QString &token)
{
    QSqlQuery &query =
        m_db.prepare(QStringLiteral("UPDATE chunks SET prev_batch = ? WHERE chunk_id = ?"));
    query.addBindValue(token.isEmpty() ? QVariant() : QVariant(token));
    query.addBindValue(chunkId);
    return m_db.exec(query);
}

bool TimelineStore::insertEvent(qint64 chunkId, qint64 idx, const QString &roomId,
                                const matrix::RoomEvent &event, bool *inserted)
{
    Statement &query = m_db.statement(QByteArrayLiteral(
        "INSERT OR IGNORE INTO events (chunk_id, idx, room_id, event_id, type, sender, ts, json)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.bind(1, chunkId);
    query.bind(2, idx);
    query.bind(3, roomId);
    query.bind(4, event.eventId);
    query.bind(5, event.type);
    query.bind(6, event.sender);
    query.bind(7, event.originServerTs);
    // A blob, as the store has always kept event JSON (see toJson).
    query.bindBlob(8, event.jsonText());
    if (!m_db.run(query))
        return false;
    *inserted = query.changes() > 0;
    return true;
}

std::optional<QList<matrix::RoomEvent>>
TimelineStore::appendFromSync(const QString &roomId, const QList<matrix::RoomEvent> &events,
                              bool limited, const QString &prevBatch)
{
    std::optional<Chunk> live = liveChunk(roomId);
    std::optional<qint64> chunkId;
    if (!live) {
        // First sight of this room: the spec marks "nothing earlier" by
        // leaving out prev_batch, not by `limited`, so keep any token given.
        chunkId = createLiveChunk(roomId, prevBatch, false);
    } else if (limited && !events.isEmpty() && !chunkOf(roomId, events.first().eventId)) {
        // Events are missing between what we have and this batch: a gap.
        chunkId = createLiveChunk(roomId, prevBatch, true);
    } else {
        chunkId = live->id;
    }
    if (!chunkId)
        return std::nullopt;

    // A chunk made just now is empty: no need to ask where it ends.
    const bool newChunk = !live || *chunkId != live->id;
    qint64 next = newChunk ? 1 : edgeIdx(*chunkId, true).value_or(0) + 1;
    QList<matrix::RoomEvent> added;
    for (const matrix::RoomEvent &event : events) {
        bool inserted = false;
        if (!insertEvent(*chunkId, next, roomId, event, &inserted))
            return std::nullopt;
        if (inserted) {
            ++next;
            added.append(event);
        }
    }
    return added;
}

bool TimelineStore::absorbChunk(qint64 intoChunk, qint64 olderChunk)
{
    // Renumber the older chunk's events to sit just before the newer chunk's.
    const qint64 newerMin = edgeIdx(intoChunk, false).value_or(0);
    const qint64 olderMax = edgeIdx(olderChunk, true).value_or(0);
    QSqlQuery &move = m_db.prepare(
        QStringLiteral("UPDATE events SET chunk_id = ?, idx = idx - ? WHERE chunk_id = ?"));
    move.addBindValue(intoChunk);
    move.addBindValue(olderMax - newerMin + 1);
    move.addBindValue(olderChunk);
    if (!m_db.exec(move))
        return false;

    QSqlQuery &older =
        m_db.prepare(QStringLiteral("SELECT prev_batch FROM chunks WHERE chunk_id = ?"));
    older.addBindValue(olderChunk);
    if (!m_db.exec(older) || !older.next())
        return false;
    const QString olderPrevBatch = older.value(0).toString();
    QSqlQuery &drop = m_db.prepare(QStringLiteral("DELETE FROM chunks WHERE chunk_id = ?"));
    drop.addBindValue(olderChunk);
    return m_db.exec(drop) && setPrevBatch(intoChunk, olderPrevBatch);
}

bool TimelineStore::applyBackfill(const QString &roomId, qint64 chunkId,
                                  const QList<matrix::RoomEvent> &newestFirst,
                                  const QString &endToken)
{
    qint64 idx = edgeIdx(chunkId, false).value_or(1);
    for (const matrix::RoomEvent &event : newestFirst) {
        if (auto existing = chunkOf(roomId, event.eventId)) {
            if (*existing == chunkId)
                continue; // overlap with what this chunk already holds
            return absorbChunk(chunkId, *existing);
        }
        bool inserted = false;
        if (!insertEvent(chunkId, --idx, roomId, event, &inserted))
            return false;
    }
    return setPrevBatch(chunkId, endToken);
}

bool TimelineStore::applyRedaction(const QString &roomId, const matrix::RoomEvent &redaction)
{
    const QString target = redaction.redacts();
    auto original = event(roomId, target);
    if (!original)
        return true; // not stored (yet): nothing to strip
    QSqlQuery &query = m_db.prepare(
        QStringLiteral("UPDATE events SET json = ? WHERE room_id = ? AND event_id = ?"));
    query.addBindValue(toJson(matrix::Redaction::apply(*original, redaction.json)));
    query.addBindValue(roomId);
    query.addBindValue(target);
    return m_db.exec(query);
}

TimelinePage TimelineStore::pageFrom(const QString &roomId, qint64 chunkId, qint64 beforeIdx,
                                     int limit)
{
    TimelinePage page;
    page.gapChunkId = chunkId;
    QSqlQuery &query = m_db.prepare(QStringLiteral(
        "SELECT idx, json FROM events WHERE chunk_id = ? AND idx < ? ORDER BY idx DESC LIMIT ?"));
    query.addBindValue(chunkId);
    query.addBindValue(beforeIdx);
    query.addBindValue(limit + 1); // one more tells whether older events are stored
    if (!m_db.exec(query))
        return page;
    qint64 oldestIdx = beforeIdx;
    while (query.next()) {
        if (page.events.size() == limit) {
            page.moreInStore = true;
            break;
        }
        oldestIdx = query.value(0).toLongLong();
        page.events.prepend(timelineEventFrom(query.value(1).toByteArray()));
    }
    page.cursorChunkId = chunkId;
    page.cursorIdx = oldestIdx;
    if (!page.moreInStore) {
        QSqlQuery &chunk =
            m_db.prepare(QStringLiteral("SELECT prev_batch FROM chunks WHERE chunk_id = ?"));
        chunk.addBindValue(chunkId);
        if (m_db.exec(chunk) && chunk.next())
            page.gapToken = chunk.value(0).toString();
    }
    Q_UNUSED(roomId);
    return page;
}

TimelinePage TimelineStore::loadLatest(const QString &roomId, int limit)
{
    const auto live = liveChunk(roomId);
    if (!live)
        return {};
    return pageFrom(roomId, live->id, std::numeric_limits<qint64>::max(), limit);
}

TimelinePage TimelineStore::loadBefore(const QString &roomId, qint64 chunkId, qint64 idx, int limit)
{
    return pageFrom(roomId, chunkId, idx, limit);
}

std::optional<QJsonObject> TimelineStore::event(const QString &roomId, const QString &eventId)
{
    QSqlQuery &query =
        m_db.prepare(QStringLiteral("SELECT json FROM events WHERE room_id = ? AND event_id = ?"));
    query.addBindValue(roomId);
    query.addBindValue(eventId);
    if (m_db.exec(query) && query.next())
        return QJsonDocument::fromJson(query.value(0).toByteArray()).object();
    return std::nullopt;
}

QStringList TimelineStore::roomsOfEvent(const QString &eventId)
{
    QSqlQuery &query = m_db.prepare(
        QStringLiteral("SELECT DISTINCT room_id FROM events WHERE event_id = ? ORDER BY room_id"));
    query.addBindValue(eventId);
    QStringList rooms;
    if (m_db.exec(query)) {
        while (query.next())
            rooms.append(query.value(0).toString());
    }
    return rooms;
}

int TimelineStore::eventCount(const QString &roomId)
{
    QSqlQuery &query =
        m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM events WHERE room_id = ?"));
    query.addBindValue(roomId);
    return m_db.exec(query) && query.next() ? query.value(0).toInt() : 0;
}

QList<TimelineEvent> TimelineStore::encryptedAfter(const QString &roomId, qint64 ts, int limit)
{
    Statement &query = m_db.statement(QByteArrayLiteral(
        "SELECT json FROM events WHERE room_id = ? AND type = 'm.room.encrypted' AND ts > ?"
        " ORDER BY ts DESC LIMIT ?"));
    query.bind(1, roomId);
    query.bind(2, ts);
    query.bind(3, limit);
    QList<TimelineEvent> events;
    while (query.next())
        events.prepend(timelineEventFrom(query.bytes(0)));
    query.reset();
    return events;
}

} // namespace atrium::store
