#include "FakeNotificationService.h"

#include <QDBusMessage>

namespace atrium::test {

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString ConnectionName = QStringLiteral("fake-notifications");

} // namespace

FakeNotificationService::FakeNotificationService()
    : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, ConnectionName))
{
    m_serving = m_bus.isConnected() &&
                m_bus.registerObject(Path, this, QDBusConnection::ExportAllSlots) &&
                m_bus.registerService(Service);
}

FakeNotificationService::~FakeNotificationService()
{
    m_bus.unregisterObject(Path);
    m_bus.unregisterService(Service);
    QDBusConnection::disconnectFromBus(ConnectionName);
}

void FakeNotificationService::click(uint id, const QString &action)
{
    QDBusMessage invoked =
        QDBusMessage::createSignal(Path, Service, QStringLiteral("ActionInvoked"));
    invoked << id << action;
    m_bus.send(invoked);
}

uint FakeNotificationService::Notify(const QString &, uint replacesId, const QString &icon,
                                     const QString &summary, const QString &body,
                                     const QStringList &actions, const QVariantMap &hints,
                                     int expireTimeout)
{
    shown.append({replacesId, icon, summary, body, actions, hints, expireTimeout});
    m_lastId = replacesId ? replacesId : uint(shown.size() + 40);
    return m_lastId;
}

void FakeNotificationService::CloseNotification(uint id)
{
    closed.append(id);
    QDBusMessage gone =
        QDBusMessage::createSignal(Path, Service, QStringLiteral("NotificationClosed"));
    gone << id << 3u; // closed by a call to CloseNotification
    m_bus.send(gone);
}

} // namespace atrium::test
