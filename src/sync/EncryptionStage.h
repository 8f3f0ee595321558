#pragma once

#include "SyncPreprocessor.h"
#include "crypto/CryptoIdentity.h"
#include "store/RoomSummary.h"
#include "store/TimelineEvent.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <functional>

namespace atrium::crypto {
class CryptoStore;
struct DecryptedToDevice;
} // namespace atrium::crypto

namespace atrium::sync {

class DecryptedNotifications;

// End-to-end encryption's part of the sync pipeline, on the store thread:
// Olm-decrypts to-device messages and keeps the room keys they carry,
// follows device-list changes and the one-time key count, and decrypts
// room events on their way to the views (the store keeps the ciphertext).
class EncryptionStage : public SyncPreprocessor
{
public:
    explicit EncryptionStage(const crypto::CryptoIdentity &identity) : m_identity(identity) {}

    bool process(store::Database &db, matrix::SyncResponse &response, QString *error) override;
    void finish(store::Database &db, SyncChanges &changes) override;

    // Replaces each m.room.encrypted event it can decrypt with its clear form.
    void decrypt(store::Database &db, const QString &roomId,
                 QList<store::TimelineEvent> &events) const;
    // Keys for `roomIds` were imported or restored from the backup: their
    // unread messages that now decrypt are counted for mentions (`changes`
    // gets the rooms whose counts changed).
    void countImportedKeys(store::Database &db, const QStringList &roomIds,
                           SyncChanges &changes) const;
    // Previews of encrypted rooms, decrypted for the room list.
    void decryptPreviews(store::Database &db, QList<store::RoomSummary> &rooms) const;

    // Where process() leaves the server's count of our one-time keys.
    static constexpr auto OneTimeKeyCountKey = "crypto.one_time_key_count";
    // Set when the server says our fallback key was used: publish a new one.
    static constexpr auto FallbackKeyUsedKey = "crypto.fallback_key_used";

private:
    void receiveToDevice(crypto::CryptoStore &store, QList<QJsonObject> &events);
    // Whether the key was kept (or a copy reaching further back was known).
    bool keepRoomKey(crypto::CryptoStore &store, const crypto::DecryptedToDevice &message) const;
    // m.forwarded_room_key: only from our own devices, in reply to our request.
    bool keepForwardedKey(crypto::CryptoStore &store,
                          const crypto::DecryptedToDevice &message) const;

    // Unread messages whose keys came in this sync: counted for mentions now.
    bool countLateKeys(store::Database &db, DecryptedNotifications &notifications,
                       SyncChanges &changes);
    // Decrypts what `unread` finds in each of `roomIds` and counts it.
    bool countUnread(
        store::Database &db, DecryptedNotifications &notifications, const QStringList &roomIds,
        SyncChanges &changes,
        const std::function<QList<store::TimelineEvent>(const QString &roomId)> &unread) const;

    const crypto::CryptoIdentity m_identity;
    // Filled by process(), handed to the views' changes by finish(): both
    // run in the same store job.
    QList<QPair<QString, QString>> m_wedged;
    QHash<QString, QSet<QString>> m_newSessions; // room id → Megolm sessions whose keys came
};

} // namespace atrium::sync
