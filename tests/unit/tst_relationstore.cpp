// The relation index: reactions and edits found by the event they point at.
#include "TemporaryDatabase.h"
#include "TestEvents.h"
#include "matrix/Relations.h"
#include "store/RelationStore.h"
#include "store/TimelineStore.h"

#include <QSqlQuery>
#include <QTest>

using namespace atrium;

namespace {

const QString Room = QStringLiteral("!room:example.org");

matrix::RoomEvent reaction(const QString &id, const QString &target, const QString &key,
                           const QString &sender, qint64 ts = 1700000001000)
{
    return test::eventFromJson({{"type", "m.reaction"},
                                {"event_id", id},
                                {"sender", sender},
                                {"origin_server_ts", double(ts)},
                                {"content", matrix::Relations::reaction(target, key)}});
}

matrix::RoomEvent edit(const QString &id, const QString &target, const QString &body,
                       const QString &sender, qint64 ts)
{
    return test::eventFromJson(
        {{"type", "m.room.message"},
         {"event_id", id},
         {"sender", sender},
         {"origin_server_ts", double(ts)},
         {"content", matrix::Relations::edit({{"msgtype", "m.text"}, {"body", body}}, target)}});
}

matrix::RoomEvent redaction(const QString &id, const QString &target)
{
    return test::eventFromJson({{"type", "m.room.redaction"},
                                {"event_id", id},
                                {"sender", "@bob:example.org"},
                                {"origin_server_ts", 1700000009000.0},
                                {"redacts", target},
                                {"content", QJsonObject{{"redacts", target}}}});
}

matrix::RoomEvent encryptedEdit(const QString &id, const QString &target)
{
    return test::eventFromJson(
        {{"type", "m.room.encrypted"},
         {"event_id", id},
         {"sender", "@bob:example.org"},
         {"origin_server_ts", 1700000004000.0},
         {"content", QJsonObject{{"algorithm", "m.megolm.v1.aes-sha2"},
                                 {"ciphertext", "AwgAEnA"},
                                 {"sender_key", "key"},
                                 {"session_id", "session"},
                                 {"m.relates_to",
                                  QJsonObject{{"rel_type", "m.replace"}, {"event_id", target}}}}}});
}

} // namespace

class TestRelationStore : public QObject
{
    Q_OBJECT

private slots:
    void reactionsAndEditsAreFoundByTheirTarget()
    {
        test::TemporaryDatabase temp;
        store::RelationStore relations(temp.db());
        QVERIFY(relations.record(
            Room, {test::message("$m1", "hello"), test::message("$m2", "other"),
                   reaction("$r1", "$m1", "👍", "@ann:example.org"),
                   reaction("$r2", "$m1", "🎉", "@bob:example.org"),
                   edit("$e1", "$m1", "hello, world", "@bob:example.org", 1700000002000),
                   reaction("$r3", "$m2", "👍", "@ann:example.org")}));

        const auto found = relations.forTargets(Room, {"$m1"});
        QCOMPARE(found.size(), 1);
        const auto &forM1 = found.value("$m1");
        QCOMPARE(forM1.size(), 3);
        QCOMPARE(forM1.at(0).eventId, QString("$r1"));
        QCOMPARE(forM1.at(0).key, QString("👍"));
        QVERIFY(forM1.at(0).isReaction());
        QCOMPARE(forM1.at(2).eventId, QString("$e1"));
        QVERIFY(forM1.at(2).isEdit());
        QCOMPARE(forM1.at(2).newContent.value("body").toString(), QString("hello, world"));
        QVERIFY(!found.contains("$m2"));
    }

    void recordingTheSameEventsTwiceKeepsOneEntry()
    {
        test::TemporaryDatabase temp;
        store::RelationStore relations(temp.db());
        const auto events = QList{reaction("$r1", "$m1", "👍", "@ann:example.org")};
        QVERIFY(relations.record(Room, events));
        QVERIFY(relations.record(Room, events));
        QCOMPARE(relations.forTargets(Room, {"$m1"}).value("$m1").size(), 1);
    }

