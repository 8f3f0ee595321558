#pragma once

#include "crypto/CryptoIdentity.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

namespace atrium::store {
class StoreThread;
}

namespace atrium::sync {

class OlmMessenger;
struct SyncChanges;

// Answers m.room_key_request from our own devices: a device we verified
// gets the key as m.forwarded_room_key over Olm, if we hold the session.
// Everyone else is refused, with the reason logged; a request from one of
// our devices that is not verified (yet) is kept, and answered if that
// device gets verified while the request stands.
class RoomKeyForwarder : public QObject
{
    Q_OBJECT
public:
    RoomKeyForwarder(store::StoreThread *store, OlmMessenger *olm,
                     const crypto::CryptoIdentity &identity, QObject *parent = nullptr);

    void handleSync(const SyncChanges &changes);
    // Answers the requests this device of our user made while unverified.
    void deviceVerified(const QString &userId, const QString &deviceId);

signals:
    void keyForwarded(const QString &userId, const QString &deviceId, const QString &roomId,
                      const QString &sessionId);
    void requestRefused(const QString &userId, const QString &deviceId, const QString &requestId,
                        const QString &reason);

private:
    struct Request
    {
        QString userId;
        QString deviceId;
        QString requestId;
        QJsonObject body; // algorithm, room_id, sender_key, session_id
    };
    void handleRequest(const QString &sender, const QJsonObject &content);
    void answer(const Request &request);
    void refuse(const Request &request, const QString &reason);

    store::StoreThread *m_store;
    OlmMessenger *m_olm;
    crypto::CryptoIdentity m_identity;
    // Requests of our unverified devices, by device id + request id.
    QHash<QString, Request> m_waiting;
};

} // namespace atrium::sync
