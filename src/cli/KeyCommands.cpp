#include "CliContext.h"
#include "CommandSupport.h"
#include "Commands.h"
#include "PasswordPrompt.h"
#include "sync/EncryptionService.h"
#include "sync/Session.h"

#include <QFile>
#include <QSaveFile>

namespace atrium::cli {

namespace {

QString readPassphrase(CliContext &context)
{
    return readSecret(context.err(), "ATRIUM_PASSPHRASE", QStringLiteral("Passphrase"));
}

} // namespace

QFuture<int> exportKeys(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 2) {
        context.err() << "usage: atrium-cli export-keys FILE" << Qt::endl;
        return ready(Usage);
    }
    const QString path = arguments.at(1);
    const QString passphrase = readPassphrase(context);
    if (passphrase.isEmpty()) {
        context.err() << "atrium-cli: no passphrase given (set ATRIUM_PASSPHRASE or type it)"
                      << Qt::endl;
        return ready(Usage);
    }
    return withSession(context, false, [&context, path, passphrase]() {
        return context.session()
            .encryption()
            ->exportRoomKeys(passphrase)
            .then(&context, [&context, path](const QByteArray &file) {
                QSaveFile out(path);
                if (file.isEmpty() || !out.open(QIODevice::WriteOnly) ||
                    out.write(file) != file.size() || !out.commit()) {
                    context.err() << "atrium-cli: cannot write " << path << ": "
                                  << out.errorString() << Qt::endl;
                    return int(Failure);
                }
                context.out() << "room keys exported to " << path << Qt::endl;
                return int(Ok);
            });
    });
}

QFuture<int> importKeys(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 2) {
        context.err() << "usage: atrium-cli import-keys FILE" << Qt::endl;
        return ready(Usage);
    }
    QFile in(arguments.at(1));
    if (!in.open(QIODevice::ReadOnly)) {
        context.err() << "atrium-cli: cannot read " << arguments.at(1) << ": " << in.errorString()
                      << Qt::endl;
        return ready(Failure);
    }
    const QByteArray file = in.readAll();
    const QString passphrase = readPassphrase(context);
    return withSession(context, false, [&context, file, passphrase]() {
        return context.session()
            .encryption()
            ->importRoomKeys(file, passphrase)
            .then(&context, [&context](const sync::KeyImportResult &result) {
                if (!result.error.isEmpty()) {
                    context.err() << "atrium-cli: " << result.error << Qt::endl;
                    return int(Failure);
                }
                context.out() << "imported " << result.imported << " of " << result.total
                              << " room keys" << Qt::endl;
                return int(Ok);
            });
    });
}

} // namespace atrium::cli
