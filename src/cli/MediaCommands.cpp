#include "CliContext.h"
#include "CommandSupport.h"
#include "Commands.h"
#include "crypto/EncryptedFile.h"
#include "matrix/MxcUri.h"
#include "matrix/Requests.h"
#include "media/MediaClient.h"
#include "media/MediaDownload.h"
#include "media/MediaUpload.h"
#include "media/SafeFileName.h"
#include "store/OutgoingMessage.h"
#include "store/StoreThread.h"
#include "store/TimelineStore.h"
#include "sync/SendQueue.h"
#include "sync/Session.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QPromise>
#include <QTimer>
#include <unistd.h>

namespace atrium::cli {

namespace {

// A file may take long to upload: give up (and leave it queued) only when
// nothing has moved for this long.
constexpr int StallTimeoutMs = 60'000;

// "  12.3 MB of 1.0 GB" on one rewritten line, for people at a terminal
// (scripts reading stderr get no progress noise).
class ProgressLine
{
public:
    explicit ProgressLine(CliContext &context) : m_context(context), m_shown(isatty(STDERR_FILENO))
    {}
    void update(const QString &what, qint64 done, qint64 total)
    {
        if (!m_shown || done == m_last)
            return;
        m_last = done;
        m_context.err() << '\r' << what << ' ' << media::formatSize(done);
        if (total > 0)
            m_context.err() << " of " << media::formatSize(total);
        m_context.err() << "   " << Qt::flush;
        m_dirty = true;
    }
    void finish()
    {
        if (m_dirty)
            m_context.err() << Qt::endl;
        m_dirty = false;
    }

private:
    CliContext &m_context;
    bool m_shown;
    bool m_dirty = false;
    qint64 m_last = -1;
};

QFuture<int> waitUntilFileSent(CliContext &context, const QString &transactionId)
{
    auto promise = std::make_shared<QPromise<int>>();
    promise->start();
    auto settle = [promise](int code) {
        if (!promise->future().isFinished()) {
            promise->addResult(code);
            promise->finish();
        }
    };
    auto progress = std::make_shared<ProgressLine>(context);
    auto *stall = new QTimer(&context);
    stall->setSingleShot(true);
    stall->start(StallTimeoutMs);
    QObject::connect(stall, &QTimer::timeout, &context, [&context, settle, progress]() {
        progress->finish();
        context.err() << "atrium-cli: not sent yet; the file is kept in the outbox and goes out "
                         "the next time atrium or atrium-cli runs"
                      << Qt::endl;
        settle(StillQueued);
    });
    auto *queue = context.session().sendQueue();
    QObject::connect(queue, &sync::SendQueue::uploadProgress, stall,
                     [stall, transactionId, progress](const QString &, const QString &txnId,
                                                      qint64 sent, qint64 total) {
                         if (txnId != transactionId)
                             return;
                         stall->start(StallTimeoutMs);
                         progress->update(QStringLiteral("uploading"), sent, total);
                     });
    QObject::connect(queue, &sync::SendQueue::sent, stall,
                     [&context, stall, transactionId, progress,
                      settle](const QString &, const QString &txnId, const QString &eventId) {
                         if (txnId != transactionId)
                             return;
                         stall->stop();
                         progress->finish();
                         context.out() << eventId << Qt::endl;
                         settle(Ok);
                     });
    QObject::connect(queue, &sync::SendQueue::failed, stall,
                     [&context, stall, transactionId, progress,
                      settle](const QString &, const QString &txnId, const QString &error) {
                         if (txnId != transactionId)
                             return;
                         stall->stop();
                         progress->finish();
                         context.err() << "atrium-cli: not sent: " << error << Qt::endl;
                         settle(Failure);
                     });
    return promise->future();
}

int exitCodeFor(const media::MediaTransfer &transfer)
{
    const auto error = transfer.apiError();
    if (!error)
        return Failure;
    if (error->kind == matrix::ApiError::Kind::Network ||
        error->kind == matrix::ApiError::Kind::Timeout)
        return Unreachable;
    if (error->isUnknownToken())
        return AuthFailed;
    return Failure;
}

struct Target
{
    QString path;
    bool overwrite = false;
    QString error;
};

// Where to save: --out DIR (or nothing: the current folder) takes the
// sanitized name and never replaces a file (a free "name (N).ext" is
// chosen); --out FILE is taken as given, and replaces only with --overwrite.
Target targetFor(const QString &out, bool overwrite, const QString &suggestedName)
{
    const QString name = media::SafeFileName::sanitize(suggestedName);
    if (out.isEmpty())
        return {QDir::current().filePath(name), false, {}};
    const QFileInfo info(out);
    if (info.isDir())
        return {QDir(out).filePath(name), false, {}};
    if (out.endsWith(QLatin1Char('/')))
        return {{}, false, QStringLiteral("no such folder: %1").arg(out)};
    if (info.exists() && !overwrite)
        return {{}, false, QStringLiteral("%1 exists; use --overwrite to replace it").arg(out)};
    return {info.absoluteFilePath(), true, {}};
}

QFuture<int> fetch(CliContext &context, const QString &mxcUri,
                   const std::optional<crypto::EncryptedFile> &encrypted, const Target &target)
{
    if (!target.error.isEmpty()) {
        context.err() << "atrium-cli: " << target.error << Qt::endl;
        return ready(Failure);
    }
    auto *media = context.session().media();
    media::MediaDownload *transfer =
        encrypted ? media->downloadEncrypted(*encrypted, target.path, target.overwrite)
                  : media->download(mxcUri, target.path, target.overwrite);
    auto promise = std::make_shared<QPromise<int>>();
    promise->start();
    auto progress = std::make_shared<ProgressLine>(context);
    QObject::connect(transfer, &media::MediaTransfer::progress, &context,
                     [progress](qint64 done, qint64 total) {
                         progress->update(QStringLiteral("downloading"), done, total);
                     });
    QObject::connect(transfer, &media::MediaTransfer::finished, &context,
                     [&context, transfer, promise, progress]() {
                         progress->finish();
                         transfer->deleteLater();
                         int code = Ok;
                         if (transfer->state() == media::MediaTransfer::State::Succeeded) {
                             context.out() << transfer->filePath() << Qt::endl;
                         } else {
                             context.err() << "atrium-cli: " << transfer->errorString() << Qt::endl;
                             code = exitCodeFor(*transfer);
                         }
                         promise->addResult(code);
                         promise->finish();
                     });
    return promise->future();
}

QFuture<int> downloadFromContent(CliContext &context, const QJsonObject &content,
                                 const QString &out, bool overwrite)
{
    const QString name = content.value("filename").toString().isEmpty()
                             ? content.value("body").toString()
                             : content.value("filename").toString();
    if (content.contains("file")) {
        QString error;
        const auto file = crypto::EncryptedFile::fromJson(content.value("file").toObject(), &error);
        if (!file) {
            context.err() << "atrium-cli: the event's encrypted file is unusable: " << error
                          << Qt::endl;
            return ready(Failure);
        }
        return fetch(context, file->url, file, targetFor(out, overwrite, name));
    }
    const QString url = content.value("url").toString();
    if (url.isEmpty()) {
        context.err() << "atrium-cli: the event has no file" << Qt::endl;
        return ready(Failure);
    }
    return fetch(context, url, std::nullopt, targetFor(out, overwrite, name));
}

QFuture<int> downloadFromEvent(CliContext &context, const QString &roomId, const QString &eventId,
                               const QString &out, bool overwrite)
{
    const matrix::ApiRequest request = matrix::ApiRequest::get(
        QLatin1String(matrix::requests::ClientPrefix) +
        QStringLiteral("/rooms/%1/event/%2")
            .arg(matrix::requests::segment(roomId), matrix::requests::segment(eventId)));
    return context.session()
        .call(request)
        .then(&context,
              [&context, roomId, out, overwrite](const matrix::ApiResponse &response) {
                  if (response.error)
                      return ready(context.reportApiError(response, "cannot read the event"));
                  // Encrypted events are decrypted with the keys this device holds.
                  return context.session()
                      .decryptEvent(roomId, response.json())
                      .then(&context,
                            [&context, out, overwrite](const store::TimelineEvent &event) {
                                if (!event.decryptionError.isEmpty()) {
                                    context.err() << "atrium-cli: cannot decrypt the event: "
                                                  << event.decryptionError << Qt::endl;
                                    return ready(Failure);
                                }
                                return downloadFromContent(context, event.content, out, overwrite);
                            })
                      .unwrap();
              })
        .unwrap();
}

// An event id alone: its room is the one whose stored timeline holds it.
QFuture<int> downloadFromStoredEvent(CliContext &context, const QString &eventId,
                                     const QString &out, bool overwrite)
{
    return context.session()
        .store()
        ->run([eventId](store::Database &db) {
            return store::TimelineStore(db).roomsOfEvent(eventId);
        })
        .then(&context,
              [&context, eventId, out, overwrite](const QStringList &rooms) {
                  if (rooms.size() == 1)
                      return downloadFromEvent(context, rooms.first(), eventId, out, overwrite);
                  if (rooms.isEmpty())
                      context.err() << "atrium-cli: " << eventId
                                    << " is in none of your rooms' history here; name its room: "
                                       "atrium-cli download ROOM EVENT_ID"
                                    << Qt::endl;
                  else
                      context.err() << "atrium-cli: " << eventId << " is in several rooms ("
                                    << rooms.join(QLatin1String(", "))
                                    << "); name one: atrium-cli download ROOM EVENT_ID" << Qt::endl;
                  return ready(Failure);
              })
        .unwrap();
}

QFuture<int> sendFileAfterSync(CliContext &context, const QString &roomId, const QString &path,
                               const QString &caption)
{
    return storeAgreesOnEncryption(context, roomId)
        .then(&context,
              [&context, roomId, path, caption](bool agrees) {
                  if (!agrees) {
                      context.err() << "atrium-cli: " << roomId
                                    << " is encrypted, but its encryption state has not synced "
                                       "yet; nothing was sent"
                                    << Qt::endl;
                      return ready(Failure);
                  }
                  return context.session()
                      .sendFile(roomId, path, caption)
                      .then(&context,
                            [&context](const store::OutgoingMessage &message) {
                                if (message.transactionId.isEmpty()) {
                                    context.err()
                                        << "atrium-cli: cannot send the file: " << message.lastError
                                        << Qt::endl;
                                    return ready(Failure);
                                }
                                return waitUntilFileSent(context, message.transactionId);
                            })
                      .unwrap();
              })
        .unwrap();
}

} // namespace

QFuture<int> sendFile(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument("room", "Room id or alias.");
    parser.addPositionalArgument("path", "The file.");
    parser.addOption({"caption", "Text shown with the file.", "text"});
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 2) {
        context.err() << "usage: atrium-cli send-file ROOM PATH [--caption TEXT]" << Qt::endl;
        return ready(Usage);
    }
    const QString path = parser.positionalArguments().at(1);
    const QString caption = parser.value("caption");
    if (!QFileInfo(path).isFile()) {
        context.err() << "atrium-cli: no such file: " << path << Qt::endl;
        return ready(Failure);
    }
    // After one sync the store knows the room's encryption (and members,
    // for the room key), as for send.
    return onRoom(context, parser.positionalArguments().at(0), true,
                  [&context, path, caption](const QString &roomId) {
                      return firstSync(context)
                          .then(&context,
                                [&context, roomId, path, caption](int code) {
                                    return code == Ok
                                               ? sendFileAfterSync(context, roomId, path, caption)
                                               : ready(code);
                                })
                          .unwrap();
                  });
}

