#include "CliContext.h"
#include "CommandSupport.h"
#include "Commands.h"
#include "MessageCollector.h"
#include "matrix/Requests.h"
#include "sync/RoomHistory.h"
#include "sync/SendQueue.h"
#include "sync/Session.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonDocument>
#include <QPromise>

namespace atrium::cli {

namespace {

constexpr int SendTimeoutMs = 60'000;

QString bodyOf(const store::TimelineEvent &event)
{
    if (!event.decryptionError.isEmpty())
        return QStringLiteral("[unable to decrypt: %1]").arg(event.decryptionError);
    return event.content.value(QLatin1String("body")).toString();
}

void printMessage(CliContext &context, const store::TimelineEvent &event, bool json)
{
    if (json) {
        QJsonObject line{{"event_id", event.eventId},
                         {"sender", event.sender},
                         {"type", event.type},
                         {"body", bodyOf(event)},
                         {"ts", event.originServerTs}};
        context.out() << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
    } else {
        const QString time = QDateTime::fromMSecsSinceEpoch(event.originServerTs)
                                 .toString(QStringLiteral("yyyy-MM-dd hh:mm:ss"));
        context.out() << time << ' ' << event.sender << ": " << bodyOf(event) << '\n';
    }
    context.out().flush();
}

QFuture<int> waitUntilSent(CliContext &context, const QString &transactionId)
{
    auto promise = std::make_shared<QPromise<int>>();
    promise->start();
    auto settle = [promise](int code) {
        if (!promise->future().isFinished()) {
            promise->addResult(code);
            promise->finish();
        }
    };
    auto *queue = context.session().sendQueue();
    QObject::connect(queue, &sync::SendQueue::sent, &context,
                     [&context, transactionId, settle](const QString &, const QString &txnId,
                                                       const QString &eventId) {
                         if (txnId != transactionId)
                             return;
                         context.out() << eventId << Qt::endl;
                         settle(Ok);
                     });
    QObject::connect(queue, &sync::SendQueue::failed, &context,
                     [&context, transactionId, settle](const QString &, const QString &txnId,
                                                       const QString &error) {
                         if (txnId != transactionId)
                             return;
                         context.err()
                             << "atrium-cli: the server refused the message: " << error << Qt::endl;
                         settle(Failure);
                     });
    return withTimeout(promise->future(), SendTimeoutMs, StillQueued, &context)
        .then(&context, [&context](int code) {
            if (code == StillQueued)
                context.err() << "atrium-cli: not sent yet; the message is kept in the outbox and "
                                 "goes out the next time atrium or atrium-cli runs"
                              << Qt::endl;
            return code;
        });
}

QFuture<int> sendAfterSync(CliContext &context, const QString &roomId, const QString &text)
{
    return storeAgreesOnEncryption(context, roomId)
        .then(&context,
              [&context, roomId, text](bool agrees) {
                  if (!agrees) {
                      context.err() << "atrium-cli: " << roomId
                                    << " is encrypted, but its encryption state has not synced "
                                       "yet; nothing was sent"
                                    << Qt::endl;
                      return ready(Failure);
                  }
                  return context.session()
                      .sendText(roomId, text)
                      .then(&context,
                            [&context](const QString &txnId) {
                                if (txnId.isEmpty()) {
                                    context.err()
                                        << "atrium-cli: cannot queue the message" << Qt::endl;
                                    return ready(Failure);
                                }
                                return waitUntilSent(context, txnId);
                            })
                      .unwrap();
              })
        .unwrap();
}

} // namespace

QFuture<int> send(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 3) {
        context.err() << "usage: atrium-cli send ROOM TEXT" << Qt::endl;
        return ready(Usage);
    }
    const QString text = arguments.at(2);
    // After one sync the store knows the room's encryption and members,
    // and this device's keys are published.
    return onRoom(context, arguments.at(1), true, [&context, text](const QString &roomId) {
        return firstSync(context)
            .then(&context,
                  [&context, roomId, text](int code) {
                      return code == Ok ? sendAfterSync(context, roomId, text) : ready(code);
                  })
            .unwrap();
    });
}

QFuture<int> tail(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument("room", "Room id or alias.");
    parser.addOption({"count", "How many messages.", "n", "20"});
    parser.addOption({"follow", "Keep printing new messages."});
    parser.addOption({"json", "One JSON object per message and line."});
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1) {
        context.err() << "usage: atrium-cli tail ROOM [--count N] [--follow] [--json]" << Qt::endl;
        return ready(Usage);
    }
    const int count = qMax(1, parser.value("count").toInt());
    const bool json = parser.isSet("json");
    const bool follow = parser.isSet("follow");
    const QString room = parser.positionalArguments().first();

    return onRoom(context, room, true, [&context, count, json, follow](const QString &roomId) {
        return firstSync(context)
            .then(&context,
                  [&context, roomId, count, json, follow](int code) {
                      if (code != Ok)
                          return ready(code);
                      auto promise = std::make_shared<QPromise<int>>();
                      promise->start();
                      auto *collector = new MessageCollector(context.session().history(), roomId,
                                                             count, &context);
                      QObject::connect(
                          collector, &MessageCollector::finished, &context,
                          [&context, promise, roomId, json,
                           follow](const QList<store::TimelineEvent> &messages) {
                              for (const auto &message : messages)
                                  printMessage(context, message, json);
                              if (!follow) {
                                  promise->addResult(Ok);
                                  promise->finish();
                                  return;
                              }
                              // Runs until interrupted.
                              QObject::connect(
                                  context.session().syncEngine(), &sync::SyncEngine::synced,
                                  &context,
                                  [&context, roomId, json](const sync::SyncChanges &changes) {
                                      for (const auto &event : changes.newEvents.value(roomId)) {
                                          if (MessageCollector::isMessage(event))
                                              printMessage(context, event, json);
                                      }
                                  });
                          });
                      QObject::connect(collector, &MessageCollector::failed, &context,
                                       [&context, promise](const QString &message) {
                                           context.err() << "atrium-cli: " << message << Qt::endl;
                                           promise->addResult(Failure);
                                           promise->finish();
                                       });
                      collector->start();
                      return promise->future();
                  })
            .unwrap();
    });
}

} // namespace atrium::cli
