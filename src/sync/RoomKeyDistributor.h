#pragma once

#include "crypto/CryptoIdentity.h"
#include "crypto/MegolmEncryptor.h"
#include "matrix/ApiError.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace atrium::store {
class StoreThread;
}

namespace atrium::sync {

class DeviceTracker;
class OlmMessenger;

// Before a message goes into an encrypted room: picks the room's Megolm
// session (rotating it when due) and shares its key over Olm with every
// device of every recipient that lacks it: joined members, and invited ones
// unless the room's history is visible to joined members only.
class RoomKeyDistributor : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const std::optional<matrix::ApiError> &)>;

    RoomKeyDistributor(store::StoreThread *store, DeviceTracker *devices, OlmMessenger *olm,
                       const crypto::CryptoIdentity &identity, QObject *parent = nullptr);

    // Needs the room's members loaded. Calls `then` once every device that
    // could be reached has the key, or with the error that stopped it.
    void share(const QString &roomId, Done then);

private:
    struct Share;
    void collectRecipients(const std::shared_ptr<Share> &share);
    void plan(const std::shared_ptr<Share> &share);
    void sendRoomKeys(const std::shared_ptr<Share> &share);

    store::StoreThread *m_store;
    DeviceTracker *m_devices;
    OlmMessenger *m_olm;
    crypto::CryptoIdentity m_identity;
};

} // namespace atrium::sync
