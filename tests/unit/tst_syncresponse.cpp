#include "TestData.h"
#include "matrix/SyncResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace atrium::matrix;
using atrium::test::readFixture;

namespace {

SyncResponse parseFixture(const QString &name)
{
    QString error;
    const auto sync = SyncResponse::parse(readFixture(name), &error);
    if (!sync)
        qFatal("fixture %s does not parse: %s", qPrintable(name), qPrintable(error));
    return *sync;
}

const JoinedRoomUpdate *joinedRoom(const SyncResponse &sync, const QString &roomId)
{
    for (const auto &room : sync.joined) {
        if (room.roomId == roomId)
            return &room;
    }
    return nullptr;
}

QStringList eventIds(const QList<RoomEvent> &events)
{
    QStringList ids;
    for (const auto &event : events)
        ids.append(event.eventId);
    return ids;
}

QJsonObject validEvent()
{
    return QJsonObject{{"type", "m.room.message"},
                       {"event_id", "$abc"},
                       {"sender", "@bob:example.org"},
                       {"origin_server_ts", 1700000000000.0},
                       {"content", QJsonObject{{"msgtype", "m.text"}, {"body", "hi"}}}};
}

} // namespace

class TestSyncResponse : public QObject
{
    Q_OBJECT

private slots:
    void nextBatchIsRead()
    {
        QCOMPARE(parseFixture("sync_initial.json").nextBatch, QString("s72595_4483_1934"));
    }

    void joinedRoomsAreListed()
    {
        const SyncResponse sync = parseFixture("sync_initial.json");
        QCOMPARE(sync.joined.size(), 3);
        QVERIFY(joinedRoom(sync, "!work:example.org"));
        QVERIFY(joinedRoom(sync, "!dm:example.org"));
        QVERIFY(joinedRoom(sync, "!named:example.org"));
    }

    void summaryGivesHeroesAndMemberCounts()
    {
        const SyncResponse sync = parseFixture("sync_initial.json");
        const auto *room = joinedRoom(sync, "!work:example.org");
        QVERIFY(room);
        QVERIFY(room->summary.heroes.has_value());
        QCOMPARE(*room->summary.heroes, QStringList({"@bob:example.org", "@carol:example.org"}));
        QCOMPARE(room->summary.joinedMemberCount, std::optional<int>(3));
        QCOMPARE(room->summary.invitedMemberCount, std::optional<int>(1));
    }

    void absentSummaryLeavesFieldsUnset()
    {
        const SyncResponse sync = parseFixture("sync_initial.json");
        const auto *room = joinedRoom(sync, "!named:example.org");
        QVERIFY(room);
        QVERIFY(!room->summary.heroes.has_value());
        QVERIFY(!room->summary.joinedMemberCount.has_value());
        QVERIFY(!room->summary.invitedMemberCount.has_value());
    }

    void stateAndTimelineKeepServerOrder()
    {
        const SyncResponse sync = parseFixture("sync_initial.json");
        const auto *room = joinedRoom(sync, "!work:example.org");
        QVERIFY(room);
        QCOMPARE(eventIds(room->state),
                 QStringList({"$create-work", "$member-alice-work", "$member-bob-work",
                              "$member-carol-work", "$member-dan-work", "$topic-work"}));
        QCOMPARE(eventIds(room->timeline), QStringList({"$msg1-work", "$msg2-work"}));
    }

    void limitedTimelineCarriesPrevBatch()
    {
        const SyncResponse sync = parseFixture("sync_initial.json");
        const auto *work = joinedRoom(sync, "!work:example.org");
        QVERIFY(work);
        QVERIFY(work->limited);
        QCOMPARE(work->prevBatch, QString("t34-23535_0_0"));
        const auto *dm = joinedRoom(sync, "!dm:example.org");
        QVERIFY(dm);
        QVERIFY(!dm->limited);
    }

