#include "RoomKeyRequester.h"

#include "SendQueue.h"
#include "crypto/AccountKeys.h"
#include "crypto/KeyRequestStore.h"
#include "matrix/HttpClient.h"
#include "matrix/Requests.h"
#include "store/StoreThread.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKeyRequester, "atrium.sync.keyrequests")

namespace atrium::sync {

using crypto::KeyRequestStore;
using crypto::RoomKeyRequest;

namespace {

QJsonObject requestContent(const RoomKeyRequest &request, const QString &deviceId)
{
    QJsonObject content{{"request_id", request.requestId}, {"requesting_device_id", deviceId}};
    if (request.state == RoomKeyRequest::State::CancelPending) {
        content.insert("action", QStringLiteral("request_cancellation"));
        return content;
    }
    content.insert("action", QStringLiteral("request"));
    content.insert("body", QJsonObject{{"algorithm", crypto::AccountKeys::MegolmAlgorithm},
                                       {"room_id", request.roomId},
                                       {"sender_key", request.senderKey},
                                       {"session_id", request.sessionId}});
    return content;
}

} // namespace

RoomKeyRequester::RoomKeyRequester(matrix::HttpClient *http, store::StoreThread *store,
                                   const crypto::CryptoIdentity &identity, QObject *parent)
    : QObject(parent), m_http(http), m_store(store), m_identity(identity)
{}

void RoomKeyRequester::flush()
{
    if (m_flushing) {
        m_flushAgain = true;
        return;
    }
    m_flushing = true;
    m_store->run([](store::Database &db) { return KeyRequestStore(db).pending(); })
        .then(this, [this](const QList<RoomKeyRequest> &requests) {
            if (requests.isEmpty()) {
                m_flushing = false;
                if (std::exchange(m_flushAgain, false))
                    flush();
                return;
            }
            // One message to each of our devices ("*"): every one of them
            // may hold the key. Our own device ignores what it sent.
            auto remaining = std::make_shared<int>(int(requests.size()));
            for (const RoomKeyRequest &request : requests) {
                const QJsonObject messages{
                    {m_identity.userId,
                     QJsonObject{{"*", requestContent(request, m_identity.deviceId)}}}};
                m_http->send(
                    matrix::requests::sendToDevice(QStringLiteral("m.room_key_request"),
                                                   SendQueue::newTransactionId(), messages),
                    this, [this, request, remaining](const matrix::ApiResponse &response) {
                        const auto done = [this, remaining]() {
                            if (--*remaining > 0)
                                return;
                            m_flushing = false;
                            if (std::exchange(m_flushAgain, false))
                                flush();
                        };
                        if (response.error) {
                            // Stays pending: sent again after a later sync.
                            qCWarning(lcKeyRequester)
                                << "cannot send a room key request:" << response.error->describe();
                            done();
                            return;
                        }
                        const bool cancelled =
                            request.state == RoomKeyRequest::State::CancelPending;
                        qCInfo(lcKeyRequester).noquote()
                            << (cancelled ? "withdrew the request for" : "requested") << "room key"
                            << request.sessionId << "of" << request.roomId;
                        m_store
                            ->run([request, cancelled](store::Database &db) {
                                KeyRequestStore store(db);
                                if (cancelled)
                                    store.remove(request.requestId);
                                else if (auto now = store.find(request.roomId, request.senderKey,
                                                               request.sessionId);
                                         now && now->state == RoomKeyRequest::State::Unsent)
                                    store.setState(request.requestId, RoomKeyRequest::State::Sent);
                            })
                            .then(this, done);
                    });
            }
        });
}

} // namespace atrium::sync
