// The timeline of an encrypted room, as the app shows it, with real
// Sessions against the test homeserver: what this device cannot decrypt
// shows why and turns readable when the keys arrive; edits and reply
// quotes show their decrypted text; none of it is written to disk clear.
#include "TestHomeserver.h"
#include "TestSession.h"
#include "matrix/Mentions.h"
#include "matrix/RoomNotificationLevel.h"
#include "models/RoomListModel.h"
#include "models/TimelineModel.h"
#include "sync/EncryptionService.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QJsonArray>
#include <QTest>

using namespace atrium;
using atrium::test::await;
using Model = atrium::models::TimelineModel;

namespace {

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, 0).data(role).toString());
    return values;
}

std::unique_ptr<QAbstractItemModelTester> tester(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

int rowWithBody(const Model &model, const QString &body)
{
    return int(column(model, Model::BodyRole).indexOf(body));
}

// Whether any file in the data directory (the database, its WAL, …)
// holds `text`.
bool onDisk(const QString &dir, const QByteArray &text)
{
    QDirIterator files(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
            return true;
    }
    return false;
}

} // namespace

class EncryptedTimelineTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.serverOutput())); }

    void undecryptableMessagesShowWhyAndReadOnceKeysArrive()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "utd-alice"));
        QVERIFY(bob.signUp(m_server.url(), "utd-bob"));
        const QString roomId = test::createSharedRoom(alice, bob, test::encryptedRoom());
        QVERIFY(!roomId.isEmpty());
        models::TimelineModel bobsView(&bob.session());
        const auto checkBob = tester(&bobsView);
        bobsView.setRoomId(roomId);
        QVERIFY(!await(alice->sendText(roomId, "sent before the laptop")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(bobsView, "sent before the laptop") >= 0, 15'000);
        const QString original =
            bobsView.eventIdAt(rowWithBody(bobsView, "sent before the laptop"));
        QVERIFY(
            !await(alice->editText(roomId, original, "sent before the laptop, edited")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(bobsView, "sent before the laptop, edited") >= 0,
                                 15'000);

        // Bob's new device never got that room key.
        test::TestSession laptop;
        QVERIFY(laptop.signIn(m_server.url(), "utd-bob"));
        QTRY_VERIFY_WITH_TIMEOUT(!await(laptop->loadRooms()).isEmpty(), 15'000);
        models::TimelineModel model(&laptop.session());
        const auto check = tester(&model);
        model.setRoomId(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.isRoomEncrypted(), 15'000);
        const int row = int(column(model, Model::EventIdRole).indexOf(original));
        QVERIFY(row >= 0);
        const QModelIndex utd = model.index(row, 0);
        QCOMPARE(utd.data(Model::KindRole).toString(), QStringLiteral("message"));
        QVERIFY(utd.data(Model::EncryptedRole).toBool());
        QCOMPARE(utd.data(Model::DecryptionErrorRole).toString(),
                 QStringLiteral("the sender's key for this message has not arrived"));
        QVERIFY(utd.data(Model::BodyRole).toString().isEmpty());
        QVERIFY(!utd.data(Model::CanEditRole).toBool());
        // The edit, encrypted too, is no row of its own.
        QCOMPARE(column(model, Model::DecryptionErrorRole).count(QString()), model.rowCount() - 1);

        // The keys come (here from an export file of Bob's first device):
        // the row reads, with its latest edit, without reloading the room.
        const QByteArray keys = await(bob->encryption()->exportRoomKeys("passphrase"), 60'000);
        QVERIFY(!keys.isEmpty());
        QCOMPARE(await(laptop->encryption()->importRoomKeys(keys, "passphrase"), 60'000).error,
                 QString());
        // Found by its id: sync may add rows (memberships) meanwhile.
        auto decrypted = [&model, &original]() {
            return model.index(model.rowOfEventId(original), 0);
        };
        QTRY_COMPARE_WITH_TIMEOUT(decrypted().data(Model::BodyRole).toString(),
                                  QStringLiteral("sent before the laptop, edited"), 15'000);
        QVERIFY(decrypted().data(Model::EditedRole).toBool());
        QVERIFY(decrypted().data(Model::EncryptedRole).toBool());
        QVERIFY(decrypted().data(Model::DecryptionErrorRole).toString().isEmpty());
        // In place: still one row for it, and none left undecryptable.
        QCOMPARE(column(model, Model::EventIdRole).count(original), 1);
        QCOMPARE(column(model, Model::DecryptionErrorRole).count(QString()), model.rowCount());
    }

    void editsAndReplyQuotesShowDecryptedAndNothingClearIsStored()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "edit-alice"));
        QVERIFY(bob.signUp(m_server.url(), "edit-bob"));
        const QString roomId = test::createSharedRoom(alice, bob, test::encryptedRoom());
        QVERIFY(!roomId.isEmpty());
        models::TimelineModel live(&bob.session());
        const auto checkLive = tester(&live);
        live.setRoomId(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(!live.isLoading() && live.isRoomEncrypted(), 15'000);

        QVERIFY(!await(alice->sendText(roomId, "the draft wording")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(live, "the draft wording") >= 0, 15'000);
        const QString original = live.eventIdAt(rowWithBody(live, "the draft wording"));
        QVERIFY(!await(alice->editText(roomId, original, "the final wording")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(live, "the final wording") >= 0, 15'000);
        QVERIFY(!await(bob->sendText(roomId, "agreed", original)).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(live, "agreed") >= 0, 15'000);

        // Read again from the store, where all of it is ciphertext.
        QVERIFY(bob.restart());
        models::TimelineModel model(&bob.session());
        const auto check = tester(&model);
        model.setRoomId(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && rowWithBody(model, "agreed") >= 0, 15'000);
        const int edited = rowWithBody(model, "the final wording");
        QVERIFY(edited >= 0);
        QVERIFY(model.index(edited, 0).data(Model::EditedRole).toBool());
        QVERIFY(model.index(edited, 0).data(Model::EncryptedRole).toBool());
        QCOMPARE(rowWithBody(model, "the draft wording"), -1);
        const QModelIndex reply = model.index(rowWithBody(model, "agreed"), 0);
        QCOMPARE(reply.data(Model::ReplyToRole).toString(), original);
        QCOMPARE(reply.data(Model::ReplyBodyRole).toString(), QStringLiteral("the final wording"));

        for (const auto *session : {&alice, &bob}) {
            QVERIFY(!onDisk(session->dataDir(), "the draft wording"));
            QVERIFY(!onDisk(session->dataDir(), "the final wording"));
        }
        // The test can fail: the same search finds what is stored clear.
        QVERIFY(onDisk(bob.dataDir(), roomId.toUtf8()));
    }

    void mentionsInEncryptedMessagesCountUntilRead()
    {
        // The server cannot read the messages, so its highlight count stays
        // 0; Bob's client finds the mentions after decrypting them.
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "mention-alice"));
        QVERIFY(bob.signUp(m_server.url(), "mention-bob"));
        const QString roomId = test::createSharedRoom(alice, bob, test::encryptedRoom());
        QVERIFY(!roomId.isEmpty());
        models::TimelineModel live(&bob.session());
        live.setRoomId(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(!live.isLoading() && live.isRoomEncrypted(), 15'000);
        auto highlights = [&bob, &roomId]() {
            for (const store::RoomSummary &room : await(bob->loadRooms())) {
                if (room.roomId == roomId)
                    return room.highlightCount;
            }
            return -1;
        };
        const QString mention = QStringLiteral("[Bob](%1) can you look?")
                                    .arg(matrix::Mentions::userLink(bob->userId()));

        QVERIFY(!await(alice->sendText(roomId, "just chatting")).isEmpty());
        QVERIFY(!await(alice->sendText(roomId, mention)).isEmpty());
        QVERIFY(!await(alice->sendText(roomId, "and another thing")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(live, "and another thing") >= 0, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(highlights(), 1, 15'000);

        // Read here (or on another device): the receipt clears it.
        bob->markRead(roomId, live.eventIdAt(rowWithBody(live, "and another thing")));
        QTRY_COMPARE_WITH_TIMEOUT(highlights(), 0, 15'000);

        // A new mention counts again; Bob answering means he has read it.
        QVERIFY(!await(alice->sendText(roomId, mention)).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(highlights(), 1, 15'000);
        QVERIFY(bob.restart()); // the count is stored
        QCOMPARE(highlights(), 1);
        QVERIFY(!await(bob->sendText(roomId, "on it")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(highlights(), 0, 15'000);

        // Mentions only: the server counts nothing here, the mention is
        // still a notification.
        using namespace matrix::RoomNotificationLevel;
        for (const auto &request : requests(Level::MentionsAndKeywords, roomId))
            await(bob->call(request));
        QVERIFY(!await(alice->sendText(roomId, "nothing for you")).isEmpty());
        QVERIFY(!await(alice->sendText(roomId, mention)).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(highlights(), 1, 15'000);
        const auto rooms = await(bob->loadRooms());
        const auto room = std::find_if(rooms.cbegin(), rooms.cend(),
                                       [&](const auto &room) { return room.roomId == roomId; });
        QCOMPARE(room->notificationCount, 1);
    }

    // Keys imported later (an export file, or the key backup) decrypt
    // messages the user has not read: a mention among them counts then, and
    // the room list hears of it without waiting for a sync.
    void aMentionCountsOnceImportedKeysDecryptIt()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "import-alice"));
        QVERIFY(bob.signUp(m_server.url(), "import-bob"));
        const QString roomId = test::createSharedRoom(alice, bob, test::encryptedRoom());
        QVERIFY(!roomId.isEmpty());
        const QString mention =
            QStringLiteral("[Bob](%1) the figures?").arg(matrix::Mentions::userLink(bob->userId()));
        QVERIFY(!await(alice->sendText(roomId, mention)).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(test::readableBodies(bob, roomId).contains("Bob the figures?"),
                                 15'000);

        // Bob's laptop never got that key: nothing to count yet.
        test::TestSession laptop;
        models::RoomListModel rooms(&laptop.session());
        QVERIFY(laptop.signIn(m_server.url(), "import-bob"));
        auto highlights = [&rooms, &roomId]() {
            for (int row = 0; row < rooms.rowCount(); ++row) {
                const QModelIndex index = rooms.index(row, 0);
                if (index.data(models::RoomListModel::RoomIdRole).toString() == roomId)
                    return index.data(models::RoomListModel::HighlightCountRole).toInt();
            }
            return -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(highlights(), 0, 15'000);

        const QByteArray keys = await(bob->encryption()->exportRoomKeys("passphrase"), 60'000);
        QVERIFY(!keys.isEmpty());
        QCOMPARE(await(laptop->encryption()->importRoomKeys(keys, "passphrase"), 60'000).error,
                 QString());
        QTRY_COMPARE_WITH_TIMEOUT(highlights(), 1, 15'000);
    }

private:
    test::TestHomeserver m_server;
};

QTEST_MAIN(EncryptedTimelineTest)
#include "tst_encryptedtimeline.moc"
