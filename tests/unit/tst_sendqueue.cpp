#include "ScriptedHttpServer.h"
#include "matrix/HttpClient.h"
#include "store/OutboxStore.h"
#include "store/StoreThread.h"
#include "sync/SendQueue.h"

#include <QJsonDocument>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;
using atrium::store::OutgoingMessage;
using atrium::sync::SendQueue;
using atrium::test::ScriptedHttpServer;
using Response = ScriptedHttpServer::Response;

namespace {

const QString RoomA = QStringLiteral("!a:example.org");
const QString RoomB = QStringLiteral("!b:example.org");

QJsonObject text(const QString &body)
{
    return {{"msgtype", "m.text"}, {"body", body}};
}

QString transactionOf(const ScriptedHttpServer::Request &request)
{
    return QString::fromUtf8(request.path.mid(request.path.lastIndexOf('/') + 1));
}

QString bodyOf(const ScriptedHttpServer::Request &request)
{
    return QJsonDocument::fromJson(request.body).object().value("body").toString();
}

const Response Forbidden{403, R"({"errcode": "M_FORBIDDEN", "error": "You cannot post here"})"};
const Response ServerError{500, R"({"errcode": "M_UNKNOWN", "error": "Internal error"})"};

} // namespace

class TestSendQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); }

    void init()
    {
        m_dir.emplace();
        m_server.emplace();
        QVERIFY(m_server->listen());
        m_store.emplace();
        QCOMPARE(m_store->open(m_dir->filePath("account.db")).result(), QString());
        m_http.emplace();
        m_http->setBaseUrl(m_server->url());
        m_http->setAccessToken("syt_token");
        m_queue.emplace(&*m_http, &*m_store);
        m_queue->setBackoff(
            sync::Backoff(std::chrono::milliseconds(10), std::chrono::milliseconds(50), 1));
    }
    void cleanup()
    {
        // Qt 6.4 asserts when a QFuture continuation's context object is gone:
        // let the queue's store jobs and their continuations finish first.
        m_queue->stop();
        for (int round = 0; round < 3; ++round) {
            m_store->drain();
            QCoreApplication::processEvents();
        }
        m_queue.reset();
        m_http.reset();
        m_store.reset();
        m_server.reset();
        m_dir.reset();
    }

    void messageIsInTheOutboxBeforeItIsSent()
    {
        QStringList inOutboxWhenSent;
        m_server->onRequest([&](const ScriptedHttpServer::Request &request) {
            const QString txnId = transactionOf(request);
            const bool stored = m_store
                                    ->run([txnId](store::Database &db) {
                                        return store::OutboxStore(db).find(txnId).has_value();
                                    })
                                    .result();
            if (stored)
                inOutboxWhenSent.append(txnId);
        });
        QSignalSpy sent(&*m_queue, &SendQueue::sent);
        m_queue->start();
        const OutgoingMessage message = enqueue(RoomA, "hello");

        QVERIFY(sent.wait());
        QCOMPARE(inOutboxWhenSent, QStringList({message.transactionId}));
    }

    void sentMessageLeavesTheOutbox()
    {
        QSignalSpy sent(&*m_queue, &SendQueue::sent);
        m_queue->start();
        const OutgoingMessage message = enqueue(RoomA, "hello");
        QVERIFY(sent.wait());
        QCOMPARE(sent.first().at(0).toString(), RoomA);
        QCOMPARE(sent.first().at(1).toString(), message.transactionId);
        QCOMPARE(sent.first().at(2).toString(), QString("$ev1:example.org"));
        QVERIFY(outbox().isEmpty());
    }

    void requestIsAnAuthorisedPutToTheRoom()
    {
        QSignalSpy sent(&*m_queue, &SendQueue::sent);
        m_queue->start();
        const OutgoingMessage message = enqueue(RoomA, "hello");
        QVERIFY(sent.wait());
        const auto request = m_server->requests().first();
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(QString::fromUtf8(request.path),
                 "/_matrix/client/v3/rooms/%21a%3Aexample.org/send/m.room.message/" +
                     message.transactionId);
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer syt_token"));
        QCOMPARE(QJsonDocument::fromJson(request.body).object(), text("hello"));
    }

    void serverErrorIsRetriedWithTheSameTransactionId()
    {
        m_server->script({ServerError, ServerError});
        QSignalSpy sent(&*m_queue, &SendQueue::sent);
        QSignalSpy failed(&*m_queue, &SendQueue::failed);
        m_queue->start();
        const OutgoingMessage message = enqueue(RoomA, "hello");

        QTRY_COMPARE(sent.size(), 1);
        QCOMPARE(failed.size(), 0);
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 3);
        for (const auto &request : requests)
            QCOMPARE(transactionOf(request), message.transactionId);
        QVERIFY(outbox().isEmpty());
    }

    void retriedMessageCountsItsAttempts()
    {
        m_server->setHolding(true);
        m_server->script({ServerError});
        m_queue->start();
        const OutgoingMessage message = enqueue(RoomA, "hello");
        QTRY_COMPARE(m_server->requests().size(), 1);
        m_server->release();
        QTRY_COMPARE(m_server->requests().size(), 2); // the retry, held by the server
        const auto stored = outbox();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().attempts, 1);
        QVERIFY(stored.first().lastError.contains("500"));
        QCOMPARE(stored.first().state, QString("pending"));
        m_server->setHolding(false);
        m_server->release();
    }

    void forbiddenMarksMessageFailedAndTheRoomGoesOn()
    {
        m_server->script({Forbidden});
        QSignalSpy sent(&*m_queue, &SendQueue::sent);
        QSignalSpy failed(&*m_queue, &SendQueue::failed);
        m_queue->start();
        const OutgoingMessage first = enqueue(RoomA, "first");
        const OutgoingMessage second = enqueue(RoomA, "second");

        QTRY_COMPARE(sent.size(), 1);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(1).toString(), first.transactionId);
        QVERIFY(failed.first().at(2).toString().contains("You cannot post here"));
        QCOMPARE(sent.first().at(1).toString(), second.transactionId);
        QCOMPARE(m_server->requests().size(), 2); // a permanent error is not retried

        const auto stored = outbox();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().transactionId, first.transactionId);
        QCOMPARE(stored.first().state, QString("failed"));
    }

    void messagesOfOneRoomAreSentInOrderOneAtATime()
    {
        // Slow answers leave time for a second request to overtake, if one would.
        m_server->setAnswerDelay(30);
        QSignalSpy sent(&*m_queue, &SendQueue::sent);
        m_queue->start();
        for (const char *body : {"one", "two", "three", "four"})
            enqueue(RoomA, body);

        QTRY_COMPARE(sent.size(), 4);
        QStringList bodies;
        for (const auto &request : m_server->requests())
            bodies.append(bodyOf(request));
        QCOMPARE(bodies, QStringList({"one", "two", "three", "four"}));
        QCOMPARE(m_server->maxInFlight(), 1);
    }

    void roomsAreSentIndependently()
    {
        m_server->setHolding(true);
        m_queue->start();
        enqueue(RoomA, "to a");
        enqueue(RoomB, "to b");
        // Both rooms' heads are on the wire while neither has an answer.
        QTRY_COMPARE(m_server->inFlight(), 2);
        m_server->setHolding(false);
        m_server->release();
        QTRY_VERIFY(outbox().isEmpty());
    }

    void retryResendsAFailedMessage()
    {
        m_server->script({Forbidden});
        QSignalSpy sent(&*m_queue, &SendQueue::sent);
        QSignalSpy failed(&*m_queue, &SendQueue::failed);
        m_queue->start();
        const OutgoingMessage message = enqueue(RoomA, "hello");
        QVERIFY(failed.wait());

        QSignalSpy retried(&*m_queue, &SendQueue::retried);
        m_queue->retry(message.transactionId);
        QVERIFY(sent.wait());
        QCOMPARE(retried.size(), 1);
        QCOMPARE(retried.first().at(0).toString(), message.transactionId);
        QCOMPARE(sent.first().at(1).toString(), message.transactionId);
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(transactionOf(requests.at(1)), message.transactionId);
        QVERIFY(outbox().isEmpty());
    }

    void redactionIsAPutToRedactWithItsReason()
    {
        QSignalSpy sent(&*m_queue, &SendQueue::sent);
        m_queue->start();
        auto future = m_queue->enqueue(RoomA, "m.room.redaction", {{"reason", "typo"}}, {},
                                       "$target:example.org");
        QVERIFY(QTest::qWaitFor([&]() { return future.isFinished(); }));
        const OutgoingMessage message = future.result();
        QVERIFY(message.isRedaction());
        QVERIFY(sent.wait());
        const auto request = m_server->requests().first();
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(QString::fromUtf8(request.path),
                 "/_matrix/client/v3/rooms/%21a%3Aexample.org/redact/%24target%3Aexample.org/" +
                     message.transactionId);
        QCOMPARE(QJsonDocument::fromJson(request.body).object(), QJsonObject({{"reason", "typo"}}));
        QVERIFY(outbox().isEmpty());
    }

    void redactionWaitsBehindTheRoomsEarlierMessages()
    {
        // Deleting a message just sent must not overtake it.
        m_server->script({ServerError});
        QSignalSpy sent(&*m_queue, &SendQueue::sent);
        m_queue->start();
        enqueue(RoomA, "oops");
        auto future = m_queue->enqueue(RoomA, "m.room.redaction", {}, {}, "$x:example.org");
        QVERIFY(QTest::qWaitFor([&]() { return future.isFinished(); }));
        QTRY_COMPARE(sent.size(), 2);
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 3);
        QVERIFY(requests.at(1).path.contains("/send/"));
        QVERIFY(requests.at(2).path.contains("/redact/"));
    }

    void discardRemovesOnlyFailedMessages()
    {
        m_server->script({Forbidden});
        QSignalSpy failed(&*m_queue, &SendQueue::failed);
        QSignalSpy discarded(&*m_queue, &SendQueue::discarded);
        m_queue->start();
        const OutgoingMessage refused = enqueue(RoomA, "refused");
        QVERIFY(failed.wait());
        m_queue->stop();
        const OutgoingMessage waiting = enqueue(RoomA, "waiting");

        m_queue->discard(waiting.transactionId);
        m_queue->discard(refused.transactionId);
        // Jobs run in order: once the second discard is reported, the first is done.
        QTRY_COMPARE(discarded.size(), 1);
        QCOMPARE(discarded.first().at(0).toString(), RoomA);
        QCOMPARE(discarded.first().at(1).toString(), refused.transactionId);
        const auto stored = outbox();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().transactionId, waiting.transactionId);
    }

    void outboxLeftByAnEarlierRunIsSentOnStart()
    {
        QVERIFY(m_store
                    ->run([](store::Database &db) {
                        return store::OutboxStore(db)
                            .enqueue(RoomA, "txn-from-last-run", "m.room.message", text("old"))
                            .has_value();
                    })
                    .result());
        QSignalSpy sent(&*m_queue, &SendQueue::sent);
        m_queue->start();
        QVERIFY(sent.wait());
        QCOMPARE(sent.first().at(1).toString(), QString("txn-from-last-run"));
        QCOMPARE(transactionOf(m_server->requests().first()), QString("txn-from-last-run"));
    }

    void callEventsLeftByAnEarlierRunAreDroppedOnStart()
    {
        QVERIFY(
            m_store
                ->run([](store::Database &db) {
                    store::OutboxStore outbox(db);
                    return outbox.enqueue(RoomA, "txn-invite", "m.call.invite", {{"call_id", "c1"}})
                               .has_value() &&
                           outbox.enqueue(RoomA, "txn-text", "m.room.message", text("old"))
                               .has_value();
                })
                .result());
        // This run's own call events go out.
        const QFuture<OutgoingMessage> hangup =
            m_queue->enqueue(RoomA, "m.call.hangup", {{"call_id", "c2"}});
        QVERIFY(QTest::qWaitFor([&]() { return hangup.isFinished(); }));
        QSignalSpy sent(&*m_queue, &SendQueue::sent);
        m_queue->start();
        QTRY_COMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).at(1).toString(), QString("txn-text"));
        QCOMPARE(sent.at(1).at(1).toString(), hangup.result().transactionId);
        QCOMPARE(m_server->requests().size(), 2);
        QVERIFY(outbox().isEmpty());
    }

    void unknownTokenStopsTheQueueAndKeepsTheMessage()
    {
        m_server->script({{401, R"({"errcode": "M_UNKNOWN_TOKEN", "error": "Invalid token"})"}});
        QSignalSpy unauthorized(&*m_queue, &SendQueue::unauthorized);
        m_queue->start();
        const OutgoingMessage message = enqueue(RoomA, "hello");
        QVERIFY(unauthorized.wait());
        const auto stored = outbox();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().state, QString("pending"));
        QCOMPARE(m_server->requests().size(), 1);
        Q_UNUSED(message);
    }

private:
    OutgoingMessage enqueue(const QString &roomId, const QString &body)
    {
        QFuture<OutgoingMessage> future = m_queue->enqueue(roomId, "m.room.message", text(body));
        // The future resolves on this thread's event loop: spin it, do not block.
        if (!QTest::qWaitFor([&]() { return future.isFinished(); }))
            qWarning("enqueue did not finish");
        return future.result();
    }

    QList<OutgoingMessage> outbox()
    {
        return m_store->run([](store::Database &db) { return store::OutboxStore(db).all(); })
            .result();
    }

    std::optional<QTemporaryDir> m_dir;
    std::optional<ScriptedHttpServer> m_server;
    std::optional<store::StoreThread> m_store;
    std::optional<matrix::HttpClient> m_http;
    std::optional<SendQueue> m_queue;
};

QTEST_GUILESS_MAIN(TestSendQueue)
#include "tst_sendqueue.moc"
