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
    QDBusMessage call =
        QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("category"), QStringLiteral("im.received")},
                            {QStringLiteral("desktop-entry"), QStringLiteral("atrium")}};
    // Replacing the room's previous bubble keeps one per room, as chat apps do.
    call << QStringLiteral("Atrium") << m_idByRoom.value(notification.roomId, 0u)
         << QStringLiteral("mail-message-new") << notification.title << notification.body
         << QStringList{DefaultAction, tr("Open")} << hints << -1;
    // Asynchronous: a slow or missing daemon never blocks the window.
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, roomId = notification.roomId](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                if (reply.isError()) {
                    if (!m_warned)
                        qWarning("desktop notifications are unavailable: %s",
                                 qPrintable(reply.error().message()));
                    m_warned = true;
                    return;
                }
                m_idByRoom.insert(roomId, reply.value());
            });
}

bool DesktopNotifier::isShowing(const QString &roomId) const
{
    return m_idByRoom.contains(roomId);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const QString roomId = m_idByRoom.key(id);
    if (!roomId.isEmpty() && action == DefaultAction)
        emit activated(roomId);
}

void DesktopNotifier::onClosed(uint id, uint)
{
    m_idByRoom.remove(m_idByRoom.key(id));
}

} // namespace atrium::models