    void ephemeralEventsArePassedOn()
    {
        const SyncResponse sync = parseFixture("sync_initial.json");
        const auto *room = joinedRoom(sync, "!work:example.org");
        QVERIFY(room);
        QCOMPARE(room->ephemeral.size(), 2);
        QCOMPARE(room->ephemeral.at(0).value("type").toString(), QString("m.typing"));
        QCOMPARE(room->ephemeral.at(0).value("content").toObject().value("user_ids").toArray(),
                 QJsonArray({"@bob:example.org"}));
        QCOMPARE(room->ephemeral.at(1).value("type").toString(), QString("m.receipt"));
    }

    void roomAccountDataIsPassedOn()
    {
        const SyncResponse sync = parseFixture("sync_initial.json");
        const auto *room = joinedRoom(sync, "!work:example.org");
        QVERIFY(room);
        QCOMPARE(room->accountData.size(), 2);
        QCOMPARE(room->accountData.at(0).value("type").toString(), QString("m.tag"));
        QCOMPARE(room->accountData.at(1).value("type").toString(), QString("m.fully_read"));
    }

    void unreadCountsAreRead()
    {
        const SyncResponse sync = parseFixture("sync_initial.json");
        const auto *work = joinedRoom(sync, "!work:example.org");
        QVERIFY(work);
        QCOMPARE(work->notificationCount, std::optional<int>(2));
        QCOMPARE(work->highlightCount, std::optional<int>(1));
        const auto *named = joinedRoom(sync, "!named:example.org");
        QVERIFY(named);
        QVERIFY(!named->notificationCount.has_value());
    }

    void invitedRoomsCarryStrippedState()
    {
        const SyncResponse sync = parseFixture("sync_initial.json");
        QCOMPARE(sync.invited.size(), 1);
        const InvitedRoomUpdate &invite = sync.invited.first();
        QCOMPARE(invite.roomId, QString("!invite:example.org"));
        QCOMPARE(invite.inviteState.size(), 3);
        const RoomEvent &ownMember = invite.inviteState.at(1);
        QCOMPARE(ownMember.type, QString("m.room.member"));
        QCOMPARE(ownMember.stateKey, std::optional<QString>("@alice:example.org"));
        QCOMPARE(ownMember.sender, QString("@erin:example.org"));
        QVERIFY(ownMember.eventId.isEmpty());
        QCOMPARE(ownMember.content.value("is_direct").toBool(), true);
    }

    void leftRoomsCarryTheirTimeline()
    {
        const SyncResponse sync = parseFixture("sync_initial.json");
        QCOMPARE(sync.left.size(), 1);
        QCOMPARE(sync.left.first().roomId, QString("!old:example.org"));
        QCOMPARE(eventIds(sync.left.first().timeline), QStringList({"$leave-old"}));
        QCOMPARE(sync.left.first().timeline.first().content.value("membership").toString(),
                 QString("leave"));
    }

    void globalAccountDataIsPassedOn()
    {
        const SyncResponse sync = parseFixture("sync_initial.json");
        QCOMPARE(sync.accountData.size(), 2);
        QCOMPARE(sync.accountData.first().value("type").toString(), QString("m.direct"));
    }

    void toDeviceEventsArePassedOn()
    {
        const SyncResponse sync = parseFixture("sync_initial.json");
        QCOMPARE(sync.toDevice.size(), 1);
        QCOMPARE(sync.toDevice.first().value("type").toString(), QString("m.dummy"));
        QCOMPARE(sync.toDevice.first().value("sender").toString(), QString("@bob:example.org"));
    }

    void deviceListChangesAreRead()
    {
        const SyncResponse sync = parseFixture("sync_initial.json");
        QCOMPARE(sync.deviceListsChanged, QStringList({"@bob:example.org"}));
        QCOMPARE(sync.deviceListsLeft, QStringList({"@eve:example.org"}));
    }

