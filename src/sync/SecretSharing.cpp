#include "SecretSharing.h"

#include "OlmMessenger.h"
#include "SecretStorage.h"
#include "SendQueue.h"
#include "SyncChanges.h"
#include "crypto/CryptoStore.h"
#include "matrix/HttpClient.h"
#include "matrix/Requests.h"
#include "store/StoreThread.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSecretSharing, "atrium.sync.secretsharing")

namespace atrium::sync {

using crypto::CryptoStore;
using crypto::DeviceKeys;

namespace {

const QString RequestType = QStringLiteral("m.secret.request");
const QString SendType = QStringLiteral("m.secret.send");

// What the store says about a device asking for a secret.
struct Answer
{
    std::optional<DeviceKeys> device; // set when the secret may go to it
    QByteArray secret;
    QString refusal;
    bool unverified = false; // ours, not verified here (yet): may be answered later
};

Answer judgeRequest(store::Database &db, const crypto::CryptoIdentity &identity,
                    const QString &deviceId, const QString &name)
{
    Answer answer;
    const auto device = CryptoStore(db, identity).device(identity.userId, deviceId);
    if (!device || !device->verified) {
        answer.unverified = true;
        answer.refusal = device ? QStringLiteral("the device is not verified by this one")
                                : QStringLiteral("the device is unknown");
        return answer;
    }
    answer.secret = SecretStorage::held(db, identity).value(name);
    if (answer.secret.isEmpty()) {
        answer.refusal = QStringLiteral("this device does not hold it");
        return answer;
    }
    answer.device = device;
    return answer;
}

// Whether a secret from the device with this Curve25519 key may be kept:
// one of ours, not this one, that this device verified.
QString judgeSender(store::Database &db, const crypto::CryptoIdentity &identity,
                    const QString &senderKey)
{
    const auto device = CryptoStore(db, identity).deviceByCurveKey(senderKey);
    if (!device || device->userId != identity.userId || device->deviceId == identity.deviceId)
        return QStringLiteral("not from another device of ours");
    if (!device->verified)
        return QStringLiteral("from a device this one has not verified");
    return {};
}

} // namespace

SecretSharing::SecretSharing(matrix::HttpClient *http, store::StoreThread *store, OlmMessenger *olm,
                             SecretStorage *secretStorage, const crypto::CryptoIdentity &identity,
                             QObject *parent)
    : QObject(parent), m_http(http), m_store(store), m_olm(olm), m_secretStorage(secretStorage),
      m_identity(identity)
{
    // Our devices answer one by one: the secrets are kept together.
    m_gather.setSingleShot(true);
    m_gather.setInterval(500);
    connect(&m_gather, &QTimer::timeout, this, &SecretSharing::keepReceived);
}

void SecretSharing::handleSync(const SyncChanges &changes)
{
    for (const QJsonObject &event : changes.toDevice) {
        const QString type = event.value("type").toString();
        if (type == RequestType)
            handleRequest(event.value("sender").toString(), event.value("content").toObject());
        else if (type == SendType)
            handleSecret(event);
    }
}

void SecretSharing::deviceVerified(const QString &userId, const QString &deviceId)
{
    if (userId != m_identity.userId || deviceId == m_identity.deviceId)
        return;
    requestMissing();
    // Its requests may have come before its verification ended here.
    for (const Request &request : m_waiting.take(deviceId))
        answer(request);
}

QFuture<int> SecretSharing::requestMissing()
{
    return m_store
        ->run([identity = m_identity](store::Database &db) {
            return SecretStorage::held(db, identity);
        })
        .then(this, [this](const QHash<QString, QByteArray> &held) {
            for (const QString &name : SecretStorage::SecretNames) {
                const bool asked = !m_requested.key(name).isEmpty();
                if (held.contains(name) || asked)
                    continue;
                const QString requestId = SendQueue::newTransactionId();
                m_requested.insert(requestId, name);
                qCInfo(lcSecretSharing).noquote() << "asking our devices for" << name;
                sendToOurDevices(QStringLiteral("*"),
                                 {{"name", name},
                                  {"action", "request"},
                                  {"requesting_device_id", m_identity.deviceId},
                                  {"request_id", requestId}});
            }
            return int(m_requested.size());
        });
}

void SecretSharing::handleRequest(const QString &sender, const QJsonObject &content)
{
    const QString deviceId = content.value("requesting_device_id").toString();
    const QString name = content.value("name").toString();
    if (sender == m_identity.userId && deviceId == m_identity.deviceId)
        return; // ours, sent to all our devices
    if (content.value("action").toString() != QLatin1String("request"))
        return; // a cancellation: nothing waits here
    if (sender != m_identity.userId)
        return refuse(deviceId, name, QStringLiteral("secrets go only to our own devices"));
    const QString requestId = content.value("request_id").toString();
    if (deviceId.isEmpty() || requestId.isEmpty() || !SecretStorage::SecretNames.contains(name))
        return refuse(deviceId, name, QStringLiteral("not a request for a secret we share"));
    answer({deviceId, requestId, name});
}

void SecretSharing::answer(const Request &request)
{
    m_store
        ->run([identity = m_identity, request](store::Database &db) {
            return judgeRequest(db, identity, request.deviceId, request.name);
        })
        .then(this, [this, request](const Answer &answer) {
            if (!answer.device) {
                // Bounded: a device that is never verified cannot fill memory.
                constexpr int MaxWaiting = 100;
                if (answer.unverified && m_waiting.size() < MaxWaiting)
                    m_waiting[request.deviceId].append(request);
                return refuse(request.deviceId, request.name, answer.refusal);
            }
            const DeviceKeys device = *answer.device;
            const QString name = request.name;
            const QJsonObject content{{"request_id", request.requestId},
                                      {"secret", QString::fromLatin1(answer.secret)}};
            m_olm->ensureSessions({device}, [this, device, content,
                                             name](const std::optional<matrix::ApiError> &error) {
                if (error)
                    return refuse(device.deviceId, name, error->describe());
                m_olm->send({device}, SendType, content,
                            [this, device, name](const QList<DeviceKeys> &delivered,
                                                 const std::optional<matrix::ApiError> &error) {
                                if (error || delivered.isEmpty())
                                    return refuse(device.deviceId, name,
                                                  error ? error->describe()
                                                        : QStringLiteral("no Olm session"));
                                qCInfo(lcSecretSharing).noquote()
                                    << "sent" << name << "to our device" << device.deviceId;
                                emit secretSent(device.deviceId, name);
                            });
            });
        });
}

void SecretSharing::handleSecret(const QJsonObject &event)
{
    const QJsonObject content = event.value("content").toObject();
    const QString requestId = content.value("request_id").toString();
    const QString name = m_requested.value(requestId);
    const auto ignore = [sender = event.value("sender").toString()](const QString &reason) {
        qCWarning(lcSecretSharing).noquote() << "ignored a secret from" << sender << ":" << reason;
    };
    // A secret sent in the clear is not from a client that follows the spec.
    if (!event.value("encrypted").toBool())
        return ignore(QStringLiteral("not Olm-encrypted"));
    if (event.value("sender").toString() != m_identity.userId)
        return ignore(QStringLiteral("not from our own user"));
    if (name.isEmpty())
        return ignore(QStringLiteral("not an answer to a request of ours"));
    const QByteArray secret = content.value("secret").toString().toLatin1();
    if (secret.isEmpty())
        return ignore(QStringLiteral("no secret"));
    m_store
        ->run([identity = m_identity, senderKey = event.value("sender_key").toString()](
                  store::Database &db) { return judgeSender(db, identity, senderKey); })
        .then(this, [this, requestId, name, secret, ignore](const QString &refusal) {
            if (!refusal.isEmpty())
                return ignore(refusal);
            if (!m_requested.remove(requestId))
                return; // answered meanwhile by another device
            // The others need not answer any more.
            sendToOurDevices(QStringLiteral("*"), {{"action", "request_cancellation"},
                                                   {"requesting_device_id", m_identity.deviceId},
                                                   {"request_id", requestId}});
            m_received.insert(name, secret);
            m_gather.start();
        });
}

void SecretSharing::keepReceived()
{
    const auto received = std::exchange(m_received, {});
    if (received.isEmpty())
        return;
    qCInfo(lcSecretSharing).noquote() << "keeping" << received.keys().join(QLatin1String(", "));
    m_secretStorage->keep(received).then(this, [this](const SecretStorageResult &result) {
        if (!result.error.isEmpty())
            qCWarning(lcSecretSharing).noquote()
                << "could not keep shared secrets:" << result.error;
        emit secretsReceived(result);
    });
}

void SecretSharing::sendToOurDevices(const QString &deviceId, const QJsonObject &content)
{
    const QJsonObject messages{{m_identity.userId, QJsonObject{{deviceId, content}}}};
    m_http->send(
        matrix::requests::sendToDevice(RequestType, SendQueue::newTransactionId(), messages), this,
        [](const matrix::ApiResponse &response) {
            if (response.error)
                qCWarning(lcSecretSharing)
                    << "secret request not sent:" << response.error->describe();
        });
}

void SecretSharing::refuse(const QString &deviceId, const QString &name, const QString &reason)
{
    qCInfo(lcSecretSharing).noquote()
        << "refused" << name << "to device" << deviceId << ":" << reason;
    emit requestRefused(deviceId, name, reason);
}

} // namespace atrium::sync
