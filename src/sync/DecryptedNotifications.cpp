#include "DecryptedNotifications.h"

#include "SyncChanges.h"
#include "store/Database.h"
#include "store/RoomStore.h"
#include "store/TimelineStore.h"

namespace atrium::sync {

namespace {

// How far back a key that arrives late is looked for in unread messages.
constexpr int LateKeyReach = 200;

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
    return inTransaction([&]() {
        for (auto it = changes.newEvents.cbegin(); it != changes.newEvents.cend(); ++it) {
            if (anyEncrypted(it.value()) && !countNew(it.key(), it.value(), changes))
                return false;
        }
        return true;
    });
}

QList<store::TimelineEvent>
DecryptedNotifications::unreadInSessions(const QString &roomId, const QSet<QString> &sessionIds)
{
    QList<store::TimelineEvent> events = unreadEncrypted(roomId);
    events.removeIf([&](const store::TimelineEvent &event) {
        return !sessionIds.contains(event.content.value(QLatin1String("session_id")).toString());
    });
    return events;
}

QList<store::TimelineEvent> DecryptedNotifications::unreadEncrypted(const QString &roomId)
{
    const qint64 readTime = store::NotificationStore(m_db).readTime(roomId, m_ownUserId);
    QList<store::TimelineEvent> events =
        store::TimelineStore(m_db).encryptedAfter(roomId, readTime, LateKeyReach);
    events.removeIf(
        [this](const store::TimelineEvent &event) { return event.sender == m_ownUserId; });
    return events;
}

bool DecryptedNotifications::countLate(const EventsByRoom &decrypted, SyncChanges &changes)
{
    return inTransaction([&]() {
        for (auto it = decrypted.cbegin(); it != decrypted.cend(); ++it) {
            const auto found = notable(it.key(), it.value());
            // What a notification may show: only what was not counted before.
            const QSet<QString> before = store::NotificationStore(m_db).counted(it.key());
            QSet<QString> fresh;
            for (const store::DecryptedNotification &notification : found) {
                if (!before.contains(notification.eventId))
                    fresh.insert(notification.eventId);
            }
            if (!keep(it.key(), found, changes))
                return false;
            for (const store::TimelineEvent &event : it.value()) {
                if (fresh.contains(event.eventId))
                    changes.lateNotifying[it.key()].append(event);
            }
        }
        return true;
    });
}

bool DecryptedNotifications::inTransaction(const std::function<bool()> &work)
{
    const bool ownTransaction = m_db.beginTransaction();
    if (!work()) {
        if (ownTransaction)
            m_db.rollback();
        return false;
    }
    return !ownTransaction || m_db.commit();
}

bool DecryptedNotifications::countNew(const QString &roomId,
                                      const QList<store::TimelineEvent> &events,
                                      SyncChanges &changes)
{
    const QStringList readUpTo = store::RoomStore(m_db).ownReadUpTo(roomId, m_ownUserId);
    qsizetype start = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events.at(i).sender == m_ownUserId || readUpTo.contains(events.at(i).eventId))
            start = i + 1;
    }
    // The user wrote or read here: what was counted before is read.
    std::optional<qint64> readTime;
    if (start > 0)
        readTime = events.at(start - 1).originServerTs;
    return keep(roomId, notable(roomId, events.mid(start)), changes, readTime);
}

QList<store::DecryptedNotification>
DecryptedNotifications::notable(const QString &roomId, const QList<store::TimelineEvent> &events)
{
    std::optional<RoomPushRules> push; // read when a message needs it
    QList<store::DecryptedNotification> found;
    for (const store::TimelineEvent &event : events) {
        // Clear events the server has counted already.
        if (!event.encrypted || !event.decryptionError.isEmpty())
            continue;
        if (!push)
            push.emplace(rules(), RoomPushRules::contextIn(m_db, roomId, m_ownUserId), roomId);
        const matrix::PushActions now = push->actionsFor(event.json); // as decrypted
        const matrix::PushActions server = push->actionsFor(asTheServerSawIt(event));
        const bool notify = now.notify && !server.notify;
        const bool highlight = now.highlight && !server.highlight;
        if (notify || highlight)
            found.append({event.eventId, event.originServerTs, notify, highlight});
    }
    return found;
}

bool DecryptedNotifications::keep(const QString &roomId,
                                  const QList<store::DecryptedNotification> &found,
                                  SyncChanges &changes, std::optional<qint64> readTime)
{
    store::RoomStore rooms(m_db);
    store::NotificationStore notifications(m_db);
    const store::UnreadCounts before = rooms.decryptedCounts(roomId);
    if (readTime && !notifications.readUpToTime(roomId, *readTime))
        return false;
    if (!found.isEmpty() && !notifications.add(roomId, found))
        return false;
    const store::UnreadCounts after = rooms.decryptedCounts(roomId);
    if (after.notifications == before.notifications && after.highlights == before.highlights)
        return true;
    // Read again: the summary adds the counts up (see RoomStore).
    const auto loaded = rooms.loadForList(roomId, m_ownUserId);
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

const matrix::PushRules &DecryptedNotifications::rules()
{
    if (!m_rules)
        m_rules = RoomPushRules::accountRules(m_db, m_ownUserId);
    return *m_rules;
}

} // namespace atrium::sync
