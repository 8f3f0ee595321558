// Which syncs raise a desktop notification, and that one reaches the
// freedesktop notification service (a stand-in on its own bus connection) and
// comes back as the room to open when clicked.
#include "FakeNotificationService.h"
#include "models/DesktopNotifier.h"
#include "models/NotificationPlanner.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace atrium;

namespace {

const QString Me = QStringLiteral("@me:example.org");

store::RoomSummary room(const QString &id, int notifications, int highlights, bool direct = false)
{
    store::RoomSummary summary;
    summary.roomId = id;
    summary.displayName = id.mid(1, id.indexOf(':') - 1);
    summary.membership = QStringLiteral("join");
    summary.notificationCount = notifications;
    summary.highlightCount = highlights;
    summary.isDirect = direct;
    return summary;
}

store::TimelineEvent message(const QString &sender, const QString &body)
{
    store::TimelineEvent event;
    event.eventId = QStringLiteral("$") + body;
    event.type = QStringLiteral("m.room.message");
    event.sender = sender;
    event.content = {{"msgtype", "m.text"}, {"body", body}};
    return event;
}

sync::SyncChanges changes(const store::RoomSummary &summary,
                          const QList<store::TimelineEvent> &events)
{
    sync::SyncChanges result;
    result.rooms = {summary};
    result.newEvents.insert(summary.roomId, events);
    return result;
}

} // namespace

class NotificationsTest : public QObject
{
    Q_OBJECT

private slots:
    void theFirstSyncOnlyRecordsCounts()
    {
        models::NotificationPlanner planner(Me);
        QVERIFY(
            planner.plan(changes(room("!a:x", 3, 1), {message("@bob:x", "old news")})).isEmpty());
    }

    void aMentionNotifiesWithTheSenderAndText()
    {
        models::NotificationPlanner planner(Me);
        planner.plan(changes(room("!team:x", 0, 0), {}));
        const auto planned =
            planner.plan(changes(room("!team:x", 1, 1), {message("@bob:x", "me: look at this")}));
        QCOMPARE(planned.size(), 1);
        QCOMPARE(planned.first().roomId, QString("!team:x"));
        QCOMPARE(planned.first().title, QString("team"));
        QCOMPARE(planned.first().body, QString("bob: me: look at this"));
    }

    // A message whose key came only now is the mention the count rose for,
    // not the undecryptable one that arrived in the same sync.
    void aMentionDecryptedLateNotifiesWithItsText()
    {
        models::NotificationPlanner planner(Me);
        planner.plan(changes(room("!team:x", 0, 0), {}));
        store::TimelineEvent locked;
        locked.type = QStringLiteral("m.room.encrypted");
        locked.sender = QStringLiteral("@carl:x");
        sync::SyncChanges late = changes(room("!team:x", 2, 1), {locked});
        late.lateNotifying.insert("!team:x", {message("@bob:x", "me: the figures?")});
        const auto planned = planner.plan(late);
        QCOMPARE(planned.size(), 1);
        QCOMPARE(planned.first().body, QString("bob: me: the figures?"));
    }

    // Keys imported before the first sync: what they count is no sync's news.
    void changesFromNoSyncDoNotStandForTheFirstSync()
    {
        models::NotificationPlanner planner(Me);
        sync::SyncChanges imported = changes(room("!team:x", 1, 1), {});
        imported.fromSync = false;
        QVERIFY(planner.plan(imported).isEmpty());
        // The first sync only records what is unread.
        QVERIFY(planner.plan(changes(room("!team:x", 2, 2), {message("@bob:x", "old")})).isEmpty());
        QCOMPARE(
            planner.plan(changes(room("!team:x", 3, 3), {message("@bob:x", "me: new")})).size(), 1);
    }

    void ordinaryMessagesInAGroupRoomDoNotNotify()
    {
        models::NotificationPlanner planner(Me);
        planner.plan(changes(room("!team:x", 0, 0), {}));
        QVERIFY(
            planner.plan(changes(room("!team:x", 1, 0), {message("@bob:x", "hi all")})).isEmpty());
    }

    void everyMessageInADirectChatNotifies()
    {
        models::NotificationPlanner planner(Me);
        planner.plan(changes(room("!dm:x", 0, 0, true), {}));
        QCOMPARE(planner.plan(changes(room("!dm:x", 1, 0, true), {message("@bob:x", "hi")})).size(),
                 1);
        QCOMPARE(
            planner.plan(changes(room("!dm:x", 2, 0, true), {message("@bob:x", "again")})).size(),
            1);
    }

    void ownMessagesAndFallingCountsDoNotNotify()
    {
        models::NotificationPlanner planner(Me);
        planner.plan(changes(room("!dm:x", 2, 0, true), {}));
        // Read on another device: the count falls.
        QVERIFY(planner.plan(changes(room("!dm:x", 0, 0, true), {})).isEmpty());
        QVERIFY(planner.plan(changes(room("!dm:x", 1, 0, true), {message(Me, "mine")})).isEmpty());
    }

