#include "matrix/Redaction.h"

#include <QJsonArray>
#include <QTest>

using atrium::matrix::Redaction;

namespace {

QJsonObject redactable(const QString &type, const QJsonObject &content, bool state = true)
{
    QJsonObject json{{"type", type},
                     {"event_id", "$ev"},
                     {"room_id", "!r:example.org"},
                     {"sender", "@bob:example.org"},
                     {"origin_server_ts", 1700000000000.0},
                     {"content", content},
                     {"unsigned", QJsonObject{{"age", 5}}},
                     {"extra_top_level", "dropped"}};
    if (state)
        json.insert("state_key", "");
    return json;
}

const QJsonObject Because{{"type", "m.room.redaction"},
                          {"event_id", "$why"},
                          {"sender", "@mod:example.org"},
                          {"content", QJsonObject{{"reason", "spam"}}}};

} // namespace

// The redaction algorithm of room versions 1–10 (client-server API v1.11).
class TestRedaction : public QObject
{
    Q_OBJECT

private slots:
    void messageLosesAllContent()
    {
        const QJsonObject redacted = Redaction::apply(
            redactable("m.room.message", {{"msgtype", "m.text"}, {"body", "secret"}}, false),
            Because);
        QCOMPARE(redacted.value("content").toObject(), QJsonObject());
    }

    void essentialTopLevelKeysAreKept()
    {
        const QJsonObject redacted =
            Redaction::apply(redactable("m.room.topic", {{"topic", "t"}}), Because);
        QCOMPARE(redacted.value("event_id").toString(), QString("$ev"));
        QCOMPARE(redacted.value("type").toString(), QString("m.room.topic"));
        QCOMPARE(redacted.value("room_id").toString(), QString("!r:example.org"));
        QCOMPARE(redacted.value("sender").toString(), QString("@bob:example.org"));
        QCOMPARE(redacted.value("state_key").toString(), QString(""));
        QCOMPARE(redacted.value("origin_server_ts").toDouble(), 1700000000000.0);
    }

    void otherTopLevelKeysAreDropped()
    {
        const QJsonObject redacted =
            Redaction::apply(redactable("m.room.message", {{"body", "x"}}, false), Because);
        QVERIFY(!redacted.contains("extra_top_level"));
    }

    void redactedBecauseIsRecorded()
    {
        const QJsonObject redacted =
            Redaction::apply(redactable("m.room.message", {{"body", "x"}}, false), Because);
        QCOMPARE(redacted.value("unsigned").toObject().value("redacted_because").toObject(),
                 Because);
    }

    void keptContentKeys_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("content");
        QTest::addColumn<QJsonObject>("kept");

        QTest::newRow("member")
            << "m.room.member"
            << QJsonObject{{"membership", "join"},
                           {"displayname", "Bob"},
                           {"avatar_url", "mxc://x/y"},
                           {"join_authorised_via_users_server", "@a:example.org"}}
            << QJsonObject{{"membership", "join"},
                           {"join_authorised_via_users_server", "@a:example.org"}};
        QTest::newRow("create") << "m.room.create"
                                << QJsonObject{{"creator", "@a:example.org"},
                                               {"room_version", "10"}}
                                << QJsonObject{{"creator", "@a:example.org"}};
        QTest::newRow("join_rules")
            << "m.room.join_rules"
            << QJsonObject{{"join_rule", "restricted"}, {"allow", QJsonArray{}}, {"other", 1}}
            << QJsonObject{{"join_rule", "restricted"}, {"allow", QJsonArray{}}};
        QTest::newRow("power_levels")
            << "m.room.power_levels"
            << QJsonObject{{"ban", 50},
                           {"events", QJsonObject{}},
                           {"events_default", 0},
                           {"kick", 50},
                           {"redact", 50},
                           {"state_default", 50},
                           {"users", QJsonObject{{"@a:example.org", 100}}},
                           {"users_default", 0},
                           {"notifications", QJsonObject{{"room", 50}}}}
            << QJsonObject{{"ban", 50},
                           {"events", QJsonObject{}},
                           {"events_default", 0},
                           {"kick", 50},
                           {"redact", 50},
                           {"state_default", 50},
                           {"users", QJsonObject{{"@a:example.org", 100}}},
                           {"users_default", 0}};
        QTest::newRow("history_visibility")
            << "m.room.history_visibility"
            << QJsonObject{{"history_visibility", "shared"}, {"x", 1}}
            << QJsonObject{{"history_visibility", "shared"}};
        QTest::newRow("name") << "m.room.name" << QJsonObject{{"name", "Secret"}} << QJsonObject{};
    }
    void keptContentKeys()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, content);
        QFETCH(QJsonObject, kept);
        QCOMPARE(Redaction::apply(redactable(type, content), Because).value("content").toObject(),
                 kept);
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