    void aRedactionRemovesTheRelationAlsoWhenItComesFirst()
    {
        test::TemporaryDatabase temp;
        store::RelationStore relations(temp.db());
        QVERIFY(relations.record(Room, {reaction("$r1", "$m1", "👍", "@ann:example.org"),
                                        reaction("$r2", "$m1", "👀", "@ann:example.org")}));
        QVERIFY(relations.record(Room, {redaction("$x1", "$r1")}));
        // Back-pagination: newest first, the redaction before its reaction.
        QVERIFY(relations.record(
            Room, {redaction("$x2", "$r3"), reaction("$r3", "$m1", "🎉", "@bob:example.org")}));
        const auto left = relations.forTargets(Room, {"$m1"}).value("$m1");
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().eventId, QString("$r2"));
    }

    void relationsWithoutATargetOrKeyAreIgnored()
    {
        test::TemporaryDatabase temp;
        store::RelationStore relations(temp.db());
        QVERIFY(relations.record(
            Room,
            {test::eventFromJson(
                 {{"type", "m.reaction"},
                  {"event_id", "$bad"},
                  {"sender", "@ann:example.org"},
                  {"origin_server_ts", 1.0},
                  {"content", QJsonObject{{"m.relates_to", QJsonObject{{"rel_type", "m.annotation"},
                                                                       {"event_id", "$m1"}}}}}}),
             test::message("$m1", "plain")}));
        QVERIFY(relations.forTargets(Room, {"$m1"}).isEmpty());
    }

    void encryptedEditsAreIndexedWithoutTheirContent()
    {
        // The new text is in the ciphertext: the timeline decrypts the stored
        // event to show it; the index never holds it.
        test::TemporaryDatabase temp;
        store::RelationStore relations(temp.db());
        QVERIFY(
            relations.record(Room, {test::message("$m1", "plain"), encryptedEdit("$e1", "$m1")}));
        const auto found = relations.forTargets(Room, {"$m1"}).value("$m1");
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().isEdit());
        QCOMPARE(found.first().sender, QString("@bob:example.org"));
        QVERIFY(found.first().newContent.isEmpty());
    }

    void migrationIndexesEncryptedEditsStoredBeforeIt()
    {
        // A store at schema 8, whose sync left encrypted edits out of the index.
        QTemporaryDir dir;
        const QString path = dir.filePath("old.db");
        {
            store::Database db;
            QVERIFY(db.open(path));
            QVERIFY(db.exec("DROP TABLE cross_signing_keys"));                        // schema 10
            QVERIFY(db.exec("DROP TABLE published_cross_signing_keys"));              // schema 11
            QVERIFY(db.exec("DROP TABLE key_backup_sessions"));                       // schema 12
            QVERIFY(db.exec("ALTER TABLE megolm_inbound DROP COLUMN authenticated")); // schema 13
            QVERIFY(db.exec("DROP TABLE drafts"));                                    // schema 14
            QVERIFY(db.exec("ALTER TABLE rooms DROP COLUMN decrypted_highlight_count"));
            QVERIFY(
                db.exec("ALTER TABLE rooms DROP COLUMN decrypted_notification_count")); // schema 15
            QVERIFY(db.exec("DROP TABLE decrypted_notifications"));                     // schema 16
            QVERIFY(db.exec("PRAGMA user_version = 8"));
            QVERIFY(store::TimelineStore(db).appendFromSync(
                Room, {test::message("$m1", "hello"), encryptedEdit("$e1", "$m1")}, false,
                "start"));
        }
        store::Database db;
        QVERIFY2(db.open(path), qPrintable(db.lastError()));
        const auto found = store::RelationStore(db).forTargets(Room, {"$m1"}).value("$m1");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().eventId, QString("$e1"));
        QVERIFY(found.first().newContent.isEmpty());
    }

    void manyTargetsAreLookedUpInBatches()
    {
        // More targets than one statement takes: every one is still found.
        test::TemporaryDatabase temp;
        store::RelationStore relations(temp.db());
        QList<matrix::RoomEvent> events;
        QStringList targets;
        for (int i = 0; i < 70; ++i) {
            targets.append(QStringLiteral("$m%1").arg(i));
            events.append(
                reaction(QStringLiteral("$r%1").arg(i), targets.last(), "👍", "@ann:example.org"));
        }
        QVERIFY(relations.record(Room, events));
        const auto found = relations.forTargets(Room, targets);
        QCOMPARE(found.size(), 70);
    }

    void migrationIndexesHistoryStoredBeforeIt()
    {
        // A store at schema 6 (before the index) with a reaction and an edit
        // in its events: migrating indexes them.
        QTemporaryDir dir;
        const QString path = dir.filePath("old.db");
        {
            store::Database db;
            QVERIFY(db.open(path));
            QVERIFY(db.exec("DROP TABLE relations"));
            QVERIFY(db.exec("ALTER TABLE outbox DROP COLUMN redacts"));
            QVERIFY(db.exec("DROP TABLE room_key_requests"));                         // schema 8
            QVERIFY(db.exec("DROP TABLE cross_signing_keys"));                        // schema 10
            QVERIFY(db.exec("DROP TABLE published_cross_signing_keys"));              // schema 11
            QVERIFY(db.exec("DROP TABLE key_backup_sessions"));                       // schema 12
            QVERIFY(db.exec("ALTER TABLE megolm_inbound DROP COLUMN authenticated")); // schema 13
            QVERIFY(db.exec("DROP TABLE drafts"));                                    // schema 14
            QVERIFY(db.exec("ALTER TABLE rooms DROP COLUMN decrypted_highlight_count"));
            QVERIFY(
                db.exec("ALTER TABLE rooms DROP COLUMN decrypted_notification_count")); // schema 15
            QVERIFY(db.exec("DROP TABLE decrypted_notifications"));                     // schema 16
            QVERIFY(db.exec("PRAGMA user_version = 6"));
            store::TimelineStore timeline(db);
            QVERIFY(timeline.appendFromSync(
                Room,
                {test::message("$m1", "hello"), reaction("$r1", "$m1", "👍", "@ann:example.org"),
                 edit("$e1", "$m1", "hello!", "@bob:example.org", 1700000003000)},
                false, "start"));
        }
        store::Database db;
        QVERIFY2(db.open(path), qPrintable(db.lastError()));
        QCOMPARE(db.schemaVersion(), store::Database::latestSchemaVersion());
        const auto found = store::RelationStore(db).forTargets(Room, {"$m1"}).value("$m1");
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).key, QString("👍"));
        QCOMPARE(found.at(1).newContent.value("body").toString(), QString("hello!"));
    }
};

QTEST_GUILESS_MAIN(TestRelationStore)
#include "tst_relationstore.moc"
