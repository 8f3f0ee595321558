#include "models/HtmlSanitizer.h"
#include "models/Pills.h"

#include <QTest>

using atrium::models::HtmlSanitizer;
using atrium::models::Pills;

namespace {

const QString Me = QStringLiteral("@demo:localhost");

QString pilled(const QString &formattedBody)
{
    return Pills::decorate(HtmlSanitizer::sanitize(formattedBody), Me);
}

} // namespace

class PillsTest : public QObject
{
    Q_OBJECT

private slots:
    void linksToUsersAndRoomsBecomeChips()
    {
        const QString html =
            pilled("<a href=\"https://matrix.to/#/@alice:localhost\">Alice</a> see "
                   "<a href=\"https://matrix.to/#/%23design:localhost\">#design</a>");
        QCOMPARE(html.count("<span style=\"background-color:rgba(61,127,208,0.22)\">"), 2);
        QVERIFY(html.contains("&nbsp;Alice&nbsp;</span></a>"));
        QVERIFY(html.contains("href=\"https://matrix.to/#/%23design:localhost\" "
                              "style=\"text-decoration:none\""));
    }

    void aPillOfTheReaderStandsOut()
    {
        const QString html = pilled("<a href=\"https://matrix.to/#/@demo:localhost\">Demo</a>: hi");
        QVERIFY(html.contains("rgba(217,48,37,0.25)"));
        QVERIFY(!html.contains("rgba(61,127,208,0.22)"));
    }

    void otherLinksStayLinks()
    {
        const QString html = pilled("<a href=\"https://example.org/@room\">docs</a>");
        QCOMPARE(html, QStringLiteral("<a href=\"https://example.org/@room\">docs</a>"));
    }

    void atRoomBecomesAChipOutsideCodeAndLinks()
    {
        QCOMPARE(pilled("<p>@room standup</p>").count("&nbsp;@room&nbsp;"), 1);
        QCOMPARE(pilled("<code>@room</code> and mail@room.org and @roomy").count("background"), 0);
    }

    void matrixIdsAreReadFromBothLinkForms()
    {
        QCOMPARE(Pills::linkedId("https://matrix.to/#/@alice:example.org"),
                 QString("@alice:example.org"));
        QCOMPARE(Pills::linkedId("https://matrix.to/#/%23team%3Aexample.org?via=example.org"),
                 QString("#team:example.org"));
        QCOMPARE(Pills::linkedId("https://matrix.to/#/!abc:example.org/$event"),
                 QString("!abc:example.org"));
        QCOMPARE(Pills::linkedId("matrix:u/alice:example.org?action=chat"),
                 QString("@alice:example.org"));
        QCOMPARE(Pills::linkedId("matrix:r/team:example.org"), QString("#team:example.org"));
        QCOMPARE(Pills::linkedId("https://example.org/#/@alice:example.org"), QString());
    }

    void matrixUrisSurviveSanitizing()
    {
        QVERIFY(
            pilled("<a href=\"matrix:u/alice:x\">Alice</a>").contains("href=\"matrix:u/alice:x\""));
        QVERIFY(!pilled("<a href=\"javascript:alert(1)\">x</a>").contains("javascript"));
    }
};

QTEST_GUILESS_MAIN(PillsTest)
#include "tst_pills.moc"
