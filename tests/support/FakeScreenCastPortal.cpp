#include "FakeScreenCastPortal.h"

#include <QDBusArgument>
#include <QDBusMetaType>
#include <QTimer>
#include <sys/socket.h>
#include <unistd.h>

namespace atrium::test {

namespace {

const QString DesktopPath = QStringLiteral("/org/freedesktop/portal/desktop");

// One entry of Start's "streams": (node id, properties).
struct PortalStream
{
    quint32 node = 0;
    QVariantMap properties;
};

QDBusArgument &operator<<(QDBusArgument &argument, const PortalStream &stream)
{
    argument.beginStructure();
    argument << stream.node << stream.properties;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, PortalStream &stream)
{
    argument.beginStructure();
    argument >> stream.node >> stream.properties;
    argument.endStructure();
    return argument;
}

} // namespace

} // namespace atrium::test

Q_DECLARE_METATYPE(atrium::test::PortalStream)

namespace atrium::test {

// The session object a portal makes: Close, and the Closed signal.
class FakePortalSession : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Session")
public:
    explicit FakePortalSession(FakeScreenCastPortal *portal) : QObject(portal), m_portal(portal) {}

public slots:
    void Close() { m_portal->sessionClosedByClient(); }

private:
    FakeScreenCastPortal *m_portal;
};

FakeScreenCastPortal::FakeScreenCastPortal(const QString &service)
    : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                          QStringLiteral("fake-portal-") + service)),
      m_service(service)
{
    qDBusRegisterMetaType<PortalStream>();
    qDBusRegisterMetaType<QList<PortalStream>>();
    m_serving = m_bus.isConnected() && m_bus.registerService(service) &&
                m_bus.registerObject(DesktopPath, this,
                                     QDBusConnection::ExportAllSlots |
                                         QDBusConnection::ExportAllProperties);
}

FakeScreenCastPortal::~FakeScreenCastPortal()
{
    m_bus.unregisterObject(DesktopPath);
    if (!m_sessionPath.isEmpty())
        m_bus.unregisterObject(m_sessionPath);
    m_bus.unregisterService(m_service);
    QDBusConnection::disconnectFromBus(m_bus.name());
}

QDBusObjectPath FakeScreenCastPortal::respond(const QDBusMessage &message,
                                              const QVariantMap &options, uint code,
                                              const QVariantMap &results)
{
    QString sender = message.service().mid(1);
    sender.replace(QLatin1Char('.'), QLatin1Char('_'));
    const QString path =
        QStringLiteral("%1/request/%2/%3")
            .arg(DesktopPath, sender, options.value(QStringLiteral("handle_token")).toString());
    // After the method's reply, as a portal answers once the user acted.
    QTimer::singleShot(0, this, [this, path, code, results]() {
        QDBusMessage response = QDBusMessage::createSignal(
            path, QStringLiteral("org.freedesktop.portal.Request"), QStringLiteral("Response"));
        response << code << results;
        m_bus.send(response);
    });
    return QDBusObjectPath(path);
}

QDBusObjectPath FakeScreenCastPortal::CreateSession(const QVariantMap &options,
                                                    const QDBusMessage &message)
{
    calls << QStringLiteral("CreateSession");
    QString sender = message.service().mid(1);
    sender.replace(QLatin1Char('.'), QLatin1Char('_'));
    m_sessionPath = QStringLiteral("%1/session/%2/%3")
                        .arg(DesktopPath, sender,
                             options.value(QStringLiteral("session_handle_token")).toString());
    m_session = new FakePortalSession(this);
    m_bus.registerObject(m_sessionPath, m_session, QDBusConnection::ExportAllSlots);
    // A string, as the spec has it (not an object path).
    return respond(message, options, 0, {{QStringLiteral("session_handle"), m_sessionPath}});
}

QDBusObjectPath FakeScreenCastPortal::SelectSources(const QDBusObjectPath &session,
                                                    const QVariantMap &options,
                                                    const QDBusMessage &message)
{
    calls << QStringLiteral("SelectSources");
    sourceOptions = options;
    const bool known = session.path() == m_sessionPath;
    return respond(message, options, known ? 0 : 2, {});
}

QDBusObjectPath FakeScreenCastPortal::Start(const QDBusObjectPath &session,
                                            const QString &parentWindow, const QVariantMap &options,
                                            const QDBusMessage &message)
{
    calls << QStringLiteral("Start");
    this->parentWindow = parentWindow;
    if (session.path() != m_sessionPath || choice == Choice::Refuse)
        return respond(message, options, 2, {});
    if (choice == Choice::Cancel)
        return respond(message, options, 1, {});
    const QList<PortalStream> streams{
        {node,
         {{QStringLiteral("source_type"), 1u},
          {QStringLiteral("size"), QVariant::fromValue(QList<int>{640, 360})}}}};
    QVariantMap results{{QStringLiteral("streams"), QVariant::fromValue(streams)}};
    if (sourceOptions.value(QStringLiteral("persist_mode")).toUInt() != 0)
        results.insert(QStringLiteral("restore_token"),
                       QStringLiteral("token-%1").arg(calls.count(QStringLiteral("Start"))));
    return respond(message, options, 0, results);
}

QDBusUnixFileDescriptor FakeScreenCastPortal::OpenPipeWireRemote(const QDBusObjectPath &session,
                                                                 const QVariantMap &)
{
    calls << QStringLiteral("OpenPipeWireRemote");
    if (session.path() != m_sessionPath)
        return {};
    int fd = -1;
    if (pipeWireRemote) {
        fd = pipeWireRemote();
    } else {
        int pair[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) == 0) {
            ::close(pair[1]);
            fd = pair[0];
        }
    }
    QDBusUnixFileDescriptor remote(fd); // a copy
    if (fd >= 0)
        ::close(fd);
    return remote;
}

void FakeScreenCastPortal::sessionClosedByClient()
{
    calls << QStringLiteral("Session.Close");
    m_bus.unregisterObject(m_sessionPath);
    m_sessionPath.clear();
}

void FakeScreenCastPortal::endSession()
{
    if (m_sessionPath.isEmpty())
        return;
    m_bus.send(QDBusMessage::createSignal(m_sessionPath,
                                          QStringLiteral("org.freedesktop.portal.Session"),
                                          QStringLiteral("Closed"))
               << QVariantMap());
    m_bus.unregisterObject(m_sessionPath);
    m_sessionPath.clear();
}

} // namespace atrium::test

#include "FakeScreenCastPortal.moc"
