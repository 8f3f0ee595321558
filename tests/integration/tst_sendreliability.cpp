// A message typed is a message sent, eventually, exactly once and in order:
// checked on the server's side across outages, dropped connections, rate
// limits and a client restart.
#include "TestHomeserver.h"
#include "TestSession.h"
#include "sync/RoomHistory.h"
#include "sync/SendQueue.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace atrium;
using atrium::test::await;

class SendReliabilityTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.serverOutput())); }
    void cleanup() { m_server.clearFaults(); }

    void serverOutageLosesAndDuplicatesNothing()
    {
        auto [alice, roomId] = signedInWithRoom("outage");
        QVERIFY(!roomId.isEmpty());
        QVERIFY(m_server.setFaults(
            {{"error_rate", 1.0}, {"error_status", 502}, {"path_regex", "/send/"}}));
        const QStringList messages = queue(*alice, roomId, "outage", 10);
        QTest::qWait(1'000); // several failed attempts
        QVERIFY(m_server.clearFaults());
        QTRY_COMPARE_WITH_TIMEOUT(test::messageBodiesOnServer(m_server, roomId), messages, 20'000);
    }

    void droppedConnectionsDoNotDuplicate()
    {
        auto [alice, roomId] = signedInWithRoom("dropped");
        QVERIFY(!roomId.isEmpty());
        QVERIFY(m_server.setFaults({{"drop_rate", 0.5}, {"path_regex", "/send/"}}));
        const QStringList messages = queue(*alice, roomId, "dropped", 10);
        QTest::qWait(1'000);
        QVERIFY(m_server.clearFaults());
        QTRY_COMPARE_WITH_TIMEOUT(test::messageBodiesOnServer(m_server, roomId), messages, 20'000);
    }

    void lostAnswersDoNotDuplicate()
    {
        // The server stores the message but the answer never arrives: the
        // retry must carry the same transaction id so the server dedups it.
        auto [alice, roomId] = signedInWithRoom("lost");
        QVERIFY(!roomId.isEmpty());
        QVERIFY(m_server.setFaults({{"drop_after_rate", 0.5}, {"path_regex", "/send/"}}));
        const QStringList messages = queue(*alice, roomId, "lost", 10);
        QTest::qWait(1'000);
        QVERIFY(m_server.clearFaults());
        QTRY_COMPARE_WITH_TIMEOUT(test::messageBodiesOnServer(m_server, roomId), messages, 20'000);
    }

    void rateLimitIsWaitedOut()
    {
        auto [alice, roomId] = signedInWithRoom("limited");
        QVERIFY(!roomId.isEmpty());
        QVERIFY(m_server.setFaults(
            {{"rate_limit_rate", 1.0}, {"retry_after_ms", 300}, {"path_regex", "/send/"}}));
        const QStringList messages = queue(*alice, roomId, "limited", 3);
        QTest::qWait(800);
        QVERIFY(m_server.clearFaults());
        QTRY_COMPARE_WITH_TIMEOUT(test::messageBodiesOnServer(m_server, roomId), messages, 20'000);
    }

    void outboxSurvivesClientRestart()
    {
        auto [alice, roomId] = signedInWithRoom("restart");
        QVERIFY(!roomId.isEmpty());
        QVERIFY(m_server.setFaults({{"error_rate", 1.0}, {"path_regex", "/send/"}}));
        const QStringList messages = queue(*alice, roomId, "restart", 5);
        alice->shutDown(); // the client quits with everything still queued
        QVERIFY(m_server.clearFaults());
        QVERIFY(test::messageBodiesOnServer(m_server, roomId).isEmpty());

        QVERIFY(alice->restart());
        QTRY_COMPARE_WITH_TIMEOUT(test::messageBodiesOnServer(m_server, roomId), messages, 20'000);
    }

    void refusedMessageIsKeptAsFailedAndLaterOnesStillGo()
    {
        auto [alice, roomId] = signedInWithRoom("refused");
        QVERIFY(!roomId.isEmpty());
        QSignalSpy failed((*alice)->sendQueue(), &sync::SendQueue::failed);
        // Not a member of this room: the server refuses with 403 for good.
        const QString txnId =
            await((*alice)->sendQueue()->enqueue("!not-a-member:localhost", "m.room.message",
                                                 {{"msgtype", "m.text"}, {"body", "x"}}))
                .transactionId;
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10'000);
        QCOMPARE(failed.first().at(1).toString(), txnId);
        const auto pending = await((*alice)->history()->pending("!not-a-member:localhost"));
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().state, QStringLiteral("failed"));

        const QStringList messages = queue(*alice, roomId, "after-refusal", 2);
        QTRY_COMPARE_WITH_TIMEOUT(test::messageBodiesOnServer(m_server, roomId), messages, 10'000);
    }

private:
    std::pair<std::unique_ptr<test::TestSession>, QString> signedInWithRoom(const QString &name)
    {
        auto alice = std::make_unique<test::TestSession>();
        test::TestSession bob;
        if (!alice->signUp(m_server.url(), name + "-a") || !bob.signUp(m_server.url(), name + "-b"))
            return {};
        const QString roomId = test::createSharedRoom(*alice, bob);
        if (roomId.isEmpty())
            qWarning("could not set up a shared room for %s", qPrintable(name));
        return {std::move(alice), roomId};
    }

    // Queues `count` messages and waits until each is safely in the outbox.
    static QStringList queue(test::TestSession &session, const QString &roomId,
                             const QString &prefix, int count)
    {
        QStringList bodies;
        for (int i = 0; i < count; ++i) {
            bodies.append(QStringLiteral("%1 %2").arg(prefix).arg(i));
            if (await(session->sendText(roomId, bodies.last())).isEmpty())
                qWarning("could not queue %s", qPrintable(bodies.last()));
        }
        return bodies;
    }

    test::TestHomeserver m_server;
};

QTEST_GUILESS_MAIN(SendReliabilityTest)
#include "tst_sendreliability.moc"
