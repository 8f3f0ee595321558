// Started with no server, the client shows every room and its recent
// messages from the store, and keeps trying to reconnect.
#include "TestHomeserver.h"
#include "TestSession.h"
#include "matrix/Requests.h"
#include "sync/RoomHistory.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace atrium;
using atrium::test::await;

class OfflineTest : public QObject
{
    Q_OBJECT

private slots:
    void restartWithServerStoppedShowsRoomsFromStore()
    {
        test::TestHomeserver server;
        QVERIFY(server.start());
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(server.url(), "alice"));
        QVERIFY(bob.signUp(server.url(), "bob"));
        const QString roomId = test::createSharedRoom(alice, bob, {{"name", "Offline room"}});
        QVERIFY(!roomId.isEmpty());
        QVERIFY(!await(bob->sendText(roomId, "still here after restart")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(latestBody(alice, roomId) == "still here after restart", 10'000);

        server.stop();
        QVERIFY(alice.restart());
        QCOMPARE(alice->state(), sync::Session::State::Ready);
        const auto rooms = await(alice->loadRooms());
        QCOMPARE(rooms.size(), 1);
        QCOMPARE(rooms.first().displayName, QStringLiteral("Offline room"));
        QCOMPARE(rooms.first().lastPreview, QStringLiteral("still here after restart"));
        QCOMPARE(latestBody(alice, roomId), QStringLiteral("still here after restart"));

        // No server: the sync engine retries and says so, it does not give up.
        QTRY_COMPARE_WITH_TIMEOUT(alice->syncEngine()->state(), sync::SyncEngine::State::Retrying,
                                  10'000);
    }

    void revokedTokenSignsTheSessionOut()
    {
        test::TestHomeserver server;
        QVERIFY(server.start());
        test::TestSession alice;
        QVERIFY(alice.signUp(server.url(), "alice"));
        QSignalSpy loggedOut(&alice.session(), &sync::Session::loggedOut);

        // Another device of Alice's signs every device out.
        const QJsonObject login =
            server.request("POST", "/_matrix/client/v3/login",
                           {{"type", "m.login.password"},
                            {"identifier", QJsonObject{{"type", "m.id.user"}, {"user", "alice"}}},
                            {"password", "pw-alice"}});
        int status = 0;
        server.request("POST", "/_matrix/client/v3/logout/all", {},
                       login.value("access_token").toString(), &status);
        QCOMPARE(status, 200);

        QTRY_VERIFY_WITH_TIMEOUT(!loggedOut.isEmpty(), 15'000);
        QCOMPARE(alice->state(), sync::Session::State::LoggedOut);
        QVERIFY(!QFile::exists(alice.dataDir() + "/account.json"));
    }

private:
    static QString latestBody(test::TestSession &session, const QString &roomId)
    {
        const auto page = await(session->history()->latest(roomId, 1));
        return page.events.isEmpty() ? QString()
                                     : page.events.last().content.value("body").toString();
    }
};

QTEST_GUILESS_MAIN(OfflineTest)
#include "tst_offline.moc"
