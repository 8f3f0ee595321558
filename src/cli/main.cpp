#include "CliContext.h"
#include "Commands.h"
#include "sync/AccountRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextStream>
#include <QTimer>
#include <memory>

using namespace atrium::cli;

namespace {

const QHash<QString, Command> &commands()
{
    static const QHash<QString, Command> all = {
        {"login", login},
        {"logout", logout},
        {"whoami", whoami},
        {"rooms", rooms},
        {"create-room", createRoom},
        {"join", join},
        {"leave", leave},
        {"invite", invite},
        {"send", send},
        {"send-file", sendFile},
        {"tail", tail},
        {"download", download},
        {"export-keys", exportKeys},
        {"import-keys", importKeys},
        {"verify", verify},
        {"cross-signing", crossSigning},
        {"devices", devices},
        {"backup", backup},
        {"secret-storage", secretStorage},
        {"call", call},
        {"answer", answer},
    };
    return all;
}

constexpr auto UsageText = R"(usage: atrium-cli [--data-dir DIR] [--no-keychain] COMMAND ...

commands:
  login --homeserver URL_OR_SERVER_NAME --user USER [--register]
                         password from ATRIUM_PASSWORD, else prompted / read from stdin
  logout | whoami | rooms [--json]
  create-room --name NAME [--topic T] [--encrypted] [--public] [--direct] [--invite USER]...
  join ROOM | leave ROOM | invite ROOM USER
  send ROOM TEXT         markdown; prints the event id
  send-file ROOM PATH [--caption TEXT]
                         uploads the file and sends it; prints the event id
  tail ROOM [--count N] [--follow] [--json]
  download EVENT_ID_OR_MXC_URI [--out PATH] [--overwrite]
  download ROOM EVENT_ID [--out PATH] [--overwrite]
                         saves the file (in the current folder by default); prints its path
  export-keys FILE       room keys, encrypted with a passphrase (Element's format)
  import-keys FILE       passphrase from ATRIUM_PASSPHRASE, else prompted / stdin
  verify USER DEVICE [--direct] [--yes] [--timeout S]
                         interactive SAS verification of another device (emoji)
  verify USER --room ROOM [--yes] [--timeout S]
                         the same in a room shared with USER, as Element verifies people:
                         whichever of their devices accepts
  verify --accept [--yes] [--timeout S]
                         wait for a verification request (to this device, or to us in
                         a room), accept it
  cross-signing [--reset] sets up cross-signing from this device and signs it with it;
                         the password (ATRIUM_PASSWORD, else prompted) only if the server
                         asks; --reset replaces keys another session published
  devices [USER]         the user's devices (yours by default), each cross-signed,
                         verified (by SAS here) or unverified
  backup create          a new server-side key backup of every room key; prints the
                         recovery key to keep
  backup restore         the room keys of the current backup, with the recovery key from
                         ATRIUM_RECOVERY_KEY, else prompted / stdin
  secret-storage status  whether the account keeps its keys in secret storage, and which
  secret-storage setup [--passphrase] [--replace]
                         a new recovery key (and passphrase, from ATRIUM_PASSPHRASE, else
                         prompted) keeping the cross-signing keys and the key backup's key
                         this device holds (making a key backup if there is none); prints
                         the recovery key; --replace replaces existing secret storage
  secret-storage unlock  restores those keys on this device with the recovery key
                         (ATRIUM_RECOVERY_KEY) or passphrase (ATRIUM_PASSPHRASE), else
                         prompted / stdin: it becomes cross-signed and reads the backup
  call ROOM [--video] [--duration S] [--mute-after S]
                         calls the room (test tone and pattern), hangs up after S seconds
                         (default 10); prints the frames decoded from the other side
                         and when it mutes; --mute-after mutes us S seconds in
  answer ROOM [--timeout S] [--mute-after S]
                         waits for a call in the room (default 60 s) and answers it
)";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("atrium-cli"));

    QStringList arguments = app.arguments().mid(1);
    QString dataDir = atrium::sync::AccountRecord::defaultDataDir();
    bool noKeychain = false;
    while (!arguments.isEmpty() && arguments.first().startsWith(QLatin1String("--"))) {
        const QString option = arguments.takeFirst();
        if (option == QLatin1String("--data-dir") && !arguments.isEmpty()) {
            dataDir = arguments.takeFirst();
        } else if (option == QLatin1String("--no-keychain")) {
            noKeychain = true;
        } else {
            QTextStream(stderr) << (option == QLatin1String("--help")
                                        ? ""
                                        : "unknown option " + option + "\n")
                                << UsageText;
            return option == QLatin1String("--help") ? 0 : int(ExitCode::Usage);
        }
    }
    if (arguments.isEmpty() || !commands().contains(arguments.first())) {
        QTextStream(stderr) << UsageText;
        return int(ExitCode::Usage);
    }

    auto context = std::make_unique<CliContext>(dataDir, noKeychain);
    int exitCode = 0;
    // Started from inside the event loop: a command that completes at once
    // (no saved session, say) must still find a loop to exit from.
    QTimer::singleShot(0, &app, [&]() {
        commands().value(arguments.first())(*context, arguments).then(&app, [&exitCode](int code) {
            exitCode = code;
            QCoreApplication::exit(code);
        });
    });
    app.exec();
    context.reset();
    return exitCode;
}
