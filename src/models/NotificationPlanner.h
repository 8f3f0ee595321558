#pragma once

#include "sync/SyncChanges.h"

#include <QHash>
#include <QList>
#include <QString>

namespace atrium::models {

// One desktop notification: a room with something for the user.
struct DesktopNotification
{
    QString roomId;
    QString title; // the room's name
    QString body;  // the newest message from someone else, with its sender
    // A call ringing: it stays until withdrawn, with Accept (if `answerable`)
    // and Decline.
    bool incomingCall = false;
    bool answerable = true;
};

// Decides which rooms deserve a desktop notification after a sync: those where the
// account's push rules raised the highlight count (a mention of the user), and direct chats
// whose notification count rose. The counts come from the server, plus what the rules find
// in encrypted messages once decrypted (sync::DecryptedNotifications), so a mention is what
// the push rules call one, as in every other client. The first sync of a run only records the
// counts: old unread messages do not pop up at start.
class NotificationPlanner
{
public:
    explicit NotificationPlanner(QString ownUserId);

    QList<DesktopNotification> plan(const sync::SyncChanges &changes);

private:
    struct Counts
    {
        int notifications = 0;
        int highlights = 0;
    };

    bool deserves(const store::RoomSummary &room) const;
    QString describe(const QList<store::TimelineEvent> &events) const;

    QString m_ownUserId;
    QHash<QString, Counts> m_counts;
    bool m_seeded = false;
};

} // namespace atrium::models
