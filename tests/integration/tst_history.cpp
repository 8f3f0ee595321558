// A client that was away comes back to a limited sync: the gap it leaves is
// filled by back-pagination until the room's start, with nothing missing
// and nothing twice.
#include "TestHomeserver.h"
#include "TestSession.h"
#include "sync/RoomHistory.h"
#include "sync/SendQueue.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace atrium;
using atrium::test::await;

class HistoryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.serverOutput())); }

    void limitedSyncLeavesGapThatBackPaginationFills()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "alice"));
        QVERIFY(bob.signUp(m_server.url(), "bob"));
        const QString roomId = test::createSharedRoom(alice, bob);
        QVERIFY(!roomId.isEmpty());
        QVERIFY(!await(bob->sendText(roomId, "before the gap")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(latestBodies(bob, roomId).value(0), QString("before the gap"),
                                  10'000);

        // Bob is away while Alice writes more than one sync's timeline limit.
        bob.shutDown();
        QStringList expected{"before the gap"};
        QSignalSpy sent(alice->sendQueue(), &sync::SendQueue::sent);
        for (int i = 1; i <= 45; ++i) {
            expected.append(QStringLiteral("message %1").arg(i));
            QVERIFY(!await(alice->sendText(roomId, expected.last())).isEmpty());
        }
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 45, 20'000);

        // Back, Bob's sync is limited: the newest events land behind a gap.
        QVERIFY(bob.restart());
        QTRY_VERIFY_WITH_TIMEOUT(latestBodies(bob, roomId).contains("message 45"), 10'000);

        // Page through the store, filling each gap from the server.
        QSignalSpy filled(bob->history(), &sync::RoomHistory::gapFilled);
        store::TimelinePage page = await(bob->history()->latest(roomId, 500));
        QVERIFY(!page.gapToken.isEmpty());
        QVERIFY(page.events.size() < 46);
        for (int round = 0; round < 20 && !page.gapToken.isEmpty(); ++round) {
            const int before = filled.size();
            bob->history()->fillGap(roomId, page, 20);
            QTRY_VERIFY_WITH_TIMEOUT(filled.size() > before, 10'000);
            page = await(bob->history()->latest(roomId, 500));
        }
        QVERIFY2(page.gapToken.isEmpty(), "the room's start was never reached");
        QCOMPARE(page.events.first().type, QStringLiteral("m.room.create"));

        QStringList bodies;
        QSet<QString> ids;
        for (const auto &event : page.events) {
            QVERIFY2(!ids.contains(event.eventId), qPrintable("duplicate " + event.eventId));
            ids.insert(event.eventId);
            if (event.type == QLatin1String("m.room.message"))
                bodies.append(event.content.value("body").toString());
        }
        QCOMPARE(bodies, expected);
    }

    void membersAreLoadedOnDemand()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "mia"));
        QVERIFY(bob.signUp(m_server.url(), "noah"));
        const QString roomId = test::createSharedRoom(alice, bob);
        QSignalSpy loaded(alice->history(), &sync::RoomHistory::membersLoaded);
        alice->history()->loadMembers(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10'000);
        QCOMPARE(loaded.first().first().toString(), roomId);
    }

private:
    static QStringList latestBodies(test::TestSession &session, const QString &roomId)
    {
        QStringList bodies;
        for (const auto &event : await(session->history()->latest(roomId, 500)).events) {
            if (event.type == QLatin1String("m.room.message"))
                bodies.append(event.content.value("body").toString());
        }
        return bodies;
    }

    test::TestHomeserver m_server;
};

QTEST_GUILESS_MAIN(HistoryTest)
#include "tst_history.moc"
