// Which syncs raise a desktop notification, and that one reaches the
// freedesktop notification service (a stand-in on its own bus connection) and
// comes back as the room to open when clicked.
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

// Stands in for a notification daemon: records Notify calls.
class FakeNotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        uint replaces;
        QString summary;
        QString body;
        QStringList actions;
    };
    QList<Call> calls;

public slots:
    uint Notify(const QString &, uint replacesId, const QString &, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &, int)
    {
        calls.append({replacesId, summary, body, actions});
        return replacesId ? replacesId : uint(calls.size() + 40);
    }
};

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
        auto serviceBus = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                                        QStringLiteral("fake-notifications"));
        if (!serviceBus.isConnected())
            QFAIL("no D-Bus session bus: run the tests under scripts/headless");
        FakeNotificationService service;
        QVERIFY(serviceBus.registerObject(QStringLiteral("/org/freedesktop/Notifications"),
                                          &service, QDBusConnection::ExportAllSlots));
        QVERIFY2(serviceBus.registerService(QStringLiteral("org.freedesktop.Notifications")),
                 "another notification service owns the name");

        models::DesktopNotifier notifier;
        QSignalSpy activated(&notifier, &models::DesktopNotifier::activated);
        notifier.notify({"!team:x", "team", "bob: hello"});
        QTRY_VERIFY(notifier.isShowing("!team:x"));
        notifier.notify({"!team:x", "team", "bob: again"});
        QTRY_COMPARE(service.calls.size(), 2);
        QCOMPARE(service.calls.at(0).summary, QString("team"));
        QCOMPARE(service.calls.at(0).body, QString("bob: hello"));
        QVERIFY(service.calls.at(0).actions.contains("default"));
        // The room's second message replaces its first bubble.
        QCOMPARE(service.calls.at(1).replaces, 41u);

        QDBusMessage click = QDBusMessage::createSignal(
            QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
        click << 41u << QStringLiteral("default");
        QVERIFY(serviceBus.send(click));
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), QString("!team:x"));

        serviceBus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-notifications"));
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
