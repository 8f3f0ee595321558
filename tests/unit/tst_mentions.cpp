// Intentional mentions: who a message mentions, from the pills the composer
// inserts, and whether a message mentions us.
#include "matrix/MarkdownRenderer.h"
#include "matrix/Mentions.h"

#include <QJsonArray>
#include <QTest>

using atrium::matrix::MarkdownRenderer;
using atrium::matrix::Mentions;

class TestMentions : public QObject
{
    Q_OBJECT

private slots:
    void pillsBecomeMentionsLinksAndNamesInTheBody()
    {
        const QString markdown = QStringLiteral("[Ann](https://matrix.to/#/@ann:x.org) and "
                                                "[Bob B](https://matrix.to/#/%40bob%3Ax.org), "
                                                "ship it, [Ann](https://matrix.to/#/@ann:x.org)");
        const QJsonObject content =
            Mentions::addTo(MarkdownRenderer::textMessage(markdown), markdown);
        QCOMPARE(content.value("m.mentions").toObject().value("user_ids").toArray(),
                 QJsonArray({"@ann:x.org", "@bob:x.org"}));
        QCOMPARE(content.value("body").toString(), QString("Ann and Bob B, ship it, Ann"));
        QVERIFY(content.value("formatted_body")
                    .toString()
                    .contains("<a href=\"https://matrix.to/#/@ann:x.org\">Ann</a>"));
    }

    void aMessageWithoutPillsMentionsNobody()
    {
        const QJsonObject content =
            Mentions::addTo(MarkdownRenderer::textMessage("hi ann"), "hi ann");
        QVERIFY(content.contains("m.mentions"));
        QVERIFY(content.value("m.mentions").toObject().isEmpty());
        QCOMPARE(content.value("body").toString(), QString("hi ann"));
        // Intentional: naming someone is no mention once m.mentions is there.
        QVERIFY(!Mentions::mentions(content, "@ann:x.org", "ann"));
    }

    void mentionsAreReadFromMMentionsOrFromOlderClientsBodies()
    {
        const QJsonObject intentional{
            {"body", "see this"}, {"m.mentions", QJsonObject{{"user_ids", QJsonArray{"@me:x"}}}}};
        QVERIFY(Mentions::mentions(intentional, "@me:x", "Mia"));
        QVERIFY(!Mentions::mentions(intentional, "@you:x", "You"));
        const QJsonObject room{{"body", "all"}, {"m.mentions", QJsonObject{{"room", true}}}};
        QVERIFY(Mentions::mentions(room, "@you:x", "You"));
        // Older clients: the name or the user id as a word in the body.
        QVERIFY(Mentions::mentions({{"body", "thanks, mia!"}}, "@me:x", "Mia"));
        QVERIFY(Mentions::mentions({{"body", "ping @me:x"}}, "@me:x", "Mia"));
        QVERIFY(!Mentions::mentions({{"body", "mialgia"}}, "@me:x", "Mia"));
        // Our own words quoted in a reply are no mention.
        QVERIFY(!Mentions::mentions({{"body", "> <@me:x> Mia here\n\nok"}}, "@me:x", "Mia"));
    }
};

QTEST_GUILESS_MAIN(TestMentions)
#include "tst_mentions.moc"
