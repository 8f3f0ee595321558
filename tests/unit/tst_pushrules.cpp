// The push rules evaluated on the client, as the spec's push-rules module
// defines them: the predefined mention rules, the room and sender kinds, the
// order of kinds, and the conditions' matching rules.
#include "matrix/PushRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace atrium::matrix;

namespace {

const QString Me = QStringLiteral("@carol:example.org");
const QString Room = QStringLiteral("!team:example.org");

QJsonObject message(const QString &body, const QString &sender = "@bob:example.org")
{
    return {{"type", "m.room.message"},
            {"sender", sender},
            {"room_id", Room},
            {"content", QJsonObject{{"msgtype", "m.text"}, {"body", body}}}};
}

QJsonObject withMentions(QJsonObject event, const QJsonObject &mentions)
{
    QJsonObject content = event.value("content").toObject();
    content.insert("m.mentions", mentions);
    event.insert("content", content);
    return event;
}

PushContext context(int members = 5)
{
    return {Me, QStringLiteral("Carol Smith"), members,
            PowerLevels(QJsonObject{{"users", QJsonObject{{"@boss:example.org", 100}}}})};
}

const PushRules Predefined = PushRules::fromAccountData({}, Me);

QJsonObject rule(const QString &id, const QJsonArray &conditions, const QJsonArray &actions)
{
    return {{"rule_id", id}, {"enabled", true}, {"conditions", conditions}, {"actions", actions}};
}

QJsonObject accountData(const QJsonObject &global)
{
    return {{"global", global}};
}

const QJsonArray Highlight{"notify", QJsonObject{{"set_tweak", "highlight"}}};

} // namespace

class TestPushRules : public QObject
{
    Q_OBJECT

private slots:
    void intentionalMentionHighlights()
    {
        const auto event = withMentions(message("hi"), {{"user_ids", QJsonArray{Me}}});
        QVERIFY(Predefined.actionsFor(event, context()).highlight);
        const auto other =
            withMentions(message("hi"), {{"user_ids", QJsonArray{"@dave:example.org"}}});
        QVERIFY(!Predefined.actionsFor(other, context()).highlight);
        QVERIFY(Predefined.actionsFor(other, context()).notify);
    }

    void displayNameAndUserNameMatchAtWordBoundaries()
    {
        QVERIFY(Predefined.actionsFor(message("ask carol smith, she knows"), context()).highlight);
        QVERIFY(Predefined.actionsFor(message("Carol: lunch?"), context()).highlight);
        QVERIFY(!Predefined.actionsFor(message("Caroline is here"), context()).highlight);
        QVERIFY(!Predefined.actionsFor(message("carolsmith"), context()).highlight);
        QVERIFY(Predefined.actionsFor(message("déjà carol!"), context()).highlight);
    }

    void eventsWithMentionsSkipTheLegacyRules()
    {
        // The body names Carol, but the sender says whom the message mentions.
        const auto event =
            withMentions(message("carol said this yesterday"), {{"user_ids", QJsonArray{}}});
        QVERIFY(!Predefined.actionsFor(event, context()).highlight);
    }

    void roomMentionNeedsPermission()
    {
        QVERIFY(!Predefined.actionsFor(message("@room release is out"), context()).highlight);
        QVERIFY(
            Predefined.actionsFor(message("@room release is out", "@boss:example.org"), context())
                .highlight);
        const auto intentional = withMentions(message("news"), {{"room", true}});
        QVERIFY(!Predefined.actionsFor(intentional, context()).highlight);
        QVERIFY(
            Predefined
                .actionsFor(withMentions(message("news", "@boss:example.org"), {{"room", true}}),
                            context())
                .highlight);
    }

    void noticesAndEditsAreSilent()
    {
        QJsonObject notice = message("carol: build failed");
        QJsonObject content = notice.value("content").toObject();
        content.insert("msgtype", "m.notice");
        notice.insert("content", content);
        QVERIFY(!Predefined.actionsFor(notice, context()).notify);

        QJsonObject edit = message("* carol");
        content = edit.value("content").toObject();
        content.insert("m.relates_to", QJsonObject{{"rel_type", "m.replace"}});
        edit.insert("content", content);
        QVERIFY(!Predefined.actionsFor(edit, context()).notify);
    }

