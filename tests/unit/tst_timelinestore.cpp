#include "TemporaryDatabase.h"
#include "TestEvents.h"
#include "store/Database.h"
#include "store/TimelineStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;
using atrium::store::TimelinePage;
using atrium::store::TimelineStore;
using atrium::test::message;
using atrium::test::messages;

namespace {

const QString Room = QStringLiteral("!work:example.org");

QStringList eventIds(const TimelinePage &page)
{
    QStringList ids;
    for (const auto &event : page.events)
        ids.append(event.eventId);
    return ids;
}

QStringList ids(const QString &prefix, int first, int last)
{
    QStringList result;
    for (int i = first; i <= last; ++i)
        result.append(QStringLiteral("$%1%2").arg(prefix).arg(i));
    return result;
}

QList<matrix::RoomEvent> reversed(QList<matrix::RoomEvent> events)
{
    std::reverse(events.begin(), events.end());
    return events;
}

} // namespace

class TestTimelineStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_temp.emplace();
        m_db = &m_temp->db();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->lastError()));
        m_timeline.emplace(*m_db);
    }
    void cleanup()
    {
        m_timeline.reset();
        m_db = nullptr;
        m_temp.reset();
    }

    void syncEventsAreStoredInOrder()
    {
        QVERIFY(m_timeline->appendFromSync(Room, messages("e", 1, 3), false, "p0"));
        const TimelinePage page = m_timeline->loadLatest(Room, 10);
        QCOMPARE(eventIds(page), ids("e", 1, 3));
        QCOMPARE(page.events.at(1).content.value("body").toString(), QString("message 2"));
        QCOMPARE(page.events.at(1).sender, QString("@bob:example.org"));
        QCOMPARE(page.events.at(1).originServerTs, qint64(1700000002000));
    }

    void appendFromSyncReturnsOnlyNewEvents()
    {
        QVERIFY(m_timeline->appendFromSync(Room, messages("e", 1, 3), false, {}));
        const auto added = m_timeline->appendFromSync(Room, messages("e", 2, 5), false, {});
        QVERIFY(added);
        QStringList addedIds;
        for (const auto &event : *added)
            addedIds.append(event.eventId);
        QCOMPARE(addedIds, ids("e", 4, 5));
    }

    void duplicateEventsAreStoredOnce()
    {
        QVERIFY(m_timeline->appendFromSync(Room, messages("e", 1, 3), false, {}));
        QVERIFY(m_timeline->appendFromSync(Room, messages("e", 1, 4), false, {}));
        QCOMPARE(m_timeline->eventCount(Room), 4);
        QCOMPARE(eventIds(m_timeline->loadLatest(Room, 10)), ids("e", 1, 4));
    }

    void roomsKeepSeparateTimelines()
    {
        QVERIFY(m_timeline->appendFromSync(Room, messages("a", 1, 2), false, {}));
        QVERIFY(m_timeline->appendFromSync("!other:example.org", messages("b", 1, 3), false, {}));
        QCOMPARE(m_timeline->eventCount(Room), 2);
        QCOMPARE(eventIds(m_timeline->loadLatest("!other:example.org", 10)), ids("b", 1, 3));
    }

    void anEventsRoomIsFoundByItsIdAlone()
    {
        QVERIFY(m_timeline->appendFromSync(Room, messages("a", 1, 2), false, {}));
        QVERIFY(m_timeline->appendFromSync("!other:example.org", messages("b", 1, 3), false, {}));
        QCOMPARE(m_timeline->roomsOfEvent(ids("b", 2, 2).first()),
                 QStringList{"!other:example.org"});
        QCOMPARE(m_timeline->roomsOfEvent(ids("a", 1, 1).first()), QStringList{Room});
        QCOMPARE(m_timeline->roomsOfEvent("$not-stored"), QStringList());
    }

    void firstSyncWithoutPrevBatchHasNoGap()
    {
        QVERIFY(m_timeline->appendFromSync(Room, messages("e", 1, 3), false, {}));
        QCOMPARE(m_timeline->loadLatest(Room, 10).gapToken, QString());
    }

    void firstSyncKeepsPrevBatchEvenWhenNotLimited()
    {
        // The spec says "nothing earlier" by leaving prev_batch out, not by
        // `limited`: a token given is a place to paginate from.
        QVERIFY(m_timeline->appendFromSync(Room, messages("e", 1, 3), false, "p0"));
        QCOMPARE(m_timeline->loadLatest(Room, 10).gapToken, QString("p0"));
    }

    void limitedFirstSyncLeavesGapBeforeIt()
    {
        QVERIFY(m_timeline->appendFromSync(Room, messages("e", 5, 7), true, "p5"));
        const TimelinePage page = m_timeline->loadLatest(Room, 10);
        QCOMPARE(eventIds(page), ids("e", 5, 7));
        QCOMPARE(page.gapToken, QString("p5"));
    }

    void limitedSyncOpensGapBehindNewEvents()
    {
        QVERIFY(m_timeline->appendFromSync(Room, messages("e", 1, 3), false, {}));
        const qint64 oldChunk = m_timeline->loadLatest(Room, 10).gapChunkId;
        QVERIFY(m_timeline->appendFromSync(Room, messages("e", 10, 12), true, "p10"));

        const TimelinePage page = m_timeline->loadLatest(Room, 10);
        QCOMPARE(eventIds(page), ids("e", 10, 12));
        QCOMPARE(page.gapToken, QString("p10"));
        QVERIFY(page.gapChunkId != oldChunk);
        QCOMPARE(m_timeline->eventCount(Room), 6); // the older events are kept
    }

    void limitedSyncContinuingStoredEventsOpensNoGap()
    {
        QVERIFY(m_timeline->appendFromSync(Room, messages("e", 1, 3), false, {}));
        QVERIFY(m_timeline->appendFromSync(Room, messages("e", 3, 5), true, "p3"));
        const TimelinePage page = m_timeline->loadLatest(Room, 10);
        QCOMPARE(eventIds(page), ids("e", 1, 5));
        QCOMPARE(page.gapToken, QString());
    }

    void backfillFillsTheGap()
    {
        QVERIFY(m_timeline->appendFromSync(Room, messages("e", 10, 12), true, "p10"));
        const TimelinePage gap = m_timeline->loadLatest(Room, 10);
        QVERIFY(
            m_timeline->applyBackfill(Room, gap.gapChunkId, reversed(messages("e", 7, 9)), "p7"));
        const TimelinePage page = m_timeline->loadLatest(Room, 10);
        QCOMPARE(eventIds(page), ids("e", 7, 12));
        QCOMPARE(page.gapToken, QString("p7"));
    }

    void backfillReachingStoredEventAbsorbsOlderChunk()
    {
        QVERIFY(m_timeline->appendFromSync(Room, messages("e", 1, 3), true, "p1"));
        QVERIFY(m_timeline->appendFromSync(Room, messages("e", 10, 12), true, "p10"));
        const TimelinePage gap = m_timeline->loadLatest(Room, 10);
        QCOMPARE(gap.gapToken, QString("p10"));

        // The page runs past e4 into e3 and e2, which the older chunk holds.
        QVERIFY(
            m_timeline->applyBackfill(Room, gap.gapChunkId, reversed(messages("e", 2, 9)), "p2"));

        const TimelinePage page = m_timeline->loadLatest(Room, 50);
        QCOMPARE(eventIds(page), ids("e", 1, 12));
        QVERIFY(!page.moreInStore);
        // What lies before the absorbed chunk is still to be fetched with its token.
        QCOMPARE(page.gapToken, QString("p1"));
        QCOMPARE(m_timeline->eventCount(Room), 12);
    }

    void absorbedHistoryPagesContiguously()
    {
        QVERIFY(m_timeline->appendFromSync(Room, messages("e", 1, 3), false, {}));
        QVERIFY(m_timeline->appendFromSync(Room, messages("e", 8, 9), true, "p8"));
        const TimelinePage gap = m_timeline->loadLatest(Room, 10);
        QVERIFY(
            m_timeline->applyBackfill(Room, gap.gapChunkId, reversed(messages("e", 3, 7)), "p3"));

        TimelinePage page = m_timeline->loadLatest(Room, 4);
        QCOMPARE(eventIds(page), ids("e", 6, 9));
        page = m_timeline->loadBefore(Room, page.cursorChunkId, page.cursorIdx, 4);
        QCOMPARE(eventIds(page), ids("e", 2, 5));
        page = m_timeline->loadBefore(Room, page.cursorChunkId, page.cursorIdx, 4);
        QCOMPARE(eventIds(page), ids("e", 1, 1));
        QVERIFY(!page.moreInStore);
        QCOMPARE(page.gapToken, QString()); // the older chunk had reached the room's start
    }

    void backfillReachingRoomStartClearsTheGap()
    {
        QVERIFY(m_timeline->appendFromSync(Room, messages("e", 4, 6), true, "p4"));
        const TimelinePage gap = m_timeline->loadLatest(Room, 10);
        QVERIFY(m_timeline->applyBackfill(Room, gap.gapChunkId, reversed(messages("e", 1, 3)), {}));
        const TimelinePage page = m_timeline->loadLatest(Room, 10);
        QCOMPARE(eventIds(page), ids("e", 1, 6));
        QCOMPARE(page.gapToken, QString());
    }

    void backfillSkipsEventsTheChunkAlreadyHolds()
    {
        QVERIFY(m_timeline->appendFromSync(Room, messages("e", 5, 7), true, "p5"));
        const TimelinePage gap = m_timeline->loadLatest(Room, 10);
        QVERIFY(
            m_timeline->applyBackfill(Room, gap.gapChunkId, reversed(messages("e", 3, 6)), "p3"));
        QCOMPARE(eventIds(m_timeline->loadLatest(Room, 10)), ids("e", 3, 7));
        QCOMPARE(m_timeline->eventCount(Room), 5);
    }

    void loadLatestReturnsNewestPageOldestFirst()
    {
        QVERIFY(m_timeline->appendFromSync(Room, messages("e", 1, 10), false, {}));
        const TimelinePage page = m_timeline->loadLatest(Room, 4);
        QCOMPARE(eventIds(page), ids("e", 7, 10));
        QVERIFY(page.moreInStore);
        QCOMPARE(page.gapToken, QString());
    }

    void loadBeforePagesBackToTheStart()
    {
        QVERIFY(m_timeline->appendFromSync(Room, messages("e", 1, 10), true, "p1"));
        TimelinePage page = m_timeline->loadLatest(Room, 4);
        page = m_timeline->loadBefore(Room, page.cursorChunkId, page.cursorIdx, 4);
        QCOMPARE(eventIds(page), ids("e", 3, 6));
        QVERIFY(page.moreInStore);
        QCOMPARE(page.gapToken, QString()); // not at the edge of the store yet
        page = m_timeline->loadBefore(Room, page.cursorChunkId, page.cursorIdx, 4);
        QCOMPARE(eventIds(page), ids("e", 1, 2));
        QVERIFY(!page.moreInStore);
        QCOMPARE(page.gapToken, QString("p1"));
    }

    void unknownRoomHasEmptyTimeline()
    {
        const TimelinePage page = m_timeline->loadLatest("!nowhere:example.org", 10);
        QVERIFY(page.events.isEmpty());
        QVERIFY(!page.moreInStore);
    }

    void storedEventIsFoundById()
    {
        QVERIFY(m_timeline->appendFromSync(Room, messages("e", 1, 2), false, {}));
        const auto event = m_timeline->event(Room, "$e2");
        QVERIFY(event);
        QCOMPARE(event->value("content").toObject().value("body").toString(), QString("message 2"));
        QVERIFY(!m_timeline->event(Room, "$nope"));
        QVERIFY(!m_timeline->event("!other:example.org", "$e2"));
    }

    void redactionStripsContentAndRecordsWhy()
    {
        QJsonObject json = message("$m1", "secret").json;
        json.insert("unsigned", QJsonObject{{"age", 10}});
        QVERIFY(m_timeline->appendFromSync(Room, {test::eventFromJson(json)}, false, {}));
        const matrix::RoomEvent redaction =
            test::eventFromJson({{"type", "m.room.redaction"},
                                 {"event_id", "$r1"},
                                 {"sender", "@bob:example.org"},
                                 {"origin_server_ts", 1700000009000.0},
                                 {"redacts", "$m1"},
                                 {"content", QJsonObject{{"redacts", "$m1"}, {"reason", "oops"}}}});
        QVERIFY(m_timeline->applyRedaction(Room, redaction));

        const auto stored = m_timeline->event(Room, "$m1");
        QVERIFY(stored);
        QVERIFY(stored->value("content").toObject().isEmpty());
        QCOMPARE(stored->value("event_id").toString(), QString("$m1"));
        QCOMPARE(stored->value("type").toString(), QString("m.room.message"));
        QCOMPARE(stored->value("sender").toString(), QString("@bob:example.org"));
        QCOMPARE(stored->value("origin_server_ts").toDouble(), 1700000000000.0);
        const QJsonObject because =
            stored->value("unsigned").toObject().value("redacted_because").toObject();
        QCOMPARE(because.value("event_id").toString(), QString("$r1"));
        QCOMPARE(because.value("content").toObject().value("reason").toString(), QString("oops"));
    }

    void redactionOfMemberEventKeepsMembership()
    {
        const auto join = test::member("@carol:example.org", "join", "Carol");
        QVERIFY(m_timeline->appendFromSync(Room, {join}, false, {}));
        const matrix::RoomEvent redaction =
            test::eventFromJson({{"type", "m.room.redaction"},
                                 {"event_id", "$r2"},
                                 {"sender", "@alice:example.org"},
                                 {"origin_server_ts", 1700000009000.0},
                                 {"content", QJsonObject{{"redacts", join.eventId}}}});
        QVERIFY(m_timeline->applyRedaction(Room, redaction));
        const auto stored = m_timeline->event(Room, join.eventId);
        QVERIFY(stored);
        QCOMPARE(stored->value("content").toObject(), QJsonObject({{"membership", "join"}}));
        QCOMPARE(stored->value("state_key").toString(), QString("@carol:example.org"));
    }

    void redactionOfUnknownEventChangesNothing()
    {
        QVERIFY(m_timeline->appendFromSync(Room, messages("e", 1, 1), false, {}));
        const matrix::RoomEvent redaction =
            test::eventFromJson({{"type", "m.room.redaction"},
                                 {"event_id", "$r3"},
                                 {"sender", "@bob:example.org"},
                                 {"origin_server_ts", 1700000009000.0},
                                 {"redacts", "$elsewhere"},
                                 {"content", QJsonObject{}}});
        QVERIFY(m_timeline->applyRedaction(Room, redaction));
        QCOMPARE(m_timeline->event(Room, "$e1")->value("content").toObject().value("body"),
                 QJsonValue("message 1"));
    }

private:
    std::optional<atrium::test::TemporaryDatabase> m_temp;
    store::Database *m_db = nullptr;
    std::optional<TimelineStore> m_timeline;
};

QTEST_GUILESS_MAIN(TestTimelineStore)
#include "tst_timelinestore.moc"
