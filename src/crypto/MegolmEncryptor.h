#pragma once

#include "CryptoIdentity.h"
#include "DeviceKeys.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace atrium::crypto {

class CryptoStore;
class OlmAccount;

// m.room.encryption's rotation settings, with the spec's defaults.
struct RotationPolicy
{
    qint64 periodMs = 604'800'000; // a week
    int periodMessages = 100;

    static RotationPolicy fromEncryptionEvent(const QJsonObject &content);
};

// Who still needs the room's current Megolm key, and the m.room_key
// content to send them (over Olm).
struct RoomKeyShare
{
    QString sessionId;
    QJsonObject roomKeyContent;
    QList<DeviceKeys> devices;
};

// The outbound side of Megolm for every room: one current session per room,
// rotated by the room's policy and whenever a device that held the key is
// no longer among the recipients (a member left, a device was removed).
class MegolmEncryptor
{
public:
    MegolmEncryptor(CryptoStore &store, const OlmAccount &account, const CryptoIdentity &identity);

    // Picks (or starts) the session for the next message and says which of
    // `recipients` lack its key.
    std::optional<RoomKeyShare> prepare(const QString &roomId, const RotationPolicy &policy,
                                        const QList<DeviceKeys> &recipients, qint64 nowMs);
    bool markShared(const QString &roomId, const QString &sessionId, const DeviceKeys &device);
    // The m.room.encrypted content for an event; needs prepare() first.
    std::optional<QJsonObject> encrypt(const QString &roomId, const QString &type,
                                       const QJsonObject &content, QString *error);

private:
    bool mustRotate(const QString &roomId, const RotationPolicy &policy,
                    const QList<DeviceKeys> &recipients, qint64 nowMs);
    bool startSession(const QString &roomId, qint64 nowMs);

    CryptoStore &m_store;
    const OlmAccount &m_account;
    CryptoIdentity m_identity;
};

} // namespace atrium::crypto
