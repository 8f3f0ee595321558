#include "TemporaryDatabase.h"
#include "store/Database.h"
#include "store/OutboxStore.h"

#include <QTemporaryDir>
#include <QTest>

using atrium::store::Database;
using atrium::store::OutboxStore;
using atrium::store::OutgoingMessage;

namespace {

QJsonObject text(const QString &body)
{
    return {{"msgtype", "m.text"}, {"body", body}};
}

QStringList transactionIds(const QList<OutgoingMessage> &messages)
{
    QStringList ids;
    for (const auto &message : messages)
        ids.append(message.transactionId);
    return ids;
}

} // namespace

class TestOutboxStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_temp.emplace();
        m_db = &m_temp->db();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->lastError()));
        m_outbox.emplace(*m_db);
    }

    void cleanup()
    {
        m_outbox.reset();
        m_db = nullptr;
        m_temp.reset();
    }

    void enqueuedMessageIsPendingWithItsContent()
    {
        const auto message =
            m_outbox->enqueue("!a:example.org", "t1", "m.room.message", text("hi"));
        QVERIFY(message);
        QVERIFY(message->id > 0);
        QCOMPARE(message->state, QString("pending"));
        const auto stored = m_outbox->find("t1");
        QVERIFY(stored);
        QCOMPARE(stored->roomId, QString("!a:example.org"));
        QCOMPARE(stored->type, QString("m.room.message"));
        QCOMPARE(stored->content, text("hi"));
        QCOMPARE(stored->state, QString("pending"));
        QCOMPARE(stored->attempts, 0);
        QVERIFY(stored->createdTs > 0);
    }

    void transactionIdIsUnique()
    {
        QVERIFY(m_outbox->enqueue("!a:example.org", "t1", "m.room.message", text("one")));
        QVERIFY(!m_outbox->enqueue("!a:example.org", "t1", "m.room.message", text("two")));
        QCOMPARE(m_outbox->all().size(), 1);
    }

    void messagesKeepTheOrderTheyWereQueuedIn()
    {
        for (const char *txn : {"t1", "t2", "t3"})
            QVERIFY(m_outbox->enqueue("!a:example.org", txn, "m.room.message", text(txn)));
        QCOMPARE(transactionIds(m_outbox->forRoom("!a:example.org")),
                 QStringList({"t1", "t2", "t3"}));
        QCOMPARE(transactionIds(m_outbox->all()), QStringList({"t1", "t2", "t3"}));
    }

    void forRoomListsOnlyThatRoom()
    {
        QVERIFY(m_outbox->enqueue("!a:example.org", "a1", "m.room.message", text("a")));
        QVERIFY(m_outbox->enqueue("!b:example.org", "b1", "m.room.message", text("b")));
        QCOMPARE(transactionIds(m_outbox->forRoom("!b:example.org")), QStringList({"b1"}));
    }

    void headsAreTheOldestPendingMessagePerRoom()
    {
        QVERIFY(m_outbox->enqueue("!a:example.org", "a1", "m.room.message", text("a1")));
        QVERIFY(m_outbox->enqueue("!b:example.org", "b1", "m.room.message", text("b1")));
        QVERIFY(m_outbox->enqueue("!a:example.org", "a2", "m.room.message", text("a2")));
        QVERIFY(m_outbox->enqueue("!b:example.org", "b2", "m.room.message", text("b2")));
        QCOMPARE(transactionIds(m_outbox->heads()), QStringList({"a1", "b1"}));
    }

    void failedMessageIsSkippedByHeads()
    {
        QVERIFY(m_outbox->enqueue("!a:example.org", "a1", "m.room.message", text("a1")));
        QVERIFY(m_outbox->enqueue("!a:example.org", "a2", "m.room.message", text("a2")));
        QVERIFY(m_outbox->markFailed("a1", "M_FORBIDDEN"));
        QCOMPARE(transactionIds(m_outbox->heads()), QStringList({"a2"}));
    }

    void roomWithOnlyFailedMessagesHasNoHead()
    {
        QVERIFY(m_outbox->enqueue("!a:example.org", "a1", "m.room.message", text("a1")));
        QVERIFY(m_outbox->markFailed("a1", "M_FORBIDDEN"));
        QVERIFY(m_outbox->heads().isEmpty());
    }

    void failedMessageKeepsItsError()
    {
        QVERIFY(m_outbox->enqueue("!a:example.org", "a1", "m.room.message", text("a1")));
        QVERIFY(m_outbox->markFailed("a1", "You are not allowed to send"));
        const auto stored = m_outbox->find("a1");
        QCOMPARE(stored->state, QString("failed"));
        QCOMPARE(stored->lastError, QString("You are not allowed to send"));
    }

    void markPendingMakesFailedMessageTheHeadAgain()
    {
        QVERIFY(m_outbox->enqueue("!a:example.org", "a1", "m.room.message", text("a1")));
        QVERIFY(m_outbox->enqueue("!a:example.org", "a2", "m.room.message", text("a2")));
        QVERIFY(m_outbox->recordAttempt("a1", "timeout"));
        QVERIFY(m_outbox->markFailed("a1", "M_FORBIDDEN"));
        QVERIFY(m_outbox->markPending("a1"));
        QCOMPARE(transactionIds(m_outbox->heads()), QStringList({"a1"}));
        const auto stored = m_outbox->find("a1");
        QCOMPARE(stored->state, QString("pending"));
        QCOMPARE(stored->attempts, 0);
    }

    void attemptsAreCounted()
    {
        QVERIFY(m_outbox->enqueue("!a:example.org", "a1", "m.room.message", text("a1")));
        QVERIFY(m_outbox->recordAttempt("a1", "HTTP 502"));
        QVERIFY(m_outbox->recordAttempt("a1", "HTTP 503"));
        const auto stored = m_outbox->find("a1");
        QCOMPARE(stored->attempts, 2);
        QCOMPARE(stored->lastError, QString("HTTP 503"));
        QCOMPARE(stored->state, QString("pending"));
    }

    void removeDeletesOnlyThatMessage()
    {
        QVERIFY(m_outbox->enqueue("!a:example.org", "a1", "m.room.message", text("a1")));
        QVERIFY(m_outbox->enqueue("!a:example.org", "a2", "m.room.message", text("a2")));
        QVERIFY(m_outbox->remove("a1"));
        QVERIFY(!m_outbox->find("a1"));
        QCOMPARE(transactionIds(m_outbox->all()), QStringList({"a2"}));
        QCOMPARE(transactionIds(m_outbox->heads()), QStringList({"a2"}));
    }

    void unknownTransactionIsNotFound()
    {
        QVERIFY(!m_outbox->find("nope"));
        QVERIFY(m_outbox->remove("nope")); // removing nothing is no error
    }

    void outboxSurvivesReopening()
    {
        QVERIFY(m_outbox->enqueue("!a:example.org", "a1", "m.room.message", text("a1")));
        m_outbox.reset();
        QVERIFY(m_temp->reopen());
        m_outbox.emplace(*m_db);
        QCOMPARE(transactionIds(m_outbox->heads()), QStringList({"a1"}));
    }

    void attachmentIsKeptAndUpdated()
    {
        const QJsonObject attachment{{"path", "/tmp/a.pdf"}, {"name", "a.pdf"}, {"size", 3}};
        QVERIFY(m_outbox->enqueue("!r:x", "t1", "m.room.message",
                                  {{"msgtype", "m.file"}, {"body", "a.pdf"}}, attachment));
        QVERIFY(m_outbox->enqueue("!r:x", "t2", "m.room.message", text("plain")));
        QCOMPARE(m_outbox->find("t1")->attachment, attachment);
        QVERIFY(m_outbox->find("t2")->attachment.isEmpty());

        QJsonObject uploaded = attachment;
        uploaded.insert("mxc", "mxc://x/abc");
        QVERIFY(m_outbox->updateAttachment("t1", uploaded));
        QCOMPARE(m_outbox->find("t1")->attachment.value("mxc").toString(),
                 QStringLiteral("mxc://x/abc"));
        QCOMPARE(m_outbox->heads().first().attachment, uploaded);
    }

    void anyEventTypeAndRedactionsSurviveReopening()
    {
        const QJsonObject reaction{
            {"m.relates_to",
             QJsonObject{{"rel_type", "m.annotation"}, {"event_id", "$m"}, {"key", "👍"}}}};
        QVERIFY(m_outbox->enqueue("!a:example.org", "r1", "m.reaction", reaction));
        QVERIFY(m_outbox->enqueue("!a:example.org", "x1", "m.room.redaction",
                                  QJsonObject{{"reason", "spam"}}, {}, "$m"));
        m_outbox.reset();
        QVERIFY(m_temp->reopen());
        m_outbox.emplace(*m_db);
        const auto stored = m_outbox->all();
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).type, QString("m.reaction"));
        QCOMPARE(stored.at(0).content, reaction);
        QVERIFY(!stored.at(0).isRedaction());
        QCOMPARE(stored.at(1).type, QString("m.room.redaction"));
        QCOMPARE(stored.at(1).redacts, QString("$m"));
        QCOMPARE(stored.at(1).content.value("reason").toString(), QString("spam"));
    }

private:
    std::optional<atrium::test::TemporaryDatabase> m_temp;
    Database *m_db = nullptr;
    std::optional<OutboxStore> m_outbox;
};

QTEST_GUILESS_MAIN(TestOutboxStore)
#include "tst_outboxstore.moc"
