// File sharing against the test homeserver: uploads and downloads byte for
// byte (plain and encrypted, authenticated media and the older API), the
// server's size limit, cancel, and files that go out exactly once across a
// client restart.
#include "TestHomeserver.h"
#include "TestMedia.h"
#include "TestSession.h"
#include "crypto/AttachmentCipher.h"
#include "matrix/HttpClient.h"
#include "matrix/Requests.h"
#include "media/FileMessage.h"
#include "media/MediaCache.h"
#include "media/MediaClient.h"
#include "media/MediaDownload.h"
#include "media/MediaUpload.h"
#include "store/OutboxStore.h"
#include "store/StoreThread.h"
#include "sync/RoomHistory.h"
#include "sync/SendQueue.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;
using atrium::test::await;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char(generator.bounded(256));
    return data;
}

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

// Waits for a transfer to end; true if it succeeded.
bool finished(media::MediaTransfer *transfer, int timeoutMs = 30'000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!transfer->isFinished() && !deadline.hasExpired())
        QTest::qWait(10);
    return transfer->state() == media::MediaTransfer::State::Succeeded;
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

class MediaTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.serverOutput()));
        m_alice = std::make_unique<test::TestSession>();
        m_bob = std::make_unique<test::TestSession>();
        QVERIFY(m_alice->signUp(m_server.url(), "media-alice"));
        QVERIFY(m_bob->signUp(m_server.url(), "media-bob"));
        m_roomId = test::createSharedRoom(*m_alice, *m_bob);
        QVERIFY(!m_roomId.isEmpty());
    }
    void cleanup() { m_server.clearFaults(); }

    void uploadThenDownloadIsByteForByte_data()
    {
        QTest::addColumn<bool>("authenticatedMedia");
        QTest::newRow("client/v1/media") << true;
        QTest::newRow("media/v3") << false;
    }

    void uploadThenDownloadIsByteForByte()
    {
        QFETCH(bool, authenticatedMedia);
        const QByteArray data = randomBytes(3 * 1024 * 1024 + 17, 1);
        const QString path = writeFile(m_dir, "data.bin", data);
        auto *media = (*m_alice)->media();
        media->setServerInfo({m_server.url(), {authenticatedMedia ? "v1.11" : "v1.1"}});

        std::unique_ptr<media::MediaUpload> upload(
            media->upload(path, "application/octet-stream", "data.bin"));
        QSignalSpy progress(upload.get(), &media::MediaTransfer::progress);
        QVERIFY2(finished(upload.get()), qPrintable(upload->errorString()));
        QVERIFY(upload->contentUri().startsWith("mxc://localhost/"));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(data.size()));

        // The other API fails for good: only the right one can have served this.
        const QString otherApi = authenticatedMedia ? "^/_matrix/media/" : "^/_matrix/client/v1/";
        QVERIFY(m_server.setFaults(
            {{"error_rate", 1.0}, {"error_status", 500}, {"path_regex", otherApi + "download"}}));
        auto *bobMedia = (*m_bob)->media();
        bobMedia->setServerInfo({m_server.url(), {authenticatedMedia ? "v1.11" : "v1.1"}});
        QTemporaryDir out;
        std::unique_ptr<media::MediaDownload> download(
            bobMedia->download(upload->contentUri(), out.filePath("copy.bin")));
        QVERIFY2(finished(download.get()), qPrintable(download->errorString()));
        QCOMPARE(download->filePath(), out.filePath("copy.bin"));
        QVERIFY(readFile(download->filePath()) == data);
        // Nothing but the file is left in the folder (no partial downloads).
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void downloadNeverOverwritesUnlessAsked()
    {
        const QString path = writeFile(m_dir, "note.txt", "first version");
        std::unique_ptr<media::MediaUpload> upload(
            (*m_alice)->media()->upload(path, "text/plain", "note.txt"));
        QVERIFY(finished(upload.get()));
        QTemporaryDir out;
        const QString target = out.filePath("note.txt");
        writeFile(out, "note.txt", "precious local file");

        std::unique_ptr<media::MediaDownload> second(
            (*m_bob)->media()->download(upload->contentUri(), target));
        QVERIFY(finished(second.get()));
        QCOMPARE(second->filePath(), out.filePath("note (1).txt"));
        QCOMPARE(readFile(target), QByteArray("precious local file"));
        QCOMPARE(readFile(second->filePath()), QByteArray("first version"));

        std::unique_ptr<media::MediaDownload> replaced(
            (*m_bob)->media()->download(upload->contentUri(), target, true));
        QVERIFY(finished(replaced.get()));
        QCOMPARE(replaced->filePath(), target);
        QCOMPARE(readFile(target), QByteArray("first version"));
    }

    void unknownMediaIsAClearError()
    {
        QTemporaryDir out;
        std::unique_ptr<media::MediaDownload> download(
            (*m_bob)->media()->download("mxc://localhost/doesnotexist", out.filePath("x")));
        QVERIFY(!finished(download.get()));
        QVERIFY2(download->errorString().contains("no such file"),
                 qPrintable(download->errorString()));
        QVERIFY(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

        std::unique_ptr<media::MediaDownload> invalid(
            (*m_bob)->media()->download("https://evil.example/x", out.filePath("x")));
        QVERIFY(!finished(invalid.get()));
        QVERIFY(invalid->errorString().contains("mxc"));
    }

    void encryptedRoundTripChecksTheHash()
    {
        const QByteArray data = randomBytes(1024 * 1024 + 3, 2);
        const QString path = writeFile(m_dir, "secret.bin", data);
        std::unique_ptr<media::MediaUpload> upload((*m_alice)->media()->uploadEncrypted(path));
        QVERIFY2(finished(upload.get()), qPrintable(upload->errorString()));
        const auto file = upload->encryptedFile();
        QVERIFY(file);
        QCOMPARE(file->url, upload->contentUri());

        // What the server holds is ciphertext.
        QTemporaryDir out;
        std::unique_ptr<media::MediaDownload> raw(
            (*m_bob)->media()->download(file->url, out.filePath("raw")));
        QVERIFY(finished(raw.get()));
        const QByteArray ciphertext = readFile(raw->filePath());
        QCOMPARE(ciphertext.size(), data.size());
        QVERIFY(ciphertext != data);

        std::unique_ptr<media::MediaDownload> download(
            (*m_bob)->media()->downloadEncrypted(*file, out.filePath("secret.bin")));
        QVERIFY2(finished(download.get()), qPrintable(download->errorString()));
        QVERIFY(readFile(download->filePath()) == data);
    }

    void corruptedCiphertextIsNeverSaved()
    {
        // Encrypt locally, then upload a ciphertext with one bit flipped.
        const QByteArray data = randomBytes(600 * 1024, 3);
        QBuffer plain;
        plain.setData(data);
        plain.open(QIODevice::ReadOnly);
        QBuffer encrypted;
        encrypted.open(QIODevice::WriteOnly);
        auto file = crypto::AttachmentCipher::encrypt(plain, encrypted);
        QVERIFY(file);
        QByteArray tampered = encrypted.data();
        tampered[12345] = char(tampered.at(12345) ^ 0x04);
        const QString path = writeFile(m_dir, "tampered.bin", tampered);
        std::unique_ptr<media::MediaUpload> upload(
            (*m_alice)->media()->upload(path, "application/octet-stream", {}));
        QVERIFY(finished(upload.get()));
        file->url = upload->contentUri();

        QTemporaryDir out;
        std::unique_ptr<media::MediaDownload> download(
            (*m_bob)->media()->downloadEncrypted(*file, out.filePath("evil.bin")));
        QVERIFY(!finished(download.get()));
        QVERIFY2(download->errorString().contains("SHA-256"), qPrintable(download->errorString()));
        QVERIFY(download->filePath().isEmpty());
        QVERIFY(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void sizeLimitIsCheckedBeforeUploading()
    {
        test::TestHomeserver small({"--max-upload-bytes", "100000"});
        QVERIFY(small.start());
        test::TestSession carol;
        QVERIFY(carol.signUp(small.url(), "carol"));
        const QString path = writeFile(m_dir, "big.bin", randomBytes(200'000, 4));
        // A server that would not see the upload anyway: a refusal must come
        // from the client's own check against m.upload.size.
        QVERIFY(small.setFaults({{"drop_rate", 1.0}, {"path_regex", "/upload"}}));
        std::unique_ptr<media::MediaUpload> upload(
            carol->media()->upload(path, "application/octet-stream", "big.bin"));
        QVERIFY(!finished(upload.get()));
        QVERIFY2(upload->errorString().contains("accepts files up to 100.0 kB"),
                 qPrintable(upload->errorString()));
        QVERIFY(!upload->isTransientFailure());

        // The same through the outbox: the message fails with that reason.
        const QString roomId = await(carol->call(matrix::requests::createRoom(QJsonObject{})))
                                   .json()
                                   .value("room_id")
                                   .toString();
        QVERIFY(!roomId.isEmpty());
        QSignalSpy failed(carol->sendQueue(), &sync::SendQueue::failed);
        const auto queued = await(carol->sendFile(roomId, path));
        QVERIFY(!queued.transactionId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10'000);
        QVERIFY(failed.first().at(2).toString().contains("100.0 kB"));
    }

    void sentImageHasInfoAndDownloads()
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        const QString path = m_dir.filePath("diagram.png");
        QVERIFY(image.save(path));
        QSignalSpy sent((*m_alice)->sendQueue(), &sync::SendQueue::sent);
        const auto queued = await((*m_alice)->sendFile(m_roomId, path, "the diagram"));
        QVERIFY2(!queued.transactionId.isEmpty(), qPrintable(queued.lastError));
        QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty(), 15'000);

        const auto events = fileEventsOnServer(m_server, m_roomId);
        QVERIFY(!events.isEmpty());
        const QJsonObject content = events.last();
        QCOMPARE(content.value("msgtype").toString(), QStringLiteral("m.image"));
        QCOMPARE(content.value("body").toString(), QStringLiteral("the diagram"));
        QCOMPARE(content.value("filename").toString(), QStringLiteral("diagram.png"));
        const QJsonObject info = content.value("info").toObject();
        QCOMPARE(info.value("mimetype").toString(), QStringLiteral("image/png"));
        QCOMPARE(info.value("size").toInteger(), QFileInfo(path).size());
        QCOMPARE(info.value("w").toInt(), 64);
        QCOMPARE(info.value("h").toInt(), 48);

        QTemporaryDir out;
        std::unique_ptr<media::MediaDownload> download(
            (*m_bob)->media()->download(content.value("url").toString(), out.filePath("d.png")));
        QVERIFY(finished(download.get()));
        QVERIFY(readFile(download->filePath()) == readFile(path));

        // Into the cache (no destination), and a thumbnail of it.
        std::unique_ptr<media::MediaDownload> cached(
            (*m_bob)->media()->download(content.value("url").toString(), {}));
        QVERIFY(finished(cached.get()));
        QVERIFY(cached->filePath().startsWith((*m_bob)->media()->cache()->directory()));
        std::unique_ptr<media::MediaDownload> thumbnail(
            (*m_bob)->media()->thumbnail(content.value("url").toString(), 32, 32));
        QVERIFY2(finished(thumbnail.get()), qPrintable(thumbnail->errorString()));
        QImage small(thumbnail->filePath());
        QVERIFY(!small.isNull());
        QVERIFY(small.width() <= 32 && small.height() <= 32);
    }

    void largeImageGetsAThumbnail()
    {
        QImage image(1600, 1000, QImage::Format_RGB32);
        image.fill(Qt::darkMagenta);
        const QString path = m_dir.filePath("photo.jpg");
        QVERIFY(image.save(path, "JPEG"));
        QSignalSpy sent((*m_alice)->sendQueue(), &sync::SendQueue::sent);
        const auto queued = await((*m_alice)->sendFile(m_roomId, path));
        QVERIFY2(!queued.transactionId.isEmpty(), qPrintable(queued.lastError));
        QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty(), 15'000);

        const QJsonObject info =
            fileEventsOnServer(m_server, m_roomId).last().value("info").toObject();
        QCOMPARE(info.value("w").toInt(), 1600);
        QCOMPARE(info.value("h").toInt(), 1000);
        const QJsonObject thumbnailInfo = info.value("thumbnail_info").toObject();
        QCOMPARE(thumbnailInfo.value("w").toInt(), 800);
        QCOMPARE(thumbnailInfo.value("h").toInt(), 500);
        QCOMPARE(thumbnailInfo.value("mimetype").toString(), QStringLiteral("image/jpeg"));

        QTemporaryDir out;
        std::unique_ptr<media::MediaDownload> download((*m_bob)->media()->download(
            info.value("thumbnail_url").toString(), out.filePath("thumb.jpg")));
        QVERIFY(finished(download.get()));
        const QImage thumbnail(download->filePath());
        QCOMPARE(thumbnail.size(), QSize(800, 500));
        QCOMPARE(QFileInfo(download->filePath()).size(), thumbnailInfo.value("size").toInteger());
    }

    void videoIsSentWithDurationSizeAndAFrameAsThumbnail()
    {
        const QString path = m_dir.filePath("standup.webm");
        QCOMPARE(test::makeTestVideo(path, 30, 320, 240), QString());
        QSignalSpy sent((*m_alice)->sendQueue(), &sync::SendQueue::sent);
        const auto queued = await((*m_alice)->sendFile(m_roomId, path));
        QVERIFY2(!queued.transactionId.isEmpty(), qPrintable(queued.lastError));
        QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty(), 15'000);

        const QJsonObject content = fileEventsOnServer(m_server, m_roomId).last();
        QCOMPARE(content.value("msgtype").toString(), QStringLiteral("m.video"));
        const QJsonObject info = content.value("info").toObject();
        QCOMPARE(info.value("mimetype").toString(), QStringLiteral("video/webm"));
        QCOMPARE(info.value("size").toInteger(), QFileInfo(path).size());
        QCOMPARE(info.value("w").toInt(), 320);
        QCOMPARE(info.value("h").toInt(), 240);
        QVERIFY2(qAbs(info.value("duration").toInteger() - 3000) <= 100,
                 qPrintable(QString::number(info.value("duration").toInteger())));
        const QJsonObject thumbnailInfo = info.value("thumbnail_info").toObject();
        QCOMPARE(thumbnailInfo.value("w").toInt(), 320);
        QCOMPARE(thumbnailInfo.value("h").toInt(), 240);
        QCOMPARE(thumbnailInfo.value("mimetype").toString(), QStringLiteral("image/jpeg"));

        QTemporaryDir out;
        std::unique_ptr<media::MediaDownload> download((*m_bob)->media()->download(
            info.value("thumbnail_url").toString(), out.filePath("poster.jpg")));
        QVERIFY(finished(download.get()));
        const QImage poster(download->filePath());
        QCOMPARE(poster.size(), QSize(320, 240));
        QCOMPARE(QFileInfo(download->filePath()).size(), thumbnailInfo.value("size").toInteger());
        // videotestsrc's colour bars, not a blank picture.
        QVERIFY(poster.pixelColor(10, 60) != poster.pixelColor(300, 60));
    }

    void encryptedVideoGetsAnEncryptedFrameAsThumbnail()
    {
        const QString path = m_dir.filePath("secret.webm");
        QCOMPARE(test::makeTestVideo(path, 20, 160, 120), QString());
        const auto message = media::FileMessage::fromFile(path);
        QVERIFY2(message.isValid(), qPrintable(message.error));
        QJsonObject attachment = message.attachment;
        attachment.insert("encrypt", true);
        QSignalSpy sent((*m_alice)->sendQueue(), &sync::SendQueue::sent);
        QVERIFY(!await((*m_alice)->sendQueue()->enqueue(m_roomId, "m.room.message", message.content,
                                                        attachment))
                     .transactionId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty(), 15'000);

        const QJsonObject content = fileEventsOnServer(m_server, m_roomId).last();
        QVERIFY(!content.contains("url"));
        QVERIFY(content.contains("file"));
        const QJsonObject info = content.value("info").toObject();
        QCOMPARE(info.value("w").toInt(), 160);
        QCOMPARE(info.value("h").toInt(), 120);
        QVERIFY(qAbs(info.value("duration").toInteger() - 2000) <= 100);
        QVERIFY(!info.contains("thumbnail_url"));
        const auto thumbnailFile =
            crypto::EncryptedFile::fromJson(info.value("thumbnail_file").toObject());
        QVERIFY(thumbnailFile);
        QTemporaryDir out;
        std::unique_ptr<media::MediaDownload> thumbnail(
            (*m_bob)->media()->downloadEncrypted(*thumbnailFile, out.filePath("poster.jpg")));
        QVERIFY2(finished(thumbnail.get()), qPrintable(thumbnail->errorString()));
        QCOMPARE(QImage(thumbnail->filePath()).size(), QSize(160, 120));
    }

    void audioIsSentWithDuration()
    {
        const QString path = m_dir.filePath("note.wav");
        QCOMPARE(test::makeTestAudio(path, 15), QString());
        QSignalSpy sent((*m_alice)->sendQueue(), &sync::SendQueue::sent);
        QVERIFY(!await((*m_alice)->sendFile(m_roomId, path)).transactionId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty(), 15'000);
        const QJsonObject content = fileEventsOnServer(m_server, m_roomId).last();
        QCOMPARE(content.value("msgtype").toString(), QStringLiteral("m.audio"));
        const QJsonObject info = content.value("info").toObject();
        QVERIFY(qAbs(info.value("duration").toInteger() - 1500) <= 50);
        QVERIFY(!info.contains("thumbnail_url"));
        QVERIFY(!info.contains("w"));
    }

    void smallImageNeedsNoThumbnail()
    {
        QImage image(300, 200, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        const QString path = m_dir.filePath("icon.png");
        QVERIFY(image.save(path));
        QSignalSpy sent((*m_alice)->sendQueue(), &sync::SendQueue::sent);
        QVERIFY(!await((*m_alice)->sendFile(m_roomId, path)).transactionId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty(), 15'000);
        const QJsonObject info =
            fileEventsOnServer(m_server, m_roomId).last().value("info").toObject();
        QCOMPARE(info.value("w").toInt(), 300);
        QVERIFY(!info.contains("thumbnail_url"));
        QVERIFY(!info.contains("thumbnail_info"));
    }

    void imageThatCannotBeThumbnailedIsSentWithout()
    {
        // Looks like an image to the outbox, but is not one.
        const QString path = writeFile(m_dir, "broken.jpg", "not a jpeg at all");
        QSignalSpy sent((*m_alice)->sendQueue(), &sync::SendQueue::sent);
        QVERIFY(
            !await((*m_alice)->sendQueue()->enqueue(
                       m_roomId, "m.room.message", {{"msgtype", "m.image"}, {"body", "broken.jpg"}},
                       {{"path", path}, {"name", "broken.jpg"}, {"thumbnail", true}}))
                 .transactionId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty(), 15'000);
        const QJsonObject content = fileEventsOnServer(m_server, m_roomId).last();
        QCOMPARE(content.value("body").toString(), QStringLiteral("broken.jpg"));
        QVERIFY(content.value("url").toString().startsWith("mxc://"));
        QVERIFY(!content.value("info").toObject().contains("thumbnail_url"));
    }

    void filesInEncryptedRoomsAreEncryptedTwice()
    {
        // The file is AES-CTR ciphertext on the media repository, and the
        // event that holds its key is Megolm-encrypted.
        const QString roomId = test::createSharedRoom(
            *m_alice, *m_bob,
            {{"initial_state",
              QJsonArray{
                  QJsonObject{{"type", "m.room.encryption"},
                              {"state_key", ""},
                              {"content", QJsonObject{{"algorithm", "m.megolm.v1.aes-sha2"}}}}}}});
        QVERIFY(!roomId.isEmpty());
        const QByteArray secret = "the board minutes, not for the server";
        const QString path = writeFile(m_dir, "minutes.txt", secret);
        const auto queued = await((*m_alice)->sendFile(roomId, path));
        QVERIFY2(!queued.transactionId.isEmpty(), qPrintable(queued.lastError));

        QJsonObject content;
        QTRY_VERIFY_WITH_TIMEOUT(!(content = lastMessageContent(*m_bob, roomId)).isEmpty(), 20'000);
        QVERIFY(fileEventsOnServer(m_server, roomId).isEmpty()); // only m.room.encrypted there
        QCOMPARE(content.value("body").toString(), QStringLiteral("minutes.txt"));
        QVERIFY(!content.contains("url"));
        const auto file = crypto::EncryptedFile::fromJson(content.value("file").toObject());
        QVERIFY(file);
        QTemporaryDir out;
        std::unique_ptr<media::MediaDownload> download(
            (*m_bob)->media()->downloadEncrypted(*file, out.filePath("minutes.txt")));
        QVERIFY2(finished(download.get()), qPrintable(download->errorString()));
        QCOMPARE(readFile(download->filePath()), secret);
    }

    void missingFileIsRefusedAtOnce()
    {
        const auto queued = await((*m_alice)->sendFile(m_roomId, m_dir.filePath("nope.pdf")));
        QVERIFY(queued.transactionId.isEmpty());
        QVERIFY(queued.lastError.contains("no such file"));
    }

    void cancelledUploadSendsNothing()
    {
        auto [alice, roomId] = signedInWithRoom("cancel");
        QVERIFY(!roomId.isEmpty());
        QVERIFY(m_server.setFaults({{"delay_ms", 3000}, {"path_regex", "/upload"}}));
        const QString path = writeFile(m_dir, "cancel.bin", randomBytes(200'000, 5));
        QSignalSpy discarded((*alice)->sendQueue(), &sync::SendQueue::discarded);
        const auto queued = await((*alice)->sendFile(roomId, path));
        QVERIFY(!queued.transactionId.isEmpty());
        QTRY_VERIFY((*alice)->sendQueue()->isUploading(queued.transactionId));
        QVERIFY((*alice)->sendQueue()->cancelUpload(queued.transactionId));
        QTRY_COMPARE(discarded.size(), 1);
        QVERIFY(m_server.clearFaults());
        QTest::qWait(500);
        QVERIFY(fileEventsOnServer(m_server, roomId).isEmpty());
        QVERIFY(await((*alice)->store()->run([](store::Database &db) {
                    return store::OutboxStore(db).all();
                })).isEmpty());
        QVERIFY(!(*alice)->sendQueue()->cancelUpload(queued.transactionId));
    }

    void uploadCutShortByARestartIsSentOnce()
    {
        auto [alice, roomId] = signedInWithRoom("resume");
        QVERIFY(!roomId.isEmpty());
        QVERIFY(m_server.setFaults({{"delay_ms", 2000}, {"path_regex", "/upload"}}));
        const QByteArray data = randomBytes(500'000, 6);
        const QString path = writeFile(m_dir, "resume.bin", data);
        const auto queued = await((*alice)->sendFile(roomId, path));
        QVERIFY(!queued.transactionId.isEmpty());
        QTRY_VERIFY((*alice)->sendQueue()->isUploading(queued.transactionId));
        alice->shutDown(); // the client dies mid-upload
        QVERIFY(m_server.clearFaults());
        QVERIFY(fileEventsOnServer(m_server, roomId).isEmpty());

        QVERIFY(alice->restart());
        QTRY_COMPARE_WITH_TIMEOUT(fileEventsOnServer(m_server, roomId).size(), 1, 20'000);
        QTest::qWait(1'000);
        const auto events = fileEventsOnServer(m_server, roomId);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().value("body").toString(), QStringLiteral("resume.bin"));
        QTemporaryDir out;
        std::unique_ptr<media::MediaDownload> download(
            (*alice)->media()->download(events.first().value("url").toString(), out.filePath("r")));
        QVERIFY(finished(download.get()));
        QVERIFY(readFile(download->filePath()) == data);
    }

    void finishedUploadIsNotRepeatedAfterRestart()
    {
        auto [alice, roomId] = signedInWithRoom("uploaded");
        QVERIFY(!roomId.isEmpty());
        // The upload goes through; the event cannot be sent.
        QVERIFY(m_server.setFaults({{"error_rate", 1.0}, {"path_regex", "/send/"}}));
        const QString path = writeFile(m_dir, "once.bin", randomBytes(100'000, 7));
        const auto queued = await((*alice)->sendFile(roomId, path));
        QVERIFY(!queued.transactionId.isEmpty());
        auto storedUri = [&]() {
            const auto message =
                await((*alice)->store()->run([txn = queued.transactionId](store::Database &db) {
                    return store::OutboxStore(db).find(txn).value_or(store::OutgoingMessage{});
                }));
            return message.attachment.value("mxc").toString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!storedUri().isEmpty(), 10'000);
        const QString uri = storedUri();
        alice->shutDown();
        // Were it uploaded again it would get a new mxc URI; uploads fail now.
        QVERIFY(m_server.setFaults({{"error_rate", 1.0}, {"path_regex", "/upload"}}));

        QVERIFY(alice->restart());
        QTRY_COMPARE_WITH_TIMEOUT(fileEventsOnServer(m_server, roomId).size(), 1, 20'000);
        QCOMPARE(fileEventsOnServer(m_server, roomId).first().value("url").toString(), uri);
    }

    void encryptionSeamSendsTheFileField()
    {
        // What the E2EE layer will use: an attachment marked "encrypt" is
        // uploaded as ciphertext and the event carries `file`, not `url`.
        QImage image(1200, 900, QImage::Format_ARGB32);
        image.fill(QColor(10, 20, 30, 128));
        const QString path = m_dir.filePath("seam.png");
        QVERIFY(image.save(path));
        const QByteArray data = readFile(path);
        QSignalSpy sent((*m_alice)->sendQueue(), &sync::SendQueue::sent);
        const auto queued = await((*m_alice)->sendQueue()->enqueue(
            m_roomId, "m.room.message", {{"msgtype", "m.image"}, {"body", "seam.png"}},
            {{"path", path}, {"name", "seam.png"}, {"encrypt", true}, {"thumbnail", true}}));
        QVERIFY(!queued.transactionId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty(), 15'000);
        const QJsonObject content = fileEventsOnServer(m_server, m_roomId).last();
        QVERIFY(!content.contains("url"));
        const auto file = crypto::EncryptedFile::fromJson(content.value("file").toObject());
        QVERIFY(file);
        QTemporaryDir out;
        std::unique_ptr<media::MediaDownload> download(
            (*m_bob)->media()->downloadEncrypted(*file, out.filePath("seam.png")));
        QVERIFY2(finished(download.get()), qPrintable(download->errorString()));
        QVERIFY(readFile(download->filePath()) == data);

        // The thumbnail is encrypted too (thumbnail_file), a PNG for transparency.
        const QJsonObject info = content.value("info").toObject();
        QVERIFY(!info.contains("thumbnail_url"));
        const auto thumbnailFile =
            crypto::EncryptedFile::fromJson(info.value("thumbnail_file").toObject());
        QVERIFY(thumbnailFile);
        QCOMPARE(info.value("thumbnail_info").toObject().value("mimetype").toString(),
                 QStringLiteral("image/png"));
        std::unique_ptr<media::MediaDownload> thumbnail(
            (*m_bob)->media()->downloadEncrypted(*thumbnailFile, out.filePath("thumb.png")));
        QVERIFY2(finished(thumbnail.get()), qPrintable(thumbnail->errorString()));
        QCOMPARE(QImage(thumbnail->filePath()).size(), QSize(800, 600));
    }

private:
    static QJsonObject lastMessageContent(test::TestSession &session, const QString &roomId)
    {
        const auto page = await(session->history()->latest(roomId, 20));
        for (auto it = page.events.rbegin(); it != page.events.rend(); ++it) {
            if (it->type == QLatin1String("m.room.message"))
                return it->content;
        }
        return {};
    }

    std::pair<std::unique_ptr<test::TestSession>, QString> signedInWithRoom(const QString &name)
    {
        auto alice = std::make_unique<test::TestSession>();
        test::TestSession bob;
        if (!alice->signUp(m_server.url(), name + "-a") || !bob.signUp(m_server.url(), name + "-b"))
            return {};
        const QString roomId = test::createSharedRoom(*alice, bob);
        return {std::move(alice), roomId};
    }

    test::TestHomeserver m_server;
    std::unique_ptr<test::TestSession> m_alice;
    std::unique_ptr<test::TestSession> m_bob;
    QString m_roomId;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(MediaTest)
#include "tst_media.moc"
