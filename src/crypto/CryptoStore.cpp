#include "CryptoStore.h"

#include "SealedBox.h"
#include "store/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcCryptoStore, "atrium.crypto.store")

namespace atrium::crypto {

namespace {
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

CryptoStore::CryptoStore(store::Database &db, const CryptoIdentity &identity)
    : m_db(db), m_identity(identity)
{}

bool CryptoStore::saveCrossSigningKey(const QString &usage, const CrossSigningKey &key)
{
    QSqlQuery &query = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO cross_signing_keys (usage, public_key, sealed_seed)"
                       " VALUES (?, ?, ?)"));
    query.addBindValue(usage);
    query.addBindValue(key.publicKey());
    query.addBindValue(SealedBox(m_identity.pickleKey).seal(key.seed()));
    if (!query.exec()) {
        qCWarning(lcCryptoStore) << "saving cross-signing key failed:" << query.lastError().text();
        return false;
    }
    return true;
}

std::optional<CrossSigningKey> CryptoStore::crossSigningKey(const QString &usage, QString *error)
{
    QSqlQuery &query = m_db.prepare(
        QStringLiteral("SELECT public_key, sealed_seed FROM cross_signing_keys WHERE usage = ?"));
    query.addBindValue(usage);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QString publicKey = query.value(0).toString();
    const auto seed = SealedBox(m_identity.pickleKey).open(query.value(1).toByteArray());
    query.finish();
    if (!seed) {
        if (error)
            *error = QStringLiteral("the %1 cross-signing key cannot be opened").arg(usage);
        return std::nullopt;
    }
    auto key = CrossSigningKey::fromSeed(*seed, error);
    if (key && key->publicKey() != publicKey) {
        if (error)
            *error = QStringLiteral("the %1 cross-signing seed does not match its public key")
                         .arg(usage);
        return std::nullopt;
    }
    return key;
}

std::optional<OlmAccount> CryptoStore::loadAccount(QString *error)
{
    QSqlQuery &query = m_db.prepare(QStringLiteral("SELECT pickle FROM crypto_account"));
    if (!m_db.exec(query) || !query.next()) {
        if (error)
            error->clear();
        return std::nullopt;
    }
    const QByteArray pickle = query.value(0).toByteArray();
    query.finish();
    return OlmAccount::unpickle(pickle, m_identity.pickleKey, error);
}

bool CryptoStore::saveAccount(const OlmAccount &account)
{
    QSqlQuery &query =
        m_db.prepare(QStringLiteral("INSERT INTO crypto_account (id, pickle) VALUES (1, ?)"
                                    " ON CONFLICT (id) DO UPDATE SET pickle = excluded.pickle"));
    query.addBindValue(account.pickle(m_identity.pickleKey));
    return m_db.exec(query);
}

bool CryptoStore::deviceKeysUploaded()
{
    QSqlQuery &query =
        m_db.prepare(QStringLiteral("SELECT device_keys_uploaded FROM crypto_account"));
    const bool uploaded = m_db.exec(query) && query.next() && query.value(0).toBool();
    query.finish();
    return uploaded;
}

bool CryptoStore::setDeviceKeysUploaded()
{
    return m_db.exec(QStringLiteral("UPDATE crypto_account SET device_keys_uploaded = 1"));
}

std::vector<OlmSession> CryptoStore::olmSessions(const QString &senderKey)
{
    QSqlQuery &query =
        m_db.prepare(QStringLiteral("SELECT pickle FROM olm_sessions WHERE sender_key = ?"
                                    " ORDER BY last_used_ts DESC"));
    query.addBindValue(senderKey);
    std::vector<OlmSession> sessions;
    if (!m_db.exec(query))
        return sessions;
    while (query.next()) {
        QString error;
        if (auto session =
                OlmSession::unpickle(query.value(0).toByteArray(), m_identity.pickleKey, &error))
            sessions.push_back(std::move(*session));
        else
            qCWarning(lcCryptoStore) << "unreadable Olm session with" << senderKey << error;
    }
    return sessions;
}

bool CryptoStore::saveOlmSession(const QString &senderKey, const OlmSession &session)
{
    QSqlQuery &query = m_db.prepare(QStringLiteral(
        "INSERT INTO olm_sessions (sender_key, session_id, pickle, last_used_ts)"
        " VALUES (?, ?, ?, ?) ON CONFLICT (sender_key, session_id)"
        " DO UPDATE SET pickle = excluded.pickle, last_used_ts = excluded.last_used_ts"));
    query.addBindValue(senderKey);
    query.addBindValue(session.sessionId());
    query.addBindValue(session.pickle(m_identity.pickleKey));
    query.addBindValue(now());
    return m_db.exec(query);
}

