#include "KeyBackupStore.h"

#include "AccountKeys.h"
#include "MegolmInboundSession.h"
#include "SealedBox.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace atrium::crypto {

namespace {
constexpr auto VersionKey = "key_backup_version";
constexpr auto SealedKeyKey = "key_backup_key";
} // namespace

bool KeyBackupStore::setBackup(const QString &version, const BackupKey &key)
{
    const QByteArray sealed = SealedBox(m_identity.pickleKey).seal(key.privateKey());
    return m_db.setMetaValue(QLatin1String(VersionKey), version) &&
           m_db.setMetaValue(QLatin1String(SealedKeyKey), QString::fromLatin1(sealed.toBase64()));
}

std::optional<KeyBackupStore::Backup> KeyBackupStore::backup()
{
    const QString version = m_db.metaValue(QLatin1String(VersionKey));
    const QByteArray sealed =
        QByteArray::fromBase64(m_db.metaValue(QLatin1String(SealedKeyKey)).toLatin1());
    if (version.isEmpty() || sealed.isEmpty())
        return std::nullopt;
    const auto privateKey = SealedBox(m_identity.pickleKey).open(sealed);
    QString error;
    const auto key = privateKey ? BackupKey::fromPrivateKey(*privateKey, &error) : std::nullopt;
    if (!key)
        return std::nullopt;
    return Backup{version, *key};
}

QJsonArray KeyBackupStore::missingSessions(int limit)
{
    QSqlQuery &query = m_db.prepare(QStringLiteral(
        "SELECT m.room_id, m.sender_key, m.signing_key, m.forwarding_chain, m.pickle"
        " FROM megolm_inbound m WHERE NOT EXISTS (SELECT 1 FROM key_backup_sessions b"
        " WHERE b.room_id = m.room_id AND b.sender_key = m.sender_key"
        " AND b.session_id = m.session_id AND b.version = ?) LIMIT ?"));
    query.addBindValue(m_db.metaValue(QLatin1String(VersionKey)));
    query.addBindValue(limit);
    QJsonArray sessions;
    if (!m_db.exec(query))
        return sessions;
    while (query.next()) {
        QString error;
        const auto session = MegolmInboundSession::unpickle(query.value(4).toByteArray(),
                                                            m_identity.pickleKey, &error);
        if (!session)
            continue;
        sessions.append(QJsonObject{
            {"algorithm", AccountKeys::MegolmAlgorithm},
            {"room_id", query.value(0).toString()},
            {"sender_key", query.value(1).toString()},
            {"session_id", session->sessionId()},
            {"session_key", session->exportAt(session->firstKnownIndex())},
            {"first_message_index", qint64(session->firstKnownIndex())},
            {"sender_claimed_keys", QJsonObject{{"ed25519", query.value(2).toString()}}},
            {"forwarding_curve25519_key_chain",
             QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array()},
        });
    }
    return sessions;
}

bool KeyBackupStore::markBackedUp(const QString &version, const QList<SessionId> &sessions)
{
    for (const SessionId &session : sessions) {
        QSqlQuery &query = m_db.prepare(
            QStringLiteral("INSERT OR REPLACE INTO key_backup_sessions"
                           " (room_id, sender_key, session_id, version) VALUES (?, ?, ?, ?)"));
        query.addBindValue(session.roomId);
        query.addBindValue(session.senderKey);
        query.addBindValue(session.sessionId);
        query.addBindValue(version);
        if (!m_db.exec(query))
            return false;
    }
    return true;
}

int KeyBackupStore::backedUpCount(const QString &version)
{
    QSqlQuery &query =
        m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM key_backup_sessions WHERE version = ?"));
    query.addBindValue(version);
    if (!m_db.exec(query) || !query.next())
        return 0;
    const int count = query.value(0).toInt();
    query.finish();
    return count;
}

} // namespace atrium::crypto
