#include "TestMedia.h"
#include "media/FileMessage.h"
#include "media/ImageThumbnail.h"
#include "media/MediaProbe.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;
using atrium::media::MediaProbe;

// What GStreamer reads of audio and video files for their events: duration,
// size and a frame for the thumbnail; and that what it cannot read is still
// a file to send.
class TestMediaProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_video = m_dir.filePath("clip.webm");
        QCOMPARE(test::makeTestVideo(m_video, 30, 320, 240), QString());
        m_audio = m_dir.filePath("tone.wav");
        QCOMPARE(test::makeTestAudio(m_audio, 20), QString());
        m_notMedia = m_dir.filePath("broken.webm");
        QFile broken(m_notMedia);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(QByteArray(4096, 'x'));
    }

    void videoGivesDurationSizeAndAFrame()
    {
        const MediaProbe probe = MediaProbe::probe(m_video);
        QVERIFY2(probe.isValid(), qPrintable(probe.error));
        // 30 frames at 10 per second.
        QVERIFY2(qAbs(probe.durationMs - 3000) <= 100,
                 qPrintable(QString::number(probe.durationMs)));
        QCOMPARE(probe.size, QSize(320, 240));
        QVERIFY(probe.hasVideo());
        QCOMPARE(probe.frame.size(), QSize(320, 240));
        // Colour bars: the left edge is not the colour of the right one.
        const QColor left = probe.frame.pixelColor(10, 60);
        const QColor right = probe.frame.pixelColor(300, 60);
        QVERIFY2(left != right, qPrintable(left.name() + " " + right.name()));
    }

    void withoutFrameGivesDurationAndSizeOnly()
    {
        const MediaProbe probe = MediaProbe::probe(m_video, false);
        QVERIFY2(probe.isValid(), qPrintable(probe.error));
        QCOMPARE(probe.size, QSize(320, 240));
        QVERIFY(probe.frame.isNull());
    }

    void audioGivesDurationAndNoPicture()
    {
        const MediaProbe probe = MediaProbe::probe(m_audio);
        QVERIFY2(probe.isValid(), qPrintable(probe.error));
        QVERIFY2(qAbs(probe.durationMs - 2000) <= 50,
                 qPrintable(QString::number(probe.durationMs)));
        QVERIFY(!probe.hasVideo());
        QVERIFY(probe.frame.isNull());
    }

    void undecodableFileIsAnErrorNotAHang()
    {
        const MediaProbe probe = MediaProbe::probe(m_notMedia);
        QVERIFY(!probe.isValid());
        QCOMPARE(probe.durationMs, 0);
        QVERIFY(!probe.hasVideo());
        QVERIFY(probe.frame.isNull());
    }

    void missingFileIsAnError()
    {
        const MediaProbe probe = MediaProbe::probe(m_dir.filePath("nothing.webm"));
        QVERIFY(!probe.isValid());
        QVERIFY(probe.error.contains("nothing.webm"));
    }

    void videoMessageCarriesDurationSizeAndWantsThumbnail()
    {
        const auto message = media::FileMessage::fromFile(m_video);
        QVERIFY2(message.isValid(), qPrintable(message.error));
        QCOMPARE(message.content.value("msgtype").toString(), QString("m.video"));
        const QJsonObject info = message.content.value("info").toObject();
        QCOMPARE(info.value("mimetype").toString(), QString("video/webm"));
        QCOMPARE(info.value("w").toInt(), 320);
        QCOMPARE(info.value("h").toInt(), 240);
        QVERIFY(qAbs(info.value("duration").toInteger() - 3000) <= 100);
        QCOMPARE(info.value("size").toInteger(), QFileInfo(m_video).size());
        QVERIFY(message.attachment.value("thumbnail").toBool());
    }

    void audioMessageCarriesDuration()
    {
        const auto message = media::FileMessage::fromFile(m_audio);
        QVERIFY2(message.isValid(), qPrintable(message.error));
        QCOMPARE(message.content.value("msgtype").toString(), QString("m.audio"));
        const QJsonObject info = message.content.value("info").toObject();
        QVERIFY(qAbs(info.value("duration").toInteger() - 2000) <= 50);
        QVERIFY(!info.contains("w"));
        QVERIFY(!message.attachment.contains("thumbnail"));
    }

    void undecodableVideoIsSentWithoutDurationOrThumbnail()
    {
        const auto message = media::FileMessage::fromFile(m_notMedia);
        QVERIFY2(message.isValid(), qPrintable(message.error));
        QCOMPARE(message.content.value("msgtype").toString(), QString("m.video"));
        const QJsonObject info = message.content.value("info").toObject();
        QVERIFY(!info.contains("duration"));
        QVERIFY(!info.contains("w"));
        QVERIFY(!message.attachment.contains("thumbnail"));
    }

    void frameThumbnailFitsTheBox()
    {
        QImage frame(1920, 1080, QImage::Format_RGB32);
        frame.fill(Qt::darkCyan);
        const auto thumbnail = media::ImageThumbnail::fromImage(frame);
        QVERIFY(thumbnail);
        QCOMPARE(thumbnail->size, QSize(800, 450));
        QCOMPARE(thumbnail->mimeType, QString("image/jpeg"));
        QVERIFY(!QImage::fromData(thumbnail->data).isNull());
        QVERIFY(!media::ImageThumbnail::fromImage(QImage()));
    }

private:
    QTemporaryDir m_dir;
    QString m_video;
    QString m_audio;
    QString m_notMedia;
};

QTEST_GUILESS_MAIN(TestMediaProbe)
#include "tst_mediaprobe.moc"