std::optional<MegolmInboundSession> CryptoStore::inboundSession(const QString &roomId,
                                                                const QString &senderKey,
                                                                const QString &sessionId,
                                                                InboundSessionInfo *info)
{
    QSqlQuery &query =
        m_db.prepare(QStringLiteral("SELECT pickle, signing_key, forwarding_chain, authenticated"
                                    " FROM megolm_inbound"
                                    " WHERE room_id = ? AND sender_key = ? AND session_id = ?"));
    query.addBindValue(roomId);
    query.addBindValue(senderKey);
    query.addBindValue(sessionId);
    if (!m_db.exec(query) || !query.next())
        return std::nullopt;
    const QByteArray pickle = query.value(0).toByteArray();
    if (info) {
        info->roomId = roomId;
        info->senderKey = senderKey;
        info->signingKey = query.value(1).toString();
        info->forwardingChain.clear();
        for (const auto &key : QJsonDocument::fromJson(query.value(2).toString().toUtf8()).array())
            info->forwardingChain.append(key.toString());
        info->authenticated = query.value(3).toBool();
    }
    query.finish();
    QString error;
    auto session = MegolmInboundSession::unpickle(pickle, m_identity.pickleKey, &error);
    if (!session)
        qCWarning(lcCryptoStore) << "unreadable Megolm session" << sessionId << error;
    return session;
}

bool CryptoStore::saveInboundSession(const InboundSessionInfo &info,
                                     const MegolmInboundSession &session)
{
    QSqlQuery &query = m_db.prepare(QStringLiteral(
        "INSERT INTO megolm_inbound (room_id, session_id, sender_key, signing_key,"
        " first_index, forwarding_chain, pickle, authenticated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT DO UPDATE SET signing_key = CASE WHEN authenticated THEN signing_key"
        " ELSE excluded.signing_key END,"
        " first_index = excluded.first_index, forwarding_chain = excluded.forwarding_chain,"
        " pickle = excluded.pickle,"
        " authenticated = max(authenticated, excluded.authenticated)"));
    query.addBindValue(info.roomId);
    query.addBindValue(session.sessionId());
    query.addBindValue(info.senderKey);
    query.addBindValue(info.signingKey);
    query.addBindValue(session.firstKnownIndex());
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(info.forwardingChain))
                              .toJson(QJsonDocument::Compact)));
    query.addBindValue(session.pickle(m_identity.pickleKey));
    query.addBindValue(info.authenticated);
    return m_db.exec(query);
}

bool CryptoStore::markAuthenticated(const QString &roomId, const QString &senderKey,
                                    const QString &sessionId, const QString &signingKey)
{
    QSqlQuery &query =
        m_db.prepare(QStringLiteral("UPDATE megolm_inbound SET authenticated = 1, signing_key = ?"
                                    " WHERE room_id = ? AND sender_key = ? AND session_id = ?"));
    query.addBindValue(signingKey);
    query.addBindValue(roomId);
    query.addBindValue(senderKey);
    query.addBindValue(sessionId);
    return m_db.exec(query);
}

std::vector<std::pair<InboundSessionInfo, MegolmInboundSession>> CryptoStore::allInboundSessions()
{
    QSqlQuery &query = m_db.prepare(
        QStringLiteral("SELECT room_id, sender_key, signing_key, forwarding_chain, pickle,"
                       " authenticated FROM megolm_inbound ORDER BY room_id"));
    std::vector<std::pair<InboundSessionInfo, MegolmInboundSession>> sessions;
    if (!m_db.exec(query))
        return sessions;
    while (query.next()) {
        InboundSessionInfo info{query.value(0).toString(),
                                query.value(1).toString(),
                                query.value(2).toString(),
                                {},
                                query.value(5).toBool()};
        for (const auto &key : QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array())
            info.forwardingChain.append(key.toString());
        QString error;
        if (auto session = MegolmInboundSession::unpickle(query.value(4).toByteArray(),
                                                          m_identity.pickleKey, &error))
            sessions.emplace_back(info, std::move(*session));
    }
    return sessions;
}

QString CryptoStore::eventAtIndex(const QString &senderKey, const QString &sessionId, quint32 index)
{
    QSqlQuery &query = m_db.prepare(
        QStringLiteral("SELECT event_id FROM megolm_indices"
                       " WHERE sender_key = ? AND session_id = ? AND message_index = ?"));
    query.addBindValue(senderKey);
    query.addBindValue(sessionId);
    query.addBindValue(index);
    const QString eventId =
        m_db.exec(query) && query.next() ? query.value(0).toString() : QString();
    query.finish();
    return eventId;
}

