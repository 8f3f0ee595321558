#pragma once

#include <QIcon>
#include <QObject>
#include <QPointer>

class QMenu;
class QSystemTrayIcon;
class QWindow;

namespace atrium::models {
class SessionController;
}

// Atrium in the system tray: the app's icon with the unread count on it, a click shows
// the window, and where the desktop has no freedesktop notification service
// (Windows, macOS, a bare X session) notifications appear as the tray's messages; a
// click on one opens its room. Absent when the desktop has no tray.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    TrayIcon(atrium::models::SessionController *controller, QWindow *window,
             QObject *parent = nullptr);
    ~TrayIcon() override;

    // The app's icon with the number of unread messages in a badge (none at 0).
    static QIcon render(int unreadCount);
    static QString toolTip(int unreadCount);

private:
    void showUnread(int unreadCount);
    void showWindow();

    atrium::models::SessionController *m_controller;
    QPointer<QWindow> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QString m_lastNotifiedRoom;
};
