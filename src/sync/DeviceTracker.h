#pragma once

#include "crypto/CryptoIdentity.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

namespace atrium::matrix {
class HttpClient;
}
namespace atrium::store {
class StoreThread;
}

namespace atrium::sync {

struct SyncChanges;

// Follows the device lists of everyone we share an encrypted room with
// (and our own): marks them tracked, and queries /keys/query for those
// the server says changed.
class DeviceTracker : public QObject
{
    Q_OBJECT
public:
    DeviceTracker(matrix::HttpClient *http, store::StoreThread *store,
                  const crypto::CryptoIdentity &identity, QObject *parent = nullptr);

    // Tracks the members of the encrypted rooms in `changes`, then queries
    // every outdated list unless a query is already under way.
    void handleSync(const SyncChanges &changes);
    // Fetches the device lists of `userIds` now, and follows them from then
    // on; resolves to whether the server answered.
    QFuture<bool> fetchDevices(const QStringList &userIds);
    // Queries the device lists of users already tracked.
    QFuture<bool> refresh(const QStringList &userIds);

signals:
    // The device lists (and cross-signing keys) of `userIds` were fetched
    // and stored: their trust may have changed.
    void devicesUpdated(const QStringList &userIds);

private:
    void trackEncryptedRooms(const SyncChanges &changes);

    matrix::HttpClient *m_http;
    store::StoreThread *m_store;
    crypto::CryptoIdentity m_identity;
    bool m_querying = false;
};

} // namespace atrium::sync
