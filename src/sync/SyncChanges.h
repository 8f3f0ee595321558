#pragma once

#include "store/RoomSummary.h"
#include "store/TimelineEvent.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace atrium::sync {

// What one sync changed, computed on the store thread and handed to the
// GUI thread ready to apply: models never re-read the database for it.
struct SyncChanges
{
    bool initial = false;
    // False for changes made outside a sync (keys imported later) and
    // announced as a sync's are.
    bool fromSync = true;
    QList<store::RoomSummary> rooms; // rooms whose summary changed
    QStringList leftRooms;           // no longer joined or invited
    // Appended events, oldest first. Left empty by an initial sync: views
    // then load their pages from the store.
    QHash<QString, QList<store::TimelineEvent>> newEvents;
    // Older events decrypted now that their keys came, and counted as
    // notifying (see DecryptedNotifications): what a notification can say.
    QHash<QString, QList<store::TimelineEvent>> lateNotifying;
    QSet<QString> gapOpened;            // limited timeline: reload the latest page
    QHash<QString, QStringList> typing; // room → users typing now
    QSet<QString> receiptsChanged;
    QSet<QString> accountDataChanged;     // types of the account's (not a room's) account data
    QStringList acknowledgedTransactions; // our messages the server echoed back
    QList<QJsonObject> toDevice;          // encrypted ones decrypted, see EncryptionStage
    // Devices (user id, Curve25519 key) whose Olm message we could not
    // decrypt: the session is wedged and a new one must be started.
    QList<QPair<QString, QString>> wedgedOlmSenders;
    int droppedEvents = 0; // malformed events left out
};

} // namespace atrium::sync

Q_DECLARE_METATYPE(atrium::sync::SyncChanges)
