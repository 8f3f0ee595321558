#include "DeviceTracker.h"

#include "SyncChanges.h"
#include "crypto/CrossSigningKeyStore.h"
#include "crypto/CryptoStore.h"
#include "crypto/DeviceKeys.h"
#include "matrix/HttpClient.h"
#include "matrix/Requests.h"
#include "store/RoomStore.h"
#include "store/StoreThread.h"

#include <QLoggingCategory>
#include <QPromise>

Q_LOGGING_CATEGORY(lcDeviceTracker, "atrium.sync.encryption")

namespace atrium::sync {

using crypto::CryptoStore;
using crypto::DeviceKeys;

namespace {

// The user's published cross-signing keys; ones failing their checks are
// left out (and logged), as if not published.
bool storeCrossSigningKeys(store::Database &db, const QString &userId, const QJsonObject &answer)
{
    const auto of = [&](const char *field) {
        return answer.value(QLatin1String(field)).toObject().value(userId).toObject();
    };
    QStringList errors;
    const auto keys = crypto::CrossSigningKeys::parse(
        userId, of("master_keys"), of("self_signing_keys"), of("user_signing_keys"), &errors);
    for (const QString &error : errors)
        qCWarning(lcDeviceTracker) << "ignoring a cross-signing key:" << error;
    return crypto::CrossSigningKeyStore(db).replace(userId, keys);
}

bool storeDeviceLists(store::Database &db, const crypto::CryptoIdentity &identity,
                      const QStringList &userIds, const QJsonObject &answer)
{
    CryptoStore store(db, identity);
    const QJsonObject allDevices = answer.value("device_keys").toObject();
    for (const QString &userId : userIds) {
        if (!allDevices.contains(userId))
            continue; // the server could not say (a remote server is down): stays outdated
        QList<DeviceKeys> devices;
        const QJsonObject byId = allDevices.value(userId).toObject();
        for (auto it = byId.begin(); it != byId.end(); ++it) {
            QString error;
            if (auto device = DeviceKeys::fromJson(it.value().toObject(), userId, it.key(), &error))
                devices.append(*device);
            else
                qCWarning(lcDeviceTracker) << "ignoring a device:" << error;
        }
        if (!store.replaceDevices(userId, devices) || !storeCrossSigningKeys(db, userId, answer) ||
            !store.markUpToDate(userId))
            return false;
    }
    return true;
}

} // namespace

DeviceTracker::DeviceTracker(matrix::HttpClient *http, store::StoreThread *store,
                             const crypto::CryptoIdentity &identity, QObject *parent)
    : QObject(parent), m_http(http), m_store(store), m_identity(identity)
{}

void DeviceTracker::handleSync(const SyncChanges &changes)
{
    trackEncryptedRooms(changes);
    m_store
        ->run([identity = m_identity](store::Database &db) {
            return CryptoStore(db, identity).outdatedUsers();
        })
        .then(this, [this](const QStringList &outdated) {
            if (!outdated.isEmpty() && !m_querying)
                refresh(outdated);
        });
}

void DeviceTracker::trackEncryptedRooms(const SyncChanges &changes)
{
    QStringList rooms;
    for (const auto &room : changes.rooms) {
        if (room.isEncrypted && room.membership == QLatin1String("join"))
            rooms.append(room.roomId);
    }
    // Our own other devices must get room keys too.
    m_store->run([identity = m_identity, rooms](store::Database &db) {
        store::RoomStore roomStore(db);
        QStringList users{identity.userId};
        for (const QString &roomId : rooms) {
            const auto members = roomStore.members(roomId);
            for (auto it = members.begin(); it != members.end(); ++it) {
                if (it->membership == QLatin1String("join") ||
                    it->membership == QLatin1String("invite"))
                    users.append(it.key());
            }
        }
        CryptoStore(db, identity).trackUsers(users);
    });
}

QFuture<bool> DeviceTracker::fetchDevices(const QStringList &userIds)
{
    return m_store
        ->run([identity = m_identity, userIds](store::Database &db) {
            CryptoStore(db, identity).trackUsers(userIds);
        })
        .then(this, [this, userIds]() { return refresh(userIds); })
        .unwrap();
}

QFuture<bool> DeviceTracker::refresh(const QStringList &userIds)
{
    auto promise = std::make_shared<QPromise<bool>>();
    promise->start();
    m_querying = true;
    auto finish = [this, promise](bool ok) {
        m_querying = false;
        promise->addResult(ok);
        promise->finish();
    };
    m_http->send(matrix::requests::queryKeys(userIds), this,
                 [this, userIds, finish](const matrix::ApiResponse &response) {
                     if (response.error) {
                         qCWarning(lcDeviceTracker)
                             << "device list query failed:" << response.error->describe();
                         finish(false);
                         return;
                     }
                     m_store
                         ->run([identity = m_identity, userIds,
                                answer = response.json()](store::Database &db) {
                             return storeDeviceLists(db, identity, userIds, answer);
                         })
                         .then(this, [this, userIds, finish](bool ok) {
                             finish(ok);
                             if (ok)
                                 emit devicesUpdated(userIds);
                         });
                 });
    return promise->future();
}

} // namespace atrium::sync
