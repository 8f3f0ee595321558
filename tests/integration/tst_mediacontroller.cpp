// Files in the app's models, end to end against the test homeserver: what
// the timeline's rows say of file messages, images fetched and decoded
// through the media layer (thumbnails preferred, encrypted ones decrypted
// in memory after the hash check), files opened (never programs) and saved
// (never over a file unless asked), download and upload progress in the
// TransferModel, and uploads cancelled without touching other messages.
#include "TestHomeserver.h"
#include "TestMedia.h"
#include "TestSession.h"
#include "models/MediaController.h"
#include "models/TimelineModel.h"
#include "models/TransferModel.h"
#include "store/OutboxStore.h"
#include "store/StoreThread.h"
#include "sync/SendQueue.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;
using atrium::test::await;
using Model = atrium::models::TimelineModel;
using atrium::models::MediaController;
using atrium::models::TransferModel;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return file.fileName();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A picture with a colour per quadrant, so scaling and decryption are checked.
QString writeImage(const QTemporaryDir &dir, const QString &name, const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x) {
            const bool right = x >= size.width() / 2;
            const bool bottom = y >= size.height() / 2;
            image.setPixel(x, y,
                           right ? (bottom ? 0xff0000ff : 0xff00ff00)
                                 : (bottom ? 0xffffff00 : 0xffff0000));
        }
    }
    const QString path = dir.filePath(name);
    return image.save(path) ? path : QString();
}

// The newest row of `model` that is a file message with this name.
QVariantMap mediaNamed(const Model &model, const QString &name)
{
    for (int row = model.rowCount() - 1; row >= 0; --row) {
        const QVariantMap media = model.index(row, 0).data(Model::MediaRole).toMap();
        if (media.value("name").toString() == name)
            return media;
    }
    return {};
}

// JPEG thumbnails are close to the colours, not equal.
bool near(QRgb pixel, QColor expected)
{
    const QColor color(pixel);
    return qAbs(color.red() - expected.red()) < 40 && qAbs(color.green() - expected.green()) < 40 &&
           qAbs(color.blue() - expected.blue()) < 40;
}

// Stands in for a QML MediaPlayer: records what MediaController hands it.
class PlayerRecorder : public QObject
{
    Q_OBJECT
public:
    QUrl source;
    QPointer<QIODevice> device;
    QUrl deviceUrl;

public slots:
    void setSource(const QUrl &url) { source = url; }
    void setSourceDevice(QIODevice *given, const QUrl &url)
    {
        device = given;
        deviceUrl = url;
    }
};

struct ImageResult
{
    bool done = false;
    QImage image;
    QString error;
};

ImageResult requestImage(MediaController &media, const QString &source, const QSize &size)
{
    auto result = std::make_shared<ImageResult>();
    QObject context;
    const QString prefix = QStringLiteral("image://atrium-media/");
    media.requestImage(source.mid(prefix.size()), size, &context,
                       [result](const QImage &image, const QString &error) {
                           *result = {true, image, error};
                       });
    QDeadlineTimer deadline(20'000);
    while (!result->done && !deadline.hasExpired())
        QTest::qWait(10);
    return *result;
}

QJsonObject encryptedRoom()
{
    return {
        {"initial_state",
         QJsonArray{QJsonObject{{"type", "m.room.encryption"},
                                {"state_key", ""},
                                {"content", QJsonObject{{"algorithm", "m.megolm.v1.aes-sha2"}}}}}}};
}

QList<QJsonObject> fileEventsOnServer(const test::TestHomeserver &server, const QString &roomId)
{
    QList<QJsonObject> events;
    for (const QJsonObject &event : server.roomEvents(roomId)) {
        const QJsonObject content = event.value("content").toObject();
        if (event.value("type").toString() == QLatin1String("m.room.message") &&
            content.value("msgtype").toString() != QLatin1String("m.text"))
            events.append(content);
    }
    return events;
}

} // namespace

class MediaControllerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<store::OutgoingMessage>();
        QVERIFY2(m_server.start(), qPrintable(m_server.serverOutput()));
        m_alice = std::make_unique<test::TestSession>();
        m_bob = std::make_unique<test::TestSession>();
        QVERIFY(m_alice->signUp(m_server.url(), "files-alice"));
        QVERIFY(m_bob->signUp(m_server.url(), "files-bob"));
        m_roomId = test::createSharedRoom(*m_alice, *m_bob);
        QVERIFY(!m_roomId.isEmpty());
        m_bobTimeline = std::make_unique<Model>(&m_bob->session());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_bobTimeline.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_bobTimeline->setRoomId(m_roomId);
        m_bobMedia = std::make_unique<MediaController>(&m_bob->session());
        m_transferTester = std::make_unique<QAbstractItemModelTester>(
            m_bobMedia->transfers(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_bobMedia->setOpener([this](const QUrl &url) {
            m_opened.append(url);
            return true;
        });
    }
    void cleanup() { m_server.clearFaults(); }

    void imageRowLoadsItsThumbnail()
    {
        const QString path = writeImage(m_dir, "wide.png", {1600, 1000});
        QVERIFY(!await((*m_alice)->sendFile(m_roomId, path)).transactionId.isEmpty());
        QVariantMap media;
        QTRY_VERIFY_WITH_TIMEOUT(!(media = mediaNamed(*m_bobTimeline, "wide.png")).isEmpty(),
                                 20'000);
        QCOMPARE(media.value("kind").toString(), QStringLiteral("image"));
        QCOMPARE(media.value("width").toInt(), 1600);
        QCOMPARE(media.value("height").toInt(), 1000);
        QVERIFY(media.value("thumbnailUrl").toString().startsWith("mxc://"));

        const QString source = m_bobMedia->imageSource(media, false);
        QVERIFY(source.startsWith("image://atrium-media/"));
        const auto result = requestImage(*m_bobMedia, source, {400, 400});
        QVERIFY2(!result.image.isNull(), qPrintable(result.error));
        // The thumbnail (800 wide), scaled to fit 400×400 keeping its shape.
        QCOMPARE(result.image.size(), QSize(400, 250));
        QVERIFY(near(result.image.pixel(20, 20), Qt::red));
        QVERIFY(near(result.image.pixel(380, 230), Qt::blue));
        const QString key = source.mid(QStringLiteral("image://atrium-media/").size());
        QCOMPARE(m_bobMedia->transfer(key).value("state").toString(), QStringLiteral("succeeded"));

        // The viewer asks for the whole picture.
        const QString full = m_bobMedia->imageSource(media, true);
        QVERIFY(full != source);
        const auto whole = requestImage(*m_bobMedia, full, {});
        QVERIFY2(!whole.image.isNull(), qPrintable(whole.error));
        QCOMPARE(whole.image.size(), QSize(1600, 1000));
    }

    void avatarsAreSmallSquaresTheServerCrops()
    {
        // The wide picture's mxc URI, used as an avatar.
        QVariantMap media;
        if ((media = mediaNamed(*m_bobTimeline, "wide.png")).isEmpty()) {
            const QString path = writeImage(m_dir, "wide.png", {1600, 1000});
            QVERIFY(!await((*m_alice)->sendFile(m_roomId, path)).transactionId.isEmpty());
            QTRY_VERIFY_WITH_TIMEOUT(!(media = mediaNamed(*m_bobTimeline, "wide.png")).isEmpty(),
                                     20'000);
        }
        const QString uri = media.value("url").toString();
        const QString source = m_bobMedia->avatarSource(uri);
        QVERIFY(source.startsWith("image://atrium-media/avatar/"));
        QCOMPARE(m_bobMedia->avatarSource(uri), source); // one entry per picture
        const auto result = requestImage(*m_bobMedia, source, {});
        QVERIFY2(!result.image.isNull(), qPrintable(result.error));
        QCOMPARE(result.image.size(),
                 QSize(MediaController::AvatarThumbnailSize, MediaController::AvatarThumbnailSize));
        // Only the homeserver's media: anything else is no avatar at all.
        QCOMPARE(m_bobMedia->avatarSource("https://example.org/me.png"), QString());
        QCOMPARE(m_bobMedia->avatarSource(QString()), QString());
    }

    void encryptedImageIsDecryptedInMemoryAfterTheHashCheck()
    {
        const QString roomId = test::createSharedRoom(*m_alice, *m_bob, encryptedRoom());
        QVERIFY(!roomId.isEmpty());
        Model timeline(&m_bob->session());
        QAbstractItemModelTester tester(&timeline,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        timeline.setRoomId(roomId);
        const QString path = writeImage(m_dir, "secret.png", {300, 200});
        QVERIFY(!await((*m_alice)->sendFile(roomId, path)).transactionId.isEmpty());
        QVariantMap media;
        QTRY_VERIFY_WITH_TIMEOUT(!(media = mediaNamed(timeline, "secret.png")).isEmpty(), 30'000);
        QVERIFY(media.value("encrypted").toBool());
        QVERIFY(media.value("url").toString().isEmpty());

        const auto result = requestImage(*m_bobMedia, m_bobMedia->imageSource(media, false), {});
        QVERIFY2(!result.image.isNull(), qPrintable(result.error));
        QCOMPARE(result.image.size(), QSize(300, 200));
        QVERIFY(near(result.image.pixel(10, 10), Qt::red));
        // Only ciphertext on disk: no file of the data directory holds the picture.
        const QByteArray plain = readFile(path);
        QDirIterator files(m_bob->dataDir(), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        while (files.hasNext())
            QVERIFY(readFile(files.next()) != plain);

        // A wrong hash: nothing is shown.
        QVariantMap tampered = media;
        QVariantMap file = tampered.value("file").toMap();
        file.insert("hashes",
                    QVariantMap{{"sha256", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}});
        tampered.insert("file", file);
        const auto refused = requestImage(*m_bobMedia, m_bobMedia->imageSource(tampered, true), {});
        QVERIFY(refused.done);
        QVERIFY(refused.image.isNull());
        QVERIFY2(refused.error.contains("hash"), qPrintable(refused.error));
    }

    void encryptedVideoPlaysFromMemoryAndNeverFromDisk()
    {
        const QString roomId = test::createSharedRoom(*m_alice, *m_bob, encryptedRoom());
        QVERIFY(!roomId.isEmpty());
        Model timeline(&m_bob->session());
        timeline.setRoomId(roomId);
        const QString path = m_dir.filePath("secret-clip.webm");
        QCOMPARE(test::makeTestVideo(path, 20, 320, 240), QString());
        QVERIFY(!await((*m_alice)->sendFile(roomId, path)).transactionId.isEmpty());
        QVariantMap media;
        QTRY_VERIFY_WITH_TIMEOUT(!(media = mediaNamed(timeline, "secret-clip.webm")).isEmpty(),
                                 30'000);
        QCOMPARE(media.value("kind").toString(), QStringLiteral("video"));
        QVERIFY(media.value("encrypted").toBool());
        QCOMPARE(media.value("width").toInt(), 320);
        QCOMPARE(media.value("height").toInt(), 240);
        QVERIFY(qAbs(media.value("durationMs").toLongLong() - 2000) <= 100);

        // The poster: the encrypted thumbnail, decrypted in memory.
        const QString poster = m_bobMedia->imageSource(media, false);
        QVERIFY(poster.startsWith("image://atrium-media/"));
        QVERIFY(m_bobMedia->imageSource(media, true).isEmpty());
        const auto frame = requestImage(*m_bobMedia, poster, {});
        QVERIFY2(!frame.image.isNull(), qPrintable(frame.error));
        QCOMPARE(frame.image.size(), QSize(320, 240));

        PlayerRecorder player;
        m_bobMedia->loadPlayback(media, &player);
        const QString key = m_bobMedia->playbackKey(media);
        QTRY_VERIFY_WITH_TIMEOUT(player.device, 20'000);
        QVERIFY(player.source.isEmpty());
        QVERIFY(player.deviceUrl.toString().endsWith("secret-clip.webm"));
        QCOMPARE(player.device->parent(), &player);
        const QByteArray plain = readFile(path);
        QCOMPARE(player.device->readAll(), plain);
        QCOMPARE(m_bobMedia->transfer(key).value("state").toString(), QStringLiteral("succeeded"));
        // Only ciphertext on disk.
        QDirIterator files(m_bob->dataDir(), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        while (files.hasNext())
            QVERIFY(readFile(files.next()) != plain);

        // A wrong hash: nothing to play, and the reason.
        QVariantMap tampered = media;
        QVariantMap file = tampered.value("file").toMap();
        file.insert("hashes",
                    QVariantMap{{"sha256", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}});
        tampered.insert("file", file);
        PlayerRecorder refused;
        m_bobMedia->loadPlayback(tampered, &refused);
        const QString tamperedKey = m_bobMedia->playbackKey(tampered);
        QTRY_COMPARE_WITH_TIMEOUT(m_bobMedia->transfer(tamperedKey).value("state").toString(),
                                  QStringLiteral("failed"), 20'000);
        QVERIFY2(m_bobMedia->transfer(tamperedKey).value("error").toString().contains("hash"),
                 qPrintable(m_bobMedia->transfer(tamperedKey).value("error").toString()));
        QVERIFY(!refused.device);
        QVERIFY(refused.source.isEmpty());
    }

    void plainAudioPlaysFromTheCache()
    {
        const QString path = m_dir.filePath("note.wav");
        QCOMPARE(test::makeTestAudio(path, 10), QString());
        QVERIFY(!await((*m_alice)->sendFile(m_roomId, path)).transactionId.isEmpty());
        QVariantMap media;
        QTRY_VERIFY_WITH_TIMEOUT(!(media = mediaNamed(*m_bobTimeline, "note.wav")).isEmpty(),
                                 20'000);
        QCOMPARE(media.value("kind").toString(), QStringLiteral("audio"));
        QVERIFY(qAbs(media.value("durationMs").toLongLong() - 1000) <= 50);
        // Nothing fetched to show the row.
        QVERIFY(m_bobMedia->imageSource(media, false).isEmpty());
        QVERIFY(!m_bobMedia->transfer(m_bobMedia->playbackKey(media)).value("known").toBool());

        PlayerRecorder player;
        m_bobMedia->loadPlayback(media, &player);
        QTRY_VERIFY_WITH_TIMEOUT(player.source.isLocalFile(), 20'000);
        QVERIFY(!player.device);
        QCOMPARE(readFile(player.source.toLocalFile()), readFile(path));
    }

    void fileDownloadShowsProgressAndEndsWithALocalFile()
    {
        QByteArray data(24 * 1024 * 1024, 'x');
        for (int i = 0; i < data.size(); i += 997)
            data[i] = char(i % 251);
        const QString path = writeFile(m_dir, "big-report.pdf", data);
        QVERIFY(!await((*m_alice)->sendFile(m_roomId, path)).transactionId.isEmpty());
        QVariantMap media;
        QTRY_VERIFY_WITH_TIMEOUT(!(media = mediaNamed(*m_bobTimeline, "big-report.pdf")).isEmpty(),
                                 20'000);
        QCOMPARE(media.value("kind").toString(), QStringLiteral("file"));
        QCOMPARE(media.value("category").toString(), QStringLiteral("pdf"));
        QCOMPARE(media.value("sizeText").toString(), QStringLiteral("25.2 MB"));

        const QString key = m_bobMedia->fileKey(media);
        QList<double> progress;
        connect(m_bobMedia.get(), &MediaController::transferChanged, this,
                [&](const QString &changed) {
                    if (changed == key)
                        progress.append(m_bobMedia->transfer(key).value("progress").toDouble());
                });
        QSignalSpy saved(m_bobMedia.get(), &MediaController::saved);
        QTemporaryDir out;
        // Sent over about three seconds: on loopback the whole file could
        // otherwise arrive before the first progress report.
        QVERIFY(m_server.setFaults({{"body_rate", 8 * 1024 * 1024}, {"path_regex", "/download/"}}));
        m_bobMedia->saveAs(media, QUrl::fromLocalFile(out.filePath("report.pdf")), false);
        QVERIFY(m_bobMedia->transfer(key).value("running").toBool());
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20'000);
        QVERIFY(m_server.clearFaults());
        QCOMPARE(saved.first().at(1).toString(), out.filePath("report.pdf"));
        QCOMPARE(readFile(out.filePath("report.pdf")), data);
        const QVariantMap done = m_bobMedia->transfer(key);
        QCOMPARE(done.value("state").toString(), QStringLiteral("succeeded"));
        QCOMPARE(done.value("filePath").toString(), out.filePath("report.pdf"));
        QCOMPARE(done.value("bytesDone").toLongLong(), qint64(data.size()));
        bool partway = false;
        for (double value : progress)
            partway = partway || (value > 0 && value < 1);
        QVERIFY2(partway, "progress was reported before the end");
        QCOMPARE(progress.last(), 1.0);
    }

    void savingNeverReplacesAFileUnlessAsked()
    {
        const QString path = writeFile(m_dir, "minutes.txt", "the minutes");
        QVERIFY(!await((*m_alice)->sendFile(m_roomId, path)).transactionId.isEmpty());
        QVariantMap media;
        QTRY_VERIFY_WITH_TIMEOUT(!(media = mediaNamed(*m_bobTimeline, "minutes.txt")).isEmpty(),
                                 20'000);
        QTemporaryDir out;
        const QString target = writeFile(out, "minutes.txt", "mine, keep it");
        QVERIFY(m_bobMedia->fileExists(QUrl::fromLocalFile(target)));
        QSignalSpy saved(m_bobMedia.get(), &MediaController::saved);
        m_bobMedia->saveAs(media, QUrl::fromLocalFile(target), false);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20'000);
        QCOMPARE(saved.last().at(1).toString(), out.filePath("minutes (1).txt"));
        QCOMPARE(readFile(target), QByteArray("mine, keep it"));
        QCOMPARE(readFile(out.filePath("minutes (1).txt")), QByteArray("the minutes"));

        m_bobMedia->saveAs(media, QUrl::fromLocalFile(target), true);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 20'000);
        QCOMPARE(saved.last().at(1).toString(), target);
        QCOMPARE(readFile(target), QByteArray("the minutes"));
        QVERIFY(m_bobMedia->suggestedSaveUrl(media).toLocalFile().endsWith("/minutes.txt"));
    }

    void openDownloadsOnceThenOpensWithTheSystem()
    {
        const QString path = writeFile(m_dir, "agenda.txt", "1. files");
        QVERIFY(!await((*m_alice)->sendFile(m_roomId, path)).transactionId.isEmpty());
        QVariantMap media;
        QTRY_VERIFY_WITH_TIMEOUT(!(media = mediaNamed(*m_bobTimeline, "agenda.txt")).isEmpty(),
                                 20'000);
        m_opened.clear();
        QSignalSpy opened(m_bobMedia.get(), &MediaController::opened);
        m_bobMedia->open(media);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 20'000);
        QCOMPARE(m_opened.size(), 1);
        const QString local = m_opened.first().toLocalFile();
        QVERIFY(local.startsWith(m_bobMedia->openDirectory()));
        QVERIFY(local.endsWith("/agenda.txt"));
        QCOMPARE(readFile(local), QByteArray("1. files"));
        // The second time it is already there: opened at once.
        QSignalSpy inserted(m_bobMedia->transfers(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_bobMedia.get(), &MediaController::transferChanged);
        m_bobMedia->open(media);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(changed.size(), 0);
    }

    void programsAreNeverOpened()
    {
        m_opened.clear();
        QSignalSpy refused(m_bobMedia.get(), &MediaController::openRefused);
        // By name: not even downloaded.
        const QString script = writeFile(m_dir, "cleanup.sh", "#!/bin/sh\nrm -rf ~\n");
        QVERIFY(!await((*m_alice)->sendFile(m_roomId, script)).transactionId.isEmpty());
        QVariantMap media;
        QTRY_VERIFY_WITH_TIMEOUT(!(media = mediaNamed(*m_bobTimeline, "cleanup.sh")).isEmpty(),
                                 20'000);
        QVERIFY(media.value("executable").toBool());
        m_bobMedia->open(media);
        QCOMPARE(refused.size(), 1);
        QVERIFY(!m_bobMedia->transfer(m_bobMedia->fileKey(media)).value("known").toBool());

        // By content: a program named like a document is downloaded, then refused.
        const QString disguised = writeFile(m_dir, "invoice.pdf",
                                            QByteArray("\x7f"
                                                       "ELF\x02\x01\x01\x00",
                                                       8));
        QVERIFY(!await((*m_alice)->sendFile(m_roomId, disguised)).transactionId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!(media = mediaNamed(*m_bobTimeline, "invoice.pdf")).isEmpty(),
                                 20'000);
        QVERIFY(!media.value("executable").toBool());
        m_bobMedia->open(media);
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 2, 20'000);
        QTest::qWait(200);
        QVERIFY(m_opened.isEmpty());
    }

    void cancelledSaveLeavesNothingAndCanBeDoneAgain()
    {
        const QByteArray data(300'000, 's');
        const QString path = writeFile(m_dir, "slides.pdf", data);
        QVERIFY(!await((*m_alice)->sendFile(m_roomId, path)).transactionId.isEmpty());
        QVariantMap media;
        QTRY_VERIFY_WITH_TIMEOUT(!(media = mediaNamed(*m_bobTimeline, "slides.pdf")).isEmpty(),
                                 20'000);
        // The server holds the file back: the download is still running when cancelled.
        QVERIFY(m_server.setFaults({{"delay_ms", 3000}, {"path_regex", "/download/"}}));
        QSignalSpy saved(m_bobMedia.get(), &MediaController::saved);
        QSignalSpy failed(m_bobMedia.get(), &MediaController::transferFailed);
        QTemporaryDir out;
        const QString key = m_bobMedia->fileKey(media);
        m_bobMedia->saveAs(media, QUrl::fromLocalFile(out.filePath("slides.pdf")), false);
        QVERIFY(m_bobMedia->transfer(key).value("running").toBool());
        // Its .part file waits beside the destination.
        QTRY_VERIFY(
            !QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).isEmpty());

        m_bobMedia->cancelDownload(media);
        QCOMPARE(m_bobMedia->transfer(key).value("state").toString(), QStringLiteral("cancelled"));
        QVERIFY(!m_bobMedia->transfer(key).value("running").toBool());
        QVERIFY(QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).isEmpty());
        QTest::qWait(500);
        QCOMPARE(saved.size(), 0);
        QCOMPARE(failed.size(), 0);
        QVERIFY(QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).isEmpty());

        // Asked again, it is saved whole.
        QVERIFY(m_server.clearFaults());
        m_bobMedia->saveAs(media, QUrl::fromLocalFile(out.filePath("slides.pdf")), false);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20'000);
        QCOMPARE(readFile(out.filePath("slides.pdf")), data);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 QStringList{"slides.pdf"});
    }

    void cancelledPlaybackAndImageDownloadsEnd()
    {
        const QString audioPath = m_dir.filePath("voice.wav");
        QCOMPARE(test::makeTestAudio(audioPath, 10), QString());
        QVERIFY(!await((*m_alice)->sendFile(m_roomId, audioPath)).transactionId.isEmpty());
        const QString imagePath = writeImage(m_dir, "photo.png", {300, 200});
        QVERIFY(!await((*m_alice)->sendFile(m_roomId, imagePath)).transactionId.isEmpty());
        QVariantMap audio;
        QVariantMap image;
        QTRY_VERIFY_WITH_TIMEOUT(!(audio = mediaNamed(*m_bobTimeline, "voice.wav")).isEmpty() &&
                                     !(image = mediaNamed(*m_bobTimeline, "photo.png")).isEmpty(),
                                 20'000);
        QVERIFY(m_server.setFaults({{"delay_ms", 3000}, {"path_regex", "/download/"}}));

        // Audio to play: fetched into the media cache; cancelled, nothing of it stays there.
        PlayerRecorder player;
        const QString playKey = m_bobMedia->playbackKey(audio);
        m_bobMedia->loadPlayback(audio, &player);
        QVERIFY(m_bobMedia->transfer(playKey).value("running").toBool());
        auto partFiles = [this]() {
            QStringList parts;
            QDirIterator it(m_bob->dataDir(), {".atrium-part-*"},
                            QDir::Files | QDir::Hidden | QDir::System,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                parts.append(it.next());
            return parts;
        };
        QTRY_VERIFY(!partFiles().isEmpty());
        m_bobMedia->cancelDownload(audio);
        QCOMPARE(m_bobMedia->transfer(playKey).value("state").toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(partFiles(), QStringList());
        QTest::qWait(300);
        QVERIFY(player.source.isEmpty());

        // An image for the timeline: the view hears why it has none.
        const QString source = m_bobMedia->imageSource(image, false);
        const QString imageKey = source.mid(QStringLiteral("image://atrium-media/").size());
        auto result = std::make_shared<ImageResult>();
        QObject context;
        m_bobMedia->requestImage(imageKey, {300, 200}, &context,
                                 [result](const QImage &picture, const QString &error) {
                                     *result = {true, picture, error};
                                 });
        QVERIFY(m_bobMedia->transfer(imageKey).value("running").toBool());
        m_bobMedia->cancelDownload(image);
        QTRY_VERIFY(result->done);
        QVERIFY(result->image.isNull());
        QCOMPARE(result->error, QStringLiteral("cancelled"));
        QCOMPARE(m_bobMedia->transfer(imageKey).value("state").toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(partFiles(), QStringList());

        // Play again: fetched whole this time.
        QVERIFY(m_server.clearFaults());
        m_bobMedia->loadPlayback(audio, &player);
        QTRY_VERIFY_WITH_TIMEOUT(player.source.isLocalFile(), 20'000);
        QCOMPARE(readFile(player.source.toLocalFile()), readFile(audioPath));
    }

    void filesOverTheServersLimitAreRefusedBeforeSending()
    {
        test::TestHomeserver small({"--max-upload-bytes", "100000"});
        QVERIFY(small.start());
        test::TestSession carol;
        QVERIFY(carol.signUp(small.url(), "carol"));
        MediaController media(&carol.session());
        QSignalSpy limitChanged(&media, &MediaController::uploadLimitChanged);
        QTRY_COMPARE_WITH_TIMEOUT(media.uploadLimit(), 100000.0, 10'000);
        QCOMPARE(limitChanged.size(), 1);

        const QString big = writeFile(m_dir, "recording.bin", QByteArray(120'000, 'r'));
        const QVariantMap tooLarge = media.describeFile(QUrl::fromLocalFile(big));
        QVERIFY(tooLarge.value("tooLarge").toBool());
        QCOMPARE(tooLarge.value("error").toString(),
                 QStringLiteral("recording.bin is 120.0 kB; this server accepts files up to "
                                "100.0 kB."));
        const QString fits = writeFile(m_dir, "note.bin", QByteArray(90'000, 'n'));
        const QVariantMap fine = media.describeFile(QUrl::fromLocalFile(fits));
        QVERIFY(!fine.value("tooLarge").toBool());
        QVERIFY(!fine.contains("error"));
        // Asked again (the sheet does on every show): remembered, no change.
        media.fetchUploadLimit();
        QTest::qWait(100);
        QCOMPARE(limitChanged.size(), 1);
    }

    void cancelledUploadGoesAndOtherMessagesStay()
    {
        Model timeline(&m_alice->session());
        QAbstractItemModelTester tester(&timeline,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        timeline.setRoomId(m_roomId);
        QTRY_VERIFY(!timeline.isLoading());
        MediaController media(&m_alice->session());
        QAbstractItemModelTester transferTester(
            media.transfers(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(m_server.setFaults({{"delay_ms", 4000}, {"path_regex", "/upload"}}));
        auto *queue = (*m_alice)->sendQueue();
        QSignalSpy queued(queue, &sync::SendQueue::queued);
        QSignalSpy discarded(queue, &sync::SendQueue::discarded);
        QVERIFY(!await((*m_alice)->sendText(m_roomId, "before the file")).isEmpty());
        const QString path = writeFile(m_dir, "draft.bin", QByteArray(300'000, 'd'));
        media.sendFiles(m_roomId, {QUrl::fromLocalFile(path)}, "a caption");
        QTRY_COMPARE(queued.size(), 2);
        const QString fileTxn = queued.last().first().value<store::OutgoingMessage>().transactionId;
        QCOMPARE(
            queued.last().first().value<store::OutgoingMessage>().content.value("body").toString(),
            QStringLiteral("a caption"));
        QVERIFY(!await((*m_alice)->sendText(m_roomId, "after the file")).isEmpty());

        // The pending row shows the local file and the upload's progress.
        QVariantMap row;
        QTRY_VERIFY(!(row = mediaNamed(timeline, "draft.bin")).isEmpty());
        QCOMPARE(row.value("localPath").toString(), path);
        QCOMPARE(row.value("caption").toString(), QStringLiteral("a caption"));
        QTRY_VERIFY_WITH_TIMEOUT(queue->isUploading(fileTxn), 10'000);
        QTRY_VERIFY(media.transfer(media.uploadKey(fileTxn)).value("running").toBool());

        QVERIFY(media.cancelUpload(fileTxn));
        QTRY_COMPARE(discarded.size(), 1);
        QCOMPARE(discarded.first().at(1).toString(), fileTxn);
        QVERIFY(mediaNamed(timeline, "draft.bin").isEmpty());
        QTRY_VERIFY(!media.transfer(media.uploadKey(fileTxn)).value("known").toBool());
        QVERIFY(m_server.clearFaults());
        QTRY_VERIFY_WITH_TIMEOUT(
            test::messageBodiesOnServer(m_server, m_roomId).contains("after the file"), 20'000);
        QVERIFY(test::messageBodiesOnServer(m_server, m_roomId).contains("before the file"));
        for (const auto &content : fileEventsOnServer(m_server, m_roomId))
            QVERIFY(content.value("filename").toString() != QLatin1String("draft.bin"));
        QTRY_VERIFY(await((*m_alice)->store()->run([](store::Database &db) {
                        return store::OutboxStore(db).all();
                    })).isEmpty());
    }

    void fileWaitingForItsTurnCanBeCancelled()
    {
        QVERIFY(m_server.setFaults({{"delay_ms", 2500}, {"path_regex", "/upload"}}));
        auto *queue = (*m_alice)->sendQueue();
        QSignalSpy discarded(queue, &sync::SendQueue::discarded);
        QSignalSpy sent(queue, &sync::SendQueue::sent);
        const auto first =
            await((*m_alice)->sendFile(m_roomId, writeFile(m_dir, "first.bin", "first")));
        const auto second =
            await((*m_alice)->sendFile(m_roomId, writeFile(m_dir, "second.bin", "second")));
        QVERIFY(!first.transactionId.isEmpty() && !second.transactionId.isEmpty());
        QTRY_VERIFY(queue->isUploading(first.transactionId));
        QVERIFY(!queue->isUploading(second.transactionId));
        QVERIFY(queue->cancelFile(second.transactionId));
        QTRY_COMPARE(discarded.size(), 1);
        QCOMPARE(discarded.first().at(1).toString(), second.transactionId);
        QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty(), 20'000);
        QCOMPARE(sent.first().at(1).toString(), first.transactionId);
        QTest::qWait(500);
        QStringList names;
        for (const auto &content : fileEventsOnServer(m_server, m_roomId))
            names.append(content.value("filename").toString());
        QVERIFY(names.contains("first.bin"));
        QVERIFY(!names.contains("second.bin"));
    }

private:
    test::TestHomeserver m_server;
    std::unique_ptr<test::TestSession> m_alice;
    std::unique_ptr<test::TestSession> m_bob;
    QString m_roomId;
    std::unique_ptr<Model> m_bobTimeline;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<MediaController> m_bobMedia;
    std::unique_ptr<QAbstractItemModelTester> m_transferTester;
    QList<QUrl> m_opened;
    QTemporaryDir m_dir;
};

QTEST_MAIN(MediaControllerTest)
#include "tst_mediacontroller.moc"
