#include "CliContext.h"

#include "store/SecretStore.h"
#include "sync/AccountRecord.h"
#include "sync/AccountSecrets.h"
#include "sync/Session.h"

#include <QDir>
#include <QPromise>
#include <QTimer>

namespace atrium::cli {

CliContext::CliContext(const QString &dataDir, bool noKeychain)
    : m_dataDir(dataDir), m_out(stdout), m_err(stderr)
{
    auto secrets = sync::AccountSecrets::forDataDir(dataDir, noKeychain);
    m_secrets = std::move(secrets.store);
    m_fileSecrets = secrets.inFile;
    m_session = std::make_unique<sync::Session>(dataDir, m_secrets.get(), m_fileSecrets);
}

CliContext::~CliContext()
{
    m_session.reset();
}

QFuture<int> CliContext::restoreSession(bool startSync)
{
    auto promise = std::make_shared<QPromise<int>>();
    promise->start();
    auto finish = [promise](int code) {
        if (promise->future().isFinished())
            return;
        promise->addResult(code);
        promise->finish();
    };
    connect(m_session.get(), &sync::Session::ready, this, [finish]() { finish(Ok); });
    connect(m_session.get(), &sync::Session::failed, this, [this, finish](const QString &message) {
        m_err << "atrium-cli: " << message << Qt::endl;
        if (m_session->state() == sync::Session::State::LoggedOut)
            finish(NotLoggedIn);
        else
            finish(exitCodeFor(m_session->lastFailure()));
    });
    m_session->setSyncOnStart(startSync);
    m_session->restore();
    return promise->future();
}

QFuture<QString> CliContext::resolveRoom(const QString &roomIdOrAlias)
{
    return m_session->resolveRoom(roomIdOrAlias)
        .then(this, [this, roomIdOrAlias](const QString &id) {
            if (id.isEmpty())
                m_err << "atrium-cli: unknown room " << roomIdOrAlias << Qt::endl;
            return id;
        });
}

int CliContext::reportApiError(const matrix::ApiResponse &response, const QString &what)
{
    const auto &error = *response.error;
    m_err << "atrium-cli: " << what << ": " << error.describe() << Qt::endl;
    if (error.kind == matrix::ApiError::Kind::Network ||
        error.kind == matrix::ApiError::Kind::Timeout)
        return Unreachable;
    if (error.isUnknownToken())
        return AuthFailed;
    if (error.errcode == QLatin1String("M_NOT_FOUND") ||
        error.errcode == QLatin1String("M_FORBIDDEN"))
        return UnknownRoom;
    return Failure;
}

int exitCodeFor(sync::Session::Failure failure)
{
    switch (failure) {
    case sync::Session::Failure::WrongPassword:
        return AuthFailed;
    case sync::Session::Failure::Unreachable:
        return Unreachable;
    case sync::Session::Failure::SecretsUnavailable:
        return NoKeychain;
    case sync::Session::Failure::UnsupportedLogin:
        return AuthFailed;
    case sync::Session::Failure::None:
    case sync::Session::Failure::Other:
        break;
    }
    return Failure;
}

QFuture<int> withTimeout(QFuture<int> future, int timeoutMs, int fallback, QObject *context)
{
    auto promise = std::make_shared<QPromise<int>>();
    promise->start();
    auto settle = [promise](int code) {
        if (promise->future().isFinished())
            return;
        promise->addResult(code);
        promise->finish();
    };
    future.then(context, settle);
    QTimer::singleShot(timeoutMs, context, [settle, fallback]() { settle(fallback); });
    return promise->future();
}

} // namespace atrium::cli
