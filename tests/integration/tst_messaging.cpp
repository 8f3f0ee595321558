// Two clients in one process talk through the test homeserver.
#include "TestHomeserver.h"
#include "TestSession.h"
#include "matrix/Requests.h"
#include "store/RoomSummary.h"
#include "sync/RoomHistory.h"
#include "sync/SendQueue.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace atrium;
using atrium::test::await;

class MessagingTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.serverOutput())); }

    void signUpAndSignInGiveReadySessions()
    {
        test::TestSession first;
        QVERIFY(first.signUp(m_server.url(), "carol"));
        QCOMPARE(first->userId(), QStringLiteral("@carol:localhost"));
        QVERIFY(!first->deviceId().isEmpty());

        test::TestSession second;
        QVERIFY(second.signIn(m_server.url(), "carol"));
        QVERIFY(second->deviceId() != first->deviceId());
    }

    void wrongPasswordIsReportedAsSuch()
    {
        test::TestSession session;
        QSignalSpy failed(&session.session(), &sync::Session::failed);
        session->login(m_server.url().toString(), "nobody-here", "wrong");
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10'000);
        QCOMPARE(session->state(), sync::Session::State::Failed);
        QVERIFY2(session->lastError().contains("password"), qPrintable(session->lastError()));
    }

    // A server that signs people in only by single sign-on says so, instead
    // of a bare "unknown login type".
    void aServerWithoutPasswordSignInIsNamedAsSuch()
    {
        test::TestHomeserver ssoOnly(
            {"--login-type", "m.login.sso", "--login-type", "m.login.token"});
        QVERIFY2(ssoOnly.start(), qPrintable(ssoOnly.serverOutput()));
        test::TestSession session;
        QSignalSpy failed(&session.session(), &sync::Session::failed);
        session->login(ssoOnly.url().toString(), "carol", "pw-carol");
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10'000);
        QCOMPARE(session->lastFailure(), sync::Session::Failure::UnsupportedLogin);
        QCOMPARE(session->lastError(),
                 QStringLiteral("127.0.0.1 does not offer signing in with a password, only "
                                "single sign-on, which Atrium cannot do yet"));
    }

    // Registration as the server allows it: closed, or asking for an email
    // stage Atrium cannot do, each says so.
    void registrationTheServerRefusesSaysWhy()
    {
        test::TestHomeserver closed({"--registration", "closed"});
        QVERIFY2(closed.start(), qPrintable(closed.serverOutput()));
        test::TestSession first;
        QSignalSpy failedFirst(&first.session(), &sync::Session::failed);
        first->registerAccount(closed.url().toString(), "dora", "pw-dora");
        QTRY_VERIFY_WITH_TIMEOUT(!failedFirst.isEmpty(), 10'000);
        QVERIFY2(first->lastError().contains("Registration is disabled"),
                 qPrintable(first->lastError()));

        test::TestHomeserver byEmail({"--registration", "email"});
        QVERIFY2(byEmail.start(), qPrintable(byEmail.serverOutput()));
        test::TestSession second;
        QSignalSpy failedSecond(&second.session(), &sync::Session::failed);
        second->registerAccount(byEmail.url().toString(), "dora", "pw-dora");
        QTRY_VERIFY_WITH_TIMEOUT(!failedSecond.isEmpty(), 10'000);
        QCOMPARE(second->lastFailure(), sync::Session::Failure::UnsupportedLogin);
        QVERIFY2(second->lastError().contains("create it on the server's own site"),
                 qPrintable(second->lastError()));
    }

    void inviteArrivesAndJoinedMembersExchangeMessages()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "alice"));
        QVERIFY(bob.signUp(m_server.url(), "bob"));

        QSignalSpy bobSynced(bob->syncEngine(), &sync::SyncEngine::synced);
        const auto created = await(alice->call(matrix::requests::createRoom(
            {{"name", "Planning"}, {"invite", QJsonArray{bob->userId()}}})));
        const QString roomId = created.json().value("room_id").toString();
        QVERIFY(!roomId.isEmpty());

        // The invite reaches Bob's room list through sync.
        QTRY_VERIFY_WITH_TIMEOUT(roomInState(bob, roomId, "invite"), 10'000);
        QVERIFY(await(bob->call(matrix::requests::join(roomId))).ok());
        QTRY_VERIFY_WITH_TIMEOUT(roomInState(bob, roomId, "join"), 10'000);

        QSignalSpy aliceSent(alice->sendQueue(), &sync::SendQueue::sent);
        const QString txnId = await(alice->sendText(roomId, "Hello **Bob**"));
        QVERIFY(!txnId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!aliceSent.isEmpty(), 10'000);
        QCOMPARE(aliceSent.first().at(1).toString(), txnId);

        QTRY_VERIFY_WITH_TIMEOUT(latestBodies(bob, roomId).contains("Hello **Bob**"), 10'000);
        const auto page = await(bob->history()->latest(roomId, 50));
        const auto &message = page.events.last();
        QCOMPARE(message.sender, alice->userId());
        QCOMPARE(message.content.value("formatted_body").toString(),
                 QStringLiteral("<p>Hello <strong>Bob</strong></p>"));

        QVERIFY(!await(bob->sendText(roomId, "Hi Alice")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(latestBodies(alice, roomId).contains("Hi Alice"), 10'000);
        QCOMPARE(test::messageBodiesOnServer(m_server, roomId),
                 QStringList({"Hello **Bob**", "Hi Alice"}));
    }

    void remoteEchoCarriesTheTransactionIdAndEmptiesTheOutbox()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "echo-alice"));
        QVERIFY(bob.signUp(m_server.url(), "echo-bob"));
        const QString roomId = test::createSharedRoom(alice, bob);
        QVERIFY(!roomId.isEmpty());

        QSignalSpy synced(alice->syncEngine(), &sync::SyncEngine::synced);
        const QString txnId = await(alice->sendText(roomId, "echo me"));
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged(synced, txnId), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(await(alice->history()->pending(roomId)).isEmpty(), 10'000);
        const auto page = await(alice->history()->latest(roomId, 5));
        QCOMPARE(page.events.last().transactionId, txnId);
    }

    void markingReadClearsTheUnreadCount()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "rita"));
        QVERIFY(bob.signUp(m_server.url(), "sam"));
        const QString roomId = test::createSharedRoom(alice, bob);
        QVERIFY(!roomId.isEmpty());
        QVERIFY(!await(alice->sendText(roomId, "one")).isEmpty());
        QVERIFY(!await(alice->sendText(roomId, "two")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(unread(bob, roomId), 2, 10'000);

        const auto page = await(bob->history()->latest(roomId, 1));
        QVERIFY(!page.events.isEmpty());
        bob->markRead(roomId, page.events.last().eventId);
        QTRY_COMPARE_WITH_TIMEOUT(unread(bob, roomId), 0, 10'000);
    }

    void directRoomIsNamedAfterTheOtherMember()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "dana"));
        QVERIFY(bob.signUp(m_server.url(), "erik"));
        QVERIFY(setDisplayName(alice, "Dana"));
        QVERIFY(setDisplayName(bob, "Erik"));
        const QString roomId = test::createSharedRoom(alice, bob, {{"is_direct", true}});
        QVERIFY(!roomId.isEmpty());
        // No m.room.name: the spec names it after the heroes.
        QTRY_COMPARE_WITH_TIMEOUT(roomName(bob, roomId), QStringLiteral("Dana"), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(roomName(alice, roomId), QStringLiteral("Erik"), 10'000);
    }

private:
    static bool setDisplayName(test::TestSession &session, const QString &name)
    {
        const QString path = QStringLiteral("/_matrix/client/v3/profile/%1/displayname")
                                 .arg(matrix::requests::segment(session->userId()));
        return await(session->call(matrix::ApiRequest::put(path, {{"displayname", name}}))).ok();
    }
    static std::optional<store::RoomSummary> room(test::TestSession &session, const QString &roomId)
    {
        for (const auto &summary : await(session->loadRooms())) {
            if (summary.roomId == roomId)
                return summary;
        }
        return std::nullopt;
    }
    static int unread(test::TestSession &session, const QString &roomId)
    {
        const auto summary = room(session, roomId);
        return summary ? summary->notificationCount : -1;
    }
    static bool roomInState(test::TestSession &session, const QString &roomId,
                            const QString &membership)
    {
        const auto summary = room(session, roomId);
        return summary && summary->membership == membership;
    }
    static QString roomName(test::TestSession &session, const QString &roomId)
    {
        const auto summary = room(session, roomId);
        return summary ? summary->displayName : QString();
    }
    static QStringList latestBodies(test::TestSession &session, const QString &roomId)
    {
        QStringList bodies;
        for (const auto &event :
             await(session->history()->latest(roomId, 50).then([](const store::TimelinePage &page) {
                 return page.events;
             })))
            bodies.append(event.content.value("body").toString());
        return bodies;
    }
    static bool acknowledged(const QSignalSpy &synced, const QString &txnId)
    {
        for (const auto &arguments : synced) {
            if (arguments.first().value<sync::SyncChanges>().acknowledgedTransactions.contains(
                    txnId))
                return true;
        }
        return false;
    }

    test::TestHomeserver m_server;
};

QTEST_GUILESS_MAIN(MessagingTest)
#include "tst_messaging.moc"
