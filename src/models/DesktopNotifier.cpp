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
        if (notification.answerable)
            actions << AcceptAction << tr("Accept");
        actions << DeclineAction << tr("Decline");
        m_callsOnTheWay.insert(notification.roomId);
    }
    // A room's calls and messages have a bubble each; replacing the room's
    // previous one keeps one per room and kind, as chat apps do.
    const QHash<QString, uint> &ids = ringing ? m_callIdByRoom : m_idByRoom;
    call << QStringLiteral("Atrium") << ids.value(notification.roomId, 0u)
         << (ringing ? QStringLiteral("call-start") : QStringLiteral("mail-message-new"))
         << notification.title << notification.body << actions << hints << (ringing ? 0 : -1);
    // Asynchronous: a slow or missing daemon never blocks the window.
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, notification](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                const QString &roomId = notification.roomId;
                const bool ringing = notification.incomingCall;
                // Withdrawn while on its way: closed as soon as it has an id.
                const bool withdrawn = ringing && !m_callsOnTheWay.remove(roomId);
                if (reply.isError()) {
                    if (!withdrawn)
                        showElsewhere(notification, reply.error().message());
                    return;
                }
                if (withdrawn)
                    close(reply.value());
                else
                    (ringing ? m_callIdByRoom : m_idByRoom).insert(roomId, reply.value());
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
    return m_idByRoom.contains(roomId) || m_callIdByRoom.contains(roomId);
}

void DesktopNotifier::withdrawCall(const QString &roomId)
{
    m_callsOnTheWay.remove(roomId); // its answer closes it (see notify)
    if (const uint id = m_callIdByRoom.take(roomId))
        close(id);
}

void DesktopNotifier::close(uint id)
{
    QDBusMessage close = QDBusMessage::createMethodCall(Service, Path, Interface,
                                                        QStringLiteral("CloseNotification"));
    close << id;
    m_bus.asyncCall(close, 5000);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    if (const QString roomId = m_callIdByRoom.key(id); !roomId.isEmpty()) {
        if (action == AcceptAction || action == DeclineAction)
            emit callAction(roomId, action);
        else if (action == DefaultAction)
            activate(roomId);
    } else if (const QString roomId = m_idByRoom.key(id);
               !roomId.isEmpty() && action == DefaultAction) {
        activate(roomId);
    }
}

void DesktopNotifier::onClosed(uint id, uint)
{
    m_idByRoom.remove(m_idByRoom.key(id));
    m_callIdByRoom.remove(m_callIdByRoom.key(id));
}

} // namespace atrium::models
