// Following the desktop's light or dark choice: the portal's
// org.freedesktop.appearance color-scheme, read at start and followed while
// the app runs, against a stand-in portal on the session bus.
#include "models/ColorScheme.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QSignalSpy>
#include <QTest>

using atrium::models::ColorScheme;

namespace {

const QString DesktopPath = QStringLiteral("/org/freedesktop/portal/desktop");

// The Settings interface of a desktop portal, version 2 (ReadOne) or only
// version 1 (Read, which wraps the value in a second variant).
class FakeSettingsPortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    FakeSettingsPortal(const QString &service, bool hasReadOne)
        : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, service)),
          m_service(service), m_hasReadOne(hasReadOne)
    {
        serving = m_bus.registerService(service) &&
                  m_bus.registerObject(DesktopPath, this, QDBusConnection::ExportAllSlots);
    }
    ~FakeSettingsPortal() override
    {
        m_bus.unregisterObject(DesktopPath);
        m_bus.unregisterService(m_service);
        QDBusConnection::disconnectFromBus(m_bus.name());
    }

    // The user's choice in the desktop's settings.
    void choose(uint scheme)
    {
        colorScheme = scheme;
        QDBusMessage changed = QDBusMessage::createSignal(
            DesktopPath, QStringLiteral("org.freedesktop.portal.Settings"),
            QStringLiteral("SettingChanged"));
        changed << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme")
                << QVariant::fromValue(QDBusVariant(scheme));
        m_bus.send(changed);
    }

    bool serving = false;
    uint colorScheme = 0;
    QStringList reads;

public slots:
    QDBusVariant ReadOne(const QString &group, const QString &key, const QDBusMessage &message)
    {
        reads << QStringLiteral("ReadOne");
        if (!m_hasReadOne) {
            m_bus.send(message.createErrorReply(QDBusError::UnknownMethod, "no ReadOne"));
            return {};
        }
        return value(group, key, message);
    }
    QDBusVariant Read(const QString &group, const QString &key, const QDBusMessage &message)
    {
        reads << QStringLiteral("Read");
        const QDBusVariant inner = value(group, key, message);
        return QDBusVariant(QVariant::fromValue(inner));
    }

private:
    QDBusVariant value(const QString &group, const QString &key, const QDBusMessage &message)
    {
        if (group != QLatin1String("org.freedesktop.appearance") ||
            key != QLatin1String("color-scheme")) {
            m_bus.send(message.createErrorReply(
                QStringLiteral("org.freedesktop.portal.Error.NotFound"), "no such setting"));
            return {};
        }
        return QDBusVariant(colorScheme);
    }

    QDBusConnection m_bus;
    QString m_service;
    bool m_hasReadOne;
};

} // namespace

class TestColorScheme : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        qunsetenv("ATRIUM_COLOR_SCHEME");
        m_service = QStringLiteral("org.atrium.test.Settings%1x%2")
                        .arg(QCoreApplication::applicationPid())
                        .arg(++m_count);
    }

    // First: no variant has been read in this process yet, as at the app's
    // start (a slot taking one would not be found then).
    void aSwitchWhileRunningIsFollowed()
    {
        FakeSettingsPortal portal(m_service, true);
        ColorScheme scheme(QDBusConnection::sessionBus(), m_service);
        QSignalSpy changed(&scheme, &ColorScheme::darkChanged);
        QTRY_COMPARE(portal.reads.size(), 1);
        QTest::qWait(50);
        QVERIFY(!scheme.isDark());
        QCOMPARE(changed.count(), 0);

        portal.choose(1);
        QTRY_VERIFY(scheme.isDark());
        QCOMPARE(changed.count(), 1);
        portal.choose(2); // prefer light
        QTRY_VERIFY(!scheme.isDark());
        portal.choose(1);
        QTRY_VERIFY(scheme.isDark());
        portal.choose(0); // no preference: the platform's (light) palette
        QTRY_VERIFY(!scheme.isDark());
        QCOMPARE(changed.count(), 4);
    }

    void theDesktopsDarkChoiceIsReadAtStart()
    {
        FakeSettingsPortal portal(m_service, true);
        QVERIFY(portal.serving);
        portal.colorScheme = 1; // prefer dark
        ColorScheme scheme(QDBusConnection::sessionBus(), m_service);
        QVERIFY(!scheme.isDark()); // the platform's light palette, until the portal answers
        QTRY_VERIFY(scheme.isDark());
        QCOMPARE(portal.reads, QStringList{"ReadOne"});
    }

    void anOlderPortalIsReadThroughRead()
    {
        FakeSettingsPortal portal(m_service, false);
        portal.colorScheme = 1;
        ColorScheme scheme(QDBusConnection::sessionBus(), m_service);
        QTRY_VERIFY(scheme.isDark());
        QCOMPARE(portal.reads, (QStringList{"ReadOne", "Read"}));
    }

    void withoutAPortalThePlatformDecides()
    {
        ColorScheme scheme(QDBusConnection::sessionBus(), m_service);
        QTest::qWait(100);
        QVERIFY(!scheme.isDark());
    }

    void theEnvironmentOverridesTheDesktop()
    {
        FakeSettingsPortal portal(m_service, true);
        portal.colorScheme = 2;
        qputenv("ATRIUM_COLOR_SCHEME", "dark");
        ColorScheme scheme(QDBusConnection::sessionBus(), m_service);
        QVERIFY(scheme.isDark());
        portal.choose(2);
        QTest::qWait(100);
        QVERIFY(scheme.isDark());
        QVERIFY(portal.reads.isEmpty());
        qunsetenv("ATRIUM_COLOR_SCHEME");
    }

private:
    QString m_service;
    int m_count = 0;
};

QTEST_MAIN(TestColorScheme)
#include "tst_colorscheme.moc"
