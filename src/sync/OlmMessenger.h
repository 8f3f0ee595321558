#pragma once

#include "crypto/CryptoIdentity.h"
#include "crypto/DeviceKeys.h"
#include "matrix/ApiError.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <functional>
#include <optional>

namespace atrium::matrix {
class HttpClient;
}
namespace atrium::store {
class StoreThread;
}

namespace atrium::sync {

// Olm-encrypted to-device messages to other devices: starts Olm sessions
// from claimed one-time keys where there are none, seals one message for
// each device, and sends them in one /sendToDevice. Also restarts sessions
// that went wedged.
class OlmMessenger : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const std::optional<matrix::ApiError> &)>;
    // The devices the message went to (those with an Olm session), or the
    // server's error.
    using Sent = std::function<void(const QList<crypto::DeviceKeys> &delivered,
                                    const std::optional<matrix::ApiError> &)>;

    OlmMessenger(matrix::HttpClient *http, store::StoreThread *store,
                 const crypto::CryptoIdentity &identity, QObject *parent = nullptr);

    // Makes sure there is an Olm session with each device, claiming a
    // one-time key for those without one; devices out of keys are skipped.
    void ensureSessions(const QList<crypto::DeviceKeys> &devices, Done then);
    // Starts a new Olm session with each device from a claimed one-time key.
    void startSessions(const QList<crypto::DeviceKeys> &devices, Done then);
    // Sends `type`/`content` Olm-encrypted to each device with a session.
    void send(const QList<crypto::DeviceKeys> &devices, const QString &type,
              const QJsonObject &content, Sent then);
    // A device's Olm messages cannot be decrypted: start a new session with
    // it and say so with an m.dummy, at most once an hour per device.
    void unwedge(const QString &userId, const QString &senderKey);

private:
    matrix::HttpClient *m_http;
    store::StoreThread *m_store;
    crypto::CryptoIdentity m_identity;
    QHash<QString, qint64> m_unwedgedAt; // Curve25519 key → ms since epoch
};

} // namespace atrium::sync
