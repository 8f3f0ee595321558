#include "SendQueue.h"

#include "EncryptionService.h"
#include "matrix/HttpClient.h"
#include "matrix/Requests.h"
#include "media/MediaClient.h"
#include "media/MediaUpload.h"
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

SendQueue::~SendQueue()
{
    stopUploads();
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
                                                   const QJsonObject &attachment,
                                                   const QString &redacts)
{
    const QString txnId = newTransactionId();
    if (type.startsWith(QLatin1String("m.call.")))
        m_callEventsOfThisRun.insert(txnId);
    return m_store
        ->run([roomId, type, content, attachment, redacts, txnId](store::Database &db) {
            return store::OutboxStore(db)
                .enqueue(roomId, txnId, type, content, attachment, redacts)
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
    if (!m_startedBefore) {
        m_startedBefore = true;
        // Call signalling an earlier run left unsent is about calls that
        // ended with that run: an invite sent now would ring for a caller
        // who is gone. Queued before the pump's look at the outbox.
        m_store->run([keep = m_callEventsOfThisRun](store::Database &db) {
            store::OutboxStore outbox(db);
            for (const auto &message : outbox.all()) {
                if (message.type.startsWith(QLatin1String("m.call.")) &&
                    !keep.contains(message.transactionId))
                    outbox.remove(message.transactionId);
            }
        });
    }
    pump();
}

void SendQueue::stop()
{
    m_running = false;
    m_retryTimer.stop();
    stopUploads();
}

void SendQueue::stopUploads()
{
    // The messages stay pending in the outbox; start() uploads them again.
    const auto uploads = std::exchange(m_uploads, {});
    for (const auto &transfer : uploads) {
        if (!transfer)
            continue;
        m_inFlightRooms.remove(transfer->property("atrium_room").toString());
        delete transfer.data(); // cancels quietly
    }
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
                if (!m_inFlightRooms.contains(message.roomId) &&
                    !m_cancelling.contains(message.transactionId))
                    send(message);
            }
        });
}

void SendQueue::send(const store::OutgoingMessage &message)
{
    m_inFlightRooms.insert(message.roomId, message.transactionId);
    QJsonObject content = message.content;
    if (!message.attachment.isEmpty()) {
        const QJsonObject &attachment = message.attachment;
        const bool hasThumbnail =
            attachment.contains("thumbnail_mxc") || attachment.contains("thumbnail_file");
        if (attachment.value("thumbnail").toBool() && !hasThumbnail) {
            upload(message, true);
            return;
        }
        if (!attachment.contains("mxc") && !attachment.contains("file")) {
            upload(message, false);
            return;
        }
        if (attachment.contains("file"))
            content.insert("file", attachment.value("file"));
        else
            content.insert("url", attachment.value("mxc"));
        if (hasThumbnail) {
            QJsonObject info = content.value("info").toObject();
            if (attachment.contains("thumbnail_file"))
                info.insert("thumbnail_file", attachment.value("thumbnail_file"));
            else
                info.insert("thumbnail_url", attachment.value("thumbnail_mxc"));
            info.insert("thumbnail_info", attachment.value("thumbnail_info"));
            content.insert("info", info);
        }
    }
    // A redaction carries no content to protect and is never encrypted.
    if (!m_encryption || message.isRedaction()) {
        sendAs(message, message.type, content);
        return;
    }
    // Encrypted at the last moment, so that the outbox never holds ciphertext
    // for a key that a restart might not have shared yet.
    m_encryption->prepare(message.roomId, message.type, content, this,
                          [this, message](const OutgoingEvent &event) {
                              if (event.error)
                                  handleFailure(message, *event.error);
                              else
                                  sendAs(message, event.type, event.content);
                          });
}