    void mutedRoomOverridesMentions()
    {
        // User-defined override rules come before the predefined ones in the
        // server's list; here: the mute rule Element writes.
        const QJsonObject global{
            {"override",
             QJsonArray{
                 rule(Room,
                      {QJsonObject{{"kind", "event_match"}, {"key", "room_id"}, {"pattern", Room}}},
                      {}),
                 rule(".m.rule.contains_display_name",
                      {QJsonObject{{"kind", "contains_display_name"}}}, Highlight)}}};
        const auto rules = PushRules::fromAccountData(accountData(global), Me);
        QVERIFY(!rules.actionsFor(message("carol smith?"), context()).notify);
        QJsonObject elsewhere = message("carol smith?");
        elsewhere.insert("room_id", "!other:example.org");
        QVERIFY(rules.actionsFor(elsewhere, context()).highlight);
    }

    void kindsAreTriedInOrder()
    {
        // A sender rule (after content) cannot silence a keyword.
        const QJsonObject global{{"content", QJsonArray{QJsonObject{{"rule_id", "deploy"},
                                                                    {"pattern", "deploy*"},
                                                                    {"actions", Highlight}}}},
                                 {"sender", QJsonArray{rule("@bot:example.org", {}, {})}},
                                 {"room", QJsonArray{rule(Room, {}, {"notify"})}}};
        const auto rules = PushRules::fromAccountData(accountData(global), Me);
        QVERIFY(
            rules.actionsFor(message("Deployment done", "@bot:example.org"), context()).highlight);
        const auto plain = rules.actionsFor(message("done", "@bot:example.org"), context());
        QVERIFY(plain.notify); // the room rule
        QVERIFY(!plain.highlight);
    }

    void disabledRulesAreSkipped()
    {
        QJsonObject mention = rule(".m.rule.contains_display_name",
                                   {QJsonObject{{"kind", "contains_display_name"}}}, Highlight);
        mention.insert("enabled", false);
        const auto rules =
            PushRules::fromAccountData(accountData({{"override", QJsonArray{mention}}}), Me);
        QVERIFY(!rules.actionsFor(message("carol smith"), context()).notify);
    }

    void eventMatchIsWholeValueAndGlob()
    {
        const QJsonObject global{
            {"underride",
             QJsonArray{
                 rule("t",
                      {QJsonObject{
                          {"kind", "event_match"}, {"key", "type"}, {"pattern", "m.room.mes?age"}}},
                      {"notify"}),
                 rule("u",
                      {QJsonObject{
                          {"kind", "event_match"}, {"key", "content.msgtype"}, {"pattern", "m.*"}}},
                      Highlight)}}};
        const auto rules = PushRules::fromAccountData(accountData(global), Me);
        QVERIFY(rules.actionsFor(message("x"), context()).notify);
        QJsonObject other = message("x");
        other.insert("type", "m.room.message.extra"); // not the whole value
        QVERIFY(rules.actionsFor(other, context()).highlight);
        other.insert("content", QJsonObject{{"msgtype", 7}}); // not a string
        QVERIFY(!rules.actionsFor(other, context()).notify);
    }

    void memberCountComparisons()
    {
        const auto rulesFor = [](const QString &is) {
            return PushRules::fromAccountData(
                accountData(
                    {{"underride",
                      QJsonArray{rule("c", {QJsonObject{{"kind", "room_member_count"}, {"is", is}}},
                                      {"notify"})}}}),
                Me);
        };
        QVERIFY(rulesFor("2").actionsFor(message("x"), context(2)).notify);
        QVERIFY(!rulesFor("2").actionsFor(message("x"), context(3)).notify);
        QVERIFY(rulesFor("==3").actionsFor(message("x"), context(3)).notify);
        QVERIFY(rulesFor("<3").actionsFor(message("x"), context(2)).notify);
        QVERIFY(!rulesFor(">3").actionsFor(message("x"), context(3)).notify);
        QVERIFY(rulesFor(">=3").actionsFor(message("x"), context(3)).notify);
        QVERIFY(rulesFor("<=3").actionsFor(message("x"), context(1)).notify);
        QVERIFY(!rulesFor("lots").actionsFor(message("x"), context(1)).notify);
    }

