#include "ColorScheme.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QGuiApplication>
#include <QPalette>

namespace atrium::models {

namespace {

const QString DesktopPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString SettingsInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString AppearanceGroup = QStringLiteral("org.freedesktop.appearance");
const QString ColorSchemeKey = QStringLiteral("color-scheme");

// Read (version 1 of the interface) wraps the value in one more variant
// than ReadOne does.
QVariant unwrapped(QVariant value)
{
    while (value.userType() == qMetaTypeId<QDBusVariant>())
        value = qvariant_cast<QDBusVariant>(value).variant();
    return value;
}

} // namespace

const QString ColorScheme::DesktopService = QStringLiteral("org.freedesktop.portal.Desktop");

ColorScheme::ColorScheme(QDBusConnection bus, const QString &service, QObject *parent)
    : QObject(parent), m_bus(std::move(bus)), m_service(service)
{
    const QString forced = qEnvironmentVariable("ATRIUM_COLOR_SCHEME");
    if (forced == QLatin1String("dark") || forced == QLatin1String("light")) {
        m_dark = forced == QLatin1String("dark");
        return;
    }
    m_platformDark = platformIsDark();
    m_dark = m_platformDark;
    if (!m_bus.isConnected())
        return;
    // Taking the whole message: a slot with a QDBusVariant argument is not
    // found before QtDBus has demarshalled a variant once.
    m_bus.connect(m_service, DesktopPath, SettingsInterface, QStringLiteral("SettingChanged"), this,
                  SLOT(onSettingChanged(QDBusMessage)));
    // The window shows first in the platform's colours; the desktop's choice
    // follows within a frame or two (asking it must not hold up start-up).
    readPreference(QStringLiteral("ReadOne"));
}

void ColorScheme::readPreference(const QString &method)
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(m_service, DesktopPath, SettingsInterface, method);
    call << AppearanceGroup << ColorSchemeKey;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, method](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<QDBusVariant> reply = *finished;
                if (reply.isError()) {
                    // Portals before version 2 of Settings have only Read.
                    if (method == QLatin1String("ReadOne") &&
                        reply.error().type() == QDBusError::UnknownMethod)
                        readPreference(QStringLiteral("Read"));
                    return;
                }
                setPreference(unwrapped(reply.value().variant()).toUInt());
            });
}

void ColorScheme::onSettingChanged(const QDBusMessage &change)
{
    const QVariantList arguments = change.arguments();
    if (arguments.size() == 3 && arguments.at(0).toString() == AppearanceGroup &&
        arguments.at(1).toString() == ColorSchemeKey)
        setPreference(unwrapped(arguments.at(2)).toUInt());
}

void ColorScheme::setPreference(uint value)
{
    bool dark = m_platformDark;
    if (value == uint(Preference::Dark))
        dark = true;
    else if (value == uint(Preference::Light))
        dark = false;
    if (dark == m_dark)
        return;
    m_dark = dark;
    emit darkChanged();
}

bool ColorScheme::platformIsDark()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return false;
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace atrium::models
