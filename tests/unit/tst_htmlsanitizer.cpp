#include "models/HtmlSanitizer.h"

#include <QTest>

using atrium::models::HtmlSanitizer;

class HtmlSanitizerTest : public QObject
{
    Q_OBJECT

private slots:
    void keepsFormattingListsAndCode()
    {
        const QString html =
            "<p>Hello <strong>Bob</strong> <em>and</em> <code>x</code></p>"
            "<ol><li>one</li></ol><pre><code class=\"language-cpp\">a &lt; b</code></pre>";
        QCOMPARE(HtmlSanitizer::sanitize(html),
                 QStringLiteral("<p>Hello <strong>Bob</strong> <em>and</em> <code>x</code></p>"
                                "<ol><li>one</li></ol><pre><code>a &lt; b</code></pre>"));
    }

    void dropsScriptsStylesAndReplyFallbacksWithTheirContent()
    {
        QCOMPARE(HtmlSanitizer::sanitize("<mx-reply><blockquote>quoted</blockquote></mx-reply>"
                                         "answer<script>alert(1)</script><style>p{}</style>"),
                 QStringLiteral("answer"));
    }

    void dropsUnknownTagsButKeepsTheirText()
    {
        QCOMPARE(HtmlSanitizer::sanitize("<font color=\"red\">red</font> <img src=\"x\" "
                                         "onerror=\"alert(1)\"><div>block</div>"),
                 QStringLiteral("red block"));
    }

    void keepsOnlySafeLinkTargetsAndNoOtherAttributes()
    {
        QCOMPARE(HtmlSanitizer::sanitize("<a href=\"https://matrix.org\" onclick=\"x()\">ok</a>"),
                 QStringLiteral("<a href=\"https://matrix.org\">ok</a>"));
        QCOMPARE(HtmlSanitizer::sanitize("<a href=\"javascript:alert(1)\">no</a>"),
                 QStringLiteral("<a>no</a>"));
        QCOMPARE(HtmlSanitizer::sanitize("<p style=\"position:fixed\">x</p>"),
                 QStringLiteral("<p>x</p>"));
    }

    void escapesStrayAngleBrackets()
    {
        QCOMPARE(HtmlSanitizer::sanitize("1 < 2 > 0"), QStringLiteral("1 &lt; 2 &gt; 0"));
    }
};

QTEST_GUILESS_MAIN(HtmlSanitizerTest)
#include "tst_htmlsanitizer.moc"
