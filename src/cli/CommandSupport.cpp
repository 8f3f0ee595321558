#include "CommandSupport.h"

#include "matrix/Requests.h"
#include "sync/Session.h"
#include "sync/SyncEngine.h"

#include <QPromise>

namespace atrium::cli {

QFuture<int> firstSync(CliContext &context)
{
    auto promise = std::make_shared<QPromise<int>>();
    promise->start();
    auto *engine = context.session().syncEngine();
    auto settle = [promise](int code) {
        if (!promise->future().isFinished()) {
            promise->addResult(code);
            promise->finish();
        }
    };
    QObject::connect(engine, &sync::SyncEngine::synced, &context, [settle]() { settle(Ok); });
    QObject::connect(engine, &sync::SyncEngine::unauthorized, &context,
                     [&context, settle](bool, const QString &message) {
                         context.err() << "atrium-cli: " << message << Qt::endl;
                         settle(AuthFailed);
                     });
    QObject::connect(
        engine, &sync::SyncEngine::errorOccurred, &context, [&context](const QString &message) {
            context.err() << "atrium-cli: sync: " << message << " (retrying)" << Qt::endl;
        });
    return withTimeout(promise->future(), 120'000, Unreachable, &context);
}

// Resolves to true when the room uses end-to-end encryption, asking the
// server: the local store may not know the room yet. Only "no such state
// event" counts as unencrypted; any other answer errs on the safe side.
QFuture<bool> roomIsEncrypted(CliContext &context, const QString &roomId)
{
    matrix::ApiRequest request =
        matrix::ApiRequest::get(QLatin1String(matrix::requests::ClientPrefix) +
                                QStringLiteral("/rooms/%1/state/m.room.encryption/")
                                    .arg(matrix::requests::segment(roomId)));
    return context.session().call(request).then([](const matrix::ApiResponse &response) {
        return !(response.error && response.error->errcode == QLatin1String("M_NOT_FOUND"));
    });
}

// Resolves to whether the store knows the room is encrypted whenever the
// server says it is: plain text must never go where encryption is expected.
QFuture<bool> storeAgreesOnEncryption(CliContext &context, const QString &roomId)
{
    return roomIsEncrypted(context, roomId)
        .then(&context,
              [&context, roomId](bool encryptedOnServer) {
                  return context.session().loadRooms().then(
                      &context,
                      [roomId, encryptedOnServer](const QList<store::RoomSummary> &rooms) {
                          for (const auto &room : rooms) {
                              if (room.roomId == roomId)
                                  return room.isEncrypted || !encryptedOnServer;
                          }
                          return !encryptedOnServer;
                      });
              })
        .unwrap();
}

} // namespace atrium::cli
