// CallDevices, the microphone and camera choice of the in-call Devices
// menu: the lists follow hot-plug while watching, the choice is kept in the
// settings file, and the device in use falls back to the default while the
// chosen one is unplugged (and returns to it when it is back).
#include "FakeCaptureDevices.h"
#include "models/CallDevices.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using atrium::models::CallDevices;
using Kind = CallDevices::Kind;
namespace fake = atrium::test::FakeCaptureDevices;

class TestCallDevices : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { fake::install(); }
    void cleanup() { fake::clear(); }

    void theChoiceIsKeptInTheSettingsFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        {
            CallDevices devices;
            devices.setSettingsFile(file);
            QCOMPARE(devices.microphone(), QString()); // the default
            QSignalSpy chosen(&devices, &CallDevices::choiceChanged);
            devices.setMicrophone(QStringLiteral("Headset"));
            devices.setCamera(QStringLiteral("USB Camera"));
            QCOMPARE(chosen.size(), 2);
        }
        CallDevices again;
        again.setSettingsFile(file);
        QCOMPARE(again.microphone(), QStringLiteral("Headset"));
        QCOMPARE(again.camera(), QStringLiteral("USB Camera"));
        // Nobody watches yet: the chosen device is taken to be there.
        QCOMPARE(again.inUse(Kind::Camera), QStringLiteral("USB Camera"));
    }

    void devicesAreListedOnlyWhileWatchedAndFollowHotPlug()
    {
        fake::plugMicrophone(QStringLiteral("Desk Mic"));
        CallDevices devices;
        QVERIFY(devices.microphones().isEmpty());
        devices.setWatching(true);
        QCOMPARE(devices.microphones(), QStringList{QStringLiteral("Desk Mic")});
        QVERIFY(devices.cameras().isEmpty());

        QSignalSpy changed(&devices, &CallDevices::devicesChanged);
        fake::plugCamera(QStringLiteral("USB Camera"));
        QTRY_COMPARE(devices.cameras(), QStringList{QStringLiteral("USB Camera")});
        QVERIFY(!changed.isEmpty());

        devices.setWatching(false);
        QVERIFY(devices.microphones().isEmpty());
        QVERIFY(devices.cameras().isEmpty());
    }

    void anUnpluggedChoiceGivesWayToTheDefaultUntilItIsBack()
    {
        fake::plugCamera(QStringLiteral("USB Camera"));
        CallDevices devices;
        devices.setWatching(true);
        QSignalSpy inUse(&devices, &CallDevices::inUseChanged);
        QSignalSpy unplugged(&devices, &CallDevices::unplugged);
        devices.setCamera(QStringLiteral("USB Camera"));
        QCOMPARE(inUse.size(), 1);
        QCOMPARE(inUse.at(0).at(1).toString(), QStringLiteral("USB Camera"));

        fake::unplug(QStringLiteral("USB Camera"));
        QTRY_COMPARE(unplugged.size(), 1);
        QCOMPARE(unplugged.at(0).at(0).value<Kind>(), Kind::Camera);
        QCOMPARE(unplugged.at(0).at(1).toString(), QStringLiteral("USB Camera"));
        QCOMPARE(devices.inUse(Kind::Camera), QString());
        QCOMPARE(inUse.size(), 2);
        QCOMPARE(devices.camera(), QStringLiteral("USB Camera")); // still the choice

        fake::plugCamera(QStringLiteral("USB Camera"));
        QTRY_COMPARE(devices.inUse(Kind::Camera), QStringLiteral("USB Camera"));
        QCOMPARE(inUse.size(), 3);
        QCOMPARE(unplugged.size(), 1);
    }

    void aChoiceMissingWhenWatchingStartsWasNeverUnplugged()
    {
        CallDevices devices;
        devices.setMicrophone(QStringLiteral("Headset"));
        QSignalSpy unplugged(&devices, &CallDevices::unplugged);
        devices.setWatching(true);
        QCOMPARE(devices.inUse(Kind::Microphone), QString());
        QVERIFY(unplugged.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCallDevices)
#include "tst_calldevices.moc"
