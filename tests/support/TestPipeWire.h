#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>
#include <vector>

namespace atrium::test {

// A PipeWire daemon of our own, with WirePlumber to link its streams, in a
// private runtime directory; and in it a stream like the one a compositor
// offers for a screencast: gst-launch's videotestsrc into pipewiresink.
// WirePlumber needs the D-Bus session bus (scripts/headless has one).
class TestPipeWire
{
public:
    TestPipeWire();
    ~TestPipeWire();

    // Starts everything and waits for the screen's node; false (and
    // `error` says why) when it cannot.
    bool start(QString *error);
    quint32 screenNode() const { return m_screenNode; }
    // A new connection to the daemon, as the portal's OpenPipeWireRemote
    // hands out: a socket fd, the caller's to close; -1 on failure.
    int connect() const;

private:
    bool startProcess(const QString &program, const QStringList &arguments, QString *error);
    quint32 findNode(const QString &name) const;
    // What the daemons said (for a failure's message).
    QString logs() const;

    QTemporaryDir m_runtimeDir;
    std::vector<std::unique_ptr<QProcess>> m_processes; // daemon, session manager, stream
    quint32 m_screenNode = 0;
};

} // namespace atrium::test
