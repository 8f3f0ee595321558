#pragma once

#include "Backoff.h"
#include "store/OutgoingMessage.h"

#include <QFuture>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace atrium::matrix {
class HttpClient;
struct ApiError;
} // namespace atrium::matrix
namespace atrium::store {
class StoreThread;
}

namespace atrium::sync {

// Sends events (messages, reactions, edits, redactions) exactly once and in order per room (a
// message the server refuses for good is set aside as failed; later ones go on). It is written to
// the outbox before anything is sent, keeps one transaction id for every
// retry (the server deduplicates on it), and leaves the outbox only when the
// server has acknowledged it — by its answer or by the remote echo in sync.
// Transient failures are retried with backoff, also after a restart;
// permanent ones mark the message failed for the user to retry or discard.
class SendQueue : public QObject
{
    Q_OBJECT
public:
    SendQueue(matrix::HttpClient *http, store::StoreThread *store, QObject *parent = nullptr);

    // Persists the message and starts sending. The future resolves once it
    // is safely in the outbox (local echo can be shown before that).
    // A redaction is type m.room.redaction with `redacts` set and the
    // reason, if any, in `content`.
    QFuture<store::OutgoingMessage> enqueue(const QString &roomId, const QString &type,
                                            const QJsonObject &content,
                                            const QString &redacts = {});
    void retry(const QString &transactionId);
    void discard(const QString &transactionId);

    // Resumes sending what an earlier run left in the outbox.
    void start();
    void stop();
    bool isIdle() const
    {
        return m_inFlightRooms.isEmpty() && !m_retryTimer.isActive() && !m_pumpPending;
    }

    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }
    static QString newTransactionId();

signals:
    void queued(const atrium::store::OutgoingMessage &message);
    void sent(const QString &roomId, const QString &transactionId, const QString &eventId);
    void failed(const QString &roomId, const QString &transactionId, const QString &error);
    void discarded(const QString &roomId, const QString &transactionId);
    // A failed message is pending again (retry()).
    void retried(const QString &transactionId);
    void unauthorized(bool softLogout, const QString &message);

private:
    void pump();
    void send(const store::OutgoingMessage &message);
    void handleFailure(const store::OutgoingMessage &message, const matrix::ApiError &error);

    matrix::HttpClient *m_http;
    store::StoreThread *m_store;
    QSet<QString> m_inFlightRooms;
    QTimer m_retryTimer;
    Backoff m_backoff;
    bool m_running = false;
    bool m_pumpPending = false;
    bool m_pumpAgain = false;
};

} // namespace atrium::sync
