// ScreenCastPortal against a desktop portal's ScreenCast interface on the
// session bus (FakeScreenCastPortal: the spec's methods, argument types and
// Request/Response objects), as Wayland desktops serve it.
#include "FakeScreenCastPortal.h"
#include "models/ScreenCastPortal.h"

#include <QSignalSpy>
#include <QTest>
#include <sys/stat.h>

using namespace atrium;
using atrium::models::ScreenCastPortal;
using atrium::test::FakeScreenCastPortal;

namespace {

QString uniqueService()
{
    static int count = 0;
    return QStringLiteral("org.atrium.test.Portal%1_%2")
        .arg(QCoreApplication::applicationPid())
        .arg(++count);
}

} // namespace

class TestScreenCastPortal : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_service = uniqueService();
        m_fake = std::make_unique<FakeScreenCastPortal>(m_service);
        QVERIFY2(m_fake->isServing(), "no D-Bus session bus (run under scripts/headless)");
    }
    void cleanup() { m_fake.reset(); }

    void thePickedStreamComesWithAConnectionToPipeWire()
    {
        ScreenCastPortal portal(QDBusConnection::sessionBus(), m_service);
        QSignalSpy ready(&portal, &ScreenCastPortal::ready);
        m_fake->node = 57;
        portal.start(QStringLiteral("x11:2a"));
        QVERIFY(portal.isChoosing());
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(!portal.isChoosing());
        QCOMPARE(m_fake->calls,
                 (QStringList{"CreateSession", "SelectSources", "Start", "OpenPipeWireRemote"}));
        const auto source = ready.at(0).at(0).value<calls::ScreenSource>();
        QVERIFY(source.isPipeWire());
        QCOMPARE(source.pipeWireNode, 57u);
        // The portal's socket, passed over the bus as a descriptor of our own.
        struct stat status = {};
        QCOMPARE(fstat(source.pipeWireFd, &status), 0);
        QVERIFY(S_ISSOCK(status.st_mode));
        QCOMPARE(portal.source().pipeWireFd, source.pipeWireFd);
        QVERIFY(m_fake->sessionOpen());
        // The picker opens over the window we named.
        QCOMPARE(m_fake->parentWindow, QStringLiteral("x11:2a"));

        // A monitor or a window, one only, the cursor drawn in.
        QCOMPARE(m_fake->sourceOptions.value("types").toUInt(), 3u);
        QCOMPARE(m_fake->sourceOptions.value("multiple").toBool(), false);
        QCOMPARE(m_fake->sourceOptions.value("cursor_mode").toUInt(), 2u);

        portal.close();
        QVERIFY(!portal.source().isPipeWire());
        QTRY_VERIFY(!m_fake->sessionOpen());
        QCOMPARE(m_fake->calls.last(), QStringLiteral("Session.Close"));
    }

    void asksOnlyForWhatTheDesktopOffers()
    {
        // A desktop that shares monitors only, without drawing the cursor in:
        // asking for more would be refused.
        m_fake->sourceTypes = 1 | 4; // monitor, virtual
        m_fake->cursorModes = 1;     // hidden
        ScreenCastPortal portal(QDBusConnection::sessionBus(), m_service);
        QSignalSpy ready(&portal, &ScreenCastPortal::ready);
        portal.start();
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(m_fake->sourceOptions.value("types").toUInt(), 1u);
        QVERIFY(!m_fake->sourceOptions.contains("cursor_mode"));
    }

    void theNextShareMayRestoreTheLastChoice()
    {
        // Version 4 portals remember a choice for a restore token (GNOME
        // then skips its dialog); older ones are not asked to.
        ScreenCastPortal portal(QDBusConnection::sessionBus(), m_service);
        QSignalSpy ready(&portal, &ScreenCastPortal::ready);
        portal.start();
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(m_fake->sourceOptions.value("persist_mode").toUInt(), 1u); // while we run
        QVERIFY(!m_fake->sourceOptions.contains("restore_token"));
        portal.close();
        portal.start();
        QTRY_COMPARE(ready.count(), 2);
        QCOMPARE(m_fake->sourceOptions.value("restore_token").toString(),
                 QStringLiteral("token-1"));

        m_fake->version = 3;
        ScreenCastPortal older(QDBusConnection::sessionBus(), m_service);
        QSignalSpy olderReady(&older, &ScreenCastPortal::ready);
        older.start();
        QTRY_COMPARE(olderReady.count(), 1);
        QVERIFY(!m_fake->sourceOptions.contains("persist_mode"));
        QVERIFY(!m_fake->sourceOptions.contains("restore_token"));
    }

    void aDesktopWithNothingToShareFailsAtOnce()
    {
        m_fake->sourceTypes = 4; // virtual monitors only
        ScreenCastPortal portal(QDBusConnection::sessionBus(), m_service);
        QSignalSpy failed(&portal, &ScreenCastPortal::failed);
        portal.start();
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(m_fake->calls.isEmpty());
    }

    void closingThePickerIsNoError()
    {
        m_fake->choice = FakeScreenCastPortal::Choice::Cancel;
        ScreenCastPortal portal(QDBusConnection::sessionBus(), m_service);
        QSignalSpy cancelled(&portal, &ScreenCastPortal::cancelled);
        QSignalSpy failed(&portal, &ScreenCastPortal::failed);
        portal.start();
        QTRY_COMPARE(cancelled.count(), 1);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!portal.isChoosing());
        QTRY_VERIFY(!m_fake->sessionOpen()); // the session opened for it is closed
    }

    void aRefusalSaysSo()
    {
        m_fake->choice = FakeScreenCastPortal::Choice::Refuse;
        ScreenCastPortal portal(QDBusConnection::sessionBus(), m_service);
        QSignalSpy failed(&portal, &ScreenCastPortal::failed);
        portal.start();
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QVERIFY(!portal.source().isPipeWire());
    }

    void theDesktopEndingTheShareIsReported()
    {
        ScreenCastPortal portal(QDBusConnection::sessionBus(), m_service);
        QSignalSpy ready(&portal, &ScreenCastPortal::ready);
        QSignalSpy closed(&portal, &ScreenCastPortal::closed);
        portal.start();
        QTRY_COMPARE(ready.count(), 1);
        m_fake->endSession();
        QTRY_COMPARE(closed.count(), 1);
        QVERIFY(!portal.source().isPipeWire());
        QVERIFY(!m_fake->calls.contains("Session.Close")); // nothing left to close
    }

    void withoutAPortalStartingFails()
    {
        const QString nobody = uniqueService();
        QVERIFY(!ScreenCastPortal::isAvailable(QDBusConnection::sessionBus(), nobody));
        QVERIFY(ScreenCastPortal::isAvailable(QDBusConnection::sessionBus(), m_service));
        ScreenCastPortal portal(QDBusConnection::sessionBus(), nobody);
        QSignalSpy failed(&portal, &ScreenCastPortal::failed);
        portal.start();
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!portal.isChoosing());
    }

private:
    QString m_service;
    std::unique_ptr<FakeScreenCastPortal> m_fake;
};

QTEST_GUILESS_MAIN(TestScreenCastPortal)
#include "tst_screencastportal.moc"
