#include "OlmMessenger.h"

#include "SendQueue.h"
#include "crypto/CryptoStore.h"
#include "crypto/OlmChannel.h"
#include "matrix/HttpClient.h"
#include "matrix/Requests.h"
#include "store/StoreThread.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOlmMessenger, "atrium.sync.encryption")

namespace atrium::sync {

using crypto::CryptoStore;
using crypto::DeviceKeys;

OlmMessenger::OlmMessenger(matrix::HttpClient *http, store::StoreThread *store,
                           const crypto::CryptoIdentity &identity, QObject *parent)
    : QObject(parent), m_http(http), m_store(store), m_identity(identity)
{}

void OlmMessenger::ensureSessions(const QList<DeviceKeys> &devices, Done then)
{
    m_store
        ->run([identity = m_identity, devices](store::Database &db) {
            CryptoStore store(db, identity);
            QList<DeviceKeys> withoutSession;
            QString error;
            auto account = store.loadAccount(&error);
            if (!account)
                return withoutSession;
            crypto::OlmChannel channel(store, *account, identity);
            for (const DeviceKeys &device : devices) {
                if (!channel.hasSession(device))
                    withoutSession.append(device);
            }
            return withoutSession;
        })
        .then(this, [this, then](const QList<DeviceKeys> &withoutSession) {
            if (withoutSession.isEmpty())
                then(std::nullopt);
            else
                startSessions(withoutSession, then);
        });
}

void OlmMessenger::startSessions(const QList<DeviceKeys> &devices, Done then)
{
    QJsonObject wanted;
    for (const DeviceKeys &device : devices) {
        QJsonObject forUser = wanted.value(device.userId).toObject();
        forUser.insert(device.deviceId, QStringLiteral("signed_curve25519"));
        wanted.insert(device.userId, forUser);
    }
    m_http->send(
        matrix::requests::claimKeys(wanted), this,
        [this, devices, then](const matrix::ApiResponse &response) {
            if (response.error) {
                then(response.error);
                return;
            }
            m_store
                ->run([identity = m_identity, devices,
                       claimed =
                           response.json().value("one_time_keys").toObject()](store::Database &db) {
                    CryptoStore store(db, identity);
                    QString error;
                    auto account = store.loadAccount(&error);
                    if (!account)
                        return;
                    crypto::OlmChannel channel(store, *account, identity);
                    for (const DeviceKeys &device : devices) {
                        const QJsonObject keys = claimed.value(device.userId)
                                                     .toObject()
                                                     .value(device.deviceId)
                                                     .toObject();
                        // A device out of one-time keys (and without a
                        // fallback key) cannot get a session now.
                        if (keys.isEmpty() ||
                            !channel.createSession(device, keys.begin().value().toObject(), &error))
                            qCWarning(lcOlmMessenger) << "no Olm session with" << device.userId
                                                      << device.deviceId << error;
                    }
                })
                .then(this, [then]() { then(std::nullopt); });
        });
}

void OlmMessenger::send(const QList<DeviceKeys> &devices, const QString &type,
                        const QJsonObject &content, Sent then)
{
    struct Sealed
    {
        QJsonObject messages; // user → device → m.room.encrypted content
        QList<DeviceKeys> recipients;
    };
    m_store
        ->run([identity = m_identity, devices, type, content](store::Database &db) {
            CryptoStore store(db, identity);
            Sealed sealed;
            QString error;
            auto account = store.loadAccount(&error);
            if (!account)
                return sealed;
            crypto::OlmChannel channel(store, *account, identity);
            for (const DeviceKeys &device : devices) {
                const auto encrypted = channel.encrypt(device, type, content);
                if (!encrypted)
                    continue;
                QJsonObject forUser = sealed.messages.value(device.userId).toObject();
                forUser.insert(device.deviceId, *encrypted);
                sealed.messages.insert(device.userId, forUser);
                sealed.recipients.append(device);
            }
            return sealed;
        })
        .then(this, [this, then](const Sealed &sealed) {
            if (sealed.messages.isEmpty()) {
                then({}, std::nullopt);
                return;
            }
            m_http->send(matrix::requests::sendToDevice(QStringLiteral("m.room.encrypted"),
                                                        SendQueue::newTransactionId(),
                                                        sealed.messages),
                         this, [then, sealed](const matrix::ApiResponse &response) {
                             if (response.error)
                                 then({}, response.error);
                             else
                                 then(sealed.recipients, std::nullopt);
                         });
        });
}

void OlmMessenger::unwedge(const QString &userId, const QString &senderKey)
{
    constexpr qint64 OncePerHourMs = 3'600'000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_unwedgedAt.value(senderKey, 0) < OncePerHourMs)
        return;
    m_unwedgedAt.insert(senderKey, now);
    m_store
        ->run([identity = m_identity, senderKey](store::Database &db) {
            return CryptoStore(db, identity).deviceByCurveKey(senderKey);
        })
        .then(this, [this, userId](const std::optional<DeviceKeys> &device) {
            // Only a device we know, of the user who sent the message.
            if (!device || device->userId != userId)
                return;
            qCInfo(lcOlmMessenger)
                << "starting a new Olm session with" << userId << device->deviceId;
            startSessions({*device}, [this, device](const std::optional<matrix::ApiError> &error) {
                if (!error)
                    send({*device}, QStringLiteral("m.dummy"), {},
                         [](const QList<DeviceKeys> &, const std::optional<matrix::ApiError> &) {});
            });
        });
}

} // namespace atrium::sync
