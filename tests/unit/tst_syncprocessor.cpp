#include "TemporaryDatabase.h"
#include "TestData.h"
#include "store/Database.h"
#include "store/NotificationStore.h"
#include "store/OutboxStore.h"
#include "store/RoomStore.h"
#include "store/TimelineStore.h"
#include "sync/SyncProcessor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;
using atrium::sync::SyncChanges;
using atrium::sync::SyncProcessor;
using atrium::test::readFixture;

namespace {

const QString Me = QStringLiteral("@alice:example.org");
const QString Work = QStringLiteral("!work:example.org");
// The transaction id of Alice's own message in sync_initial.json.
const QString EchoedTxn = QStringLiteral("atr1700000001999.00000000deadbeef");

QStringList eventIds(const store::TimelinePage &page)
{
    QStringList ids;
    for (const auto &event : page.events)
        ids.append(event.eventId);
    return ids;
}

} // namespace

class TestSyncProcessor : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_temp.emplace();
        m_db = &m_temp->db();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->lastError()));
    }
    void cleanup()
    {
        m_db = nullptr;
        m_temp.reset();
    }

    void joinedAndInvitedRoomsAreStored()
    {
        QVERIFY(applyFixture("sync_initial.json"));
        QStringList roomIds;
        for (const auto &room : store::RoomStore(*m_db).loadAll())
            roomIds.append(room.roomId);
        roomIds.sort();
        QCOMPARE(roomIds, QStringList({"!dm:example.org", "!invite:example.org",
                                       "!named:example.org", "!work:example.org"}));
    }

    void changedRoomsAreReported()
    {
        const auto changes = applyFixture("sync_initial.json");
        QVERIFY(changes);
        QVERIFY(changes->initial);
        QSet<QString> reported;
        for (const auto &room : changes->rooms)
            reported.insert(room.roomId);
        QVERIFY(reported.contains(Work));
        QVERIFY(reported.contains("!invite:example.org"));
    }

    void roomStateIsStored()
    {
        QVERIFY(applyFixture("sync_initial.json"));
        store::RoomStore rooms(*m_db);
        QCOMPARE(rooms.stateContent(Work, "m.room.topic").value("topic").toString(),
                 QString("Weekly planning"));
        QCOMPARE(rooms.stateContent(Work, "m.room.member", "@bob:example.org")
                     .value("displayname")
                     .toString(),
                 QString("Bob"));
    }

    void stateEventsInTheTimelineUpdateState()
    {
        QVERIFY(applyFixture("sync_initial.json"));
        QCOMPARE(store::RoomStore(*m_db)
                     .stateContent("!named:example.org", "m.room.member", Me)
                     .value("membership")
                     .toString(),
                 QString("join"));
    }

    void timelineIsStoredWithoutMalformedEvents()
    {
        const auto changes = applyFixture("sync_initial.json");
        QVERIFY(changes);
        QCOMPARE(changes->droppedEvents, 3);
        const store::TimelinePage page = store::TimelineStore(*m_db).loadLatest(Work, 10);
        QCOMPARE(eventIds(page), QStringList({"$msg1-work", "$msg2-work"}));
    }

    void limitedTimelineLeavesAGapWithPrevBatch()
    {
        const auto changes = applyFixture("sync_initial.json");
        QVERIFY(changes);
        QVERIFY(changes->gapOpened.contains(Work));
        QVERIFY(!changes->gapOpened.contains("!dm:example.org"));
        QCOMPARE(store::TimelineStore(*m_db).loadLatest(Work, 10).gapToken,
                 QString("t34-23535_0_0"));
    }

    void newEventsAreReportedOldestFirst()
    {
        const auto changes = applyFixture("sync_initial.json", false);
        QVERIFY(changes);
        const auto events = changes->newEvents.value(Work);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).eventId, QString("$msg1-work"));
        QCOMPARE(events.at(1).eventId, QString("$msg2-work"));
        QCOMPARE(events.at(1).transactionId, EchoedTxn);
    }

    void initialSyncLeavesEventListingToTheStore()
    {
        const auto changes = applyFixture("sync_initial.json", true);
        QVERIFY(changes);
        QVERIFY(changes->initial);
        QVERIFY(changes->newEvents.isEmpty());
        QCOMPARE(store::TimelineStore(*m_db).loadLatest(Work, 10).events.size(), 2);
    }

    void nextBatchIsSavedAsSyncToken()
    {
        QVERIFY(applyFixture("sync_initial.json"));
        QCOMPARE(m_db->metaValue(SyncProcessor::SyncTokenKey), QString("s72595_4483_1934"));
        QVERIFY(applyFixture("sync_incremental.json", false));
        QCOMPARE(m_db->metaValue(SyncProcessor::SyncTokenKey), QString("s72596_4484_1940"));
    }

    void roomsAreNamedFromStateAndSummary()
    {
        QVERIFY(applyFixture("sync_initial.json"));
        store::RoomStore rooms(*m_db);
        // Heroes Bob and Carol; 3 joined + 1 invited: one more besides us and them.
        QCOMPARE(rooms.load(Work)->displayName, QString("Bob, Carol and 1 other"));
        QCOMPARE(rooms.load("!named:example.org")->displayName, QString("Design Review"));
        QCOMPARE(rooms.load("!dm:example.org")->displayName, QString("Dave"));
        QCOMPARE(rooms.load("!invite:example.org")->displayName, QString("Erin"));
    }

    void tagsAndUnreadCountsAreStored()
    {
        QVERIFY(applyFixture("sync_initial.json"));
        const auto work = store::RoomStore(*m_db).load(Work);
        QVERIFY(work);
        QStringList tags = work->tags;
        tags.sort();
        QCOMPARE(tags, QStringList({"m.favourite", "u.work"}));
        QCOMPARE(work->notificationCount, 2);
        QCOMPARE(work->highlightCount, 1);
    }

    void initialSyncMarksRoomsInMDirectAsDirect()
    {
        // m.direct arrives in the same sync as the rooms it names.
        QVERIFY(applyFixture("sync_initial.json"));
        store::RoomStore rooms(*m_db);
        QVERIFY(rooms.load("!dm:example.org")->isDirect);
        QVERIFY(!rooms.load(Work)->isDirect);
    }

    void directInviteIsMarkedWithItsInviter()
    {
        QVERIFY(applyFixture("sync_initial.json"));
        const auto invite = store::RoomStore(*m_db).load("!invite:example.org");
        QVERIFY(invite);
        QCOMPARE(invite->membership, QString("invite"));
        QCOMPARE(invite->inviter, QString("@erin:example.org"));
        QVERIFY(invite->isDirect);
    }

    void lastMessageIsPreviewed()
    {
        QVERIFY(applyFixture("sync_initial.json"));
        const auto work = store::RoomStore(*m_db).load(Work);
        QCOMPARE(work->lastPreview, QString("Hi Bob"));
        QCOMPARE(work->lastSender, Me);
        QCOMPARE(work->lastEventTs, qint64(1700000002000));
    }

    void leftRoomIsReportedAndLeavesTheRoomList()
    {
        const auto changes = applyFixture("sync_initial.json");
        QVERIFY(changes);
        QCOMPARE(changes->leftRooms, QStringList({"!old:example.org"}));
        store::RoomStore rooms(*m_db);
        QCOMPARE(rooms.load("!old:example.org")->membership, QString("leave"));
    }

    void remoteEchoOfOwnMessageLeavesTheOutbox()
    {
        QVERIFY(store::OutboxStore(*m_db).enqueue(Work, EchoedTxn, "m.room.message",
                                                  {{"msgtype", "m.text"}, {"body", "Hi Bob"}}));
        QVERIFY(store::OutboxStore(*m_db).enqueue(Work, "atr-other", "m.room.message",
                                                  {{"msgtype", "m.text"}, {"body", "later"}}));
        const auto changes = applyFixture("sync_initial.json");
        QVERIFY(changes);
        QCOMPARE(changes->acknowledgedTransactions, QStringList({EchoedTxn}));
        store::OutboxStore outbox(*m_db);
        QVERIFY(!outbox.find(EchoedTxn));
        QVERIFY(outbox.find("atr-other"));
    }

    void echoForAnotherUserAcknowledgesNothing()
    {
        QVERIFY(store::OutboxStore(*m_db).enqueue(Work, EchoedTxn, "m.room.message",
                                                  {{"msgtype", "m.text"}, {"body", "Hi Bob"}}));
        const auto changes = applyFixture("sync_initial.json", true, "@zed:example.org");
        QVERIFY(changes);
        QVERIFY(changes->acknowledgedTransactions.isEmpty());
        QVERIFY(store::OutboxStore(*m_db).find(EchoedTxn));
    }

    void typingUsersAreReported()
    {
        const auto changes = applyFixture("sync_initial.json");
        QVERIFY(changes);
        QCOMPARE(changes->typing.value(Work), QStringList({"@bob:example.org"}));
    }

    void typingStoppedIsReportedAsNobody()
    {
        QVERIFY(applyFixture("sync_initial.json"));
        const auto changes = applyFixture("sync_incremental.json", false);
        QVERIFY(changes);
        QVERIFY(changes->typing.contains(Work));
        QVERIFY(changes->typing.value(Work).isEmpty());
    }

    void receiptsAreStoredAndReported()
    {
        const auto changes = applyFixture("sync_initial.json");
        QVERIFY(changes);
        QVERIFY(changes->receiptsChanged.contains(Work));
        const auto receipts = store::RoomStore(*m_db).readReceipts(Work);
        QCOMPARE(receipts.value("@carol:example.org"), QString("$msg1-work"));
        QCOMPARE(receipts.value("@bob:example.org"), QString("$msg2-work"));
    }

    void ownReadReceiptReadsWhatWasCountedInEncryptedMessagesUpToItsEvent()
    {
        QVERIFY(applyFixture("sync_initial.json"));
        store::RoomStore rooms(*m_db);
        // Two mentions before the receipt's event ($msg2-work, at …2000), one after.
        QVERIFY(store::NotificationStore(*m_db).add(Work, {{"$before1", 1700000001000, true, true},
                                                           {"$before2", 1700000002000, true, true},
                                                           {"$after", 1700000003000, true, true}}));
        QCOMPARE(rooms.decryptedCounts(Work).highlights, 3);
        auto receiptFrom = [this](const QString &userId, const QString &type,
                                  const QJsonObject &receiptContent = {{"ts", 1}}) {
            const QJsonObject receipt{
                {"$msg2-work", QJsonObject{{type, QJsonObject{{userId, receiptContent}}}}}};
            const QJsonObject ephemeral{
                {"events", QJsonArray{QJsonObject{{"type", "m.receipt"}, {"content", receipt}}}}};
            const QJsonObject sync{
                {"next_batch", "s2"},
                {"rooms",
                 QJsonObject{
                     {"join", QJsonObject{{Work, QJsonObject{{"ephemeral", ephemeral}}}}}}}};
            QString error;
            return SyncProcessor(*m_db, Me).apply(QJsonDocument(sync).toJson(), false, nullptr,
                                                  &error);
        };
        QVERIFY(receiptFrom("@bob:example.org", "m.read"));
        QCOMPARE(rooms.decryptedCounts(Work).highlights, 3);
        // A thread's receipt reads the thread only.
        QVERIFY(receiptFrom(Me, "m.read", {{"ts", 1}, {"thread_id", "$thread"}}));
        QCOMPARE(rooms.decryptedCounts(Work).highlights, 3);
        // Up to its event: the later mention stays unread.
        QVERIFY(receiptFrom(Me, "m.read.private", {{"ts", 1}, {"thread_id", "main"}}));
        QCOMPARE(rooms.decryptedCounts(Work).highlights, 1);
        QCOMPARE(rooms.decryptedCounts(Work).notifications, 1);
    }

    void accountDataIsStored()
    {
        const auto changes = applyFixture("sync_initial.json");
        QVERIFY(changes);
        // The views are told which of the account's types changed (not a room's).
        QCOMPARE(changes->accountDataChanged, QSet<QString>({"m.direct", "m.push_rules"}));
        store::RoomStore rooms(*m_db);
        QCOMPARE(rooms.accountData(Work, "m.fully_read").value("event_id").toString(),
                 QString("$msg1-work"));
        QVERIFY(rooms.accountData({}, "m.direct").contains("@dave:example.org"));
    }

    void toDeviceEventsArePassedOn()
    {
        const auto changes = applyFixture("sync_initial.json");
        QVERIFY(changes);
        QCOMPARE(changes->toDevice.size(), 1);
        QCOMPARE(changes->toDevice.first().value("type").toString(), QString("m.dummy"));
    }

    void incrementalSyncAppendsToTheTimeline()
    {
        QVERIFY(applyFixture("sync_initial.json"));
        const auto changes = applyFixture("sync_incremental.json", false);
        QVERIFY(changes);
        QVERIFY(!changes->gapOpened.contains(Work));
        QCOMPARE(changes->newEvents.value(Work).size(), 3);
        const store::TimelinePage page = store::TimelineStore(*m_db).loadLatest(Work, 10);
        QCOMPARE(eventIds(page), QStringList({"$msg1-work", "$msg2-work", "$msg3-work",
                                              "$edit-work", "$redact-work"}));
    }

    void editDoesNotChangeThePreview()
    {
        QVERIFY(applyFixture("sync_initial.json"));
        QVERIFY(applyFixture("sync_incremental.json", false));
        const auto work = store::RoomStore(*m_db).load(Work);
        QCOMPARE(work->lastPreview, QString("Agenda is up"));
        QCOMPARE(work->lastSender, QString("@carol:example.org"));
        QCOMPARE(work->notificationCount, 3);
    }

    void redactionInSyncStripsTheStoredEvent()
    {
        QVERIFY(applyFixture("sync_initial.json"));
        QVERIFY(applyFixture("sync_incremental.json", false));
        const auto redacted = store::TimelineStore(*m_db).event(Work, "$msg1-work");
        QVERIFY(redacted);
        QVERIFY(redacted->value("content").toObject().isEmpty());
        QCOMPARE(redacted->value("unsigned")
                     .toObject()
                     .value("redacted_because")
                     .toObject()
                     .value("event_id")
                     .toString(),
                 QString("$redact-work"));
    }

    void applyingTheSameSyncTwiceAddsNothing()
    {
        QVERIFY(applyFixture("sync_initial.json"));
        const auto again = applyFixture("sync_initial.json");
        QVERIFY(again);
        QVERIFY(again->newEvents.isEmpty());
        QCOMPARE(store::TimelineStore(*m_db).eventCount(Work), 2);
    }

    void storeFailureRollsBackEverything()
    {
        QVERIFY(store::OutboxStore(*m_db).enqueue(Work, EchoedTxn, "m.room.message",
                                                  {{"msgtype", "m.text"}, {"body", "Hi Bob"}}));
        failWritesTo("receipts"); // late in the work: rooms and timeline are written by then

        QString error;
        SyncProcessor processor(*m_db, Me);
        const auto changes =
            processor.apply(readFixture("sync_initial.json"), true, nullptr, &error);
        QVERIFY(!changes);
        QVERIFY2(error.contains("disk full"), qPrintable(error));

        QCOMPARE(count("rooms"), 0);
        QCOMPARE(count("room_state"), 0);
        QCOMPARE(count("events"), 0);
        QCOMPARE(count("account_data"), 0);
        QCOMPARE(m_db->metaValue(SyncProcessor::SyncTokenKey), QString());
        QVERIFY(store::OutboxStore(*m_db).find(EchoedTxn)); // the echo was not taken as proof
    }

    void failedIncrementalSyncKeepsThePreviousToken()
    {
        QVERIFY(applyFixture("sync_initial.json"));
        failWritesTo("events");
        QString error;
        SyncProcessor processor(*m_db, Me);
        QVERIFY(!processor.apply(readFixture("sync_incremental.json"), false, nullptr, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(m_db->metaValue(SyncProcessor::SyncTokenKey), QString("s72595_4483_1934"));
        QCOMPARE(store::TimelineStore(*m_db).eventCount(Work), 2);
        QCOMPARE(store::RoomStore(*m_db).load(Work)->notificationCount, 2);
    }

    void sameSyncAppliesAfterAFailure()
    {
        failWritesTo("receipts");
        QString error;
        SyncProcessor processor(*m_db, Me);
        QVERIFY(!processor.apply(readFixture("sync_initial.json"), true, nullptr, &error));
        QVERIFY(m_db->exec(QStringLiteral("DROP TRIGGER temp.fail_writes")));
        QVERIFY(applyFixture("sync_initial.json"));
        QCOMPARE(store::TimelineStore(*m_db).eventCount(Work), 2);
    }

    void closedDatabaseIsAnError()
    {
        m_db->close();
        QString error;
        SyncProcessor processor(*m_db, Me);
        QVERIFY(!processor.apply(readFixture("sync_initial.json"), true, nullptr, &error));
        QVERIFY(!error.isEmpty());
    }

    void bodyThatIsNotASyncChangesNothing()
    {
        QString error;
        SyncProcessor processor(*m_db, Me);
        QVERIFY(!processor.apply(QByteArray("{\"rooms\": {}}"), true, nullptr, &error));
        QVERIFY(error.contains("next_batch"));
        QCOMPARE(count("rooms"), 0);
        QCOMPARE(m_db->metaValue(SyncProcessor::SyncTokenKey), QString());
    }

private:
    std::optional<SyncChanges> applyFixture(const QString &name, bool initial = true,
                                            const QString &ownUserId = Me)
    {
        QString error;
        SyncProcessor processor(*m_db, ownUserId);
        auto changes = processor.apply(readFixture(name), initial, nullptr, &error);
        if (!changes)
            qWarning("applying %s failed: %s", qPrintable(name), qPrintable(error));
        return changes;
    }

    // Stands in for a full disk: every insert into `table` fails.
    void failWritesTo(const QString &table)
    {
        QVERIFY(m_db->exec(QStringLiteral("CREATE TEMP TRIGGER fail_writes BEFORE INSERT ON"
                                          " main.%1 BEGIN SELECT RAISE(ABORT, 'disk full'); END")
                               .arg(table)));
    }

    int count(const QString &table)
    {
        QSqlQuery &query = m_db->prepare(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        return m_db->exec(query) && query.next() ? query.value(0).toInt() : -1;
    }

    std::optional<atrium::test::TemporaryDatabase> m_temp;
    store::Database *m_db = nullptr;
};

QTEST_GUILESS_MAIN(TestSyncProcessor)
#include "tst_syncprocessor.moc"
