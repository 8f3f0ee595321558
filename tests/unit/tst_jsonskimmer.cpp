#include "matrix/JsonSkimmer.h"

#include <QTest>

using atrium::matrix::JsonSkimmer;

class TestJsonSkimmer : public QObject
{
    Q_OBJECT

private slots:
    void memberGivesTheValueTextAsWritten()
    {
        const QByteArray text =
            "{ \"a\" : 1, \"b\" : { \"c\": [1, {\"d\": \"}\"}] } , \"e\":true }";
        QCOMPARE(JsonSkimmer::member(text, QLatin1String("b")),
                 QByteArrayView("{ \"c\": [1, {\"d\": \"}\"}] }"));
        QCOMPARE(JsonSkimmer::member(text, QLatin1String("a")), QByteArrayView("1"));
        QCOMPARE(JsonSkimmer::member(text, QLatin1String("e")), QByteArrayView("true"));
    }

    void absentMemberIsEmpty()
    {
        QVERIFY(JsonSkimmer::member("{\"a\": 1}", QLatin1String("b")).isEmpty());
    }

    void repeatedKeyGivesItsLastValueLikeQJsonDocument()
    {
        QCOMPARE(JsonSkimmer::member("{\"a\": [1], \"a\": [2, 3]}", QLatin1String("a")),
                 QByteArrayView("[2, 3]"));
    }

    void escapedKeysAreDecoded()
    {
        const QByteArray text = "{\"\\u0061b\": 1, \"c\\\"d\": 2}";
        QCOMPARE(JsonSkimmer::member(text, QLatin1String("ab")), QByteArrayView("1"));
        const auto members = JsonSkimmer::members(text);
        QCOMPARE(members.value("c\"d"), QByteArrayView("2"));
    }

    void quotesAndBracketsInsideStringsAreText()
    {
        const QByteArray text = "[\"a\\\"]\", \"b\\\\\", \"{[\", 4]";
        QCOMPARE(JsonSkimmer::elements(text),
                 QList<QByteArrayView>({"\"a\\\"]\"", "\"b\\\\\"", "\"{[\"", "4"}));
    }

    void elementsComeInOrder()
    {
        QCOMPARE(JsonSkimmer::elements("[ {\"x\": 1}, [], null ]"),
                 QList<QByteArrayView>({"{\"x\": 1}", "[]", "null"}));
        QVERIFY(JsonSkimmer::elements("[]").isEmpty());
    }

    void malformedTextGivesNothing_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("truncated") << QByteArray("{\"a\": [1, 2");
        QTest::newRow("unterminated string") << QByteArray("{\"a\": \"b");
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}");
        QTest::newRow("not an object") << QByteArray("[1]");
        QTest::newRow("empty") << QByteArray();
    }

    void malformedTextGivesNothing()
    {
        QFETCH(QByteArray, text);
        QVERIFY(JsonSkimmer::member(text, QLatin1String("a")).isEmpty());
        QVERIFY(JsonSkimmer::members(text).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJsonSkimmer)
#include "tst_jsonskimmer.moc"
