#pragma once

#include "SecretStorage.h"
#include "crypto/CryptoIdentity.h"

#include <QByteArray>
#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

namespace atrium::matrix {
class HttpClient;
}
namespace atrium::store {
class StoreThread;
}

namespace atrium::sync {

class OlmMessenger;
struct SyncChanges;

// Secret sharing between our own devices (spec, "Sharing": m.secret.request
// and m.secret.send). Once a new session of ours is verified, it asks our
// other devices for the cross-signing private keys and the key backup's
// key, as Element does, and keeps what comes back as if it had unlocked
// secret storage. The other way round, a device we verified that asks gets
// what we hold, Olm-encrypted to that device only; anyone else is refused,
// with the reason logged.
class SecretSharing : public QObject
{
    Q_OBJECT
public:
    SecretSharing(matrix::HttpClient *http, store::StoreThread *store, OlmMessenger *olm,
                  SecretStorage *secretStorage, const crypto::CryptoIdentity &identity,
                  QObject *parent = nullptr);

    void handleSync(const SyncChanges &changes);
    // Asks our other devices for every secret this device lacks (none: no
    // request); resolves to how many it is waiting for (asked now or before).
    QFuture<int> requestMissing();
    // A device of ours got verified: if it is another one, ask it (and the
    // others) for what we lack.
    void deviceVerified(const QString &userId, const QString &deviceId);

signals:
    void secretsReceived(const SecretStorageResult &result);
    void secretSent(const QString &deviceId, const QString &name);
    void requestRefused(const QString &deviceId, const QString &name, const QString &reason);

private:
    struct Request
    {
        QString deviceId;
        QString requestId;
        QString name;
    };
    void handleRequest(const QString &sender, const QJsonObject &content);
    void answer(const Request &request);
    void handleSecret(const QJsonObject &event);
    void keepReceived();
    void sendToOurDevices(const QString &deviceId, const QJsonObject &content);
    void refuse(const QString &deviceId, const QString &name, const QString &reason);

    matrix::HttpClient *m_http;
    store::StoreThread *m_store;
    OlmMessenger *m_olm;
    SecretStorage *m_secretStorage;
    crypto::CryptoIdentity m_identity;
    QHash<QString, QString> m_requested;      // our open requests: request id → secret name
    QHash<QString, QByteArray> m_received;    // secret name → secret, not kept yet
    QHash<QString, QList<Request>> m_waiting; // requests of our unverified devices, by device
    QTimer m_gather;
};

} // namespace atrium::sync
