// One-line texts for room-state changes in the timeline.
#include "models/CallDurations.h"
#include "models/StateChangeText.h"
#include "models/TimelineRow.h"

#include <QJsonArray>
#include <QTest>

using namespace atrium;
using models::CallDurations;
using models::StateChangeText;

namespace {

store::TimelineEvent stateEvent(const QString &type, const QString &sender, const QString &stateKey,
                                const QJsonObject &content, const QJsonObject &prevContent = {})
{
    QJsonObject json{{"type", type},          {"event_id", "$e"},        {"sender", sender},
                     {"state_key", stateKey}, {"origin_server_ts", 1.0}, {"content", content}};
    if (!prevContent.isEmpty())
        json.insert("unsigned", QJsonObject{{"prev_content", prevContent}});
    return models::TimelineRow::eventFromJson(json);
}

QString describe(const store::TimelineEvent &event, int callSeconds = -1)
{
    return StateChangeText::describe(
        event,
        [](const QString &id) {
            return id == "@ann:x" ? QString("Ann") : id == "@bob:x" ? QString("Bob") : id;
        },
        callSeconds);
}

} // namespace

class TestStateChangeText : public QObject
{
    Q_OBJECT

private slots:
    void membershipChanges()
    {
        QCOMPARE(describe(stateEvent("m.room.member", "@ann:x", "@ann:x",
                                     {{"membership", "join"}, {"displayname", "Ann"}})),
                 QString("Ann joined"));
        QCOMPARE(
            describe(stateEvent("m.room.member", "@ann:x", "@bob:x", {{"membership", "invite"}})),
            QString("Ann invited Bob"));
        QCOMPARE(describe(stateEvent("m.room.member", "@bob:x", "@bob:x", {{"membership", "leave"}},
                                     {{"membership", "join"}, {"displayname", "Bob"}})),
                 QString("Bob left"));
        QCOMPARE(describe(stateEvent("m.room.member", "@ann:x", "@bob:x", {{"membership", "leave"}},
                                     {{"membership", "join"}})),
                 QString("Ann removed Bob"));
        QCOMPARE(describe(stateEvent("m.room.member", "@bob:x", "@bob:x", {{"membership", "leave"}},
                                     {{"membership", "invite"}})),
                 QString("Bob declined the invitation"));
    }

    void profileChanges()
    {
        QCOMPARE(describe(stateEvent("m.room.member", "@ann:x", "@ann:x",
                                     {{"membership", "join"}, {"displayname", "Annie"}},
                                     {{"membership", "join"}, {"displayname", "Ann"}})),
                 QString("Ann changed their name to Annie"));
        QCOMPARE(describe(stateEvent("m.room.member", "@ann:x", "@ann:x",
                                     {{"membership", "join"}, {"avatar_url", "mxc://x/new"}},
                                     {{"membership", "join"}, {"avatar_url", "mxc://x/old"}})),
                 QString("Ann changed their avatar"));
        // A profile event that changes nothing is not shown at all.
        QCOMPARE(describe(stateEvent("m.room.member", "@ann:x", "@ann:x", {{"membership", "join"}},
                                     {{"membership", "join"}})),
                 QString());
    }