void SendQueue::sendAs(const store::OutgoingMessage &message, const QString &type,
                       const QJsonObject &content)
{
    const auto request =
        message.isRedaction()
            ? matrix::requests::redact(message.roomId, message.redacts, message.transactionId,
                                       content.value(QLatin1String("reason")).toString())
            : matrix::requests::sendEvent(message.roomId, type, message.transactionId, content);
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

void SendQueue::upload(const store::OutgoingMessage &message, bool thumbnail)
{
    const QJsonObject &attachment = message.attachment;
    if (!m_media) {
        handleFailure(message, matrix::ApiError{matrix::ApiError::Kind::Malformed,
                                                0,
                                                {},
                                                tr("this client cannot upload files")});
        return;
    }
    // In encrypted rooms ("encrypt") the upload is AES-256-CTR ciphertext and
    // the event gets `file` (key, iv, hash) instead of `url`; the event is
    // then Megolm-encrypted like any other, and the outbox keeps the file's
    // key sealed.
    const QString path = attachment.value("path").toString();
    const bool encrypt = attachment.value("encrypt").toBool();
    media::MediaUpload *transfer =
        thumbnail ? m_media->uploadThumbnail(path, encrypt)
        : encrypt ? m_media->uploadEncrypted(path)
                  : m_media->upload(path, attachment.value("mimetype").toString(),
                                    attachment.value("name").toString());
    transfer->setProperty("atrium_room", message.roomId);
    m_uploads.insert(message.transactionId, transfer);
    connect(transfer, &media::MediaTransfer::progress, this,
            [this, message](qint64 sent, qint64 total) {
                emit uploadProgress(message.roomId, message.transactionId, sent, total);
            });
    connect(transfer, &media::MediaTransfer::finished, this,
            [this, message, transfer]() { uploaded(message, transfer); });
}

void SendQueue::uploaded(const store::OutgoingMessage &message, media::MediaUpload *transfer)
{
    if (m_uploads.value(message.transactionId) != transfer)
        return; // stopped or cancelled: whoever did that has dealt with it
    m_uploads.remove(message.transactionId);
    transfer->deleteLater();
    if (transfer->state() == media::MediaTransfer::State::Cancelled) {
        m_inFlightRooms.remove(message.roomId);
        return;
    }
    if (transfer->state() == media::MediaTransfer::State::Failed) {
        if (transfer->isTransientFailure() ||
            (transfer->apiError() && transfer->apiError()->isUnknownToken())) {
            handleFailure(message, *transfer->apiError());
            return;
        }
        const QString reason = transfer->errorString();
        if (transfer->options().thumbnail) {
            // The message is still worth sending without one.
            qCInfo(lcSendQueue) << "sending without a thumbnail:" << reason;
            store::OutgoingMessage next = message;
            next.attachment.insert("thumbnail", false);
            keepAttachmentAndSend(next);
            return;
        }
        // A missing file, a file over the server's limit: no retry helps.
        m_store
            ->run([txnId = message.transactionId, reason](store::Database &db) {
                return store::OutboxStore(db).markFailed(txnId, reason);
            })
            .then(this, [this, message, reason](bool) {
                m_inFlightRooms.remove(message.roomId);
                emit failed(message.roomId, message.transactionId, reason);
                pump();
            });
        return;
    }
    // Kept before the event is sent: after a restart the upload is not repeated.
    store::OutgoingMessage next = message;
    const auto encrypted = transfer->encryptedFile();
    const QString prefix = transfer->options().thumbnail ? "thumbnail_" : "";
    if (encrypted)
        next.attachment.insert(prefix + "file", encrypted->toJson());
    else
        next.attachment.insert(prefix + "mxc", transfer->contentUri());
    if (transfer->options().thumbnail)
        next.attachment.insert("thumbnail_info", transfer->thumbnailInfo());
    keepAttachmentAndSend(next);
}

void SendQueue::keepAttachmentAndSend(const store::OutgoingMessage &next)
{
    m_store
        ->run([txnId = next.transactionId, attachment = next.attachment](store::Database &db) {
            return store::OutboxStore(db).updateAttachment(txnId, attachment);
        })
        .then(this, [this, next](bool stored) {
            if (!stored)
                qCWarning(lcSendQueue) << "could not keep the upload's mxc URI in the outbox";
            if (!m_running) {
                m_inFlightRooms.remove(next.roomId);
                return;
            }
            send(next);
        });
}

bool SendQueue::cancelUpload(const QString &transactionId)
{
    QPointer<media::MediaUpload> transfer = m_uploads.take(transactionId);
    if (!transfer)
        return false;
    const QString roomId = transfer->property("atrium_room").toString();
    delete transfer.data(); // cancels quietly
    m_store
        ->run([transactionId](store::Database &db) {
            return store::OutboxStore(db).remove(transactionId);
        })
        .then(this, [this, roomId, transactionId](bool) {
            m_inFlightRooms.remove(roomId);
            emit discarded(roomId, transactionId);
            pump();
        });
    return true;
}

bool SendQueue::cancelFile(const QString &transactionId)
{
    if (cancelUpload(transactionId))
        return true;
    // Between its upload and its event, or its event on the wire: too late.
    for (auto it = m_inFlightRooms.cbegin(); it != m_inFlightRooms.cend(); ++it) {
        if (it.value() == transactionId)
            return false;
    }
    if (m_cancelling.contains(transactionId))
        return true;
    // Not sent while the outbox forgets it (pump() skips it meanwhile).
    m_cancelling.insert(transactionId);
    m_store
        ->run([transactionId](store::Database &db) {
            store::OutboxStore outbox(db);
            const auto message = outbox.find(transactionId);
            if (!message || message->attachment.isEmpty())
                return QString();
            return outbox.remove(transactionId) ? message->roomId : QString();
        })
        .then(this, [this, transactionId](const QString &roomId) {
            m_cancelling.remove(transactionId);
            if (!roomId.isEmpty())
                emit discarded(roomId, transactionId);
            pump();
        });
    return true;
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
