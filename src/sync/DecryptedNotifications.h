#pragma once

#include "RoomPushRules.h"
#include "store/NotificationStore.h"
#include "store/TimelineEvent.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <functional>
#include <optional>

namespace atrium::sync {

struct SyncChanges;

// The unread counts of encrypted messages. The server evaluates the push
// rules on the ciphertext, so it cannot tell that a message mentions the user
// or contains a keyword. Here the rules are evaluated again on each decrypted
// message the user has not read, and what they notify or highlight beyond
// what they did for the ciphertext is kept (NotificationStore) until the user
// reads past it: a read receipt of theirs (see SyncProcessor) or an event
// they send. Messages whose keys arrive later are counted when they do.
class DecryptedNotifications
{
public:
    using EventsByRoom = QHash<QString, QList<store::TimelineEvent>>;

    DecryptedNotifications(store::Database &db, QString ownUserId);

    // A sync's new events, decrypted already; the room summaries in
    // `changes` get the new counts. False when the store cannot be written.
    bool count(SyncChanges &changes);
    // The stored encrypted events of `roomId` the user has not read that
    // `sessionIds` encrypted (their keys just came): for the caller to decrypt
    // and hand to countLate.
    QList<store::TimelineEvent> unreadInSessions(const QString &roomId,
                                                 const QSet<QString> &sessionIds);
    // Those of any session (keys were imported or restored from a backup).
    QList<store::TimelineEvent> unreadEncrypted(const QString &roomId);
    bool countLate(const EventsByRoom &decrypted, SyncChanges &changes);

private:
    // One transaction for all rooms (or part of the caller's, when in one).
    bool inTransaction(const std::function<bool()> &work);
    // A room's new events: what comes after the user's last read among them.
    bool countNew(const QString &roomId, const QList<store::TimelineEvent> &events,
                  SyncChanges &changes);
    // What the rules find in `events` beyond the server's counts.
    QList<store::DecryptedNotification> notable(const QString &roomId,
                                                const QList<store::TimelineEvent> &events);
    // Keeps `found` (after reading up to `readTime`, when given) and puts
    // the room's summary in `changes` if its counts changed.
    bool keep(const QString &roomId, const QList<store::DecryptedNotification> &found,
              SyncChanges &changes, std::optional<qint64> readTime = std::nullopt);
    const matrix::PushRules &rules();

    store::Database &m_db;
    const QString m_ownUserId;
    std::optional<matrix::PushRules> m_rules; // read once per sync, when first needed
};

} // namespace atrium::sync
