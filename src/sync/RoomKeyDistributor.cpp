#include "RoomKeyDistributor.h"

#include "DeviceTracker.h"
#include "OlmMessenger.h"
#include "crypto/CryptoStore.h"
#include "store/RoomStore.h"
#include "store/StoreThread.h"

#include <QDateTime>

namespace atrium::sync {

using crypto::CryptoStore;
using crypto::DeviceKeys;

struct RoomKeyDistributor::Share
{
    QString roomId;
    Done then;
    QStringList recipients; // users whose devices get the room key
    crypto::RotationPolicy policy;
    crypto::RoomKeyShare key; // the room key and the devices that lack it
};

RoomKeyDistributor::RoomKeyDistributor(store::StoreThread *store, DeviceTracker *devices,
                                       OlmMessenger *olm, const crypto::CryptoIdentity &identity,
                                       QObject *parent)
    : QObject(parent), m_store(store), m_devices(devices), m_olm(olm), m_identity(identity)
{}

void RoomKeyDistributor::share(const QString &roomId, Done then)
{
    auto share = std::make_shared<Share>();
    share->roomId = roomId;
    share->then = std::move(then);
    collectRecipients(share);
}

void RoomKeyDistributor::collectRecipients(const std::shared_ptr<Share> &share)
{
    struct Recipients
    {
        QStringList users;
        QStringList outdated;
        crypto::RotationPolicy policy;
    };
    m_store
        ->run([identity = m_identity, roomId = share->roomId](store::Database &db) {
            store::RoomStore rooms(db);
            Recipients recipients;
            // Invited members may read from their invitation on unless the
            // room's history is visible to joined members only.
            const bool shareWithInvited =
                rooms.stateContent(roomId, QStringLiteral("m.room.history_visibility"))
                    .value("history_visibility")
                    .toString() != QLatin1String("joined");
            const auto members = rooms.members(roomId);
            for (auto it = members.begin(); it != members.end(); ++it) {
                if (it->membership == QLatin1String("join") ||
                    (shareWithInvited && it->membership == QLatin1String("invite")))
                    recipients.users.append(it.key());
            }
            if (!recipients.users.contains(identity.userId))
                recipients.users.append(identity.userId);
            recipients.policy = crypto::RotationPolicy::fromEncryptionEvent(
                rooms.stateContent(roomId, QStringLiteral("m.room.encryption")));
            CryptoStore store(db, identity);
            store.trackUsers(recipients.users);
            for (const QString &user : store.outdatedUsers()) {
                if (recipients.users.contains(user))
                    recipients.outdated.append(user);
            }
            return recipients;
        })
        .then(this, [this, share](const Recipients &recipients) {
            share->recipients = recipients.users;
            share->policy = recipients.policy;
            if (recipients.outdated.isEmpty()) {
                plan(share);
                return;
            }
            m_devices->refresh(recipients.outdated).then(this, [this, share](bool) {
                // Devices we could not learn about now do not get the key;
                // they stay outdated and are asked about again.
                plan(share);
            });
        });
}

void RoomKeyDistributor::plan(const std::shared_ptr<Share> &share)
{
    m_store
        ->run([identity = m_identity, roomId = share->roomId, users = share->recipients,
               policy = share->policy](store::Database &db) {
            CryptoStore store(db, identity);
            QString error;
            auto account = store.loadAccount(&error);
            if (!account)
                return std::optional<crypto::RoomKeyShare>();
            QList<DeviceKeys> devices;
            for (const QString &user : users) {
                for (const DeviceKeys &device : store.devices(user)) {
                    if (user != identity.userId || device.deviceId != identity.deviceId)
                        devices.append(device);
                }
            }
            crypto::MegolmEncryptor encryptor(store, *account, identity);
            return encryptor.prepare(roomId, policy, devices, QDateTime::currentMSecsSinceEpoch());
        })
        .then(this, [this, share](const std::optional<crypto::RoomKeyShare> &key) {
            if (!key) {
                share->then(
                    matrix::ApiError{matrix::ApiError::Kind::Malformed,
                                     0,
                                     {},
                                     tr("cannot start an encryption session for this room")});
                return;
            }
            share->key = *key;
            if (key->devices.isEmpty()) {
                share->then(std::nullopt);
                return;
            }
            m_olm->ensureSessions(key->devices,
                                  [this, share](const std::optional<matrix::ApiError> &error) {
                                      if (error)
                                          share->then(error);
                                      else
                                          sendRoomKeys(share);
                                  });
        });
}

void RoomKeyDistributor::sendRoomKeys(const std::shared_ptr<Share> &share)
{
    m_olm->send(share->key.devices, QStringLiteral("m.room_key"), share->key.roomKeyContent,
                [this, share](const QList<DeviceKeys> &delivered,
                              const std::optional<matrix::ApiError> &error) {
                    if (error || delivered.isEmpty()) {
                        share->then(error);
                        return;
                    }
                    m_store
                        ->run([identity = m_identity, roomId = share->roomId,
                               sessionId = share->key.sessionId,
                               devices = delivered](store::Database &db) {
                            CryptoStore store(db, identity);
                            for (const DeviceKeys &device : devices)
                                store.markShared(roomId, sessionId, device.userId, device.deviceId);
                        })
                        .then(this, [share]() { share->then(std::nullopt); });
                });
}

} // namespace atrium::sync
