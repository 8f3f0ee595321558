#include "CliContext.h"
#include "CommandSupport.h"
#include "Commands.h"
#include "PasswordPrompt.h"
#include "VerificationPrompt.h"
#include "sync/CrossSigningSetup.h"
#include "sync/EncryptionService.h"
#include "sync/KeyBackup.h"
#include "sync/Session.h"
#include "sync/VerificationService.h"

#include <QCommandLineParser>
#include <QFile>
#include <QPromise>
#include <QSaveFile>

namespace atrium::cli {

namespace {

QString trustName(crypto::CrossSigningTrust::Device trust)
{
    switch (trust) {
    case crypto::CrossSigningTrust::Device::CrossSigned:
        return QStringLiteral("cross-signed");
    case crypto::CrossSigningTrust::Device::LocallyVerified:
        return QStringLiteral("verified");
    case crypto::CrossSigningTrust::Device::Unverified:
        break;
    }
    return QStringLiteral("unverified");
}

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

QFuture<int> verify(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument("user", "The user whose device to verify.");
    parser.addPositionalArgument("device", "The device id.");
    parser.addOption({"accept", "Wait for another device's request and accept it."});
    parser.addOption({"yes", "Answer that the emoji match, without asking (for scripts)."});
    parser.addOption({"direct", "Start without a request, for clients that lack requests."});
    parser.addOption({"room", "Verify the user in this room (their device that accepts).", "room"});
    parser.addOption({"timeout", "Give up after this many seconds.", "s", "300"});
    const bool parsed = parser.parse(arguments);
    const bool accepting = parser.isSet("accept");
    const QString room = parser.value("room");
    const QStringList positional = parser.positionalArguments();
    const qsizetype wanted = accepting ? 0 : (room.isEmpty() ? 2 : 1);
    if (!parsed || positional.size() != wanted || (accepting && !room.isEmpty()) ||
        parser.value("timeout").toInt() <= 0) {
        context.err() << "usage: atrium-cli verify USER DEVICE [--direct] [--yes] [--timeout S]\n"
                         "       atrium-cli verify USER --room ROOM [--yes] [--timeout S]\n"
                         "       atrium-cli verify --accept [--yes] [--timeout S]"
                      << Qt::endl;
        return ready(Usage);
    }
    const bool assumeYes = parser.isSet("yes");
    const bool direct = parser.isSet("direct");
    const int timeoutMs = parser.value("timeout").toInt() * 1000;
    if (!room.isEmpty()) {
        const QString userId = positional.at(0);
        return onRoom(
            context, room, true, [&context, userId, assumeYes, timeoutMs](const QString &roomId) {
                auto *service = context.session().encryption()->verification();
                auto *prompt = new VerificationPrompt(context, service, assumeYes, timeoutMs);
                context.out() << "verifying " << userId << " in " << roomId << Qt::endl;
                prompt->follow(service->verifyInRoom(roomId, userId));
                return prompt->result();
            });
    }
    return withSession(
        context, true, [&context, accepting, positional, assumeYes, direct, timeoutMs]() {
            auto *service = context.session().encryption()->verification();
            auto *prompt = new VerificationPrompt(context, service, assumeYes, timeoutMs);
            if (accepting) {
                prompt->acceptNextRequest();
            } else {
                context.out() << "verifying " << positional.at(0) << " " << positional.at(1)
                              << Qt::endl;
                prompt->follow(service->verify(positional.at(0), positional.at(1),
                                               direct ? sync::VerificationService::Flow::Direct
                                                      : sync::VerificationService::Flow::Request));
            }
            return prompt->result();
        });
}

QFuture<int> crossSigning(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({"reset", "Replace the published keys with new ones."});
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty()) {
        context.err() << "usage: atrium-cli cross-signing [--reset]" << Qt::endl;
        return ready(Usage);
    }
    const auto mode = parser.isSet("reset") ? sync::CrossSigningSetup::Mode::Reset
                                            : sync::CrossSigningSetup::Mode::KeepPublished;
    return withSession(context, false, [&context, mode]() {
        auto *setup = context.session().encryption()->crossSigning();
        auto promise = std::make_shared<QPromise<int>>();
        promise->start();
        auto settle = [promise](int code) {
            promise->addResult(code);
            promise->finish();
        };
        QObject::connect(setup, &sync::CrossSigningSetup::finished, &context,
                         [&context, settle](const QString &masterKey) {
                             context.out()
                                 << "cross-signing set up; master key " << masterKey << Qt::endl;
                             settle(Ok);
                         });
        QObject::connect(setup, &sync::CrossSigningSetup::failed, &context,
                         [&context, settle](const QString &error) {
                             context.err() << "atrium-cli: " << error << Qt::endl;
                             settle(Failure);
                         });
        // One password, asked only when the server wants it; a refused one ends the command.
        QObject::connect(
            setup, &sync::CrossSigningSetup::passwordRequired, &context,
            [&context, setup, settle](const QString &error) {
                const QString password = error.isEmpty() ? readPassword(context.err()) : QString();
                if (password.isEmpty()) {
                    context.err() << "atrium-cli: "
                                  << (error.isEmpty() ? QStringLiteral("no password given") : error)
                                  << Qt::endl;
                    return settle(Failure);
                }
                setup->submitPassword(password);
            });
        setup->start(mode);
        return promise->future();
    });
}

QFuture<int> devices(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() > 2) {
        context.err() << "usage: atrium-cli devices [USER]" << Qt::endl;
        return ready(Usage);
    }
    const QString wanted = arguments.value(1);
    return withSession(context, false, [&context, wanted]() {
        auto *encryption = context.session().encryption();
        const QString userId = wanted.isEmpty() ? context.session().userId() : wanted;
        return encryption->fetchDevices({userId})
            .then(&context,
                  [encryption, userId](bool) { return encryption->devicesWithTrust(userId); })
            .unwrap()
            .then(&context, [&context, userId](const QList<sync::TrustedDevice> &devices) {
                if (devices.isEmpty()) {
                    context.err() << "atrium-cli: no devices known for " << userId << Qt::endl;
                    return int(Failure);
                }
                for (const auto &device : devices)
                    context.out() << device.keys.deviceId << '\t' << trustName(device.trust) << '\t'
                                  << device.keys.displayName << Qt::endl;
                return int(Ok);
            });
    });
}

