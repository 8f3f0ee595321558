#include "matrix/JsonSkimmer.h"

#include <QTest>

using atrium::matrix::JsonSkimmer;

namespace {

// key → value text of every member, read with JsonSkimmer.
QList<QPair<QString, QByteArray>> members(QByteArrayView object, qsizetype *length = nullptr)
{
    QList<QPair<QString, QByteArray>> result;
    const qsizetype read =
        JsonSkimmer::readObject(object, [&](QByteArrayView key, QByteArrayView rest) {
            const qsizetype valueLength = JsonSkimmer::valueLength(rest);
            if (valueLength != JsonSkimmer::Malformed)
                result.append({JsonSkimmer::decodeKey(key), rest.first(valueLength).toByteArray()});
            return valueLength;
        });
    if (length)
        *length = read;
    return result;
}

} // namespace

class TestJsonSkimmer : public QObject
{
    Q_OBJECT

private slots:
    void valueLengthCoversOneValue_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("length");
        QTest::newRow("string") << QByteArray("\"a\\\"b\", 1") << 6;
        QTest::newRow("string ending in a backslash") << QByteArray("\"a\\\\\"]") << 5;
        QTest::newRow("object") << QByteArray("{\"a\": [1, \"}]\"]}, 2") << 16;
        QTest::newRow("array") << QByteArray("[[], {}] ") << 8;
        QTest::newRow("number") << QByteArray("-1.5e3,") << 6;
        QTest::newRow("literal") << QByteArray("true}") << 4;
    }

    void valueLengthCoversOneValue()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, length);
        QCOMPARE(JsonSkimmer::valueLength(text), qsizetype(length));
    }

    void readObjectVisitsEachMemberWithItsValue()
    {
        const QByteArray text =
            "{ \"a\" : 1, \"b\" : { \"c\": [1, {\"d\": \"}\"}] } , \"e\":true }";
        qsizetype length = 0;
        const auto read = members(text, &length);
        QCOMPARE(length, text.size());
        QCOMPARE(read.size(), 3);
        QCOMPARE(read.at(0), qMakePair(QString("a"), QByteArray("1")));
        QCOMPARE(read.at(1), qMakePair(QString("b"), QByteArray("{ \"c\": [1, {\"d\": \"}\"}] }")));
        QCOMPARE(read.at(2), qMakePair(QString("e"), QByteArray("true")));
    }

    void readObjectStopsAtItsEnd()
    {
        qsizetype length = 0;
        members("{\"a\": {}} , \"rest\"", &length);
        QCOMPARE(length, qsizetype(9));
        members("{ }", &length);
        QCOMPARE(length, qsizetype(3));
    }

    void readArrayVisitsEachElement()
    {
        QList<QByteArray> elements;
        const QByteArray text = "[ {\"x\": 1}, [], null, \"]\" ]";
        const qsizetype length = JsonSkimmer::readArray(text, [&](QByteArrayView rest) {
            const qsizetype valueLength = JsonSkimmer::valueLength(rest);
            elements.append(rest.first(valueLength).toByteArray());
            return valueLength;
        });
        QCOMPARE(length, text.size());
        QCOMPARE(elements, QList<QByteArray>({"{\"x\": 1}", "[]", "null", "\"]\""}));
    }

    void escapedKeysAreDecoded()
    {
        QVERIFY(JsonSkimmer::keyIs("\\u0061b", QLatin1String("ab")));
        QVERIFY(JsonSkimmer::keyIs("ab", QLatin1String("ab")));
        QVERIFY(!JsonSkimmer::keyIs("abc", QLatin1String("ab")));
        QCOMPARE(JsonSkimmer::decodeKey("c\\\"d"), QString("c\"d"));
        QCOMPARE(JsonSkimmer::decodeKey("!r\\u00e9:x"), QString("!r\u00e9:x"));
    }

    void malformedTextIsReported_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("truncated") << QByteArray("{\"a\": [1, 2");
        QTest::newRow("unterminated string") << QByteArray("{\"a\": \"b");
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}");
        QTest::newRow("missing comma") << QByteArray("{\"a\": 1 \"b\": 2}");
        QTest::newRow("not an object") << QByteArray("[1]");
        QTest::newRow("empty") << QByteArray();
    }

    void malformedTextIsReported()
    {
        QFETCH(QByteArray, text);
        qsizetype length = 0;
        members(text, &length);
        QCOMPARE(length, JsonSkimmer::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestJsonSkimmer)
#include "tst_jsonskimmer.moc"
