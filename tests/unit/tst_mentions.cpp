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

    void aSentMessageIsEditedAsItWasTyped()
    {
        const QString markdown =
            QStringLiteral("**Ann**: [Ann](https://matrix.to/#/@ann:x.org), "
                           "ask [\\[Ops\\] Dan & co](https://matrix.to/#/"
                           "@dan:x.org) and [Ann](https://matrix.to/#/@ann:x.org)");
        const QJsonObject content =
            Mentions::addTo(MarkdownRenderer::textMessage(markdown), markdown);
        QCOMPARE(Mentions::typedMarkdown(content.value("body").toString(),
                                         content.value("formatted_body").toString()),
                 markdown);
    }

    void aReplysQuoteIsNotTakenForAMention()
    {
        const QString quote = QStringLiteral(
            "<mx-reply><blockquote><a href=\"https://matrix.to/#/!r:x.org/$e\">In reply to</a> "
            "<a href=\"https://matrix.to/#/@ann:x.org\">@ann:x.org</a><br>hi</blockquote>"
            "</mx-reply>");
        QCOMPARE(Mentions::typedMarkdown("thanks @ann:x.org", quote + "thanks @ann:x.org"),
                 QString("thanks @ann:x.org"));
    }

    void aMessageWithoutPillsMentionsNobody()
    {
        const QJsonObject content =
            Mentions::addTo(MarkdownRenderer::textMessage("hi ann"), "hi ann");
        QVERIFY(content.contains("m.mentions"));
        QVERIFY(content.value("m.mentions").toObject().isEmpty());
        QCOMPARE(content.value("body").toString(), QString("hi ann"));
    }
};

QTEST_GUILESS_MAIN(TestMentions)
#include "tst_mentions.moc"
