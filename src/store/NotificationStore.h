#pragma once

#include "Database.h"
#include "RoomStore.h"

#include <QList>
#include <QString>

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
    // The user read the room up to `eventId`: what is not newer is read. An
    // event not stored reads everything (a receipt ahead of our history).
    bool readUpTo(const QString &roomId, const QString &eventId);
    bool readUpToTime(const QString &roomId, qint64 ts);
    // Up to when the user has read the room, as the store knows it: their
    // latest read receipt for the room (public or private, not a thread's)
    // or event of theirs, whichever is newer; 0 for never.
    qint64 readTime(const QString &roomId, const QString &ownUserId);

private:
    std::optional<qint64> timeOf(const QString &roomId, const QString &eventId);
    bool recount(const QString &roomId);

    Database &m_db;
};

} // namespace atrium::store
