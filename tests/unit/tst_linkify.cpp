#include "models/HtmlSanitizer.h"
#include "models/Linkify.h"

#include <QTest>

using atrium::models::HtmlSanitizer;
using atrium::models::Linkify;

namespace {

const QString Open = QStringLiteral("<span style=\"white-space:pre-wrap\">");
const QString Close = QStringLiteral("</span>");

QString linkedPlain(const QString &body)
{
    QString html = Linkify::plainText(body);
    if (!html.startsWith(Open) || !html.endsWith(Close))
        return QStringLiteral("not wrapped: ") + html;
    return html.mid(Open.size(), html.size() - Open.size() - Close.size());
}

QString linkedHtml(const QString &formattedBody)
{
    return Linkify::html(HtmlSanitizer::sanitize(formattedBody));
}

} // namespace

class LinkifyTest : public QObject
{
    Q_OBJECT

private slots:
    void webAddressesInPlainTextBecomeLinks()
    {
        QCOMPARE(linkedPlain("see https://example.org/a?b=1&c=2 now"),
                 "see <a href=\"https://example.org/a?b=1&amp;c=2\">"
                 "https://example.org/a?b=1&amp;c=2</a> now");
        QCOMPARE(linkedPlain("www.example.org"),
                 "<a href=\"https://www.example.org\">www.example.org</a>");
        QCOMPARE(linkedPlain("http://localhost:8008/_matrix"),
                 "<a href=\"http://localhost:8008/_matrix\">http://localhost:8008/_matrix</a>");
    }

    void punctuationAroundAnAddressIsNotPartOfIt()
    {
        QCOMPARE(linkedPlain("Read https://example.org/x."),
                 "Read <a href=\"https://example.org/x\">https://example.org/x</a>.");
        QCOMPARE(linkedPlain("(see https://example.org/x)"),
                 "(see <a href=\"https://example.org/x\">https://example.org/x</a>)");
        QCOMPARE(linkedPlain("https://en.wikipedia.org/wiki/C_(language), ok"),
                 "<a href=\"https://en.wikipedia.org/wiki/C_(language)\">"
                 "https://en.wikipedia.org/wiki/C_(language)</a>, ok");
        QCOMPARE(linkedPlain("\"https://example.org\""),
                 "&quot;<a href=\"https://example.org\">https://example.org</a>&quot;");
        QCOMPARE(linkedPlain("<https://example.org>"),
                 "&lt;<a href=\"https://example.org\">https://example.org</a>&gt;");
    }

    void matrixIdsLinkToMatrixTo()
    {
        QCOMPARE(linkedPlain("ask @alice:example.org, or #design:localhost:8448!"),
                 "ask <a href=\"https://matrix.to/#/@alice:example.org\">@alice:example.org</a>, "
                 "or <a href=\"https://matrix.to/#/%23design:localhost:8448\">"
                 "#design:localhost:8448</a>!");
        QCOMPARE(linkedPlain("@bob:127.0.0.1:8008"),
                 "<a href=\"https://matrix.to/#/@bob:127.0.0.1:8008\">@bob:127.0.0.1:8008</a>");
    }

    void whatOnlyLooksLikeALinkStaysText()
    {
        for (const QString &text :
             {QStringLiteral("mail bob@example.org"), QStringLiteral("meet at #3:45"),
              QStringLiteral("#general and @alice"), QStringLiteral("ftp://example.org"),
              QStringLiteral("awww.example")})
            QCOMPARE(linkedPlain(text), text.toHtmlEscaped());
    }

    void plainTextKeepsItsSpacesAndLinesAndIsEscaped()
    {
        QCOMPARE(linkedPlain("a  b\n<i>c</i>"), "a  b\n&lt;i&gt;c&lt;/i&gt;");
    }

    void htmlProseIsLinkedButNotLinksOrCode()
    {
        QCOMPARE(linkedHtml("<p>see https://example.org and <code>https://x.org</code></p>"),
                 "<p>see <a href=\"https://example.org\">https://example.org</a> and "
                 "<code>https://x.org</code></p>");
        QCOMPARE(linkedHtml("<a href=\"https://example.org\">https://example.org</a>"),
                 "<a href=\"https://example.org\">https://example.org</a>");
        QCOMPARE(linkedHtml("<pre><code>@alice:example.org</code></pre>"),
                 "<pre><code>@alice:example.org</code></pre>");
        QCOMPARE(
            linkedHtml("<em>@alice:example.org</em>"),
            "<em><a href=\"https://matrix.to/#/@alice:example.org\">@alice:example.org</a></em>");
    }
};

QTEST_APPLESS_MAIN(LinkifyTest)
#include "tst_linkify.moc"
