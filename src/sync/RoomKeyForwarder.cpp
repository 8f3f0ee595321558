#include "RoomKeyForwarder.h"

#include "OlmMessenger.h"
#include "SyncChanges.h"
#include "crypto/AccountKeys.h"
#include "crypto/CryptoStore.h"
#include "store/StoreThread.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKeyForwarder, "atrium.sync.keyrequests")

namespace atrium::sync {

using crypto::CryptoStore;
using crypto::DeviceKeys;

namespace {

QString waitingKey(const QString &deviceId, const QString &requestId)
{
    return deviceId + QLatin1Char('|') + requestId;
}

// What the store says about a request.
struct Verdict
{
    std::optional<DeviceKeys> device; // set when the key may go to it
    QJsonObject forwardedKey;         // the m.forwarded_room_key content
    QString refusal;
    bool unverified = false; // our device, not verified: may be answered later
};

Verdict judge(store::Database &db, const crypto::CryptoIdentity &identity, const QString &userId,
              const QString &deviceId, const QJsonObject &body)
{
    CryptoStore store(db, identity);
    Verdict verdict;
    const auto device = store.device(userId, deviceId);
    if (!device || !device->verified) {
        verdict.unverified = true;
        verdict.refusal = device ? QStringLiteral("the device is not verified")
                                 : QStringLiteral("the device is unknown");
        return verdict;
    }
    const QString roomId = body.value("room_id").toString();
    const QString senderKey = body.value("sender_key").toString();
    const QString sessionId = body.value("session_id").toString();
    crypto::InboundSessionInfo info;
    const auto session = store.inboundSession(roomId, senderKey, sessionId, &info);
    if (!session) {
        verdict.refusal = QStringLiteral("we do not hold that session");
        return verdict;
    }
    verdict.device = device;
    verdict.forwardedKey = QJsonObject{
        {"algorithm", crypto::AccountKeys::MegolmAlgorithm},
        {"room_id", roomId},
        {"sender_key", senderKey},
        {"session_id", sessionId},
        {"session_key", session->exportAt(session->firstKnownIndex())},
        {"sender_claimed_ed25519_key", info.signingKey},
        // The receiver adds our key: the chain lists the devices before us.
        {"forwarding_curve25519_key_chain", QJsonArray::fromStringList(info.forwardingChain)},
    };
    return verdict;
}

} // namespace

RoomKeyForwarder::RoomKeyForwarder(store::StoreThread *store, OlmMessenger *olm,
                                   const crypto::CryptoIdentity &identity, QObject *parent)
    : QObject(parent), m_store(store), m_olm(olm), m_identity(identity)
{}

void RoomKeyForwarder::handleSync(const SyncChanges &changes)
{
    for (const QJsonObject &event : changes.toDevice) {
        if (event.value("type").toString() == QLatin1String("m.room_key_request"))
            handleRequest(event.value("sender").toString(), event.value("content").toObject());
    }
}

void RoomKeyForwarder::handleRequest(const QString &sender, const QJsonObject &content)
{
    Request request{sender, content.value("requesting_device_id").toString(),
                    content.value("request_id").toString(), content.value("body").toObject()};
    if (request.deviceId == m_identity.deviceId && sender == m_identity.userId)
        return; // our own request, sent to all our devices
    const QString action = content.value("action").toString();
    if (action == QLatin1String("request_cancellation")) {
        m_waiting.remove(waitingKey(request.deviceId, request.requestId));
        return;
    }
    if (action != QLatin1String("request"))
        return refuse(request, QStringLiteral("unknown action \"%1\"").arg(action));
    if (request.deviceId.isEmpty() || request.requestId.isEmpty())
        return refuse(request, QStringLiteral("no requesting device or request id"));
    if (sender != m_identity.userId)
        return refuse(request, QStringLiteral("keys go only to our own devices"));
    if (request.body.value("algorithm").toString() !=
            QLatin1String(crypto::AccountKeys::MegolmAlgorithm) ||
        request.body.value("room_id").toString().isEmpty() ||
        request.body.value("sender_key").toString().isEmpty() ||
        request.body.value("session_id").toString().isEmpty())
        return refuse(request, QStringLiteral("the request names no Megolm session"));
    answer(request);
}

void RoomKeyForwarder::answer(const Request &request)
{
    m_store
        ->run([identity = m_identity, request](store::Database &db) {
            return judge(db, identity, request.userId, request.deviceId, request.body);
        })
        .then(this, [this, request](const Verdict &verdict) {
            if (!verdict.device) {
                // Bounded: a device that is never verified cannot fill memory.
                constexpr int MaxWaiting = 1000;
                if (verdict.unverified && m_waiting.size() < MaxWaiting)
                    m_waiting.insert(waitingKey(request.deviceId, request.requestId), request);
                refuse(request, verdict.refusal);
                return;
            }
            const DeviceKeys device = *verdict.device;
            m_olm->ensureSessions({device}, [this, request, device, verdict](
                                                const std::optional<matrix::ApiError> &error) {
                if (error)
                    return refuse(request, QStringLiteral("no Olm session with the device: %1")
                                               .arg(error->describe()));
                m_olm->send(
                    {device}, QStringLiteral("m.forwarded_room_key"), verdict.forwardedKey,
                    [this, request](const QList<DeviceKeys> &delivered,
                                    const std::optional<matrix::ApiError> &error) {
                        if (error || delivered.isEmpty())
                            return refuse(request, error ? error->describe()
                                                         : QStringLiteral("no Olm session with "
                                                                          "the device"));
                        const QString roomId = request.body.value("room_id").toString();
                        const QString sessionId = request.body.value("session_id").toString();
                        qCInfo(lcKeyForwarder).noquote()
                            << "forwarded room key" << sessionId << "of" << roomId << "to"
                            << request.userId << request.deviceId;
                        emit keyForwarded(request.userId, request.deviceId, roomId, sessionId);
                    });
            });
        });
}

void RoomKeyForwarder::deviceVerified(const QString &userId, const QString &deviceId)
{
    if (userId != m_identity.userId)
        return;
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (it->deviceId == deviceId) {
            answer(*it);
            it = m_waiting.erase(it);
        } else {
            ++it;
        }
    }
}

void RoomKeyForwarder::refuse(const Request &request, const QString &reason)
{
    qCInfo(lcKeyForwarder).noquote() << "refused room key request" << request.requestId << "of"
                                     << request.userId << request.deviceId << ":" << reason;
    emit requestRefused(request.userId, request.deviceId, request.requestId, reason);
}

} // namespace atrium::sync
