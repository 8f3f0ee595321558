#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace atrium::test {

// Stands in for a freedesktop notification daemon
// (org.freedesktop.Notifications) on the session bus, from a connection of
// its own: records what it is asked to show and close, and clicks for the
// test as a user would.
class FakeNotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        uint replaces;
        QString icon;
        QString summary;
        QString body;
        QStringList actions; // key, label, key, label, …
        QVariantMap hints;
        int expireTimeout;
    };

    FakeNotificationService();
    ~FakeNotificationService() override;
    // Whether it owns the service name (no other daemon does).
    bool isServing() const { return m_serving; }

    // The user clicks `action` ("default" for the bubble itself) on bubble `id`.
    void click(uint id, const QString &action);
    // The id the last Notify call was answered with.
    uint lastId() const { return m_lastId; }

    QList<Shown> shown;
    QList<uint> closed;

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &icon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout);
    void CloseNotification(uint id);

private:
    QDBusConnection m_bus;
    bool m_serving = false;
    uint m_lastId = 0;
};

} // namespace atrium::test
