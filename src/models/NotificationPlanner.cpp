#include "NotificationPlanner.h"

#include "matrix/MatrixId.h"

#include <QCoreApplication>

namespace atrium::models {

NotificationPlanner::NotificationPlanner(QString ownUserId) : m_ownUserId(std::move(ownUserId)) {}

QList<DesktopNotification> NotificationPlanner::plan(const sync::SyncChanges &changes)
{
    QList<DesktopNotification> notifications;
    for (const store::RoomSummary &room : changes.rooms) {
        const bool notify = m_seeded && !changes.initial &&
                            room.membership == QLatin1String("join") && deserves(room);
        m_counts[room.roomId] = {room.notificationCount, room.highlightCount};
        if (!notify)
            continue;
        // A message whose key came only now (last: what the count rose for).
        const QString body = describe(changes.newEvents.value(room.roomId) +
                                      changes.lateNotifying.value(room.roomId));
        if (body.isEmpty())
            continue; // nothing new from someone else: a count changed by our own reading
        notifications.append(
            {room.roomId, room.displayName.isEmpty() ? room.roomId : room.displayName, body});
    }
    for (const QString &roomId : changes.leftRooms)
        m_counts.remove(roomId);
    // Only a sync tells what was unread when the app started.
    m_seeded = m_seeded || changes.fromSync;
    return notifications;
}

bool NotificationPlanner::deserves(const store::RoomSummary &room) const
{
    const Counts before = m_counts.value(room.roomId);
    return room.highlightCount > before.highlights ||
           (room.isDirect && room.notificationCount > before.notifications);
}

QString NotificationPlanner::describe(const QList<store::TimelineEvent> &events) const
{
    for (auto event = events.crbegin(); event != events.crend(); ++event) {
        if (event->sender == m_ownUserId || event->isLocalEcho())
            continue;
        QString text;
        if (event->type == QLatin1String("m.room.message"))
            text = event->content.value(QLatin1String("body")).toString().left(300);
        else if (event->type == QLatin1String("m.room.encrypted")) // not decrypted (yet)
            text = QCoreApplication::translate("NotificationPlanner", "🔒 Encrypted message");
        else
            continue;
        const QString sender = matrix::MatrixId::localpart(event->sender);
        return QCoreApplication::translate("NotificationPlanner", "%1: %2").arg(sender, text);
    }
    return {};
}

} // namespace atrium::models
