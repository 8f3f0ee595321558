#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusUnixFileDescriptor>
#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <functional>

namespace atrium::test {

// The ScreenCast interface of a desktop portal (xdg-desktop-portal), served
// under `service` on the session bus from a connection of its own, so that
// calls to it go through the bus daemon as to the real one. Methods take the
// argument types the spec gives (a call with other types finds no method),
// answer through Request objects named by the spec's rule, and act like a
// portal whose user picks the stream `node`, or cancels, or whose desktop
// refuses.
class FakeScreenCastPortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.ScreenCast")
    Q_PROPERTY(uint AvailableSourceTypes MEMBER sourceTypes)
    Q_PROPERTY(uint AvailableCursorModes MEMBER cursorModes)
    Q_PROPERTY(uint version MEMBER version)

public:
    enum class Choice
    {
        Pick,
        Cancel,
        Refuse
    };

    explicit FakeScreenCastPortal(const QString &service);
    ~FakeScreenCastPortal() override;
    bool isServing() const { return m_serving; }

    // How the user answers the picker (Start).
    Choice choice = Choice::Pick;
    uint sourceTypes = 3; // monitor | window
    uint cursorModes = 3; // hidden | embedded
    uint version = 4;
    quint32 node = 42;
    // The fd OpenPipeWireRemote hands out (sent as a copy); by default one
    // end of a socket pair.
    std::function<int()> pipeWireRemote;

    // What the client did: method names in order ("Session.Close" too), and
    // the options SelectSources got.
    QStringList calls;
    QVariantMap sourceOptions;
    // The window Start named as the picker's parent.
    QString parentWindow;
    QString sessionPath() const { return m_sessionPath; }
    bool sessionOpen() const { return !m_sessionPath.isEmpty(); }
    // The desktop ends the session (its "stop sharing" in the panel).
    void endSession();

public slots:
    QDBusObjectPath CreateSession(const QVariantMap &options, const QDBusMessage &message);
    QDBusObjectPath SelectSources(const QDBusObjectPath &session, const QVariantMap &options,
                                  const QDBusMessage &message);
    QDBusObjectPath Start(const QDBusObjectPath &session, const QString &parentWindow,
                          const QVariantMap &options, const QDBusMessage &message);
    QDBusUnixFileDescriptor OpenPipeWireRemote(const QDBusObjectPath &session,
                                               const QVariantMap &options);

private:
    friend class FakePortalSession;
    // The request object the spec names for this call; its Response is
    // sent once the method has returned.
    QDBusObjectPath respond(const QDBusMessage &message, const QVariantMap &options, uint code,
                            const QVariantMap &results);
    void sessionClosedByClient();

    QDBusConnection m_bus;
    QString m_service;
    bool m_serving = false;
    QString m_sessionPath;
    QObject *m_session = nullptr;
};

} // namespace atrium::test
