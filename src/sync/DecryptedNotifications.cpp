#include "DecryptedNotifications.h"

#include "SyncChanges.h"
#include "store/Database.h"

namespace atrium::sync {

namespace {

// The event as the server evaluated the rules on it: its text unreadable.
QJsonObject asTheServerSawIt(const store::TimelineEvent &event)
{
    return {{QStringLiteral("type"), QStringLiteral("m.room.encrypted")},
            {QStringLiteral("sender"), event.sender},
            {QStringLiteral("content"),
             QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("m.megolm.v1.aes-sha2")}}}};
}

bool anyEncrypted(const QList<store::TimelineEvent> &events)
{
    return std::any_of(events.cbegin(), events.cend(),
                       [](const store::TimelineEvent &event) { return event.encrypted; });
}

} // namespace

DecryptedNotifications::DecryptedNotifications(store::Database &db, QString ownUserId)
    : m_db(db), m_ownUserId(std::move(ownUserId))
{}

bool DecryptedNotifications::count(SyncChanges &changes)
{
    // One transaction for all rooms (or part of the caller's, when in one).
    const bool ownTransaction = m_db.beginTransaction();
    for (auto it = changes.newEvents.cbegin(); it != changes.newEvents.cend(); ++it) {
        if (anyEncrypted(it.value()) && !apply(it.key(), it.value(), changes)) {
            if (ownTransaction)
                m_db.rollback();
            return false;
        }
    }
    return !ownTransaction || m_db.commit();
}

bool DecryptedNotifications::apply(const QString &roomId, const QList<store::TimelineEvent> &events,
                                   SyncChanges &changes)
{
    store::RoomStore rooms(m_db);
    bool readHere = false;
    const store::UnreadCounts found = countSinceRead(roomId, events, &readHere);
    const store::UnreadCounts before = rooms.decryptedCounts(roomId);
    const store::UnreadCounts after =
        readHere ? found
                 : store::UnreadCounts{before.notifications + found.notifications,
                                       before.highlights + found.highlights};
    if (after.notifications == before.notifications && after.highlights == before.highlights)
        return true;
    if (!rooms.setDecryptedCounts(roomId, after))
        return false;
    // Read again: the summary adds the counts up (see RoomStore).
    const auto loaded = rooms.load(roomId);
    if (!loaded)
        return true;
    auto summary = std::find_if(changes.rooms.begin(), changes.rooms.end(),
                                [&](const auto &room) { return room.roomId == roomId; });
    if (summary != changes.rooms.end())
        *summary = *loaded;
    else
        changes.rooms.append(*loaded);
    return true;
}

store::UnreadCounts
DecryptedNotifications::countSinceRead(const QString &roomId,
                                       const QList<store::TimelineEvent> &events, bool *readHere)
{
    const QStringList readUpTo = store::RoomStore(m_db).ownReadUpTo(roomId, m_ownUserId);
    qsizetype start = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events.at(i).sender == m_ownUserId || readUpTo.contains(events.at(i).eventId))
            start = i + 1;
    }
    *readHere = start > 0;
    std::optional<RoomPushRules> push; // read when a message needs it
    store::UnreadCounts counts;
    for (qsizetype i = start; i < events.size(); ++i) {
        const store::TimelineEvent &event = events.at(i);
        // Clear events the server has counted already.
        if (!event.encrypted || !event.decryptionError.isEmpty())
            continue;
        if (!push)
            push.emplace(rules(), RoomPushRules::contextIn(m_db, roomId, m_ownUserId), roomId);
        const matrix::PushActions now = push->actionsFor(event.json); // as decrypted
        const matrix::PushActions server = push->actionsFor(asTheServerSawIt(event));
        counts.notifications += now.notify && !server.notify;
        counts.highlights += now.highlight && !server.highlight;
    }
    return counts;
}

const matrix::PushRules &DecryptedNotifications::rules()
{
    if (!m_rules)
        m_rules = RoomPushRules::accountRules(m_db, m_ownUserId);
    return *m_rules;
}

} // namespace atrium::sync
