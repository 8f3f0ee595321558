#include "CommandSupport.h"

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

} // namespace atrium::cli
