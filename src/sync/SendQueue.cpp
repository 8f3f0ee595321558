#include "SendQueue.h"

#include "matrix/HttpClient.h"
#include "matrix/Requests.h"
#include "store/OutboxStore.h"
#include "store/StoreThread.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcSendQueue, "atrium.sync.sendqueue")

namespace atrium::sync {

SendQueue::SendQueue(matrix::HttpClient *http, store::StoreThread *store, QObject *parent)
    : QObject(parent), m_http(http), m_store(store)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SendQueue::pump);
}

QString SendQueue::newTransactionId()
{
    // Unique across restarts and devices of this account: time plus randomness.
    return QStringLiteral("atr%1.%2")
        .arg(QDateTime::currentMSecsSinceEpoch())
        .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

QFuture<store::OutgoingMessage> SendQueue::enqueue(const QString &roomId, const QString &type,
                                                   const QJsonObject &content,
                                                   const QString &redacts)
{
    const QString txnId = newTransactionId();
    return m_store
        ->run([roomId, type, content, redacts, txnId](store::Database &db) {
            return store::OutboxStore(db)
                .enqueue(roomId, txnId, type, content, redacts)
                .value_or(store::OutgoingMessage{});
        })
        .then(this, [this](const store::OutgoingMessage &message) {
            if (message.id == 0) {
                qCWarning(lcSendQueue) << "could not write the outbox";
                return message;
            }
            emit queued(message);
            pump();
            return message;
        });
}

void SendQueue::start()
{
    m_running = true;
    pump();
}

void SendQueue::stop()
{
    m_running = false;
    m_retryTimer.stop();
}

void SendQueue::pump()
{
    if (!m_running || m_retryTimer.isActive())
        return;
    if (m_pumpPending) {
        // A look at the outbox is under way but may predate what changed.
        m_pumpAgain = true;
        return;
    }
    m_pumpPending = true;
    m_pumpAgain = false;
    m_store->run([](store::Database &db) { return store::OutboxStore(db).heads(); })
        .then(this, [this](const QList<store::OutgoingMessage> &heads) {
            m_pumpPending = false;
            if (m_pumpAgain) {
                pump();
                return;
            }
            if (!m_running || m_retryTimer.isActive())
                return;
            for (const auto &message : heads) {
                if (!m_inFlightRooms.contains(message.roomId))
                    send(message);
            }
        });
}

void SendQueue::send(const store::OutgoingMessage &message)
{
    m_inFlightRooms.insert(message.roomId);
    const auto request =
        message.isRedaction()
            ? matrix::requests::redact(message.roomId, message.redacts, message.transactionId,
                                       message.content.value(QLatin1String("reason")).toString())
            : matrix::requests::sendEvent(message.roomId, message.type, message.transactionId,
                                          message.content);
    m_http->send(request, this, [this, message](const matrix::ApiResponse &response) {
        if (response.error) {
            handleFailure(message, *response.error);
            return;
        }
        const QString eventId = response.json().value("event_id").toString();
        m_store
            ->run([txnId = message.transactionId](store::Database &db) {
                return store::OutboxStore(db).remove(txnId);
            })
            .then(this, [this, message, eventId](bool) {
                m_inFlightRooms.remove(message.roomId);
                m_backoff.reset();
                emit sent(message.roomId, message.transactionId, eventId);
                pump();
            });
    });
}

void SendQueue::handleFailure(const store::OutgoingMessage &message, const matrix::ApiError &error)
{
    const QString reason = error.describe();
    if (error.isUnknownToken()) {
        m_inFlightRooms.remove(message.roomId);
        stop();
        emit unauthorized(error.softLogout, reason);
        return;
    }
    if (error.isTransient()) {
        qCInfo(lcSendQueue) << "send failed, will retry:" << reason;
        m_store->run([txnId = message.transactionId, reason](store::Database &db) {
            store::OutboxStore(db).recordAttempt(txnId, reason);
        });
        m_inFlightRooms.remove(message.roomId);
        const auto delay = error.isRateLimited() && error.retryAfterMs >= 0
                               ? m_backoff.nextAfter(std::chrono::milliseconds(error.retryAfterMs))
                               : m_backoff.next();
        if (m_running)
            m_retryTimer.start(delay);
        return;
    }
    // The server refused this message for good (forbidden, too large, …):
    // keep it for the user, and let the room's later messages go on.
    m_store
        ->run([txnId = message.transactionId, reason](store::Database &db) {
            return store::OutboxStore(db).markFailed(txnId, reason);
        })
        .then(this, [this, message, reason](bool) {
            m_inFlightRooms.remove(message.roomId);
            emit failed(message.roomId, message.transactionId, reason);
            pump();
        });
}

void SendQueue::retry(const QString &transactionId)
{
    m_store
        ->run([transactionId](store::Database &db) {
            return store::OutboxStore(db).markPending(transactionId);
        })
        .then(this, [this, transactionId](bool updated) {
            if (updated)
                emit retried(transactionId);
            m_retryTimer.stop();
            pump();
        });
}

void SendQueue::discard(const QString &transactionId)
{
    m_store
        ->run([transactionId](store::Database &db) {
            // Only a failed message may go: a pending one may be on the wire.
            store::OutboxStore outbox(db);
            const auto message = outbox.find(transactionId);
            if (!message || message->state != QLatin1String("failed"))
                return QString();
            return outbox.remove(transactionId) ? message->roomId : QString();
        })
        .then(this, [this, transactionId](const QString &roomId) {
            if (!roomId.isEmpty())
                emit discarded(roomId, transactionId);
        });
}

} // namespace atrium::sync