    void undecryptableMessagesSaySoWithoutCiphertext()
    {
        models::NotificationPlanner planner(Me);
        planner.plan(changes(room("!dm:x", 0, 0, true), {}));
        store::TimelineEvent event = message("@bob:x", "");
        event.type = QStringLiteral("m.room.encrypted");
        event.content = {{"ciphertext", "AwgAEp"}};
        event.encrypted = true;
        const auto planned = planner.plan(changes(room("!dm:x", 1, 0, true), {event}));
        QCOMPARE(planned.size(), 1);
        QVERIFY(!planned.first().body.contains("AwgAEp"));
        QVERIFY(planned.first().body.contains("Encrypted"));
    }

    void notificationsReachTheServiceAndClicksOpenTheRoom()
    {
        test::FakeNotificationService service;
        QVERIFY2(service.isServing(), "no session bus (run under scripts/headless), or another "
                                      "notification service owns the name");
        models::DesktopNotifier notifier;
        QSignalSpy activated(&notifier, &models::DesktopNotifier::activated);
        notifier.notify({"!team:x", "team", "bob: hello"});
        QTRY_VERIFY(notifier.isShowing("!team:x"));
        notifier.notify({"!team:x", "team", "bob: again"});
        QTRY_COMPARE(service.shown.size(), 2);
        QCOMPARE(service.shown.at(0).summary, QString("team"));
        QCOMPARE(service.shown.at(0).body, QString("bob: hello"));
        QCOMPARE(service.shown.at(0).hints.value("category").toString(), QString("im.received"));
        QVERIFY(service.shown.at(0).actions.contains("default"));
        QVERIFY(!service.shown.at(0).actions.contains("accept"));
        // The room's second message replaces its first bubble.
        QCOMPARE(service.shown.at(1).replaces, 41u);

        service.click(41u, "default");
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), QString("!team:x"));
    }

    // A ringing call: a bubble that stays, with Accept and Decline, taken
    // away when the call stops ringing.
    void anIncomingCallOffersAcceptAndDeclineUntilWithdrawn()
    {
        test::FakeNotificationService service;
        QVERIFY(service.isServing());
        models::DesktopNotifier notifier;
        QSignalSpy actions(&notifier, &models::DesktopNotifier::callAction);
        models::DesktopNotification ringing{"!dm:x", "Incoming video call", "Bob is calling"};
        ringing.incomingCall = true;
        notifier.notify(ringing);
        QTRY_VERIFY(notifier.isShowing("!dm:x"));
        const auto &shown = service.shown.first();
        QCOMPARE(shown.hints.value("category").toString(), QString("call.incoming"));
        QCOMPARE(shown.hints.value("urgency").toUInt(), 2u);
        QCOMPARE(shown.expireTimeout, 0);
        QCOMPARE(shown.actions,
                 (QStringList{"default", "Open", "accept", "Accept", "decline", "Decline"}));

        const uint id = service.lastId();
        service.click(id, "decline");
        QTRY_COMPARE(actions.size(), 1);
        QCOMPARE(actions.first(), (QVariantList{"!dm:x", "decline"}));

        // A message in the room meanwhile has a bubble of its own: the call's keeps its buttons.
        notifier.notify({"!dm:x", "Bob", "bob: pick up!"});
        QTRY_COMPARE(service.shown.size(), 2);
        QCOMPARE(service.shown.last().replaces, 0u);
        service.click(id, "decline");
        QTRY_COMPARE(actions.size(), 2);

        notifier.withdrawCall("!dm:x");
        QTRY_COMPARE(service.closed, QList<uint>{id});
        QVERIFY(notifier.isShowing("!dm:x")); // the message's stays
        notifier.withdrawCall("!dm:x");       // nothing left to close
        QTest::qWait(50);
        QCOMPARE(service.closed.size(), 1);

        // Withdrawn before the service answered: closed once it has an id.
        notifier.notify(ringing);
        notifier.withdrawCall("!dm:x");
        QTRY_COMPARE(service.closed.size(), 2);
        QCOMPARE(service.closed.last(), service.lastId());
    }

    // A decrypted event of another kind (a call's invite, say) is no "encrypted message".
    void onlyWhatIsStillEncryptedIsCalledEncrypted()
    {
        models::NotificationPlanner planner(Me);
        planner.plan(changes(room("!dm:x", 0, 0, true), {}));
        store::TimelineEvent invite = message("@bob:x", "");
        invite.type = QStringLiteral("m.call.invite");
        invite.content = {{"call_id", "c1"}};
        invite.encrypted = true;
        QVERIFY(planner.plan(changes(room("!dm:x", 1, 0, true), {invite})).isEmpty());
    }

    void withoutAServiceTheFallbackShowsTheNotification()
    {
        // A connection to no bus fails every call, as where no service runs.
        models::DesktopNotifier notifier(QDBusConnection(QStringLiteral("no-bus")));
        QList<models::DesktopNotification> shown;
        notifier.setFallback([&shown](const models::DesktopNotification &notification) {
            shown.append(notification);
        });
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("notifications are unavailable"));
        notifier.notify({"!team:x", "team", "bob: hello"});
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(shown.first().body, QString("bob: hello"));
        QVERIFY(!notifier.isShowing("!team:x"));

        QSignalSpy activated(&notifier, &models::DesktopNotifier::activated);
        notifier.activate("!team:x");
        QCOMPARE(activated.size(), 1);
    }
};

QTEST_GUILESS_MAIN(NotificationsTest)
#include "tst_notifications.moc"
