#pragma once

#include "matrix/PushRules.h"

#include <QString>
#include <optional>

namespace atrium::store {
class Database;
struct TimelineEvent;
} // namespace atrium::store

namespace atrium::sync {

struct SyncChanges;

// Mentions of the user inside encrypted messages. The server's highlight
// count cannot include them (it cannot read the text), so the account's push
// rules are evaluated here on the decrypted events of each sync, and what
// they highlight is counted per room until the user reads the room: a read
// receipt of theirs (see SyncProcessor) or a message they send.
class EncryptedMentions
{
public:
    EncryptedMentions(store::Database &db, QString ownUserId);

    // `changes`' new events must be decrypted already; the room summaries in
    // `changes` get the new highlight counts.
    bool count(SyncChanges &changes);

private:
    // The events after the user's last read (their receipt or own message)
    // that the push rules highlight. `readHere`: that point is among `events`.
    int mentionsSinceRead(const QString &roomId, const QList<store::TimelineEvent> &events,
                          bool *readHere);
    matrix::PushContext contextIn(const QString &roomId);
    const matrix::PushRules &rules();

    store::Database &m_db;
    const QString m_ownUserId;
    std::optional<matrix::PushRules> m_rules; // read once per sync, when first needed
};

} // namespace atrium::sync
