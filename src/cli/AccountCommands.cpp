#include "CliContext.h"
#include "CommandSupport.h"
#include "Commands.h"
#include "PasswordPrompt.h"
#include "sync/EncryptionService.h"
#include "sync/Session.h"

#include <QCommandLineParser>
#include <QPromise>

namespace atrium::cli {

namespace {

constexpr int KeyUploadTimeoutMs = 30'000;

QFuture<void> waitForPublishedKeys(CliContext &context)
{
    auto *encryption = context.session().encryption();
    if (encryption->hasPublishedKeys())
        return QtFuture::makeReadyFuture();
    auto published = QtFuture::connect(encryption, &sync::EncryptionService::keysPublished);
    return withTimeout(published.then([]() { return int(Ok); }), KeyUploadTimeoutMs, Unreachable,
                       &context)
        .then(&context, [&context](int code) {
            if (code != Ok)
                context.err() << "note: this device's encryption keys are not published yet; "
                                 "the next command will try again"
                              << Qt::endl;
        });
}

} // namespace

QFuture<int> login(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({"homeserver", "Homeserver URL or server name.", "url"});
    parser.addOption({"user", "User id (@name:server) or name.", "user"});
    parser.addOption({"register", "Create the account (where the server allows it)."});
    if (!parser.parse(arguments) || !parser.isSet("user")) {
        context.err() << "usage: atrium-cli login --homeserver URL_OR_SERVER_NAME --user USER"
                      << Qt::endl;
        return ready(Usage);
    }
    const QString password = readPassword(context.err());
    if (password.isEmpty()) {
        context.err() << "atrium-cli: no password given (set ATRIUM_PASSWORD or type it)"
                      << Qt::endl;
        return ready(Usage);
    }

    sync::Session &session = context.session();
    auto promise = std::make_shared<QPromise<int>>();
    promise->start();
    QObject::connect(&session, &sync::Session::ready, &context, [&context, &session, promise]() {
        context.out() << "signed in as " << session.userId() << " (device " << session.deviceId()
                      << ")" << Qt::endl;
        if (context.usesFileSecrets())
            context.err() << "note: secrets are kept in " << session.secretsDescription()
                          << Qt::endl;
        // Others can encrypt for this device only once its keys are published.
        waitForPublishedKeys(context).then(&context, [promise]() {
            promise->addResult(Ok);
            promise->finish();
        });
    });
    QObject::connect(&session, &sync::Session::failed, &context,
                     [&context, &session, promise](const QString &message) {
                         context.err() << "atrium-cli: sign-in failed: " << message << Qt::endl;
                         promise->addResult(exitCodeFor(session.lastFailure()));
                         promise->finish();
                     });
    session.setSyncOnStart(false);
    if (parser.isSet("register"))
        session.registerAccount(parser.value("homeserver"), parser.value("user"), password);
    else
        session.login(parser.value("homeserver"), parser.value("user"), password);
    return promise->future();
}

QFuture<int> logout(CliContext &context, const QStringList &)
{
    return context.restoreSession(false)
        .then(&context,
              [&context](int code) {
                  if (code != Ok)
                      return ready(code);
                  sync::Session &session = context.session();
                  const QString userId = session.userId();
                  auto promise = std::make_shared<QPromise<int>>();
                  promise->start();
                  QObject::connect(&session, &sync::Session::loggedOut, &context,
                                   [&context, promise, userId]() {
                                       context.out() << "signed out " << userId
                                                     << " and deleted its local data" << Qt::endl;
                                       promise->addResult(Ok);
                                       promise->finish();
                                   });
                  session.logout();
                  return promise->future();
              })
        .unwrap();
}

QFuture<int> whoami(CliContext &context, const QStringList &)
{
    return context.restoreSession(false).then(&context, [&context](int code) {
        if (code == Ok) {
            sync::Session &session = context.session();
            context.out() << session.userId() << "\n"
                          << "device " << session.deviceId() << "\n"
                          << "homeserver " << session.homeserver().toString() << Qt::endl;
        }
        return code;
    });
}

} // namespace atrium::cli
