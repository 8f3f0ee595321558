#include "RoomHistory.h"

#include "EncryptionStage.h"
#include "matrix/HttpClient.h"
#include "matrix/Requests.h"
#include "matrix/RoomEvent.h"
#include "store/OutboxStore.h"
#include "store/RelationStore.h"
#include "store/RoomStore.h"
#include "store/StoreThread.h"
#include "store/TimelineStore.h"

#include <QJsonArray>
#include <QPromise>

namespace atrium::sync {

namespace {

QList<matrix::RoomEvent> roomEventsFrom(const QJsonArray &array)
{
    QList<matrix::RoomEvent> events;
    for (const auto &value : array) {
        if (auto event = matrix::RoomEvent::fromJson(value.toObject()))
            events.append(*event);
    }
    return events;
}

bool storeMembers(store::Database &db, const QString &roomId,
                  const QList<matrix::RoomEvent> &members, const QString &ownUserId)
{
    store::RoomStore rooms(db);
    bool ok = db.beginTransaction();
    for (const auto &member : members)
        // Sync may have brought newer membership since.
        ok = ok && rooms.applyStateIfMissing(roomId, member);
    ok = ok && rooms.setMembersLoaded(roomId) && rooms.refreshSummary(roomId, ownUserId);
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

} // namespace

RoomHistory::RoomHistory(matrix::HttpClient *http, store::StoreThread *store,
                         const QString &ownUserId, QObject *parent)
    : QObject(parent), m_http(http), m_store(store), m_ownUserId(ownUserId)
{}

QFuture<store::TimelinePage> RoomHistory::latest(const QString &roomId, int limit)
{
    return m_store->run([roomId, limit, decryptor = m_decryptor](store::Database &db) {
        store::TimelinePage page = store::TimelineStore(db).loadLatest(roomId, limit);
        if (decryptor)
            decryptor->decrypt(db, roomId, page.events);
        return page;
    });
}

QFuture<store::TimelinePage> RoomHistory::before(const QString &roomId,
                                                 const store::TimelinePage &page, int limit)
{
    return m_store->run([roomId, chunk = page.cursorChunkId, idx = page.cursorIdx, limit,
                         decryptor = m_decryptor](store::Database &db) {
        store::TimelinePage older = store::TimelineStore(db).loadBefore(roomId, chunk, idx, limit);
        if (decryptor)
            decryptor->decrypt(db, roomId, older.events);
        return older;
    });
}

QFuture<QList<store::OutgoingMessage>> RoomHistory::pending(const QString &roomId)
{
    return m_store->run(
        [roomId](store::Database &db) { return store::OutboxStore(db).forRoom(roomId); });
}

QFuture<QList<store::TimelineEvent>> RoomHistory::decrypt(const QString &roomId,
                                                          const QList<store::TimelineEvent> &events)
{
    return m_store->run([roomId, events, decryptor = m_decryptor](store::Database &db) {
        QList<store::TimelineEvent> decrypted = events;
        if (!decryptor)
            return decrypted;
        for (auto &event : decrypted) { // set again if it still fails
            event.decryptionError.clear();
            event.decryptionFailure = store::TimelineEvent::DecryptionFailure::None;
        }
        decryptor->decrypt(db, roomId, decrypted);
        return decrypted;
    });
}

void RoomHistory::fillGap(const QString &roomId, const store::TimelinePage &page, int limit)
{
    const QString key = roomId + QLatin1Char('/') + QString::number(page.gapChunkId);
    if (page.gapToken.isEmpty() || m_fillingGaps.contains(key))
        return;
    m_fillingGaps.insert(key);
    const qint64 chunkId = page.gapChunkId;
    m_http->send(
        matrix::requests::messages(roomId, page.gapToken, limit), this,
        [this, key, roomId, chunkId, from = page.gapToken](const matrix::ApiResponse &response) {
            if (response.error) {
                m_fillingGaps.remove(key);
                emit historyError(roomId, response.error->describe());
                return;
            }
            const QJsonObject json = response.json();
            const QList<matrix::RoomEvent> events = roomEventsFrom(json.value("chunk").toArray());
            const QList<matrix::RoomEvent> members = roomEventsFrom(json.value("state").toArray());
            // Only a missing `end` means the room's start: a page may be empty
            // (all filtered out) with more before it. An `end` equal to where we
            // started would loop forever, so it counts as the start too.
            QString end = json.value("end").toString();
            if (end == from)
                end.clear();
            m_store
                ->run([roomId, chunkId, events, members, end](store::Database &db) {
                    if (!db.beginTransaction())
                        return false;
                    store::RoomStore rooms(db);
                    bool ok = true;
                    for (const auto &member : members)
                        ok = ok && rooms.applyStateIfMissing(roomId, member);
                    if (!ok ||
                        !store::TimelineStore(db).applyBackfill(roomId, chunkId, events, end) ||
                        !store::RelationStore(db).record(roomId, events)) {
                        db.rollback();
                        return false;
                    }
                    return db.commit();
                })
                .then(this, [this, key, roomId](bool stored) {
                    m_fillingGaps.remove(key);
                    if (stored)
                        emit gapFilled(roomId);
                    else
                        emit historyError(roomId, tr("could not store the room's history"));
                });
        });
}

QFuture<bool> RoomHistory::loadMembers(const QString &roomId)
{
    if (const auto loading = m_loadingMembers.constFind(roomId); loading != m_loadingMembers.cend())
        return *loading;
    auto promise = std::make_shared<QPromise<bool>>();
    promise->start();
    m_loadingMembers.insert(roomId, promise->future());
    auto finish = [this, roomId, promise](bool loaded) {
        m_loadingMembers.remove(roomId);
        promise->addResult(loaded);
        promise->finish();
    };
    m_http->send(matrix::requests::members(roomId, {}), this,
                 [this, roomId, finish](const matrix::ApiResponse &response) {
                     if (response.error) {
                         emit historyError(roomId, response.error->describe());
                         finish(false);
                         return;
                     }
                     const auto members = roomEventsFrom(response.json().value("chunk").toArray());
                     m_store
                         ->run([roomId, members, userId = m_ownUserId](store::Database &db) {
                             return storeMembers(db, roomId, members, userId);
                         })
                         .then(this, [this, roomId, finish](bool stored) {
                             if (stored)
                                 emit membersLoaded(roomId);
                             else
                                 emit historyError(roomId, tr("could not store the member list"));
                             finish(stored);
                         });
                 });
    return promise->future();
}

} // namespace atrium::sync
