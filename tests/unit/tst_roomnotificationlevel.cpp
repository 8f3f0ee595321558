// A room's notification level in the account's push rules, as Element keeps
// it: a `room` rule for all messages or mentions only, an `override` rule
// with no actions to mute.
#include "matrix/RoomNotificationLevel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace atrium::matrix;
using Level = RoomNotificationLevel::Level;

namespace {

const QString Room = QStringLiteral("!r:example.org");

QJsonObject rules(const QJsonArray &override, const QJsonArray &room)
{
    return {{"global", QJsonObject{{"override", override},
                                   {"room", room},
                                   {"underride", QJsonArray{}},
                                   {"content", QJsonArray{}},
                                   {"sender", QJsonArray{}}}}};
}

QJsonObject muteRule(const QString &roomId, bool enabled = true)
{
    return {{"rule_id", roomId},
            {"enabled", enabled},
            {"default", false},
            {"actions", QJsonArray{}},
            {"conditions", QJsonArray{QJsonObject{
                               {"kind", "event_match"}, {"key", "room_id"}, {"pattern", roomId}}}}};
}

QJsonObject roomRule(const QString &roomId, const QJsonArray &actions)
{
    return {{"rule_id", roomId}, {"enabled", true}, {"default", false}, {"actions", actions}};
}

QJsonObject body(const ApiRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

} // namespace

class TestRoomNotificationLevel : public QObject
{
    Q_OBJECT

private slots:
    void noRulesIsTheDefaultOfAllMessages()
    {
        QCOMPARE(RoomNotificationLevel::read({}, Room), Level::AllMessages);
        QCOMPARE(RoomNotificationLevel::read(rules({}, {}), Room), Level::AllMessages);
    }

    void anOverrideWithoutActionsMutes()
    {
        QCOMPARE(RoomNotificationLevel::read(rules({muteRule(Room)}, {}), Room), Level::Mute);
        // dont_notify is the older spelling of "no actions".
        QJsonObject old = muteRule(Room);
        old.insert("actions", QJsonArray{"dont_notify"});
        QCOMPARE(RoomNotificationLevel::read(rules({old}, {}), Room), Level::Mute);
    }

    void aDisabledOrOtherRoomsMuteDoesNotCount()
    {
        QCOMPARE(RoomNotificationLevel::read(rules({muteRule(Room, false)}, {}), Room),
                 Level::AllMessages);
        QCOMPARE(RoomNotificationLevel::read(rules({muteRule("!other:example.org")}, {}), Room),
                 Level::AllMessages);
    }

    void aSilentRoomRuleMeansMentionsAndKeywords()
    {
        QCOMPARE(RoomNotificationLevel::read(rules({}, {roomRule(Room, {})}), Room),
                 Level::MentionsAndKeywords);
        QCOMPARE(RoomNotificationLevel::read(rules({}, {roomRule(Room, {"notify"})}), Room),
                 Level::AllMessages);
    }

    void muteWinsOverTheRoomRule()
    {
        QCOMPARE(RoomNotificationLevel::read(rules({muteRule(Room)}, {roomRule(Room, {"notify"})}),
                                             Room),
                 Level::Mute);
    }

    void mutingPutsAnOverrideThenDropsTheRoomRule()
    {
        const auto calls = RoomNotificationLevel::requests(Level::Mute, Room);
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls[0].method, QByteArray("PUT"));
        QVERIFY(calls[0].path.endsWith("/pushrules/global/override/%21r%3Aexample.org"));
        QCOMPARE(body(calls[0]).value("actions").toArray(), QJsonArray{});
        const QJsonObject condition =
            body(calls[0]).value("conditions").toArray().first().toObject();
        QCOMPARE(condition.value("key").toString(), QString("room_id"));
        QCOMPARE(condition.value("pattern").toString(), Room);
        QCOMPARE(calls[1].method, QByteArray("DELETE"));
        QVERIFY(calls[1].path.endsWith("/pushrules/global/room/%21r%3Aexample.org"));
    }

    void mentionsPutASilentRoomRuleThenUnmute()
    {
        const auto calls = RoomNotificationLevel::requests(Level::MentionsAndKeywords, Room);
        QCOMPARE(calls.size(), 2);
        QVERIFY(calls[0].path.endsWith("/pushrules/global/room/%21r%3Aexample.org"));
        QCOMPARE(body(calls[0]).value("actions").toArray(), QJsonArray{});
        QCOMPARE(calls[1].method, QByteArray("DELETE"));
        QVERIFY(calls[1].path.endsWith("/pushrules/global/override/%21r%3Aexample.org"));
    }

    void allMessagesPutANotifyingRoomRule()
    {
        const auto calls = RoomNotificationLevel::requests(Level::AllMessages, Room);
        QCOMPARE(calls.size(), 2);
        QVERIFY(body(calls[0]).value("actions").toArray().contains("notify"));
        QCOMPARE(calls[1].method, QByteArray("DELETE"));
    }

    void levelsRoundTripThroughTheirNames()
    {
        for (Level level : {Level::AllMessages, Level::MentionsAndKeywords, Level::Mute})
            QCOMPARE(RoomNotificationLevel::fromName(RoomNotificationLevel::name(level)), level);
        QCOMPARE(RoomNotificationLevel::fromName("nonsense"), Level::AllMessages);
    }
};

QTEST_GUILESS_MAIN(TestRoomNotificationLevel)
#include "tst_roomnotificationlevel.moc"
