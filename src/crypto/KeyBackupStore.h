#pragma once

#include "BackupKey.h"
#include "CryptoIdentity.h"

#include <QJsonArray>
#include <QList>
#include <optional>

namespace atrium::store {
class Database;
}

namespace atrium::crypto {

// This device's side of the server-side key backup: the backup version it
// writes to with its key (sealed under the pickle key, never in the
// clear), and which Megolm sessions that version already holds. Used on the
// store thread only.
class KeyBackupStore
{
public:
    struct Backup
    {
        QString version;
        BackupKey key;
    };
    struct SessionId
    {
        QString roomId;
        QString senderKey;
        QString sessionId;
    };

    KeyBackupStore(store::Database &db, const CryptoIdentity &identity)
        : m_db(db), m_identity(identity)
    {}

    bool setBackup(const QString &version, const BackupKey &key);
    // Nullopt when none is set up here (or its key cannot be opened).
    std::optional<Backup> backup();

    // Up to `limit` sessions the backup lacks, in the export format
    // (InboundSessionArchive) with room_id and session_id.
    QJsonArray missingSessions(int limit);
    bool markBackedUp(const QString &version, const QList<SessionId> &sessions);
    int backedUpCount(const QString &version);

private:
    store::Database &m_db;
    CryptoIdentity m_identity;
};

} // namespace atrium::crypto
