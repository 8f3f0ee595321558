#include "ScreenCastPortal.h"

#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QWindow>
#include <optional>

namespace atrium::models {

namespace {

Q_LOGGING_CATEGORY(lcPortal, "atrium.calls.portal")

const QString DesktopPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString ScreenCastInterface = QStringLiteral("org.freedesktop.portal.ScreenCast");
const QString RequestInterface = QStringLiteral("org.freedesktop.portal.Request");
const QString SessionInterface = QStringLiteral("org.freedesktop.portal.Session");

// The spec's values: source types and cursor modes (bit masks), persist modes.
constexpr uint MonitorSource = 1;
constexpr uint WindowSource = 2;
constexpr uint EmbeddedCursor = 2;
constexpr uint PersistWhileRunning = 1;
// Request.Response codes other than success (0).
constexpr uint CancelledByUser = 1;

// A handle sent as a string (as the spec has the session handle) or as an object path.
QString objectPathOf(const QVariant &value)
{
    if (value.canConvert<QDBusObjectPath>())
        return value.value<QDBusObjectPath>().path();
    return value.toString();
}

// The PipeWire node of the first stream in Start's results: a(ua{sv}).
std::optional<quint32> firstStreamNode(const QVariant &streams)
{
    if (!streams.canConvert<QDBusArgument>())
        return std::nullopt;
    const QDBusArgument argument = streams.value<QDBusArgument>();
    if (argument.currentSignature() != QLatin1String("a(ua{sv})"))
        return std::nullopt;
    std::optional<quint32> first;
    argument.beginArray();
    while (!argument.atEnd()) {
        quint32 node = 0;
        QVariantMap properties;
        argument.beginStructure();
        argument >> node >> properties;
        argument.endStructure();
        if (!first)
            first = node;
    }
    argument.endArray();
    return first;
}

} // namespace

const QString ScreenCastPortal::DesktopService = QStringLiteral("org.freedesktop.portal.Desktop");

ScreenCastPortal::ScreenCastPortal(QDBusConnection bus, const QString &service, QObject *parent)
    : QObject(parent), m_bus(std::move(bus)), m_service(service)
{}

ScreenCastPortal::~ScreenCastPortal()
{
    close();
}

bool ScreenCastPortal::isAvailable(const QDBusConnection &bus, const QString &service)
{
    QDBusConnectionInterface *daemon = bus.isConnected() ? bus.interface() : nullptr;
    if (!daemon)
        return false;
    // Portals start on demand: activatable counts.
    return daemon->isServiceRegistered(service).value() ||
           daemon->activatableServiceNames().value().contains(service);
}

QString ScreenCastPortal::parentWindowOf(const QWindow *window)
{
    if (!window || QGuiApplication::platformName() != QLatin1String("xcb"))
        return {};
    return QStringLiteral("x11:%1").arg(window->winId(), 0, 16);
}

void ScreenCastPortal::start(const QString &parentWindow)
{
    if (isChoosing())
        return;
    close();
    m_parentWindow = parentWindow;
    m_opening = true;
    // What this desktop can share, before asking for it: asking for more fails.
    QDBusMessage getAll = QDBusMessage::createMethodCall(
        m_service, DesktopPath, QStringLiteral("org.freedesktop.DBus.Properties"),
        QStringLiteral("GetAll"));
    getAll << ScreenCastInterface;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(getAll), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<QVariantMap> reply = *finished;
                if (!m_opening)
                    return; // closed meanwhile
                m_opening = false;
                if (reply.isError()) {
                    fail(tr("The desktop portal cannot share screens here (%1).")
                             .arg(reply.error().message()));
                    return;
                }
                createSession(reply.value());
            });
}

void ScreenCastPortal::createSession(const QVariantMap &properties)
{
    m_sourceTypes = properties.value(QStringLiteral("AvailableSourceTypes")).toUInt();
    m_cursorModes = properties.value(QStringLiteral("AvailableCursorModes")).toUInt();
    m_version = properties.value(QStringLiteral("version")).toUInt();
    if (!(m_sourceTypes & (MonitorSource | WindowSource))) {
        fail(tr("The desktop portal offers no screens or windows to share."));
        return;
    }
    request(QStringLiteral("CreateSession"), {},
            {{QStringLiteral("session_handle_token"), newToken()}},
            &ScreenCastPortal::selectSources);
}

void ScreenCastPortal::selectSources(const QVariantMap &results)
{
    m_sessionPath = objectPathOf(results.value(QStringLiteral("session_handle")));
    if (m_sessionPath.isEmpty()) {
        fail(tr("The desktop portal opened no session."));
        return;
    }
    m_bus.connect(m_service, m_sessionPath, SessionInterface, QStringLiteral("Closed"), this,
                  SLOT(onSessionClosed(QVariantMap)));
    // One screen or one window, as the user picks it in the portal's dialog.
    QVariantMap options{{QStringLiteral("types"), m_sourceTypes & (MonitorSource | WindowSource)},
                        {QStringLiteral("multiple"), false}};
    if (m_cursorModes & EmbeddedCursor)
        options.insert(QStringLiteral("cursor_mode"), EmbeddedCursor);
    if (m_version >= 4) {
        // Remembered while Atrium runs, not for good.
        options.insert(QStringLiteral("persist_mode"), PersistWhileRunning);
        if (!m_restoreToken.isEmpty())
            options.insert(QStringLiteral("restore_token"), std::exchange(m_restoreToken, {}));
    }
    request(QStringLiteral("SelectSources"), {QVariant::fromValue(QDBusObjectPath(m_sessionPath))},
            options, &ScreenCastPortal::startStream);
}

