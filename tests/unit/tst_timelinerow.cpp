// A timeline row's aggregation: reactions, edits and deletion, from the
// store's relations and from our own actions still in the outbox.
#include "matrix/Relations.h"
#include "models/TimelineRow.h"

#include <QTest>

using namespace atrium;
using models::TimelineRow;

namespace {

const QString Me = QStringLiteral("@me:x");

TimelineRow messageRow(const QString &sender = QStringLiteral("@ann:x"))
{
    return {models::TimelineRow::eventFromJson(
                {{"type", "m.room.message"},
                 {"event_id", "$m"},
                 {"sender", sender},
                 {"origin_server_ts", 1000.0},
                 {"content", QJsonObject{{"msgtype", "m.text"}, {"body", "original"}}}}),
            false,
            {},
            {},
            {}};
}

store::Relation reaction(const QString &id, const QString &key, const QString &sender,
                         qint64 ts = 2000)
{
    return {id, "m.annotation", "$m", sender, ts, key, {}};
}

store::Relation edit(const QString &id, const QString &body, const QString &sender, qint64 ts)
{
    return {id, "m.replace", "$m", sender, ts, {}, {{"msgtype", "m.text"}, {"body", body}}};
}

store::TimelineEvent pending(const QString &txn, const QString &type, const QJsonObject &content,
                             const QString &redacts = {})
{
    store::TimelineEvent event;
    event.transactionId = txn;
    event.type = type;
    event.sender = Me;
    event.content = content;
    if (!redacts.isEmpty())
        event.json.insert("redacts", redacts);
    event.sendState = store::TimelineEvent::SendState::Pending;
    return event;
}

} // namespace

class TestTimelineRow : public QObject
{
    Q_OBJECT

private slots:
    void reactionsCountEachPersonOncePerKeyInOrderOfArrival()
    {
        TimelineRow row = messageRow();
        QVERIFY(row.addRelation(reaction("$r1", "👍", "@ann:x")));
        QVERIFY(row.addRelation(reaction("$r2", "🎉", "@bob:x")));
        QVERIFY(row.addRelation(reaction("$r3", "👍", Me)));
        QVERIFY(row.addRelation(reaction("$r4", "👍", "@ann:x")));  // a duplicate by Ann
        QVERIFY(!row.addRelation(reaction("$r1", "👍", "@ann:x"))); // the same event again
        const auto reactions = row.reactions(Me);
        QCOMPARE(reactions.size(), 2);
        QCOMPARE(reactions.at(0).key, QString("👍"));
        QCOMPARE(reactions.at(0).senders, QStringList({"@ann:x", Me}));
        QVERIFY(reactions.at(0).own);
        QCOMPARE(reactions.at(0).ownEventId, QString("$r3"));
        QCOMPARE(reactions.at(1).senders, QStringList({"@bob:x"}));
        QVERIFY(!reactions.at(1).own);
    }

    void ourPendingReactionCountsAndOurPendingRedactionTakesOneBack()
    {
        TimelineRow row = messageRow();
        row.addRelation(reaction("$r1", "👍", Me));
        row.pending.append(pending("t1", "m.reaction", matrix::Relations::reaction("$m", "🎉")));
        row.pending.append(pending("t2", "m.room.redaction", {}, "$r1"));
        const auto reactions = row.reactions(Me);
        QCOMPARE(reactions.size(), 1);
        QCOMPARE(reactions.first().key, QString("🎉"));
        QVERIFY(reactions.first().pending);

        // A failed action counts for nothing.
        row.pending[0].sendState = store::TimelineEvent::SendState::Failed;
        row.pending[1].sendState = store::TimelineEvent::SendState::Failed;
        QCOMPARE(row.reactions(Me).size(), 1);
        QCOMPARE(row.reactions(Me).first().key, QString("👍"));
    }

    void latestEditBySenderWinsOthersAreIgnored()
    {
        TimelineRow row = messageRow("@ann:x");
        row.addRelation(edit("$e2", "second", "@ann:x", 3000));
        row.addRelation(edit("$e1", "first", "@ann:x", 2000));
        row.addRelation(edit("$e3", "hijack", "@bob:x", 4000));
        QVERIFY(row.isEdited());
        QCOMPARE(row.currentContent().value("body").toString(), QString("second"));
        // The latest edit redacted: the one before shows again.
        QVERIFY(row.removeRelation("$e2"));
        QCOMPARE(row.currentContent().value("body").toString(), QString("first"));
    }