    void callsStartAndEndAsLines()
    {
        const auto event = [](const QString &type, const QString &sender,
                              const QJsonObject &content) {
            return models::TimelineRow::eventFromJson(QJsonObject{{"type", type},
                                                                  {"event_id", "$c"},
                                                                  {"sender", sender},
                                                                  {"origin_server_ts", 1.0},
                                                                  {"content", content}});
        };
        const QJsonObject video{{"sdp", "v=0\r\nm=audio 9\r\nm=video 9\r\n"}, {"type", "offer"}};
        const QJsonObject voice{{"sdp", "v=0\r\nm=audio 9\r\n"}, {"type", "offer"}};
        QCOMPARE(describe(event("m.call.invite", "@ann:x", {{"offer", video}})),
                 QStringLiteral("Ann started a video call"));
        QCOMPARE(describe(event("m.call.invite", "@ann:x", {{"offer", voice}})),
                 QStringLiteral("Ann started a voice call"));
        QCOMPARE(describe(event("m.call.reject", "@bob:x", {})),
                 QStringLiteral("Bob declined the call"));
        QCOMPARE(describe(event("m.call.hangup", "@bob:x", {{"reason", "user_hangup"}})),
                 QStringLiteral("Bob ended the call"));
        QCOMPARE(describe(event("m.call.hangup", "@ann:x", {{"reason", "invite_timeout"}})),
                 QStringLiteral("Unanswered call from Ann"));
        QCOMPARE(describe(event("m.call.hangup", "@bob:x", {{"reason", "user_busy"}})),
                 QStringLiteral("Bob was busy"));
        // Hung up before anyone answered: by the caller, or (version 0) by the callee.
        QCOMPARE(describe(event("m.call.hangup", "@ann:x", {{"reason", "user_hangup"}}),
                          CallDurations::Unanswered),
                 QStringLiteral("Unanswered call from Ann"));
        QCOMPARE(describe(event("m.call.hangup", "@bob:x", {{"reason", "user_hangup"}}),
                          CallDurations::Declined),
                 QStringLiteral("Bob declined the call"));
        QCOMPARE(describe(event("m.call.hangup", "@ann:x", {{"reason", "ice_failed"}})),
                 QStringLiteral("Call failed: could not connect"));
        QCOMPARE(describe(event("m.call.hangup", "@ann:x", {{"reason", "ice_timeout"}})),
                 QStringLiteral("Call ended: connection lost"));
        // Signalling has no line; call lines are one-line rows, not messages.
        QCOMPARE(describe(event("m.call.candidates", "@ann:x", {})), QString());
        QVERIFY(!StateChangeText::isShownType("m.call.answer"));
        models::TimelineRow row;
        row.event = event("m.call.hangup", "@bob:x", {});
        QCOMPARE(row.kind(), models::TimelineRow::Kind::State);
    }

    void aVerificationRequestIsALineNotAMessage()
    {
        models::TimelineRow row;
        row.event = models::TimelineRow::eventFromJson(
            QJsonObject{{"type", "m.room.message"},
                        {"event_id", "$v"},
                        {"sender", "@ann:x"},
                        {"origin_server_ts", 1.0},
                        {"content", QJsonObject{{"msgtype", "m.key.verification.request"},
                                                {"body", "Ann is requesting to verify your key"},
                                                {"to", "@bob:x"},
                                                {"from_device", "ANN"},
                                                {"methods", QJsonArray{"m.sas.v1"}}}}});
        QCOMPARE(describe(row.event), QString("Ann asked Bob to verify"));
        QCOMPARE(row.kind(), models::TimelineRow::Kind::State);
        row.event.content["msgtype"] = "m.text";
        QCOMPARE(row.kind(), models::TimelineRow::Kind::Message);
        QCOMPARE(describe(row.event), QString());
    }

    void roomChanges()
    {
        QCOMPARE(describe(stateEvent("m.room.name", "@ann:x", "", {{"name", "Ops"}})),
                 QString("Ann changed the room name to Ops"));
        QCOMPARE(describe(stateEvent("m.room.topic", "@bob:x", "", {{"topic", "Deploys"}})),
                 QString("Bob changed the topic to Deploys"));
        QCOMPARE(describe(stateEvent("m.room.topic", "@bob:x", "", {})),
                 QString("Bob removed the topic"));
        QCOMPARE(describe(stateEvent("m.room.avatar", "@ann:x", "", {{"url", "mxc://x/a"}})),
                 QString("Ann changed the room avatar"));
        QCOMPARE(describe(stateEvent("m.room.power_levels", "@ann:x", "", {})), QString());
    }
};

QTEST_GUILESS_MAIN(TestStateChangeText)
#include "tst_statechangetext.moc"
