#pragma once

#include "NotificationPlanner.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>

namespace atrium::models {

// Shows notifications through the freedesktop notification service
// (org.freedesktop.Notifications on the session bus), one bubble per room that a newer
// message replaces, and reports a click on one as activated(roomId). Where no such service
// runs, notify() does nothing and says so once in the log.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QDBusConnection bus = QDBusConnection::sessionBus(),
                             QObject *parent = nullptr);

    void notify(const DesktopNotification &notification);
    // The service has a bubble of ours for the room (until it is closed).
    bool isShowing(const QString &roomId) const;

signals:
    void activated(const QString &roomId);

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    QHash<QString, uint> m_idByRoom;
    bool m_warned = false;
};

} // namespace atrium::models
