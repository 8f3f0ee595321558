#pragma once

#include "NotificationPlanner.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>

namespace atrium::models {

// Shows notifications through the freedesktop notification service
// (org.freedesktop.Notifications on the session bus), one bubble per room that a newer
// message replaces, and reports a click on one as activated(roomId). Where no such service
// runs (Windows, macOS, a bare X session), the notification goes to the fallback, if one
// is set (the app's tray icon), and the log says so once.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QDBusConnection bus = QDBusConnection::sessionBus(),
                             QObject *parent = nullptr);

    using Fallback = std::function<void(const DesktopNotification &)>;

    void notify(const DesktopNotification &notification);
    void setFallback(Fallback fallback) { m_fallback = std::move(fallback); }
    // A click on the room's notification, wherever it was shown.
    void activate(const QString &roomId) { emit activated(roomId); }
    // The service has a bubble of ours for the room (until it is closed).
    bool isShowing(const QString &roomId) const;
    // Takes the room's incoming-call bubble away (the call stopped ringing),
    // also one still on its way to the service.
    void withdrawCall(const QString &roomId);

signals:
    void activated(const QString &roomId);
    // Accept or Decline clicked on an incoming call's bubble: "accept", "decline".
    void callAction(const QString &roomId, const QString &action);

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    void showElsewhere(const DesktopNotification &notification, const QString &why);
    void close(uint id);

    QDBusConnection m_bus;
    QHash<QString, uint> m_idByRoom;     // messages
    QHash<QString, uint> m_callIdByRoom; // incoming calls
    QSet<QString> m_callsOnTheWay;       // Notify sent, no id yet
    Fallback m_fallback;
    bool m_warned = false;
};

} // namespace atrium::models
