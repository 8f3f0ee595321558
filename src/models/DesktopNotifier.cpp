#include "DesktopNotifier.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace atrium::models {

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
const QString DefaultAction = QStringLiteral("default");
const QString AcceptAction = QStringLiteral("accept");
const QString DeclineAction = QStringLiteral("decline");
// The spec's urgency levels (a byte): a ringing call stays until withdrawn.
constexpr uchar CriticalUrgency = 2;

} // namespace

DesktopNotifier::DesktopNotifier(QDBusConnection bus, QObject *parent)
    : QObject(parent), m_bus(std::move(bus))
{
    m_bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onClosed(uint, uint)));
}

void DesktopNotifier::notify(const DesktopNotification &notification)
{
    // No session bus at all (Windows, macOS): a call would never answer.
    if (!m_bus.isConnected()) {
        showElsewhere(notification, QStringLiteral("no D-Bus session bus"));
        return;
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    const bool ringing = notification.incomingCall;
    QVariantMap hints{{QStringLiteral("category"),
                       ringing ? QStringLiteral("call.incoming") : QStringLiteral("im.received")},
                      {QStringLiteral("desktop-entry"), QStringLiteral("atrium")}};
    QStringList actions{DefaultAction, tr("Open")};
    if (ringing) {
        hints.insert(QStringLiteral("urgency"), QVariant::fromValue(CriticalUrgency));
        actions << AcceptAction << tr("Accept") << DeclineAction << tr("Decline");
    }
    // Replacing the room's previous bubble keeps one per room, as chat apps do.
    call << QStringLiteral("Atrium") << m_idByRoom.value(notification.roomId, 0u)
         << (ringing ? QStringLiteral("call-start") : QStringLiteral("mail-message-new"))
         << notification.title << notification.body << actions << hints << (ringing ? 0 : -1);
    // Asynchronous: a slow or missing daemon never blocks the window.
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, notification](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                if (reply.isError()) {
                    showElsewhere(notification, reply.error().message());
                    return;
                }
                m_idByRoom.insert(notification.roomId, reply.value());
            });
}

void DesktopNotifier::showElsewhere(const DesktopNotification &notification, const QString &why)
{
    if (!m_warned)
        qWarning("freedesktop notifications are unavailable (%s)%s", qPrintable(why),
                 m_fallback ? ": using the tray icon" : "");
    m_warned = true;
    if (m_fallback)
        m_fallback(notification);
}

bool DesktopNotifier::isShowing(const QString &roomId) const
{
    return m_idByRoom.contains(roomId);
}

void DesktopNotifier::withdraw(const QString &roomId)
{
    const uint id = m_idByRoom.take(roomId);
    if (id == 0 || !m_bus.isConnected())
        return;
    QDBusMessage close = QDBusMessage::createMethodCall(Service, Path, Interface,
                                                        QStringLiteral("CloseNotification"));
    close << id;
    m_bus.asyncCall(close, 5000);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const QString roomId = m_idByRoom.key(id);
    if (roomId.isEmpty())
        return;
    if (action == DefaultAction)
        activate(roomId);
    else if (action == AcceptAction || action == DeclineAction)
        emit callAction(roomId, action);
}

void DesktopNotifier::onClosed(uint id, uint)
{
    m_idByRoom.remove(m_idByRoom.key(id));
}

} // namespace atrium::models
