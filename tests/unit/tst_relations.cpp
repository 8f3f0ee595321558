// Contents of replies, edits and reactions as the spec writes them.
#include "matrix/Relations.h"

#include <QJsonArray>
#include <QTest>

using atrium::matrix::Relations;

class TestRelations : public QObject
{
    Q_OBJECT

private slots:
    void replyPointsAtItsParentAndMentionsItsSender()
    {
        const QJsonObject reply = Relations::reply({{"msgtype", "m.text"}, {"body", "yes"}},
                                                   "$parent", "@ann:x.org", "@me:x.org");
        QCOMPARE(Relations::inReplyTo(reply), QString("$parent"));
        QCOMPARE(reply.value("body").toString(), QString("yes"));
        QCOMPARE(reply.value("m.mentions").toObject().value("user_ids").toArray(),
                 QJsonArray({"@ann:x.org"}));
    }

    void replyToOurselvesMentionsNobody()
    {
        const QJsonObject reply =
            Relations::reply({{"body", "me again"}}, "$p", "@me:x.org", "@me:x.org");
        QVERIFY(reply.value("m.mentions").toObject().value("user_ids").toArray().isEmpty());
    }

    void editCarriesNewContentAndAFallbackBody()
    {
        const QJsonObject edit = Relations::edit({{"msgtype", "m.text"},
                                                  {"body", "fixed"},
                                                  {"format", "org.matrix.custom.html"},
                                                  {"formatted_body", "<b>fixed</b>"}},
                                                 "$orig");
        QCOMPARE(edit.value("body").toString(), QString("* fixed"));
        QCOMPARE(edit.value("formatted_body").toString(), QString("* <b>fixed</b>"));
        const QJsonObject relation = edit.value("m.relates_to").toObject();
        QCOMPARE(relation.value("rel_type").toString(), QString("m.replace"));
        QCOMPARE(relation.value("event_id").toString(), QString("$orig"));
        const QJsonObject newContent = edit.value("m.new_content").toObject();
        QCOMPARE(newContent.value("body").toString(), QString("fixed"));
        QVERIFY(!newContent.contains("m.relates_to"));
    }

    void reactionIsAnAnnotationWithItsKey()
    {
        const QJsonObject relation =
            Relations::reaction("$m", "👍").value("m.relates_to").toObject();
        QCOMPARE(relation.value("rel_type").toString(), QString("m.annotation"));
        QCOMPARE(relation.value("event_id").toString(), QString("$m"));
        QCOMPARE(relation.value("key").toString(), QString("👍"));
    }

    void replyFallbackIsStripped()
    {
        QCOMPARE(Relations::stripReplyFallback("> <@a:b> quoted\n> more\n\nthe answer"),
                 QString("the answer"));
        QCOMPARE(Relations::stripReplyFallback("no quote here"), QString("no quote here"));
        QCOMPARE(Relations::stripReplyFallback("> a quote I wrote myself"),
                 QString("> a quote I wrote myself"));
        QCOMPARE(Relations::stripReplyFallback("> <@a:b> no blank line after"),
                 QString("> <@a:b> no blank line after"));
    }
};

QTEST_GUILESS_MAIN(TestRelations)
#include "tst_relations.moc"
