// Measures the core on a big account (see bench/run-sync-bench):
//   initial  cold initial sync into an empty store
//   start    cold start from that store to "room list ready", then idle RSS
// Prints figures; never fails on them.
#include "store/FileSecretStore.h"
#include "store/StoreThread.h"
#include "sync/Session.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

using namespace atrium;

namespace {

QElapsedTimer g_sinceMain;

// VmRSS / VmHWM from /proc/self/status, in MiB.
double memoryMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// User + system CPU time of this process, in milliseconds.
double cpuMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = stat.readAll().split(' ');
    const double ticks = fields.value(13).toDouble() + fields.value(14).toDouble();
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

qint64 storeBytes(const QString &dataDir)
{
    qint64 total = 0;
    for (const QFileInfo &file : QDir(dataDir).entryInfoList({"store.sqlite*"}, QDir::Files))
        total += file.size();
    return total;
}

void print(const QString &name, double value, const QString &unit)
{
    QTextStream(stdout)
        << QStringLiteral("%1: %2 %3\n").arg(name, -42).arg(value, 0, 'f', 1).arg(unit);
}

int countEvents(sync::Session &session)
{
    return session.store()
        ->run([](store::Database &db) {
            QSqlQuery &query = db.prepare(QStringLiteral("SELECT COUNT(*) FROM events"));
            return db.exec(query) && query.next() ? query.value(0).toInt() : 0;
        })
        .result();
}

void initialSync(sync::Session &session, const QString &url)
{
    QObject::connect(&session, &sync::Session::failed, [](const QString &message) {
        qCritical("sign-in failed: %s", qPrintable(message));
        QCoreApplication::exit(1);
    });
    QObject::connect(&session, &sync::Session::ready, [&session]() {
        QObject::connect(session.syncEngine(), &sync::SyncEngine::synced, [&session]() {
            const auto timing = session.syncEngine()->lastBatchTiming();
            const int events = countEvents(session);
            print("initial sync: waiting for the server", timing.networkMs, "ms");
            print("initial sync: client work (parse + store)", timing.processingMs, "ms");
            print("initial sync: client work, CPU time", timing.processingCpuMs, "ms");
            print("initial sync: response size", timing.bytes / 1048576.0, "MiB");
            print("initial sync: events stored", events, "");
            print("initial sync: events/s (client work)",
                  timing.processingMs > 0 ? events * 1000.0 / timing.processingMs : 0, "");
            print("initial sync: peak RSS", memoryMiB("VmHWM:"), "MiB");
            print("initial sync: store size", storeBytes(session.dataDir()) / 1048576.0, "MiB");
            QCoreApplication::exit(0);
        });
    });
    session.login(url, QStringLiteral("bench"), QStringLiteral("bench"));
}

void coldStart(sync::Session &session)
{
    QObject::connect(&session, &sync::Session::failed, [](const QString &message) {
        qCritical("restore failed: %s", qPrintable(message));
        QCoreApplication::exit(1);
    });
    QObject::connect(&session, &sync::Session::ready, [&session]() {
        session.loadRooms().then(&session, [&session](const QList<store::RoomSummary> &rooms) {
            print("cold start: main() to room list ready", g_sinceMain.elapsed(), "ms");
            print("cold start: rooms in the list", rooms.size(), "");
            // Let the first incremental sync settle, then sit idle and measure.
            QTimer::singleShot(3'000, &session, [&session]() {
                const double cpuBefore = cpuMs();
                QTimer::singleShot(5'000, &session, [cpuBefore]() {
                    print("idle: RSS", memoryMiB("VmRSS:"), "MiB");
                    print("idle: CPU time over 5 s", cpuMs() - cpuBefore, "ms");
                    QCoreApplication::exit(0);
                });
            });
        });
    });
    session.restore();
}

} // namespace

int main(int argc, char *argv[])
{
    g_sinceMain.start();
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3 || (args.at(1) == "initial" && args.size() < 4)) {
        QTextStream(stderr) << "usage: atrium-bench-sync initial DATA_DIR URL | start DATA_DIR\n";
        return 2;
    }
    const QString dataDir = args.at(2);
    store::FileSecretStore secrets(QDir(dataDir).filePath("secrets.json"));
    sync::Session session(dataDir, &secrets, true);
    if (args.at(1) == QLatin1String("initial"))
        initialSync(session, args.at(3));
    else
        coldStart(session);
    return app.exec();
}