bool CryptoStore::recordIndex(const QString &senderKey, const QString &sessionId, quint32 index,
                              const QString &eventId)
{
    QSqlQuery &query = m_db.prepare(
        QStringLiteral("INSERT OR IGNORE INTO megolm_indices"
                       " (sender_key, session_id, message_index, event_id) VALUES (?, ?, ?, ?)"));
    query.addBindValue(senderKey);
    query.addBindValue(sessionId);
    query.addBindValue(index);
    query.addBindValue(eventId);
    return m_db.exec(query);
}

std::optional<OutboundSessionRecord> CryptoStore::outboundSession(const QString &roomId)
{
    QSqlQuery &query = m_db.prepare(QStringLiteral(
        "SELECT pickle, created_ts, message_count FROM megolm_outbound WHERE room_id = ?"));
    query.addBindValue(roomId);
    if (!m_db.exec(query) || !query.next())
        return std::nullopt;
    const QByteArray pickle = query.value(0).toByteArray();
    const qint64 created = query.value(1).toLongLong();
    const int count = query.value(2).toInt();
    query.finish();
    QString error;
    auto session = MegolmOutboundSession::unpickle(pickle, m_identity.pickleKey, &error);
    if (!session) {
        qCWarning(lcCryptoStore) << "unreadable outbound session for" << roomId << error;
        return std::nullopt;
    }
    return OutboundSessionRecord{std::move(*session), created, count};
}

bool CryptoStore::saveOutboundSession(const QString &roomId, const OutboundSessionRecord &record)
{
    QSqlQuery &query = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO megolm_outbound (room_id, session_id, pickle, created_ts,"
        " message_count) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(roomId);
    query.addBindValue(record.session.sessionId());
    query.addBindValue(record.session.pickle(m_identity.pickleKey));
    query.addBindValue(record.createdTs);
    query.addBindValue(record.messageCount);
    return m_db.exec(query);
}

bool CryptoStore::removeOutboundSession(const QString &roomId)
{
    QSqlQuery &shared = m_db.prepare(QStringLiteral("DELETE FROM megolm_shared WHERE room_id = ?"));
    shared.addBindValue(roomId);
    QSqlQuery &query =
        m_db.prepare(QStringLiteral("DELETE FROM megolm_outbound WHERE room_id = ?"));
    query.addBindValue(roomId);
    return m_db.exec(shared) && m_db.exec(query);
}

QSet<QString> CryptoStore::sharedWith(const QString &roomId, const QString &sessionId)
{
    QSqlQuery &query = m_db.prepare(QStringLiteral(
        "SELECT user_id, device_id FROM megolm_shared WHERE room_id = ? AND session_id = ?"));
    query.addBindValue(roomId);
    query.addBindValue(sessionId);
    QSet<QString> devices;
    if (!m_db.exec(query))
        return devices;
    while (query.next())
        devices.insert(deviceKey(query.value(0).toString(), query.value(1).toString()));
    return devices;
}

bool CryptoStore::markShared(const QString &roomId, const QString &sessionId, const QString &userId,
                             const QString &deviceId)
{
    QSqlQuery &query = m_db.prepare(
        QStringLiteral("INSERT OR IGNORE INTO megolm_shared (room_id, session_id, user_id,"
                       " device_id) VALUES (?, ?, ?, ?)"));
    query.addBindValue(roomId);
    query.addBindValue(sessionId);
    query.addBindValue(userId);
    query.addBindValue(deviceId);
    return m_db.exec(query);
}

namespace {
DeviceKeys deviceFromRow(const QSqlQuery &query)
{
    const QJsonObject json = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    DeviceKeys device;
    device.userId = query.value(1).toString();
    device.deviceId = query.value(2).toString();
    device.curve25519 = query.value(3).toString();
    device.ed25519 = query.value(4).toString();
    for (const auto &algorithm : json.value("algorithms").toArray())
        device.algorithms.append(algorithm.toString());
    device.displayName = json.value("unsigned").toObject().value("device_display_name").toString();
    device.json = json;
    device.verified = query.value(5).toBool();
    return device;
}
constexpr auto DeviceColumns =
    "SELECT d.json, d.user_id, d.device_id, d.curve25519, d.ed25519, v.ed25519 IS NOT NULL"
    " FROM devices d LEFT JOIN verified_devices v ON v.user_id = d.user_id"
    " AND v.device_id = d.device_id AND v.ed25519 = d.ed25519 ";
} // namespace

QList<DeviceKeys> CryptoStore::devices(const QString &userId)
{
    QSqlQuery &query = m_db.prepare(QLatin1String(DeviceColumns) +
                                    QStringLiteral("WHERE d.user_id = ? ORDER BY d.device_id"));
    query.addBindValue(userId);
    QList<DeviceKeys> result;
    if (!m_db.exec(query))
        return result;
    while (query.next())
        result.append(deviceFromRow(query));
    return result;
}

std::optional<DeviceKeys> CryptoStore::deviceByCurveKey(const QString &curve25519)
{
    QSqlQuery &query =
        m_db.prepare(QLatin1String(DeviceColumns) + QStringLiteral("WHERE d.curve25519 = ?"));
    query.addBindValue(curve25519);
    if (!m_db.exec(query) || !query.next())
        return std::nullopt;
    DeviceKeys device = deviceFromRow(query);
    query.finish();
    return device;
}

bool CryptoStore::replaceDevices(const QString &userId, const QList<DeviceKeys> &devices)
{
    QSqlQuery &remove = m_db.prepare(QStringLiteral("DELETE FROM devices WHERE user_id = ?"));
    remove.addBindValue(userId);
    if (!m_db.exec(remove))
        return false;
    for (const DeviceKeys &device : devices) {
        QSqlQuery &insert = m_db.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO devices (user_id, device_id, curve25519, ed25519, json)"
            " VALUES (?, ?, ?, ?, ?)"));
        insert.addBindValue(device.userId);
        insert.addBindValue(device.deviceId);
        insert.addBindValue(device.curve25519);
        insert.addBindValue(device.ed25519);
        insert.addBindValue(toJsonText(device.json));
        if (!m_db.exec(insert))
            return false;
    }
    return true;
}

