// The unread counts of encrypted messages: after decryption the push rules
// find what the server could not see in the ciphertext (a mention, a keyword
// in a mentions-only room), counted from the user's last read on, and never
// what the server counted already.
#include "TemporaryDatabase.h"
#include "store/NotificationStore.h"
#include "store/RoomStore.h"
#include "sync/DecryptedNotifications.h"
#include "sync/SyncChanges.h"
#include "sync/SyncProcessor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace atrium;
using atrium::sync::DecryptedNotifications;
using atrium::sync::SyncChanges;

namespace {

const QString Me = QStringLiteral("@carol:example.org");
const QString Bob = QStringLiteral("@bob:example.org");
const QString Room = QStringLiteral("!team:example.org");

QJsonObject member(const QString &userId, const QString &name)
{
    return {{"type", "m.room.member"},
            {"state_key", userId},
            {"sender", userId},
            {"event_id", "$member-" + userId},
            {"content", QJsonObject{{"membership", "join"}, {"displayname", name}}}};
}

// A decrypted event, as EncryptionStage hands it on.
store::TimelineEvent decrypted(const QString &eventId, const QString &sender, QJsonObject content)
{
    store::TimelineEvent event;
    event.eventId = eventId;
    event.sender = sender;
    event.type = QStringLiteral("m.room.message");
    event.encrypted = true;
    content.insert("msgtype", "m.text");
    event.content = content;
    event.json = {
        {"type", event.type}, {"sender", sender}, {"event_id", eventId}, {"content", content}};
    return event;
}

store::TimelineEvent message(const QString &eventId, const QString &body,
                             const QString &sender = Bob)
{
    return decrypted(eventId, sender, {{"body", body}, {"m.mentions", QJsonObject{}}});
}

store::TimelineEvent mention(const QString &eventId, qint64 ts = 0)
{
    store::TimelineEvent event = decrypted(
        eventId, Bob,
        {{"body", "Carol: look"}, {"m.mentions", QJsonObject{{"user_ids", QJsonArray{Me}}}}});
    event.originServerTs = ts;
    return event;
}

// An encrypted event as the server sends it (Megolm session `sessionId`).
QJsonObject ciphertext(const QString &eventId, const QString &sender, qint64 ts,
                       const QString &sessionId)
{
    return {{"type", "m.room.encrypted"},
            {"event_id", eventId},
            {"sender", sender},
            {"origin_server_ts", ts},
            {"content", QJsonObject{{"algorithm", "m.megolm.v1.aes-sha2"},
                                    {"sender_key", "key"},
                                    {"session_id", sessionId},
                                    {"ciphertext", "AwgA"}}}};
}

store::TimelineEvent undecryptable(const QString &eventId)
{
    store::TimelineEvent event;
    event.eventId = eventId;
    event.sender = Bob;
    event.type = QStringLiteral("m.room.encrypted");
    event.encrypted = true;
    event.decryptionError = QStringLiteral("the sender's key for this message has not arrived");
    return event;
}

QJsonObject rule(const QString &id, const QJsonArray &conditions, const QJsonArray &actions)
{
    return {{"rule_id", id}, {"enabled", true}, {"conditions", conditions}, {"actions", actions}};
}

QJsonObject typeIs(const QString &type)
{
    return {{"kind", "event_match"}, {"key", "type"}, {"pattern", type}};
}

const QJsonArray Highlight{"notify", QJsonObject{{"set_tweak", "highlight"}}};

// The server's rules for a room as Element sets "mentions and keywords" (a
// room rule without actions), or with none: notify for every message.
QJsonObject pushRules(bool mentionsOnly, const QJsonArray &senderRules = {})
{
    const QJsonObject isMention{{"kind", "event_property_contains"},
                                {"key", "content.m\\.mentions.user_ids"},
                                {"value", Me}};
    return {
        {"global",
         QJsonObject{
             {"override", QJsonArray{rule(".m.rule.is_user_mention", {isMention}, Highlight)}},
             {"content", QJsonArray{QJsonObject{{"rule_id", "standup"},
                                                {"enabled", true},
                                                {"pattern", "standup"},
                                                {"actions", QJsonArray{"notify"}}}}},
             {"room", mentionsOnly ? QJsonArray{rule(Room, {}, {})} : QJsonArray{}},
             {"sender", senderRules},
             {"underride",
              QJsonArray{rule(".m.rule.message", {typeIs("m.room.message")}, {"notify"}),
                         rule(".m.rule.encrypted", {typeIs("m.room.encrypted")}, {"notify"})}}}}};
}

} // namespace