    void oneTimeKeyCountsAndFallbackKeysAreRead()
    {
        const SyncResponse sync = parseFixture("sync_initial.json");
        QCOMPARE(sync.oneTimeKeysCount.value("signed_curve25519"), 50);
        QVERIFY(sync.unusedFallbackKeyTypes.has_value());
        QCOMPARE(*sync.unusedFallbackKeyTypes, QStringList({"signed_curve25519"}));
    }

    void absentFallbackKeyTypesStayUnknown()
    {
        const SyncResponse sync = parseFixture("sync_incremental.json");
        QVERIFY(!sync.unusedFallbackKeyTypes.has_value());
        QVERIFY(sync.oneTimeKeysCount.isEmpty());
    }

    void malformedEventsAreDroppedAndCounted()
    {
        // sync_initial.json holds a state event whose state_key is a number, a
        // timeline event without event_id and one whose content is a string.
        const SyncResponse sync = parseFixture("sync_initial.json");
        QCOMPARE(sync.droppedEvents, 3);
        const auto *room = joinedRoom(sync, "!work:example.org");
        QVERIFY(room);
        QVERIFY(!eventIds(room->state).contains("$bad-state-key"));
        QVERIFY(!eventIds(room->timeline).contains("$bad-content"));
    }

    void eventsKeepTheirTextAsSent()
    {
        const SyncResponse sync = parseFixture("sync_initial.json");
        QList<RoomEvent> all;
        for (const auto &room : sync.joined)
            all += room.state + room.timeline;
        for (const auto &room : sync.invited)
            all += room.inviteState;
        for (const auto &room : sync.left)
            all += room.state + room.timeline;
        QVERIFY(all.size() > 10);
        for (const auto &event : all) {
            QVERIFY2(!event.rawJson.isEmpty(), qPrintable(event.eventId));
            QCOMPARE(QJsonDocument::fromJson(event.rawJson).object(), event.json);
            QCOMPARE(event.jsonText(), event.rawJson);
        }
    }

    void eventsBuiltFromObjectsAreSerializedForTheStore()
    {
        QString error;
        const auto sync = SyncResponse::fromJson(
            QJsonDocument::fromJson(readFixture("sync_initial.json")).object(), &error);
        QVERIFY(sync);
        const RoomEvent &event = sync->joined.first().timeline.first();
        QVERIFY(event.rawJson.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(event.jsonText()).object(), event.json);
    }

    void incrementalSyncParses()
    {
        const SyncResponse sync = parseFixture("sync_incremental.json");
        QCOMPARE(sync.nextBatch, QString("s72596_4484_1940"));
        QCOMPARE(sync.joined.size(), 1);
        QCOMPARE(sync.droppedEvents, 0);
        QVERIFY(sync.invited.isEmpty());
        QVERIFY(sync.left.isEmpty());
        QCOMPARE(eventIds(sync.joined.first().timeline),
                 QStringList({"$msg3-work", "$edit-work", "$redact-work"}));
    }

    void bodyThatIsNotJsonIsRejected()
    {
        QString error;
        QVERIFY(!SyncResponse::parse("<html>502 Bad Gateway</html>", &error));
        QVERIFY(!error.isEmpty());
    }

    void jsonArrayIsRejected()
    {
        QString error;
        QVERIFY(!SyncResponse::parse("[1, 2]", &error));
        QVERIFY(!error.isEmpty());
    }

    void missingNextBatchIsRejected()
    {
        QString error;
        QVERIFY(!SyncResponse::parse(R"({"rooms": {"join": {}}})", &error));
        QVERIFY(error.contains("next_batch"));
    }

    void minimalSyncHasNoRooms()
    {
        QString error;
        const auto sync = SyncResponse::parse(R"({"next_batch": "s1"})", &error);
        QVERIFY(sync);
        QVERIFY(sync->joined.isEmpty());
        QVERIFY(sync->invited.isEmpty());
        QVERIFY(sync->left.isEmpty());
        QCOMPARE(sync->droppedEvents, 0);
    }

