#include "CliContext.h"
#include "CommandSupport.h"
#include "Commands.h"
#include "PasswordPrompt.h"
#include "sync/EncryptionService.h"
#include "sync/SecretStorage.h"
#include "sync/Session.h"

namespace atrium::cli {

namespace {

constexpr auto UsageLine = "usage: atrium-cli secret-storage status | setup [--passphrase] "
                           "[--replace] | unlock";

// The recovery key, else a passphrase, from the environment or typed.
QString readRecoverySecret(QTextStream &prompt)
{
    const QString passphrase = qEnvironmentVariable("ATRIUM_PASSPHRASE");
    if (qEnvironmentVariableIsEmpty("ATRIUM_RECOVERY_KEY") && !passphrase.isEmpty())
        return passphrase;
    return readSecret(prompt, "ATRIUM_RECOVERY_KEY", QStringLiteral("Recovery key or passphrase"));
}

int report(CliContext &context, const sync::SecretStorageResult &result)
{
    if (!result.error.isEmpty()) {
        context.err() << "atrium-cli: " << result.error << Qt::endl;
        return Failure;
    }
    if (!result.notice.isEmpty())
        context.err() << "atrium-cli: note: " << result.notice << Qt::endl;
    return Ok;
}

QFuture<int> status(CliContext &context)
{
    return withSession(context, false, [&context]() {
        return context.session().encryption()->secretStorage()->status().then(
            &context, [&context](const sync::SecretStorageStatus &status) {
                if (!status.error.isEmpty()) {
                    context.err() << "atrium-cli: " << status.error << Qt::endl;
                    return int(Failure);
                }
                if (status.keyId.isEmpty()) {
                    context.out() << "secret storage: not set up" << Qt::endl;
                    return int(Ok);
                }
                context.out() << "secret storage: key " << status.keyId
                              << (status.hasPassphrase ? " (recovery key or passphrase)"
                                                       : " (recovery key)")
                              << "\nstores: " << status.secrets.join(QStringLiteral(", "))
                              << Qt::endl;
                return int(Ok);
            });
    });
}

QFuture<int> setUp(CliContext &context, bool withPassphrase, bool replace)
{
    QString passphrase;
    if (withPassphrase) {
        passphrase = readSecret(context.err(), "ATRIUM_PASSPHRASE", QStringLiteral("Passphrase"));
        if (passphrase.isEmpty()) {
            context.err() << "atrium-cli: no passphrase given" << Qt::endl;
            return ready(Usage);
        }
    }
    return withSession(context, false, [&context, passphrase, replace]() {
        return context.session()
            .encryption()
            ->secretStorage()
            ->setUp(passphrase, replace)
            .then(&context, [&context](const sync::SecretStorageResult &result) {
                const int code = report(context, result);
                if (code == Ok)
                    context.out() << "secret storage set up; stores: "
                                  << result.secrets.join(QStringLiteral(", "))
                                  << "\nrecovery key: " << result.recoveryKey << Qt::endl;
                return code;
            });
    });
}

QFuture<int> unlock(CliContext &context)
{
    const QString secret = readRecoverySecret(context.err());
    if (secret.isEmpty()) {
        context.err() << "atrium-cli: no recovery key or passphrase given (set "
                         "ATRIUM_RECOVERY_KEY or ATRIUM_PASSPHRASE, or type it)"
                      << Qt::endl;
        return ready(Usage);
    }
    // Syncs first, so that restored room keys meet the history they unlock.
    return withSession(context, true, [&context, secret]() {
        return context.session().encryption()->secretStorage()->unlock(secret).then(
            &context, [&context](const sync::SecretStorageResult &result) {
                const int code = report(context, result);
                if (code == Ok)
                    context.out() << "restored: " << result.secrets.join(QStringLiteral(", "))
                                  << "\nroom keys from the key backup: " << result.roomKeys
                                  << Qt::endl;
                return code;
            });
    });
}

} // namespace

QFuture<int> secretStorage(CliContext &context, const QStringList &arguments)
{
    const QString action = arguments.value(1);
    const QStringList options = arguments.mid(2);
    const bool passphrase = options.contains(QLatin1String("--passphrase"));
    const bool replace = options.contains(QLatin1String("--replace"));
    if (action == QLatin1String("status") && options.isEmpty())
        return status(context);
    if (action == QLatin1String("unlock") && options.isEmpty())
        return unlock(context);
    if (action == QLatin1String("setup") && options.size() == int(passphrase) + int(replace))
        return setUp(context, passphrase, replace);
    context.err() << UsageLine << Qt::endl;
    return ready(Usage);
}

} // namespace atrium::cli
