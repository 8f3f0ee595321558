#pragma once

#include "RoomPushRules.h"
#include "store/RoomStore.h"
#include "store/TimelineEvent.h"

#include <QString>
#include <optional>

namespace atrium::sync {

struct SyncChanges;

// The unread counts of encrypted messages. The server evaluates the push
// rules on the ciphertext, so it cannot tell that a message mentions the user
// or contains a keyword. Here the rules are evaluated again on each sync's
// decrypted events, and what they notify or highlight beyond what they did
// for the ciphertext is counted per room, until the user reads the room: a
// read receipt of theirs (see SyncProcessor) or an event they send.
class DecryptedNotifications
{
public:
    DecryptedNotifications(store::Database &db, QString ownUserId);

    // `changes`' new events must be decrypted already; the room summaries in
    // `changes` get the new counts. False when the store cannot be written.
    bool count(SyncChanges &changes);

private:
    // What `events` add after the user's last read (their receipt or own
    // event). `readHere`: that point is among `events`.
    store::UnreadCounts countSinceRead(const QString &roomId,
                                       const QList<store::TimelineEvent> &events, bool *readHere);
    bool apply(const QString &roomId, const QList<store::TimelineEvent> &events,
               SyncChanges &changes);
    const matrix::PushRules &rules();

    store::Database &m_db;
    const QString m_ownUserId;
    std::optional<matrix::PushRules> m_rules; // read once per sync, when first needed
};

} // namespace atrium::sync