QFuture<int> download(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument("source", "An event id or mxc:// URI, or ROOM EVENT_ID.");
    parser.addOption({"out", "Where to save: a folder or a file name.", "path"});
    parser.addOption({"overwrite", "Replace the --out file if it exists."});
    const QStringList positional =
        parser.parse(arguments) ? parser.positionalArguments() : QStringList();
    const bool byUri = positional.size() == 1 && positional.first().startsWith("mxc://");
    const bool byEventAlone = positional.size() == 1 && positional.first().startsWith('$');
    const bool byEvent = positional.size() == 2;
    if (!byUri && !byEventAlone && !byEvent) {
        context.err() << "usage: atrium-cli download EVENT_ID_OR_MXC_URI [--out PATH] "
                         "[--overwrite]\n"
                         "       atrium-cli download ROOM EVENT_ID [--out PATH] [--overwrite]"
                      << Qt::endl;
        return ready(Usage);
    }
    const QString out = parser.value("out");
    const bool overwrite = parser.isSet("overwrite");
    if (byUri) {
        const auto uri = matrix::MxcUri::parse(positional.first());
        if (!uri) {
            context.err() << "atrium-cli: not a valid mxc URI: " << positional.first() << Qt::endl;
            return ready(Usage);
        }
        return withSession(context, false, [&context, uri, out, overwrite]() {
            return fetch(context, uri->toString(), std::nullopt,
                         targetFor(out, overwrite, uri->mediaId));
        });
    }
    if (byEventAlone) {
        const QString eventId = positional.first();
        // After a sync the store holds the newest events, and their room keys.
        return withSession(context, true, [&context, eventId, out, overwrite]() {
            return firstSync(context)
                .then(&context,
                      [&context, eventId, out, overwrite](int code) {
                          return code == Ok
                                     ? downloadFromStoredEvent(context, eventId, out, overwrite)
                                     : ready(code);
                      })
                .unwrap();
        });
    }
    // A sync first: an encrypted event needs its room key.
    const QString eventId = positional.at(1);
    return onRoom(context, positional.first(), true,
                  [&context, eventId, out, overwrite](const QString &roomId) {
                      return firstSync(context)
                          .then(&context,
                                [&context, roomId, eventId, out, overwrite](int code) {
                                    return code == Ok ? downloadFromEvent(context, roomId, eventId,
                                                                          out, overwrite)
                                                      : ready(code);
                                })
                          .unwrap();
                  });
}

} // namespace atrium::cli