QFuture<int> backup(CliContext &context, const QStringList &arguments)
{
    const QString action = arguments.value(1);
    if (arguments.size() != 2 || (action != "create" && action != "restore")) {
        context.err() << "usage: atrium-cli backup create | backup restore" << Qt::endl;
        return ready(Usage);
    }
    QString recoveryKey;
    if (action == "restore") {
        recoveryKey =
            readSecret(context.err(), "ATRIUM_RECOVERY_KEY", QStringLiteral("Recovery key"));
        if (recoveryKey.isEmpty()) {
            context.err() << "atrium-cli: no recovery key given (set ATRIUM_RECOVERY_KEY or type "
                             "it)"
                          << Qt::endl;
            return ready(Usage);
        }
    }
    // Restoring syncs first, so that the keys meet the history they unlock.
    return withSession(context, action == "restore", [&context, action, recoveryKey]() {
        auto *backup = context.session().encryption()->keyBackup();
        auto future = action == "create" ? backup->create() : backup->restore(recoveryKey);
        return future.then(&context, [&context, action](const sync::KeyBackupResult &result) {
            if (!result.error.isEmpty()) {
                context.err() << "atrium-cli: " << result.error << Qt::endl;
                return int(Failure);
            }
            if (action == "create")
                context.out() << "backup version " << result.version << " created with "
                              << result.keys << " room keys\nrecovery key: " << result.recoveryKey
                              << Qt::endl;
            else
                context.out() << "restored " << result.keys << " of " << result.total
                              << " room keys from backup version " << result.version << Qt::endl;
            return int(Ok);
        });
    });
}

} // namespace atrium::cli
