#include "matrix/SyncEventTexts.h"

#include <QTest>

using atrium::matrix::SyncEventTexts;

namespace {

QList<QByteArray> copies(const QList<QByteArrayView> &texts)
{
    QList<QByteArray> result;
    for (const auto &text : texts)
        result.append(text.toByteArray());
    return result;
}

} // namespace

class TestSyncEventTexts : public QObject
{
    Q_OBJECT

private slots:
    void eachRoomSectionListsItsEventTexts()
    {
        const QByteArray answer =
            "{\"next_batch\": \"s1\", \"rooms\": {\"join\": {\"!a:x\": {"
            "\"state\": {\"events\": [{\"type\": \"m.room.name\"}]},"
            "\"timeline\": {\"limited\": true, \"events\": [{\"n\": 1}, {\"n\": [2]}]}}},"
            "\"invite\": {\"!b:x\": {\"invite_state\": {\"events\": [{\"i\": 1}]}}}}}";
        const SyncEventTexts texts(answer);
        QCOMPARE(copies(texts.events("join", "!a:x", "state")),
                 QList<QByteArray>({"{\"type\": \"m.room.name\"}"}));
        QCOMPARE(copies(texts.events("join", "!a:x", "timeline")),
                 QList<QByteArray>({"{\"n\": 1}", "{\"n\": [2]}"}));
        QCOMPARE(copies(texts.events("invite", "!b:x", "invite_state")),
                 QList<QByteArray>({"{\"i\": 1}"}));
        QVERIFY(texts.events("leave", "!a:x", "state").isEmpty());
        QVERIFY(texts.events("join", "!c:x", "state").isEmpty());
    }

    void repeatedKeysCountWithTheirLastValue()
    {
        const QByteArray answer = "{\"rooms\": {\"join\": {"
                                  "\"!a:x\": {\"state\": {\"events\": [1]}},"
                                  "\"!a:x\": {\"timeline\": {\"events\": [2], \"events\": [3]}}}}}";
        const SyncEventTexts texts(answer);
        QVERIFY(texts.events("join", "!a:x", "state").isEmpty());
        QCOMPARE(copies(texts.events("join", "!a:x", "timeline")), QList<QByteArray>({"3"}));
    }

    void escapedRoomIdsAreDecoded()
    {
        const SyncEventTexts texts(
            "{\"rooms\": {\"join\": {\"!\\u0061:x\": {\"state\": {\"events\": [{}]}}}}}");
        QCOMPARE(texts.events("join", "!a:x", "state").size(), 1);
    }

    void malformedAnswerHasNoTexts()
    {
        const SyncEventTexts texts(
            "{\"rooms\": {\"join\": {\"!a:x\": {\"state\": {\"events\": [{}");
        QVERIFY(texts.events("join", "!a:x", "state").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncEventTexts)
#include "tst_synceventtexts.moc"
