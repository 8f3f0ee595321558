// What the timeline shows of other people reading and writing, with real
// Sessions against the test homeserver: who is typing, read receipts
// under the message each person has read up to, and the "new messages"
// line where this account's read marker stood when the room was opened.
#include "TestHomeserver.h"
#include "TestSession.h"
#include "matrix/Requests.h"
#include "models/TimelineModel.h"
#include "store/RoomStore.h"
#include "store/StoreThread.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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

QString fullyRead(test::TestSession &session, const QString &roomId)
{
    return await(session->store()->run([roomId](store::Database &db) {
        return store::RoomStore(db)
            .accountData(roomId, "m.fully_read")
            .value("event_id")
            .toString();
    }));
}

QStringList readers(const Model &model, int row)
{
    QStringList ids;
    for (const QVariant &reader : model.index(row, 0).data(Model::ReadByRole).toList())
        ids.append(reader.toMap().value("userId").toString());
    return ids;
}

} // namespace

class ReadStateTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.serverOutput())); }

    void othersTypingShowUntilTheyStop()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "typing-alice"));
        QVERIFY(bob.signUp(m_server.url(), "typing-bob"));
        const QString roomId = test::createSharedRoom(alice, bob);
        models::TimelineModel model(&alice.session());
        const auto check = tester(&model);
        model.setRoomId(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);
        QVERIFY(model.typingNames().isEmpty());

        QVERIFY(
            await(bob->call(matrix::requests::typing(roomId, bob->userId(), true, 30'000))).ok());
        QTRY_COMPARE_WITH_TIMEOUT(model.typingNames(), QStringList{"typing-bob"}, 10'000);
        // Our own typing is not shown to us.
        QVERIFY(await(alice->call(matrix::requests::typing(roomId, alice->userId(), true, 30'000)))
                    .ok());
        QVERIFY(await(bob->call(matrix::requests::typing(roomId, bob->userId(), false, 0))).ok());
        QTRY_VERIFY_WITH_TIMEOUT(model.typingNames().isEmpty(), 10'000);
    }

    void readReceiptsShowUnderTheMessageReadUpTo()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "receipt-alice"));
        QVERIFY(bob.signUp(m_server.url(), "receipt-bob"));
        const QString roomId = test::createSharedRoom(alice, bob);
        models::TimelineModel model(&alice.session());
        const auto check = tester(&model);
        model.setRoomId(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);
        QVERIFY(!await(alice->sendText(roomId, "one")).isEmpty());
        QVERIFY(!await(alice->sendText(roomId, "two")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(model, "two") >= 0 &&
                                     !model.eventIdAt(rowWithBody(model, "two")).isEmpty(),
                                 10'000);
        const int one = rowWithBody(model, "one");
        const int two = rowWithBody(model, "two");

        bob->markRead(roomId, model.eventIdAt(one));
        QTRY_COMPARE_WITH_TIMEOUT(readers(model, one), QStringList{bob->userId()}, 10'000);
        QVERIFY(readers(model, two).isEmpty());
        bob->markRead(roomId, model.eventIdAt(two));
        QTRY_COMPARE_WITH_TIMEOUT(readers(model, two), QStringList{bob->userId()}, 10'000);
        QVERIFY(readers(model, one).isEmpty());
        const QVariantMap reader =
            model.index(two, 0).data(Model::ReadByRole).toList().first().toMap();
        QCOMPARE(reader.value("name").toString(), QStringLiteral("receipt-bob"));
        // Our own receipt is not shown.
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!readers(model, row).contains(alice->userId()));
    }

    void newMessagesLineStaysWhereTheReadMarkerWasOnOpening()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "marker-alice"));
        QVERIFY(bob.signUp(m_server.url(), "marker-bob"));
        const QString roomId = test::createSharedRoom(alice, bob);
        QVERIFY(!await(alice->sendText(roomId, "read already")).isEmpty());
        {
            models::TimelineModel reading(&bob.session());
            QSignalSpy marked(&reading, &Model::newestEventChanged);
            reading.setRoomId(roomId);
            QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(reading, "read already") >= 0, 10'000);
            QTRY_VERIFY_WITH_TIMEOUT(!marked.isEmpty(), 10'000);
            bob->markRead(roomId, marked.last().at(1).toString());
            // Bob's store has it (from sync) before he comes back.
            QTRY_COMPARE_WITH_TIMEOUT(fullyRead(bob, roomId), marked.last().at(1).toString(),
                                      10'000);
        }
        QVERIFY(!await(alice->sendText(roomId, "new one")).isEmpty());
        QVERIFY(!await(alice->sendText(roomId, "new two")).isEmpty());
        const QString marker = fullyRead(bob, roomId);
        QVERIFY(bob.restart());
        QCOMPARE(fullyRead(bob, roomId), marker);

        models::TimelineModel model(&bob.session());
        const auto check = tester(&model);
        model.setReading(false); // the window is not in front: nothing is marked read
        QSignalSpy marked(&model, &Model::newestEventChanged);
        model.setRoomId(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(model, "new two") >= 0, 10'000);
        const int lastRead = rowWithBody(model, "read already");
        QTRY_VERIFY_WITH_TIMEOUT(model.index(lastRead, 0).data(Model::ReadMarkerRole).toBool(),
                                 10'000);
        QCOMPARE(column(model, Model::ReadMarkerRole).count("true"), 1);
        QVERIFY(marked.isEmpty());

        // Reading now: the newest is marked read, the line stays for this visit.
        model.setReading(true);
        QTRY_VERIFY_WITH_TIMEOUT(!marked.isEmpty(), 10'000);
        QCOMPARE(marked.last().at(1).toString(), model.eventIdAt(rowWithBody(model, "new two")));
        QTest::qWait(300);
        QVERIFY(model.index(lastRead, 0).data(Model::ReadMarkerRole).toBool());
    }

private:
    test::TestHomeserver m_server;
};

QTEST_MAIN(ReadStateTest)
#include "tst_readstate.moc"