    void roomEventFromJsonTakesOutCommonFields()
    {
        const auto event = RoomEvent::fromJson(validEvent());
        QVERIFY(event);
        QCOMPARE(event->eventId, QString("$abc"));
        QCOMPARE(event->type, QString("m.room.message"));
        QCOMPARE(event->sender, QString("@bob:example.org"));
        QCOMPARE(event->originServerTs, qint64(1700000000000));
        QCOMPARE(event->content.value("body").toString(), QString("hi"));
        QVERIFY(!event->isState());
        QCOMPARE(event->json, validEvent());
    }

    void roomEventWithStateKeyIsState()
    {
        QJsonObject json = validEvent();
        json.insert("type", "m.room.topic");
        json.insert("state_key", "");
        const auto event = RoomEvent::fromJson(json);
        QVERIFY(event);
        QVERIFY(event->isState());
        QCOMPARE(*event->stateKey, QString());
    }

    void roomEventWithoutContentHasEmptyContent()
    {
        QJsonObject json = validEvent();
        json.remove("content");
        const auto event = RoomEvent::fromJson(json);
        QVERIFY(event);
        QVERIFY(event->content.isEmpty());
    }

    void roomEventMissingARequiredFieldIsRejected_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("event_id") << "event_id";
        QTest::newRow("type") << "type";
        QTest::newRow("sender") << "sender";
        QTest::newRow("origin_server_ts") << "origin_server_ts";
    }
    void roomEventMissingARequiredFieldIsRejected()
    {
        QFETCH(QString, field);
        QJsonObject json = validEvent();
        json.remove(field);
        QVERIFY(!RoomEvent::fromJson(json));
    }

    void roomEventWithMistypedFieldIsRejected_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("content string") << "content" << QJsonValue("text");
        QTest::newRow("content array") << "content" << QJsonValue(QJsonArray{1});
        QTest::newRow("state_key number") << "state_key" << QJsonValue(7);
        QTest::newRow("state_key null") << "state_key" << QJsonValue(QJsonValue::Null);
        QTest::newRow("sender number") << "sender" << QJsonValue(1);
        QTest::newRow("origin_server_ts string") << "origin_server_ts" << QJsonValue("1700");
        QTest::newRow("event_id empty") << "event_id" << QJsonValue("");
    }
    void roomEventWithMistypedFieldIsRejected()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject json = validEvent();
        json.insert(field, value);
        QVERIFY(!RoomEvent::fromJson(json));
    }

    void strippedStateNeedsNoEventId()
    {
        const QJsonObject json{{"type", "m.room.name"},
                               {"state_key", ""},
                               {"sender", "@erin:example.org"},
                               {"content", QJsonObject{{"name", "Secret plans"}}}};
        const auto event = RoomEvent::fromStrippedJson(json);
        QVERIFY(event);
        QVERIFY(event->eventId.isEmpty());
        QCOMPARE(event->content.value("name").toString(), QString("Secret plans"));
    }

    void strippedStateWithoutStateKeyIsRejected()
    {
        const QJsonObject json{{"type", "m.room.name"},
                               {"sender", "@erin:example.org"},
                               {"content", QJsonObject{{"name", "Secret plans"}}}};
        QVERIFY(!RoomEvent::fromStrippedJson(json));
    }

    void transactionIdComesFromUnsigned()
    {
        QJsonObject json = validEvent();
        json.insert("unsigned", QJsonObject{{"transaction_id", "atr1.42"}});
        QCOMPARE(RoomEvent::fromJson(json)->transactionId(), QString("atr1.42"));
        QCOMPARE(RoomEvent::fromJson(validEvent())->transactionId(), QString());
    }

    void redactedEventIsRecognised()
    {
        QJsonObject json = validEvent();
        QVERIFY(!RoomEvent::fromJson(json)->isRedacted());
        json.insert("unsigned",
                    QJsonObject{{"redacted_because", QJsonObject{{"type", "m.room.redaction"}}}});
        QVERIFY(RoomEvent::fromJson(json)->isRedacted());
    }
};

QTEST_GUILESS_MAIN(TestSyncResponse)
#include "tst_syncresponse.moc"
