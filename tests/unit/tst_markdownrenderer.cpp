#include "matrix/MarkdownRenderer.h"

#include <QTest>

using atrium::matrix::MarkdownRenderer;

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT

private slots:
    void plainTextHasNoFormattedBody_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("words") << "Morning all";
        QTest::newRow("punctuation") << "Lunch at 12? Sure, why not!";
        QTest::newRow("ampersand and quotes") << "Tom & Jerry said \"hi\"";
        QTest::newRow("two lines") << "first line\nsecond line";
        QTest::newRow("lone asterisks") << "2 * 3 * 4 = 24";
    }
    void plainTextHasNoFormattedBody()
    {
        QFETCH(QString, text);
        const QJsonObject content = MarkdownRenderer::textMessage(text);
        QCOMPARE(content.value("msgtype").toString(), QString("m.text"));
        QCOMPARE(content.value("body").toString(), text);
        QVERIFY2(!content.contains("formatted_body"),
                 qPrintable(content.value("formatted_body").toString()));
        QVERIFY(!content.contains("format"));
    }

    void boldIsRenderedAsStrong()
    {
        const QJsonObject content = MarkdownRenderer::textMessage("this is **important**");
        QCOMPARE(content.value("body").toString(), QString("this is **important**"));
        QCOMPARE(content.value("format").toString(), QString("org.matrix.custom.html"));
        QVERIFY(content.value("formatted_body").toString().contains("<strong>important</strong>"));
    }

    void fencedCodeBlockIsRenderedAsPre()
    {
        const QJsonObject content =
            MarkdownRenderer::textMessage("```cpp\nint main() { return 0; }\n```");
        QCOMPARE(content.value("format").toString(), QString("org.matrix.custom.html"));
        const QString html = content.value("formatted_body").toString();
        QVERIFY2(html.startsWith("<pre><code"), qPrintable(html));
        QVERIFY(html.contains("int main() { return 0; }"));
    }

    void inlineCodeEscapesMarkup()
    {
        const QString html =
            MarkdownRenderer::textMessage("use `a < b && c`").value("formatted_body").toString();
        QVERIFY2(html.contains("<code>a &lt; b &amp;&amp; c</code>"), qPrintable(html));
    }

    void linkIsRenderedAsAnchor()
    {
        const QJsonObject content =
            MarkdownRenderer::textMessage("see [the spec](https://spec.matrix.org/v1.11/)");
        QCOMPARE(content.value("format").toString(), QString("org.matrix.custom.html"));
        QVERIFY(content.value("formatted_body")
                    .toString()
                    .contains("<a href=\"https://spec.matrix.org/v1.11/\">the spec</a>"));
    }

    void rawHtmlIsNotPassedThrough()
    {
        const QJsonObject content =
            MarkdownRenderer::textMessage("hello <script>alert('x')</script> **there**");
        QCOMPARE(content.value("body").toString(),
                 QString("hello <script>alert('x')</script> **there**"));
        const QString html = content.value("formatted_body").toString();
        QVERIFY2(!html.contains("<script", Qt::CaseInsensitive), qPrintable(html));
    }

    void rawHtmlAloneGivesNoScript()
    {
        const QString html = MarkdownRenderer::toHtml("<img src=x onerror=alert(1)>");
        QVERIFY2(!html.contains("<img", Qt::CaseInsensitive), qPrintable(html));
        QVERIFY(!html.contains("onerror"));
    }

    void javascriptLinkIsNotALink()
    {
        const QString html = MarkdownRenderer::toHtml("[click](javascript:alert(1))");
        QVERIFY2(!html.contains("javascript:", Qt::CaseInsensitive), qPrintable(html));
    }

    void msgtypeIsKept()
    {
        const QJsonObject content = MarkdownRenderer::textMessage("waves *hello*", "m.emote");
        QCOMPARE(content.value("msgtype").toString(), QString("m.emote"));
        QVERIFY(content.value("formatted_body").toString().contains("<em>hello</em>"));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
