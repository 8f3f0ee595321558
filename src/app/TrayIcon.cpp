#include "TrayIcon.h"

#include "models/DesktopNotifier.h"
#include "models/RoomListModel.h"
#include "models/SessionController.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QSystemTrayIcon>
#include <QWindow>

namespace {

constexpr int IconSize = 64;
const QColor Brand(0x1f, 0x7a, 0x8c);
const QColor Badge(0xd9, 0x30, 0x25); // the room list's highlight badge

void paintLogo(QPainter &painter)
{
    QPainterPath tile;
    tile.addRoundedRect(QRectF(2, 2, IconSize - 4, IconSize - 4), 14, 14);
    painter.fillPath(tile, Brand);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(40);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, IconSize, IconSize), Qt::AlignCenter, QStringLiteral("A"));
}

void paintBadge(QPainter &painter, int count)
{
    const QRectF badge(IconSize - 34, 0, 34, 34);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Badge);
    painter.drawEllipse(badge);
    const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(text.size() == 1 ? 22 : text.size() == 2 ? 17 : 12);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, text);
}

} // namespace

TrayIcon::TrayIcon(atrium::models::SessionController *controller, QWindow *window, QObject *parent)
    : QObject(parent), m_controller(controller), m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(this);
    m_menu = new QMenu;
    m_menu->addAction(tr("Show Atrium"), this, &TrayIcon::showWindow);
    m_menu->addAction(tr("Quit"), qApp, &QCoreApplication::quit);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    showWindow();
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this]() {
        showWindow();
        m_controller->notifier()->activate(m_lastNotifiedRoom);
    });
    m_controller->notifier()->setFallback(
        [this](const atrium::models::DesktopNotification &notification) {
            m_lastNotifiedRoom = notification.roomId;
            m_tray->showMessage(notification.title, notification.body, render(0));
        });
    auto *rooms = m_controller->roomListModel();
    connect(rooms, &atrium::models::RoomListModel::unreadCountChanged, this,
            [this, rooms]() { showUnread(rooms->unreadCount()); });
    showUnread(rooms->unreadCount());
    m_tray->show();
}

TrayIcon::~TrayIcon()
{
    if (m_tray)
        m_controller->notifier()->setFallback({});
    delete m_menu; // a QMenu has no QObject parent here: it is a top-level widget
}

QIcon TrayIcon::render(int unreadCount)
{
    QPixmap pixmap(IconSize, IconSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    paintLogo(painter);
    if (unreadCount > 0)
        paintBadge(painter, unreadCount);
    return QIcon(pixmap);
}

QString TrayIcon::toolTip(int unreadCount)
{
    return unreadCount > 0 ? tr("Atrium — %n unread", nullptr, unreadCount) : tr("Atrium");
}

void TrayIcon::showUnread(int unreadCount)
{
    m_tray->setIcon(render(unreadCount));
    m_tray->setToolTip(toolTip(unreadCount));
}

void TrayIcon::showWindow()
{
    if (!m_window)
        return;
    m_window->show();
    m_window->raise();
    m_window->requestActivate();
}