    void unknownConditionsNeverMatch()
    {
        const auto rules = PushRules::fromAccountData(
            accountData(
                {{"override", QJsonArray{rule("x", {QJsonObject{{"kind", "org.example.future"}}},
                                              Highlight)}}}),
            Me);
        QVERIFY(!rules.actionsFor(message("x"), context()).notify);
    }

    void legacyRoomMentionGivesWayToMentions()
    {
        const auto event =
            withMentions(message("@room see above", "@boss:example.org"), {{"room", false}});
        QVERIFY(!Predefined.actionsFor(event, context()).highlight);
    }

    void roomMentionLevelComesFromThePowerLevels()
    {
        PushContext strict = context();
        strict.powerLevels = PowerLevels(QJsonObject{
            {"users", QJsonObject{{"@boss:example.org", 100}, {"@lead:example.org", 60}}},
            {"notifications", QJsonObject{{"room", 75}}}});
        const auto fromLead = withMentions(message("news", "@lead:example.org"), {{"room", true}});
        QVERIFY(!Predefined.actionsFor(fromLead, strict).highlight);
        QVERIFY(!Predefined.actionsFor(fromLead, context()).highlight); // 0 < 50
        PushContext lenient = strict;
        lenient.powerLevels =
            PowerLevels(QJsonObject{{"users", QJsonObject{{"@lead:example.org", 60}}},
                                    {"notifications", QJsonObject{{"room", 60}}}});
        QVERIFY(Predefined.actionsFor(fromLead, lenient).highlight);
    }

    void keysWithEscapedDotsAndPropertyValues()
    {
        const auto rules = PushRules::fromAccountData(
            accountData(
                {{"override", QJsonArray{rule("n",
                                              {QJsonObject{{"kind", "event_property_is"},
                                                           {"key", "content.org\\.example\\.level"},
                                                           {"value", 3}}},
                                              Highlight),
                                         rule("z",
                                              {QJsonObject{{"kind", "event_property_is"},
                                                           {"key", "content.nothing"},
                                                           {"value", QJsonValue::Null}}},
                                              {"notify"})}}}),
            Me);
        QJsonObject event = message("x");
        QJsonObject content = event.value("content").toObject();
        content.insert("org.example.level", 3);
        event.insert("content", content);
        QVERIFY(rules.actionsFor(event, context()).highlight);
        content.insert("org.example.level", "3"); // a string is not the integer
        content.insert("nothing", QJsonValue::Null);
        event.insert("content", content);
        const auto actions = rules.actionsFor(event, context());
        QVERIFY(actions.notify && !actions.highlight);
        QVERIFY(!rules.actionsFor(message("y"), context()).notify); // absent is not null
    }

    void keywordsBeyondTheBasicPlaneMatch()
    {
        const auto rules = PushRules::fromAccountData(
            accountData({{"content", QJsonArray{QJsonObject{{"rule_id", "rocket"},
                                                            {"enabled", true},
                                                            {"pattern", "🚀*"},
                                                            {"actions", Highlight}}}}}),
            Me);
        QVERIFY(rules.actionsFor(message("launch 🚀🚀 now"), context()).highlight);
        QVERIFY(!rules.actionsFor(message("launch now"), context()).highlight);
    }

    void highlightTweakFalseOrWithoutNotify()
    {
        const QJsonObject global{
            {"override",
             QJsonArray{
                 rule("a",
                      {QJsonObject{
                          {"kind", "event_match"}, {"key", "content.body"}, {"pattern", "alpha"}}},
                      {"notify", QJsonObject{{"set_tweak", "highlight"}, {"value", false}}}),
                 rule("b",
                      {QJsonObject{
                          {"kind", "event_match"}, {"key", "content.body"}, {"pattern", "beta"}}},
                      {QJsonObject{{"set_tweak", "highlight"}}})}}};
        const auto rules = PushRules::fromAccountData(accountData(global), Me);
        const auto alpha = rules.actionsFor(message("alpha"), context());
        QVERIFY(alpha.notify && !alpha.highlight);
        QVERIFY(!rules.actionsFor(message("beta"), context()).highlight);
    }
};

QTEST_GUILESS_MAIN(TestPushRules)
#include "tst_pushrules.moc"