void ScreenCastPortal::startStream(const QVariantMap &)
{
    request(QStringLiteral("Start"),
            {QVariant::fromValue(QDBusObjectPath(m_sessionPath)), m_parentWindow}, {},
            &ScreenCastPortal::openPipeWire);
}

void ScreenCastPortal::openPipeWire(const QVariantMap &results)
{
    m_restoreToken = results.value(QStringLiteral("restore_token")).toString();
    const std::optional<quint32> node = firstStreamNode(results.value(QStringLiteral("streams")));
    if (!node) {
        fail(tr("The desktop portal started no stream."));
        return;
    }
    m_opening = true;
    QDBusMessage open = QDBusMessage::createMethodCall(m_service, DesktopPath, ScreenCastInterface,
                                                       QStringLiteral("OpenPipeWireRemote"));
    open << QVariant::fromValue(QDBusObjectPath(m_sessionPath)) << QVariantMap();
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(open), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, node = *node](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<QDBusUnixFileDescriptor> reply = *finished;
                if (!m_opening)
                    return;
                m_opening = false;
                if (reply.isError() || !reply.value().isValid()) {
                    fail(tr("The desktop portal gave no access to the screen's stream (%1).")
                             .arg(reply.error().message()));
                    return;
                }
                m_pipeWire = reply.value();
                m_node = node;
                qCInfo(lcPortal) << "sharing PipeWire node" << node;
                emit ready(source());
            });
}

void ScreenCastPortal::request(const QString &method, QVariantList arguments, QVariantMap options,
                               Step next)
{
    const QString token = newToken();
    options.insert(QStringLiteral("handle_token"), token);
    arguments.append(options);
    // Watched before the call: the portal may respond before its reply arrives.
    // The path follows from our bus name and the token (the spec's rule).
    QString sender = m_bus.baseService().mid(1);
    sender.replace(QLatin1Char('.'), QLatin1Char('_'));
    watchRequest(QStringLiteral("%1/request/%2/%3").arg(DesktopPath, sender, token));
    m_next = next;
    QDBusMessage call =
        QDBusMessage::createMethodCall(m_service, DesktopPath, ScreenCastInterface, method);
    call.setArguments(arguments);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, method](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<QDBusObjectPath> reply = *finished;
                if (reply.isError()) {
                    if (m_next)
                        fail(tr("The desktop portal refused to share the screen (%1).")
                                 .arg(reply.error().message()));
                    return;
                }
                // Portals before 0.9 chose their own request paths.
                if (m_next && reply.value().path() != m_requestPath)
                    watchRequest(reply.value().path());
            });
}

void ScreenCastPortal::watchRequest(const QString &path)
{
    stopWatching();
    m_requestPath = path;
    m_bus.connect(m_service, path, RequestInterface, QStringLiteral("Response"), this,
                  SLOT(onResponse(uint, QVariantMap)));
}

void ScreenCastPortal::stopWatching()
{
    if (m_requestPath.isEmpty())
        return;
    m_bus.disconnect(m_service, m_requestPath, RequestInterface, QStringLiteral("Response"), this,
                     SLOT(onResponse(uint, QVariantMap)));
    m_requestPath.clear();
}

void ScreenCastPortal::onResponse(uint response, const QVariantMap &results)
{
    const Step next = std::exchange(m_next, nullptr);
    stopWatching();
    if (!next)
        return;
    if (response == CancelledByUser) {
        close();
        emit cancelled();
        return;
    }
    if (response != 0) {
        fail(tr("The desktop portal could not share the screen."));
        return;
    }
    (this->*next)(results);
}

void ScreenCastPortal::onSessionClosed(const QVariantMap &)
{
    const bool wasOpen = m_pipeWire.isValid() || isChoosing();
    m_sessionPath.clear(); // closed already: nothing to close
    close();
    if (wasOpen)
        emit closed();
}

void ScreenCastPortal::fail(const QString &reason)
{
    qCWarning(lcPortal) << reason;
    close();
    emit failed(reason);
}

void ScreenCastPortal::close()
{
    m_next = nullptr;
    m_opening = false;
    stopWatching();
    if (!m_sessionPath.isEmpty()) {
        m_bus.disconnect(m_service, m_sessionPath, SessionInterface, QStringLiteral("Closed"), this,
                         SLOT(onSessionClosed(QVariantMap)));
        m_bus.asyncCall(QDBusMessage::createMethodCall(m_service, m_sessionPath, SessionInterface,
                                                       QStringLiteral("Close")));
        m_sessionPath.clear();
    }
    m_pipeWire = QDBusUnixFileDescriptor();
    m_node = 0;
}

calls::ScreenSource ScreenCastPortal::source() const
{
    if (!m_pipeWire.isValid())
        return {};
    return calls::ScreenSource::pipeWire(m_pipeWire.fileDescriptor(), m_node);
}

QString ScreenCastPortal::newToken()
{
    return QStringLiteral("atrium%1_%2")
        .arg(++m_tokens)
        .arg(QRandomGenerator::global()->generate());
}

} // namespace atrium::models
