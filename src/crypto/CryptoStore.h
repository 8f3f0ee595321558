#pragma once

#include "CrossSigningKey.h"
#include "CryptoIdentity.h"
#include "DeviceKeys.h"
#include "MegolmInboundSession.h"
#include "MegolmOutboundSession.h"
#include "OlmAccount.h"
#include "OlmSession.h"

#include <QList>
#include <QSet>
#include <QStringList>
#include <optional>
#include <vector>

namespace atrium::store {
class Database;
}

namespace atrium::crypto {

// Where a Megolm session's key came from, kept beside it.
struct InboundSessionInfo
{
    QString roomId;
    QString senderKey;  // Curve25519 key of the device that created it
    QString signingKey; // its Ed25519 key, as claimed in m.room_key
    QStringList forwardingChain;
    // Received over Olm from that device itself (m.room_key), or made here.
    // Not so for keys forwarded, imported or restored from a backup: their
    // messages decrypt, but nothing proves which device sent them.
    bool authenticated = false;
};

struct OutboundSessionRecord
{
    MegolmOutboundSession session;
    qint64 createdTs = 0;
    int messageCount = 0;
};

// The end-to-end encryption state of one account, in the account's
// database (tables of schema 4). Every libolm object is stored pickled,
// encrypted with the identity's pickle key. Used on the store thread only.
class CryptoStore
{
public:
    CryptoStore(store::Database &db, const CryptoIdentity &identity);

    std::optional<OlmAccount> loadAccount(QString *error);
    bool saveAccount(const OlmAccount &account);
    bool deviceKeysUploaded();
    bool setDeviceKeysUploaded();

    // Sessions with the device whose identity key is `senderKey`, most
    // recently used first (the one to encrypt with).
    std::vector<OlmSession> olmSessions(const QString &senderKey);
    bool saveOlmSession(const QString &senderKey, const OlmSession &session);

    std::optional<MegolmInboundSession> inboundSession(const QString &roomId,
                                                       const QString &senderKey,
                                                       const QString &sessionId,
                                                       InboundSessionInfo *info = nullptr);
    // Replaces the stored copy of the session. One authenticated stays so,
    // with its signing key: a copy reaching further back may come from an
    // unauthenticated source, yet its messages are still signed by the
    // session's creator.
    bool saveInboundSession(const InboundSessionInfo &info, const MegolmInboundSession &session);
    // The session's key also came from its own device, which claims
    // `signingKey` (see InboundSessionInfo).
    bool markAuthenticated(const QString &roomId, const QString &senderKey,
                           const QString &sessionId, const QString &signingKey);
    std::vector<std::pair<InboundSessionInfo, MegolmInboundSession>> allInboundSessions();
    // The event that used this message index first, if any.
    QString eventAtIndex(const QString &senderKey, const QString &sessionId, quint32 index);
    bool recordIndex(const QString &senderKey, const QString &sessionId, quint32 index,
                     const QString &eventId);

    std::optional<OutboundSessionRecord> outboundSession(const QString &roomId);
    bool saveOutboundSession(const QString &roomId, const OutboundSessionRecord &record);
    bool removeOutboundSession(const QString &roomId);
    // "user_id device_id" pairs that hold the room's current session.
    QSet<QString> sharedWith(const QString &roomId, const QString &sessionId);
    bool markShared(const QString &roomId, const QString &sessionId, const QString &userId,
                    const QString &deviceId);

    QList<DeviceKeys> devices(const QString &userId);
    std::optional<DeviceKeys> deviceByCurveKey(const QString &curve25519);
    // Replaces everything known of the user's devices.
    bool replaceDevices(const QString &userId, const QList<DeviceKeys> &devices);
    std::optional<DeviceKeys> device(const QString &userId, const QString &deviceId);

    // Our user verified this device's Ed25519 key (SAS). A device counts as
    // verified only while it still publishes that key.
    bool setDeviceVerified(const QString &userId, const QString &deviceId, const QString &ed25519);
    bool isDeviceVerified(const QString &userId, const QString &deviceId);

    // This account's cross-signing key for `usage` ("master",
    // "self_signing", "user_signing"), its seed sealed with the pickle key.
    // Nullopt when none is stored; `error` set when one is but cannot be
    // opened (wrong pickle key, damaged row).
    bool saveCrossSigningKey(const QString &usage, const CrossSigningKey &key);
    std::optional<CrossSigningKey> crossSigningKey(const QString &usage, QString *error);

    // Users whose device lists we follow; new ones start outdated.
    bool trackUsers(const QStringList &userIds);
    bool markOutdated(const QStringList &userIds);
    bool markUpToDate(const QString &userId);
    QStringList outdatedUsers();
    bool isTracked(const QString &userId);

    store::Database &database() { return m_db; }

    static QString deviceKey(const QString &userId, const QString &deviceId)
    {
        return userId + QLatin1Char(' ') + deviceId;
    }

private:
    store::Database &m_db;
    CryptoIdentity m_identity;
};

} // namespace atrium::crypto
