#pragma once

#include "Database.h"
#include "RoomStore.h"

#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace atrium::store {

// An encrypted message the push rules notify or highlight once decrypted,
// beyond what the server's counts hold for it (see DecryptedNotifications).
struct DecryptedNotification
{
    QString eventId;
    qint64 ts = 0; // origin_server_ts: what a receipt reads past
    bool notify = false;
    bool highlight = false;
};

// Those messages, kept per event until the user reads past them, and summed
// into the room's summary (RoomStore's decrypted counts). Runs on the store
// thread only.
class NotificationStore
{
public:
    explicit NotificationStore(Database &db) : m_db(db) {}

    // Each counted once, however often it is found again (a key that
    // arrives twice).
    bool add(const QString &roomId, const QList<DecryptedNotification> &found);
    // The user read the room up to `eventId` (a receipt made at `receiptTs`):
    // what is not newer than the event is read. For an event we do not hold
    // (outside the stored history), the receipt's own time stands for it.
    bool readUpTo(const QString &roomId, const QString &eventId, qint64 receiptTs);
    bool readUpToTime(const QString &roomId, qint64 ts);
    // The events of the room counted now.
    QSet<QString> counted(const QString &roomId);
    // The room is left: nothing of it counts any more.
    bool forget(const QString &roomId);
    // Up to when the user has read the room, as the store knows it: their
    // latest read receipt for the room (public or private, not a thread's)
    // or event of theirs, whichever is newer; 0 for never. Times are the
    // events' origin_server_ts: the servers' clocks, not the timeline's order.
    qint64 readTime(const QString &roomId, const QString &ownUserId);

private:
    std::optional<qint64> timeOf(const QString &roomId, const QString &eventId);
    bool recount(const QString &roomId);

    Database &m_db;
};

} // namespace atrium::store
