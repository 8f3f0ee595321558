#include "SyncProcessor.h"

#include "SyncPreprocessor.h"
#include "matrix/SyncResponse.h"
#include "store/Database.h"
#include "store/NotificationStore.h"
#include "store/OutboxStore.h"
#include "store/RelationStore.h"
#include "store/RoomStore.h"
#include "store/TimelineStore.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSyncProcessor, "atrium.sync.processor")

namespace atrium::sync {

namespace {

struct Read
{
    QString eventId;
    qint64 ts = 0; // when the receipt was made
};

// The events an m.receipt content says `userId` read the whole room up to
// (public or private receipts; one for a thread only reads the thread).
QList<Read> roomReadBy(const QJsonObject &content, const QString &userId)
{
    QList<Read> reads;
    for (auto byEvent = content.begin(); byEvent != content.end(); ++byEvent) {
        const QJsonObject types = byEvent.value().toObject();
        for (const char *type : {"m.read", "m.read.private"}) {
            const QJsonObject byUser = types.value(QLatin1String(type)).toObject();
            if (!byUser.contains(userId))
                continue;
            const QJsonObject receipt = byUser.value(userId).toObject();
            const QString thread = receipt.value(QLatin1String("thread_id")).toString();
            if (thread.isEmpty() || thread == QLatin1String("main"))
                reads.append(
                    {byEvent.key(), qint64(receipt.value(QLatin1String("ts")).toDouble())});
        }
    }
    return reads;
}

store::TimelineEvent toTimelineEvent(const matrix::RoomEvent &event)
{
    store::TimelineEvent result;
    result.eventId = event.eventId;
    result.transactionId = event.transactionId();
    result.type = event.type;
    result.sender = event.sender;
    result.originServerTs = event.originServerTs;
    result.content = event.content;
    result.json = event.json;
    return result;
}

} // namespace

SyncProcessor::SyncProcessor(store::Database &db, const QString &ownUserId)
    : m_db(db), m_ownUserId(ownUserId)
{}

std::optional<SyncChanges> SyncProcessor::apply(const QByteArray &body, bool initial,
                                                SyncPreprocessor *preprocessor, QString *error)
{
    auto response = matrix::SyncResponse::parse(body, error);
    if (!response)
        return std::nullopt;
    if (preprocessor && !preprocessor->process(m_db, *response, error))
        return std::nullopt;
    auto changes = apply(*response, initial, error);
    if (changes && preprocessor)
        preprocessor->finish(m_db, *changes);
    return changes;
}

std::optional<SyncChanges> SyncProcessor::apply(matrix::SyncResponse &response, bool initial,
                                                QString *error)
{
    SyncChanges changes;
    changes.initial = initial;
    changes.droppedEvents = response.droppedEvents;
    changes.toDevice = response.toDevice;
    if (response.droppedEvents > 0)
        qCWarning(lcSyncProcessor) << "left out" << response.droppedEvents << "malformed events";

    if (!m_db.beginTransaction()) {
        *error = m_db.lastError();
        return std::nullopt;
    }
    bool ok = true;
    store::RoomStore rooms(m_db);
    QSet<QString> touched;
    for (const auto &room : response.joined) {
        ok = ok && applyJoined(room, changes);
        touched.insert(room.roomId);
    }
    for (const auto &room : response.invited) {
        ok = ok && applyInvited(room);
        touched.insert(room.roomId);
    }
    for (const auto &room : response.left)
        ok = ok && applyLeft(room, changes);
    // After the rooms: m.direct in an initial sync names rooms this sync creates.
    ok = ok && applyGlobalAccountData(response, changes);
    for (const QString &roomId : touched)
        ok = ok && rooms.refreshSummary(roomId, m_ownUserId);
    if (changes.accountDataChanged.contains(QStringLiteral("m.direct"))) {
        // m.direct may flip any room between chat and direct message.
        for (const auto &summary : rooms.loadAll())
            touched.insert(summary.roomId);
    }
    for (const QString &roomId : touched) {
        if (auto summary = rooms.loadForList(roomId, m_ownUserId))
            changes.rooms.append(*summary);
    }
    ok = ok && m_db.setMetaValue(QLatin1String(SyncTokenKey), response.nextBatch);
    if (!ok || !m_db.commit()) {
        *error = QStringLiteral("cannot save the sync: %1").arg(m_db.lastError());
        m_db.rollback();
        return std::nullopt;
    }
    return changes;
}

bool SyncProcessor::applyGlobalAccountData(const matrix::SyncResponse &response,
                                           SyncChanges &changes)
{
    store::RoomStore rooms(m_db);
    for (const QJsonObject &event : response.accountData) {
        const QString type = event.value(QLatin1String("type")).toString();
        const QJsonObject content = event.value(QLatin1String("content")).toObject();
        if (type.isEmpty())
            continue;
        if (!rooms.setAccountData(QString(), type, content))
            return false;
        if (type == QLatin1String("m.direct") && !rooms.applyDirectChats(content))
            return false;
        changes.accountDataChanged.insert(type);
    }
    return true;
}

bool SyncProcessor::applyJoined(const matrix::JoinedRoomUpdate &room, SyncChanges &changes)
{
    store::RoomStore rooms(m_db);
    if (!rooms.setMembership(room.roomId, QStringLiteral("join")))
        return false;
    for (const auto &event : room.state) {
        if (!rooms.applyState(room.roomId, event))
            return false;
    }
    return rooms.applySummary(room.roomId, room.summary) &&
           rooms.setUnreadCounts(room.roomId, room.notificationCount, room.highlightCount) &&
           applyTimeline(room, changes) && applyEphemeral(room, changes) &&
           applyRoomAccountData(room);
}

bool SyncProcessor::applyTimeline(const matrix::JoinedRoomUpdate &room, SyncChanges &changes)
{
    store::TimelineStore timeline(m_db);
    store::RoomStore rooms(m_db);
    const auto added =
        timeline.appendFromSync(room.roomId, room.timeline, room.limited, room.prevBatch);
    if (!added || !store::RelationStore(m_db).record(room.roomId, *added))
        return false;
    if (room.limited)
        changes.gapOpened.insert(room.roomId);
    QList<store::TimelineEvent> newEvents;
    for (const matrix::RoomEvent &event : *added) {
        if (event.isState() && !rooms.applyState(room.roomId, event))
            return false;
        if (event.type == QLatin1String("m.room.redaction") &&
            !(timeline.applyRedaction(room.roomId, event) &&
              rooms.applyRedaction(room.roomId, event.redacts(), event.json)))
            return false;
        const QString txnId = event.transactionId();
        if (!txnId.isEmpty() && event.sender == m_ownUserId && !removeAcknowledged(txnId, changes))
            return false;
        // After an initial sync views load pages from the store; listing
        // every event of every room again would only cost time.
        if (!changes.initial)
            newEvents.append(toTimelineEvent(event));
    }
    if (!newEvents.isEmpty())
        changes.newEvents.insert(room.roomId, newEvents);
    const auto lastMessage =
        std::find_if(added->rbegin(), added->rend(), store::RoomStore::isPreviewable);
    return lastMessage == added->rend() || rooms.setLastMessage(room.roomId, *lastMessage);
}

bool SyncProcessor::removeAcknowledged(const QString &transactionId, SyncChanges &changes)
{
    // The remote echo is proof the server has the message: it leaves the outbox.
    store::OutboxStore outbox(m_db);
    changes.acknowledgedTransactions.append(transactionId);
    return outbox.remove(transactionId);
}

bool SyncProcessor::applyEphemeral(const matrix::JoinedRoomUpdate &room, SyncChanges &changes)
{
    store::RoomStore rooms(m_db);
    for (const QJsonObject &event : room.ephemeral) {
        const QString type = event.value(QLatin1String("type")).toString();
        const QJsonObject content = event.value(QLatin1String("content")).toObject();
        if (type == QLatin1String("m.typing")) {
            QStringList users;
            for (const auto &user : content.value(QLatin1String("user_ids")).toArray())
                users.append(user.toString());
            changes.typing.insert(room.roomId, users);
        } else if (type == QLatin1String("m.receipt")) {
            if (!rooms.applyReceipts(room.roomId, content))
                return false;
            // The user read the room (here or on another device): what was
            // counted in its encrypted messages up to there is read too (see
            // DecryptedNotifications, which counts on after the receipt).
            for (const Read &read : roomReadBy(content, m_ownUserId)) {
                if (!store::NotificationStore(m_db).readUpTo(room.roomId, read.eventId, read.ts))
                    return false;
            }
            changes.receiptsChanged.insert(room.roomId);
        }
    }
    return true;
}

bool SyncProcessor::applyRoomAccountData(const matrix::JoinedRoomUpdate &room)
{
    store::RoomStore rooms(m_db);
    for (const QJsonObject &event : room.accountData) {
        const QString type = event.value(QLatin1String("type")).toString();
        if (!type.isEmpty() &&
            !rooms.setAccountData(room.roomId, type,
                                  event.value(QLatin1String("content")).toObject()))
            return false;
    }
    return true;
}

bool SyncProcessor::applyInvited(const matrix::InvitedRoomUpdate &room)
{
    store::RoomStore rooms(m_db);
    if (!rooms.setMembership(room.roomId, QStringLiteral("invite")))
        return false;
    for (const auto &event : room.inviteState) {
        if (!rooms.applyState(room.roomId, event))
            return false;
    }
    return true;
}

bool SyncProcessor::applyLeft(const matrix::LeftRoomUpdate &room, SyncChanges &changes)
{
    store::RoomStore rooms(m_db);
    changes.leftRooms.append(room.roomId);
    if (!rooms.setMembership(room.roomId, QStringLiteral("leave")) ||
        !store::NotificationStore(m_db).forget(room.roomId))
        return false;
    for (const auto &event : room.state + room.timeline) {
        if (event.isState() && !rooms.applyState(room.roomId, event))
            return false;
    }
    return true;
}

} // namespace atrium::sync
