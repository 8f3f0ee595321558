#pragma once

#include "Backoff.h"
#include "store/OutgoingMessage.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace atrium::matrix {
class HttpClient;
struct ApiError;
} // namespace atrium::matrix
namespace atrium::store {
class StoreThread;
}
namespace atrium::media {
class MediaClient;
class MediaUpload;
} // namespace atrium::media

namespace atrium::sync {

class EncryptionService;

// Sends events (messages, reactions, edits, redactions) exactly once and in order per room (a
// message the server refuses for good is set aside as failed; later ones go on). It is written to
// the outbox before anything is sent, keeps one transaction id for every
// retry (the server deduplicates on it), and leaves the outbox only when the
// server has acknowledged it — by its answer or by the remote echo in sync.
// Transient failures are retried with backoff, also after a restart
// (except call signalling: m.call.* events of an earlier run are dropped);
// permanent ones mark the message failed for the user to retry or discard.
//
// A file message carries an attachment (see OutgoingMessage): its file is
// uploaded first, the mxc URI is kept in the outbox as soon as the server
// gives it (so a restart does not upload it again), and then the event is
// sent with `url` set. An upload cut short (crash, restart, network) starts
// again from the beginning. A large image gets a thumbnail, uploaded first
// the same way (a thumbnail that cannot be made is left out).
class SendQueue : public QObject
{
    Q_OBJECT
public:
    SendQueue(matrix::HttpClient *http, store::StoreThread *store, QObject *parent = nullptr);
    ~SendQueue() override;

    // Persists the message and starts sending. The future resolves once it
    // is safely in the outbox (local echo can be shown before that).
    // A redaction is type m.room.redaction with `redacts` set and the
    // reason, if any, in `content`.
    QFuture<store::OutgoingMessage> enqueue(const QString &roomId, const QString &type,
                                            const QJsonObject &content,
                                            const QJsonObject &attachment = {},
                                            const QString &redacts = {});
    // Uploads go through this; without it file messages fail.
    void setMediaClient(media::MediaClient *media) { m_media = media; }
    // Stops a file message's upload and drops the message. False when it is
    // not uploading (its event may already be on the wire).
    bool cancelUpload(const QString &transactionId);
    // Takes a file message out of the outbox before its event goes out: stops
    // its upload when one runs, or drops it while it waits (for its turn,
    // a retry, or after failing). Emits discarded once it is gone; other
    // messages stay. False when it cannot be stopped any more (its event is
    // on the way). Anything but a file message is left alone.
    bool cancelFile(const QString &transactionId);
    bool isUploading(const QString &transactionId) const
    {
        return m_uploads.contains(transactionId);
    }
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
    // Messages to encrypted rooms go through it; not owned.
    void setEncryption(EncryptionService *encryption) { m_encryption = encryption; }
    static QString newTransactionId();

signals:
    void queued(const atrium::store::OutgoingMessage &message);
    void sent(const QString &roomId, const QString &transactionId, const QString &eventId);
    void failed(const QString &roomId, const QString &transactionId, const QString &error);
    void discarded(const QString &roomId, const QString &transactionId);
    void uploadProgress(const QString &roomId, const QString &transactionId, qint64 sent,
                        qint64 total);
    // A failed message is pending again (retry()).
    void retried(const QString &transactionId);
    void unauthorized(bool softLogout, const QString &message);

private:
    void pump();
    void send(const store::OutgoingMessage &message);
    void sendAs(const store::OutgoingMessage &message, const QString &type,
                const QJsonObject &content);
    void upload(const store::OutgoingMessage &message, bool thumbnail);
    void uploaded(const store::OutgoingMessage &message, media::MediaUpload *upload);
    // Stores the message's attachment, then goes on with it (next upload or the event).
    void keepAttachmentAndSend(const store::OutgoingMessage &next);
    void stopUploads();
    void handleFailure(const store::OutgoingMessage &message, const matrix::ApiError &error);

    matrix::HttpClient *m_http;
    EncryptionService *m_encryption = nullptr;
    store::StoreThread *m_store;
    media::MediaClient *m_media = nullptr;
    QHash<QString, QPointer<media::MediaUpload>> m_uploads; // by transaction id
    QHash<QString, QString> m_inFlightRooms;                // room id → transaction id being sent
    QSet<QString> m_cancelling;                             // cancelFile() is removing these
    QTimer m_retryTimer;
    Backoff m_backoff;
    bool m_running = false;
    bool m_pumpPending = false;
    bool m_pumpAgain = false;
    bool m_startedBefore = false;
    QSet<QString> m_callEventsOfThisRun; // transaction ids of m.call.* events we queued
};

} // namespace atrium::sync
