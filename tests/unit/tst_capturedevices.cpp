// The machine's microphones and cameras as CaptureDevices sees them, with
// fake devices that GStreamer's monitors take for real ones: listing, ids
// for devices of the same name, hot-plug, and making a device's source.
#include "FakeCaptureDevices.h"
#include "calls/CaptureDevices.h"

#include <QSignalSpy>
#include <QTest>

#undef signals
#include <gst/gst.h>

using atrium::calls::CaptureDevices;
namespace fake = atrium::test::FakeCaptureDevices;

namespace {

QStringList idsOf(const CaptureDevices &devices, CaptureDevices::Kind kind)
{
    QStringList ids;
    for (const auto &device : devices.devices(kind))
        ids.append(device.id);
    return ids;
}

} // namespace

class TestCaptureDevices : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { fake::install(); }
    void cleanup() { fake::clear(); }

    void devicesPresentAtStartAreListedWithDistinctIds()
    {
        fake::plugMicrophone(QStringLiteral("Desk Mic"));
        fake::plugMicrophone(QStringLiteral("Desk Mic"), 880);
        fake::plugCamera(QStringLiteral("Test Camera"));
        CaptureDevices devices;
        const QStringList microphones = idsOf(devices, CaptureDevices::Kind::Microphone);
        QVERIFY2(microphones.contains("Desk Mic") && microphones.contains("Desk Mic (2)"),
                 qPrintable(microphones.join(", ")));
        QVERIFY(idsOf(devices, CaptureDevices::Kind::Camera).contains("Test Camera"));
        QVERIFY(!idsOf(devices, CaptureDevices::Kind::Camera).contains("Desk Mic"));
        QVERIFY(devices.contains(CaptureDevices::Kind::Microphone, QStringLiteral("Desk Mic (2)")));
        const auto second = devices.devices(CaptureDevices::Kind::Microphone);
        const auto it = std::find_if(second.cbegin(), second.cend(),
                                     [](const auto &d) { return d.id == "Desk Mic (2)"; });
        QVERIFY(it != second.cend());
        QCOMPARE(it->name, QStringLiteral("Desk Mic")); // what people read
    }

    void plugAndUnplugAreSeenAsTheyHappen()
    {
        CaptureDevices devices;
        QSignalSpy changed(&devices, &CaptureDevices::changed);
        QVERIFY(!devices.contains(CaptureDevices::Kind::Camera, QStringLiteral("USB Camera")));

        fake::plugCamera(QStringLiteral("USB Camera"));
        QTRY_VERIFY(devices.contains(CaptureDevices::Kind::Camera, QStringLiteral("USB Camera")));
        QVERIFY(changed.size() >= 1);

        const qsizetype before = changed.size();
        fake::unplug(QStringLiteral("USB Camera"));
        QTRY_VERIFY(!devices.contains(CaptureDevices::Kind::Camera, QStringLiteral("USB Camera")));
        QVERIFY(changed.size() > before);
    }

    void aDeviceMakesItsOwnSource()
    {
        fake::plugMicrophone(QStringLiteral("Headset"), 523);
        GstElement *source = CaptureDevices::createSource(CaptureDevices::Kind::Microphone,
                                                          QStringLiteral("Headset"));
        QVERIFY(source);
        gdouble freq = 0;
        g_object_get(source, "freq", &freq, nullptr);
        QCOMPARE(int(freq), 523);
        gst_object_unref(source);
        QVERIFY(
            !CaptureDevices::createSource(CaptureDevices::Kind::Camera, QStringLiteral("Headset")));
        QVERIFY(!CaptureDevices::createSource(CaptureDevices::Kind::Microphone,
                                              QStringLiteral("Nothing")));
    }
};

QTEST_GUILESS_MAIN(TestCaptureDevices)
#include "tst_capturedevices.moc"