class TestDecryptedNotifications : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_temp.emplace();
        joinRoom(pushRules(false));
    }

    void mentionsTheServerCouldNotSeeAreCounted()
    {
        QVERIFY(count({message("$1", "hello"), mention("$2"), message("$3", "more")}));
        // The server counted the three as notifications already.
        QCOMPARE(decryptedCounts().notifications, 0);
        QCOMPARE(decryptedCounts().highlights, 1);
        QVERIFY(count({mention("$4")}));
        QCOMPARE(decryptedCounts().highlights, 2);
    }

    void inAMentionsOnlyRoomMentionsAndKeywordsNotify()
    {
        joinRoom(pushRules(true));
        QVERIFY(count({message("$1", "hello"), mention("$2"), message("$3", "standup at 10")}));
        QCOMPARE(decryptedCounts().notifications, 2);
        QCOMPARE(decryptedCounts().highlights, 1);
    }

    void countingStartsAfterTheUsersOwnEvent()
    {
        QVERIFY(count({mention("$1")}));
        QVERIFY(count({mention("$2"), message("$3", "on it", Me), mention("$4"), mention("$5")}));
        QCOMPARE(decryptedCounts().highlights, 2);
    }

    void countingStartsAfterTheUsersReceiptInTheBatch()
    {
        QVERIFY(count({mention("$1")}));
        QVERIFY(receipt("$3", "m.read.private"));
        QVERIFY(count({mention("$2"), mention("$3"), mention("$4")}));
        QCOMPARE(decryptedCounts().highlights, 1);
    }

    void undecryptableAndClearEventsAreNotCounted()
    {
        store::TimelineEvent clear = mention("$2");
        clear.encrypted = false; // the server counted it
        QVERIFY(count({undecryptable("$1"), clear}));
        QCOMPARE(decryptedCounts().highlights, 0);
    }

    void whatTheServerHighlightedAlreadyIsNotCountedAgain()
    {
        // Bob's every message highlights, encrypted or not.
        joinRoom(pushRules(false, {rule(Bob, {}, Highlight)}));
        QVERIFY(count({mention("$1")}));
        QCOMPARE(decryptedCounts().highlights, 0);
    }

    void theRoomsSummaryCarriesTheNewCounts()
    {
        SyncChanges changes;
        changes.newEvents.insert(Room, {mention("$1")});
        QVERIFY(DecryptedNotifications(m_temp->db(), Me).count(changes));
        QCOMPARE(changes.rooms.size(), 1);
        QCOMPARE(changes.rooms.first().highlightCount, 1);
        // Already there: updated in place.
        changes.newEvents.insert(Room, {mention("$2")});
        QVERIFY(DecryptedNotifications(m_temp->db(), Me).count(changes));
        QCOMPARE(changes.rooms.size(), 1);
        QCOMPARE(changes.rooms.first().highlightCount, 2);
    }

    void aMessageFoundAgainCountsOnce()
    {
        QVERIFY(count({mention("$1")}));
        QVERIFY(count({mention("$1")}));
        QCOMPARE(decryptedCounts().highlights, 1);
    }

    // A receipt from a device that lags behind reads what it has seen only.
    void aReceiptReadsWhatIsNotNewerThanItsEvent()
    {
        QVERIFY(count({mention("$1", 100), mention("$2", 200), mention("$3", 300)}));
        store::NotificationStore notifications(m_temp->db());
        QVERIFY(notifications.readUpTo(Room, "$2", 5000));
        QCOMPARE(decryptedCounts().highlights, 1);
        // An event the store does not hold: the receipt's own time stands for it.
        QVERIFY(notifications.readUpTo(Room, "$unknown", 250));
        QCOMPARE(decryptedCounts().highlights, 1);
        QVERIFY(notifications.readUpTo(Room, "$unknown", 350));
        QCOMPARE(decryptedCounts().highlights, 0);
    }

    void leavingTheRoomForgetsItsCounts()
    {
        QVERIFY(count({mention("$1", 100)}));
        QVERIFY(store::NotificationStore(m_temp->db()).forget(Room));
        QCOMPARE(decryptedCounts().highlights, 0);
        // Back in the room later: only what comes then counts.
        QVERIFY(count({mention("$2", 200)}));
        QCOMPARE(decryptedCounts().highlights, 1);
    }

    // Keys that arrive after their messages: the unread ones are counted then.
    void unreadMessagesOfASessionWhoseKeyCameLaterAreCounted()
    {
        QVERIFY(storeTimeline(
            {ciphertext("$old", Bob, 100, "s1"), ciphertext("$mine", Me, 200, "s0"),
             ciphertext("$late", Bob, 300, "s1"), ciphertext("$other", Bob, 400, "s2")}));
        DecryptedNotifications notifications(m_temp->db(), Me);
        // Unread (after our own message) and of the session whose key came.
        const auto unread = notifications.unreadInSessions(Room, {"s1"});
        QCOMPARE(unread.size(), 1);
        QCOMPARE(unread.first().eventId, QString("$late"));

        SyncChanges changes;
        QVERIFY(notifications.countLate({{Room, {mention("$late", 300)}}}, changes));
        QCOMPARE(decryptedCounts().highlights, 1);
        QCOMPARE(changes.rooms.size(), 1);
        QCOMPARE(changes.rooms.first().highlightCount, 1);
        QCOMPARE(changes.lateNotifying.value(Room).size(), 1); // for the notification
        // The same key again (a forwarded copy): still counted once, and not
        // news for a notification.
        SyncChanges again;
        QVERIFY(notifications.countLate({{Room, {mention("$late", 300)}}}, again));
        QCOMPARE(decryptedCounts().highlights, 1);
        QVERIFY(again.lateNotifying.isEmpty());
        // Still undecryptable: nothing to count.
        QVERIFY(notifications.countLate({{Room, {undecryptable("$other")}}}, changes));
        QCOMPARE(decryptedCounts().highlights, 1);
        // Read past them: none is unread any more.
        QVERIFY(receipt("$other", "m.read", 400));
        QVERIFY(notifications.unreadInSessions(Room, {"s1", "s2"}).isEmpty());
    }