std::optional<DeviceKeys> CryptoStore::device(const QString &userId, const QString &deviceId)
{
    QSqlQuery &query = m_db.prepare(QLatin1String(DeviceColumns) +
                                    QStringLiteral("WHERE d.user_id = ? AND d.device_id = ?"));
    query.addBindValue(userId);
    query.addBindValue(deviceId);
    if (!m_db.exec(query) || !query.next())
        return std::nullopt;
    DeviceKeys device = deviceFromRow(query);
    query.finish();
    return device;
}

bool CryptoStore::setDeviceVerified(const QString &userId, const QString &deviceId,
                                    const QString &ed25519)
{
    QSqlQuery &query = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO verified_devices (user_id, device_id, ed25519,"
                       " verified_ts) VALUES (?, ?, ?, ?)"));
    query.addBindValue(userId);
    query.addBindValue(deviceId);
    query.addBindValue(ed25519);
    query.addBindValue(now());
    return m_db.exec(query);
}

bool CryptoStore::isDeviceVerified(const QString &userId, const QString &deviceId)
{
    const auto known = device(userId, deviceId);
    return known && known->verified;
}

bool CryptoStore::trackUsers(const QStringList &userIds)
{
    for (const QString &userId : userIds) {
        QSqlQuery &query = m_db.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO tracked_users (user_id, outdated) VALUES (?, 1)"));
        query.addBindValue(userId);
        if (!m_db.exec(query))
            return false;
    }
    return true;
}

bool CryptoStore::markOutdated(const QStringList &userIds)
{
    for (const QString &userId : userIds) {
        QSqlQuery &query =
            m_db.prepare(QStringLiteral("UPDATE tracked_users SET outdated = 1 WHERE user_id = ?"));
        query.addBindValue(userId);
        if (!m_db.exec(query))
            return false;
    }
    return true;
}

bool CryptoStore::markUpToDate(const QString &userId)
{
    QSqlQuery &query =
        m_db.prepare(QStringLiteral("UPDATE tracked_users SET outdated = 0 WHERE user_id = ?"));
    query.addBindValue(userId);
    return m_db.exec(query);
}

QStringList CryptoStore::outdatedUsers()
{
    QSqlQuery &query =
        m_db.prepare(QStringLiteral("SELECT user_id FROM tracked_users WHERE outdated = 1"));
    QStringList users;
    if (!m_db.exec(query))
        return users;
    while (query.next())
        users.append(query.value(0).toString());
    return users;
}

bool CryptoStore::isTracked(const QString &userId)
{
    QSqlQuery &query =
        m_db.prepare(QStringLiteral("SELECT 1 FROM tracked_users WHERE user_id = ?"));
    query.addBindValue(userId);
    const bool tracked = m_db.exec(query) && query.next();
    query.finish();
    return tracked;
}

} // namespace atrium::crypto
