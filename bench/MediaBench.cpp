// Streams a large generated file up and down through the media layer, plain
// and encrypted, and prints the time and the memory growth of each (see
// bench/run-media-bench). Prints figures; fails only if a transfer fails or
// the bytes that come back differ.
//   atrium-bench-media HOMESERVER_URL SIZE_MIB WORK_DIR
#include "media/MediaClient.h"
#include "media/MediaDownload.h"
#include "media/MediaUpload.h"
#include "store/FileSecretStore.h"
#include "sync/Session.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>

using namespace atrium;

namespace {

constexpr qint64 MiB = 1024 * 1024;

double rssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Samples RSS while a phase runs; reports the peak above where it started.
class RssWatch
{
public:
    RssWatch() : m_start(rssMiB()), m_peak(m_start)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this]() { m_peak = qMax(m_peak, rssMiB()); });
        m_timer.start(50);
    }
    double growth()
    {
        m_peak = qMax(m_peak, rssMiB());
        return m_peak - m_start;
    }

private:
    QTimer m_timer;
    double m_start;
    double m_peak;
};

QByteArray writeTestFile(const QString &path, qint64 sizeMiB)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(MiB, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()), int(MiB / 4));
    for (qint64 i = 0; i < sizeMiB; ++i) {
        // Every MiB differs, so a mix-up of blocks would show in the hash.
        memcpy(block.data(), &i, sizeof i);
        file.write(block);
        hash.addData(block);
    }
    return hash.result();
}

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? hash.result() : QByteArray();
}

bool waitFor(media::MediaTransfer *transfer)
{
    while (!transfer->isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    if (transfer->state() != media::MediaTransfer::State::Succeeded)
        QTextStream(stderr) << "transfer failed: " << transfer->errorString() << Qt::endl;
    return transfer->state() == media::MediaTransfer::State::Succeeded;
}

void print(const QString &what, qint64 sizeMiB, qint64 ms, double growthMiB)
{
    QTextStream(stdout) << QStringLiteral("%1: %2 s (%3 MiB/s), peak RSS growth %4 MiB\n")
                               .arg(what, -28)
                               .arg(ms / 1000.0, 0, 'f', 1)
                               .arg(ms > 0 ? sizeMiB * 1000.0 / ms : 0.0, 0, 'f', 0)
                               .arg(growthMiB, 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: atrium-bench-media HOMESERVER_URL SIZE_MIB WORK_DIR\n";
        return 2;
    }
    const QUrl server(args.at(1));
    const qint64 sizeMiB = args.at(2).toLongLong();
    const QDir work(args.at(3));

    store::FileSecretStore secrets(work.filePath("secrets.json"));
    sync::Session session(work.filePath("data"), &secrets, true);
    session.setSyncOnStart(false);
    session.registerAccount(server.toString(), "bench-media", "bench-media-pw");
    while (session.state() != sync::Session::State::Ready &&
           session.state() != sync::Session::State::Failed)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    if (session.state() != sync::Session::State::Ready) {
        QTextStream(stderr) << "cannot sign in: " << session.lastError() << Qt::endl;
        return 1;
    }

    const QString source = work.filePath("source.bin");
    const QByteArray expected = writeTestFile(source, sizeMiB);
    QTextStream(stdout) << "file: " << sizeMiB << " MiB, RSS before transfers "
                        << QString::number(rssMiB(), 'f', 1) << " MiB" << Qt::endl;
    auto *media = session.media();
    double worst = 0;
    int failures = 0;

    auto measure = [&](const QString &what, auto start, auto check) {
        QElapsedTimer timer;
        timer.start();
        RssWatch rss;
        std::unique_ptr<media::MediaTransfer> transfer(start());
        const bool ok = waitFor(transfer.get()) && check(transfer.get());
        const qint64 ms = timer.elapsed();
        const double growth = rss.growth();
        worst = qMax(worst, growth);
        print(what, sizeMiB, ms, growth);
        if (!ok) {
            ++failures;
            QTextStream(stderr) << what << ": FAILED" << Qt::endl;
        }
        return transfer;
    };

    QString uri;
    measure(
        "upload", [&]() { return media->upload(source, "application/octet-stream", "big.bin"); },
        [&](media::MediaTransfer *t) {
            uri = static_cast<media::MediaUpload *>(t)->contentUri();
            return !uri.isEmpty();
        });
    measure(
        "download", [&]() { return media->download(uri, work.filePath("plain.out")); },
        [&](media::MediaTransfer *t) {
            const QString path = static_cast<media::MediaDownload *>(t)->filePath();
            const bool same = hashOf(path) == expected;
            QFile::remove(path);
            return same;
        });
    std::optional<crypto::EncryptedFile> file;
    measure(
        "encrypt + upload", [&]() { return media->uploadEncrypted(source); },
        [&](media::MediaTransfer *t) {
            file = static_cast<media::MediaUpload *>(t)->encryptedFile();
            return file.has_value();
        });
    if (file) {
        measure(
            "download + verify + decrypt",
            [&]() { return media->downloadEncrypted(*file, work.filePath("decrypted.out")); },
            [&](media::MediaTransfer *t) {
                const QString path = static_cast<media::MediaDownload *>(t)->filePath();
                const bool same = hashOf(path) == expected;
                QFile::remove(path);
                return same;
            });
    }
    QFile::remove(source);
    QTextStream(stdout) << "largest peak RSS growth: " << QString::number(worst, 'f', 1)
                        << " MiB (target < 50 MiB)" << Qt::endl;
    return failures == 0 ? 0 : 1;
}