private:
    void joinRoom(const QJsonObject &rules)
    {
        const QJsonObject room{
            {"state", QJsonObject{{"events", QJsonArray{member(Me, "Carol"), member(Bob, "Bob")}}}},
            {"summary", QJsonObject{{"m.joined_member_count", 5}}}};
        const QJsonObject sync{
            {"next_batch", "s1"},
            {"account_data", QJsonObject{{"events", QJsonArray{QJsonObject{{"type", "m.push_rules"},
                                                                           {"content", rules}}}}}},
            {"rooms", QJsonObject{{"join", QJsonObject{{Room, room}}}}}};
        QString error;
        QVERIFY2(sync::SyncProcessor(m_temp->db(), Me)
                     .apply(QJsonDocument(sync).toJson(), true, nullptr, &error),
                 qPrintable(error));
    }

    bool storeTimeline(const QJsonArray &events)
    {
        const QJsonObject room{{"timeline", QJsonObject{{"events", events}}}};
        const QJsonObject sync{{"next_batch", "s2"},
                               {"rooms", QJsonObject{{"join", QJsonObject{{Room, room}}}}}};
        QString error;
        const bool applied = sync::SyncProcessor(m_temp->db(), Me)
                                 .apply(QJsonDocument(sync).toJson(), false, nullptr, &error)
                                 .has_value();
        if (!applied)
            qWarning() << error;
        return applied;
    }

    bool receipt(const QString &eventId, const QString &type, qint64 ts = 0)
    {
        const QJsonObject receipt{{"ts", ts}};
        return store::RoomStore(m_temp->db())
            .applyReceipts(Room, {{eventId, QJsonObject{{type, QJsonObject{{Me, receipt}}}}}});
    }

    bool count(const QList<store::TimelineEvent> &events)
    {
        SyncChanges changes;
        changes.newEvents.insert(Room, events);
        return DecryptedNotifications(m_temp->db(), Me).count(changes);
    }

    store::UnreadCounts decryptedCounts()
    {
        return store::RoomStore(m_temp->db()).decryptedCounts(Room);
    }

    std::optional<test::TemporaryDatabase> m_temp;
};

QTEST_GUILESS_MAIN(TestDecryptedNotifications)
#include "tst_decryptednotifications.moc"
