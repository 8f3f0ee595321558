#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>

namespace atrium::models {

// Whether the desktop wants dark or light, so that the app follows it, also
// when the user switches while it runs. On Linux desktops the answer is the
// desktop portal's setting org.freedesktop.appearance color-scheme (GNOME 42
// and later, KDE Plasma 5.24 and later): Qt 6.4 does not read it. Without a
// portal, or with no preference there, the platform's own palette decides
// (Windows, macOS and some Linux themes hand Qt a dark one).
// ATRIUM_COLOR_SCHEME=dark|light overrides both.
class ColorScheme : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool dark READ isDark NOTIFY darkChanged)

public:
    static const QString DesktopService;

    // What the portal's color-scheme values mean.
    enum class Preference : uint
    {
        None = 0,
        Dark = 1,
        Light = 2
    };

    explicit ColorScheme(QDBusConnection bus = QDBusConnection::sessionBus(),
                         const QString &service = DesktopService, QObject *parent = nullptr);

    bool isDark() const { return m_dark; }

signals:
    void darkChanged();

private slots:
    // SettingChanged(namespace, key, value).
    void onSettingChanged(const QDBusMessage &change);

private:
    void readPreference(const QString &method);
    void setPreference(uint value);
    // Read once, before the app sets a palette of its own.
    static bool platformIsDark();

    QDBusConnection m_bus;
    QString m_service;
    bool m_platformDark = false;
    bool m_dark = false;
};

} // namespace atrium::models