    void anEncryptedEditCountsOnceItsContentIsKnown()
    {
        // Indexed without content (encrypted), then decrypted on reading.
        TimelineRow row = messageRow("@ann:x");
        QVERIFY(row.addRelation({"$e1", "m.replace", "$m", "@ann:x", 2000, {}, {}}));
        QVERIFY(row.isEdited());
        QCOMPARE(row.currentContent().value("body").toString(), QString("original"));
        QVERIFY(row.addRelation(edit("$e1", "decrypted", "@ann:x", 2000)));
        QCOMPARE(row.currentContent().value("body").toString(), QString("decrypted"));
        QCOMPARE(row.relations.size(), 1);
        QVERIFY(!row.addRelation(edit("$e1", "again", "@ann:x", 2000)));
        QCOMPARE(row.currentContent().value("body").toString(), QString("decrypted"));
    }

    void encryptedReactionsAndEditsAreActionsUndecryptedMessagesAreNot()
    {
        auto encrypted = [](const QJsonObject &relatesTo) {
            QJsonObject content{{"algorithm", "m.megolm.v1.aes-sha2"}, {"ciphertext", "AwgA"}};
            if (!relatesTo.isEmpty())
                content.insert("m.relates_to", relatesTo);
            return TimelineRow::eventFromJson({{"type", "m.room.encrypted"},
                                               {"event_id", "$x"},
                                               {"sender", "@ann:x"},
                                               {"content", content}});
        };
        QVERIFY(TimelineRow::isAction(
            encrypted({{"rel_type", "m.annotation"}, {"event_id", "$m"}, {"key", "👍"}})));
        QVERIFY(TimelineRow::isAction(encrypted({{"rel_type", "m.replace"}, {"event_id", "$m"}})));
        const TimelineRow message{encrypted({}), false, {}, {}, {}};
        QVERIFY(!TimelineRow::isAction(message.event));
        QVERIFY(message.isUndecryptable());
        QCOMPARE(message.kind(), TimelineRow::Kind::Message);
    }

    void ourPendingEditShowsAtOnce()
    {
        TimelineRow row = messageRow(Me);
        QVERIFY(!row.isEdited());
        row.pending.append(
            pending("t1", "m.room.message",
                    matrix::Relations::edit({{"msgtype", "m.text"}, {"body", "fixed"}}, "$m")));
        QVERIFY(row.isEdited());
        QCOMPARE(row.currentContent().value("body").toString(), QString("fixed"));
    }

    void deletedMessageSaysNothingAndHasNoReactions()
    {
        TimelineRow row = messageRow(Me);
        row.addRelation(reaction("$r1", "👍", "@ann:x"));
        row.pending.append(pending("t1", "m.room.redaction", {}, "$m"));
        QVERIFY(row.isDeleted());
        QVERIFY(row.currentContent().isEmpty());
        QVERIFY(row.reactions(Me).isEmpty());
        QVERIFY(!row.isRedacted()); // not yet on the server

        row.pending.clear();
        row.redact({{"type", "m.room.redaction"}, {"event_id", "$x"}});
        QVERIFY(row.isRedacted());
        QVERIFY(row.isDeleted());
        QVERIFY(row.relations.isEmpty());
    }

    void actionsAndTheirTargets()
    {
        const auto react = pending("t", "m.reaction", matrix::Relations::reaction("$m", "👍"));
        QVERIFY(TimelineRow::isAction(react));
        QCOMPARE(TimelineRow::actionTarget(react), QString("$m"));
        const auto redaction = pending("t", "m.room.redaction", {}, "$x");
        QCOMPARE(TimelineRow::actionTarget(redaction), QString("$x"));
        QVERIFY(!TimelineRow::isAction(messageRow().event));
        const TimelineRow echo{react, true, {}, {}, {}};
        QCOMPARE(echo.kind(), TimelineRow::Kind::Action);
    }
};

QTEST_GUILESS_MAIN(TestTimelineRow)
#include "tst_timelinerow.moc"
