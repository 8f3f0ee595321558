#include "TestPipeWire.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace atrium::test {

namespace {

const QString ScreenNodeName = QStringLiteral("atrium-test-screen");

bool waitFor(const std::function<bool()> &ready, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!ready()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(100);
    }
    return true;
}

void stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(3000)) {
        process.kill();
        process.waitForFinished(2000);
    }
}

} // namespace

TestPipeWire::TestPipeWire() = default;

TestPipeWire::~TestPipeWire()
{
    // The stream first, the daemon last.
    for (auto it = m_processes.rbegin(); it != m_processes.rend(); ++it)
        stop(**it);
}

QString TestPipeWire::logs() const
{
    QString text;
    for (const QFileInfo &log :
         QDir(m_runtimeDir.path()).entryInfoList({QStringLiteral("*.log")})) {
        QFile file(log.filePath());
        if (file.open(QIODevice::ReadOnly))
            text += QStringLiteral("\n%1:\n%2")
                        .arg(log.fileName(), QString::fromLocal8Bit(file.readAll().right(2000)));
    }
    return text;
}

bool TestPipeWire::startProcess(const QString &program, const QStringList &arguments,
                                QString *error)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Everything of theirs in our directory: socket, WirePlumber's state.
    for (const char *variable :
         {"XDG_RUNTIME_DIR", "PIPEWIRE_RUNTIME_DIR", "XDG_STATE_HOME", "XDG_CONFIG_HOME"})
        environment.insert(QString::fromLatin1(variable), m_runtimeDir.path());
    process->setProcessEnvironment(environment);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardOutputFile(
        m_runtimeDir.filePath(QFileInfo(program).fileName() + QStringLiteral(".log")));
    process->start(program, arguments);
    if (!process->waitForStarted(5000)) {
        *error = QStringLiteral("%1 did not start (scripts/install-deps installs it): %2")
                     .arg(program, process->errorString());
        return false;
    }
    m_processes.push_back(std::move(process));
    return true;
}

bool TestPipeWire::start(QString *error)
{
    if (!m_runtimeDir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    const QString socket = m_runtimeDir.filePath(QStringLiteral("pipewire-0"));
    if (!startProcess(QStringLiteral("pipewire"), {}, error))
        return false;
    if (!waitFor([&]() { return QFileInfo::exists(socket); }, 10'000)) {
        *error = QStringLiteral("pipewire made no socket") + logs();
        return false;
    }
    if (!startProcess(QStringLiteral("wireplumber"), {}, error))
        return false;
    // BGRx, as compositors offer screens; "provide": a source others link to.
    const QStringList producer{
        QStringLiteral("-q"),
        QStringLiteral("videotestsrc"),
        QStringLiteral("is-live=true"),
        QStringLiteral("pattern=ball"),
        QStringLiteral("!"),
        QStringLiteral("video/x-raw,format=BGRx,width=640,height=360,framerate=10/1"),
        QStringLiteral("!"),
        QStringLiteral("pipewiresink"),
        QStringLiteral("mode=provide"),
        QStringLiteral("stream-properties=props,media.class=Video/Source,node.name=%1")
            .arg(ScreenNodeName)};
    if (!startProcess(QStringLiteral("gst-launch-1.0"), producer, error))
        return false;
    if (!waitFor([&]() { return (m_screenNode = findNode(ScreenNodeName)) != 0; }, 15'000)) {
        *error = QStringLiteral("the screen's stream did not appear in pipewire") + logs();
        return false;
    }
    return true;
}

quint32 TestPipeWire::findNode(const QString &name) const
{
    QProcess dump;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PIPEWIRE_RUNTIME_DIR"), m_runtimeDir.path());
    dump.setProcessEnvironment(environment);
    dump.start(QStringLiteral("pw-dump"), {});
    if (!dump.waitForFinished(5000))
        return 0;
    const QJsonArray objects = QJsonDocument::fromJson(dump.readAllStandardOutput()).array();
    for (const QJsonValue &object : objects) {
        const QJsonObject properties =
            object[QLatin1String("info")][QLatin1String("props")].toObject();
        if (object[QLatin1String("type")].toString() == QLatin1String("PipeWire:Interface:Node") &&
            properties[QLatin1String("node.name")].toString() == name)
            return quint32(object[QLatin1String("id")].toInt());
    }
    return 0;
}

int TestPipeWire::connect() const
{
    const QByteArray path = m_runtimeDir.filePath(QStringLiteral("pipewire-0")).toLocal8Bit();
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (size_t(path.size()) >= sizeof(address.sun_path))
        return -1;
    memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace atrium::test
