#pragma once

#include "Database.h"
#include "TimelineEvent.h"

#include <QStringList>
#include <optional>

namespace atrium::matrix {
struct RoomEvent;
}

namespace atrium::store {

// A room's history as chunks of consecutive events (see Migrations for the
// model). Runs on the store thread only.
class TimelineStore
{
public:
    explicit TimelineStore(Database &db) : m_db(db) {}

    // Appends a sync's timeline to the live chunk, or opens a new live chunk
    // behind a gap when the server says the timeline is `limited`. Returns
    // the events that were new to the store.
    std::optional<QList<matrix::RoomEvent>> appendFromSync(const QString &roomId,
                                                           const QList<matrix::RoomEvent> &events,
                                                           bool limited, const QString &prevBatch);

    // Stores one page of /messages (newest first) before chunk `chunkId`.
    // Reaching an event already stored closes the gap: the older chunk is
    // absorbed. `endToken` is the next token; empty means the room's start.
    bool applyBackfill(const QString &roomId, qint64 chunkId,
                       const QList<matrix::RoomEvent> &newestFirst, const QString &endToken);

    bool applyRedaction(const QString &roomId, const matrix::RoomEvent &redaction);

    TimelinePage loadLatest(const QString &roomId, int limit);
    TimelinePage loadBefore(const QString &roomId, qint64 chunkId, qint64 idx, int limit);
    std::optional<QJsonObject> event(const QString &roomId, const QString &eventId);
    // The rooms whose stored timeline holds `eventId` (one, as event ids are
    // unique; none when it is not stored).
    QStringList roomsOfEvent(const QString &eventId);
    int eventCount(const QString &roomId);
    // The room's encrypted events (as stored: ciphertext) sent after `ts`,
    // the newest `limit` of them, oldest first.
    QList<TimelineEvent> encryptedAfter(const QString &roomId, qint64 ts, int limit);

private:
    struct Chunk
    {
        qint64 id = 0;
        QString prevBatch;
    };
    std::optional<Chunk> liveChunk(const QString &roomId);
    // The new chunk replaces the live one, if the room has one.
    std::optional<qint64> createLiveChunk(const QString &roomId, const QString &prevBatch,
                                          bool hasLive);
    std::optional<qint64> chunkOf(const QString &roomId, const QString &eventId);
    bool insertEvent(qint64 chunkId, qint64 idx, const QString &roomId,
                     const matrix::RoomEvent &event, bool *inserted);
    bool absorbChunk(qint64 intoChunk, qint64 olderChunk);
    std::optional<qint64> edgeIdx(qint64 chunkId, bool newest);
    bool setPrevBatch(qint64 chunkId, const QString &token);
    TimelinePage pageFrom(const QString &roomId, qint64 chunkId, qint64 beforeIdx, int limit);

    Database &m_db;
};

} // namespace atrium::store
