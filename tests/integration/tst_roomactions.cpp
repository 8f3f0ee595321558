// Creating, joining and leaving rooms through SessionController (the "New
// room" dialog and the room list's "Leave room…") against the test
// homeserver, checked on the server's state.
#include "TestHomeserver.h"
#include "TestSession.h"
#include "matrix/Requests.h"
#include "models/RoomListModel.h"
#include "models/SessionController.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;
using atrium::test::await;

namespace {

// The room's state event `type` (empty state key) as the server has it;
// the error code instead when there is none.
QJsonObject stateOf(models::SessionController &controller, const QString &roomId,
                    const QString &type, const QString &stateKey = {})
{
    const auto response = await(controller.session()->call(matrix::ApiRequest::get(
        QStringLiteral("/_matrix/client/v3/rooms/%1/state/%2/%3")
            .arg(matrix::requests::segment(roomId), type, matrix::requests::segment(stateKey)))));
    if (response.error)
        return QJsonObject{{"error", response.error->describe()}};
    return response.json();
}

} // namespace

class RoomActionsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.serverOutput())); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_controller = std::make_unique<models::SessionController>(m_dir->path(), true);
    }
    void cleanup()
    {
        m_controller.reset();
        m_dir.reset();
    }

    void createsPrivateEncryptedAndPublicRooms()
    {
        auto &controller = *m_controller;
        QVERIFY(!m_server.registerUser("create-a", "pw-create-a").isEmpty());
        controller.login(m_server.url().toString(), "create-a", "pw-create-a");
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), QString("ready"), 10'000);

        QSignalSpy created(&controller, &models::SessionController::roomCreated);
        QSignalSpy failed(&controller, &models::SessionController::createRoomFailed);

        controller.createRoom(QStringLiteral("  "), {}, false, true);
        QCOMPARE(failed.count(), 1); // no name: refused before asking the server
        QCOMPARE(created.count(), 0);

        controller.createRoom(QStringLiteral("Plans"), QStringLiteral("Q3 things"), false, true);
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 10'000);
        const QString privateRoom = created.at(0).at(0).toString();
        QCOMPARE(created.at(0).at(1).toString(), QString("Plans"));
        // Announced once listed, so the view can open it.
        const auto *listed = controller.roomListModel()->room(privateRoom);
        QVERIFY(listed);
        QCOMPARE(listed->membership, QString("join"));
        QCOMPARE(stateOf(controller, privateRoom, "m.room.encryption").value("algorithm"),
                 QJsonValue("m.megolm.v1.aes-sha2"));
        QCOMPARE(stateOf(controller, privateRoom, "m.room.join_rules").value("join_rule"),
                 QJsonValue("invite"));
        QCOMPARE(stateOf(controller, privateRoom, "m.room.topic").value("topic"),
                 QJsonValue("Q3 things"));
        QTRY_VERIFY_WITH_TIMEOUT(controller.roomListModel()->room(privateRoom)->isEncrypted,
                                 10'000);

        controller.createRoom(QStringLiteral("Lobby"), {}, true, false);
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 2, 10'000);
        const QString publicRoom = created.at(1).at(0).toString();
        QCOMPARE(stateOf(controller, publicRoom, "m.room.join_rules").value("join_rule"),
                 QJsonValue("public"));
        QVERIFY(stateOf(controller, publicRoom, "m.room.encryption").contains("error"));
        QCOMPARE(failed.count(), 1);
    }

    void joinsByAliasAndReportsErrors()
    {
        test::TestSession alice;
        QVERIFY(alice.signUp(m_server.url(), "join-a"));
        const auto made = await(alice->call(matrix::requests::createRoom(QJsonObject{
            {"name", "Lounge"}, {"preset", "public_chat"}, {"room_alias_name", "lounge"}})));
        QVERIFY(!made.error);
        const QString roomId = made.json().value("room_id").toString();
        const QString server = alice->userId().section(u':', 1);

        auto &controller = *m_controller;
        QVERIFY(!m_server.registerUser("join-b", "pw-join-b").isEmpty());
        controller.login(m_server.url().toString(), "join-b", "pw-join-b");
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), QString("ready"), 10'000);
        QSignalSpy joined(&controller, &models::SessionController::roomJoined);
        QSignalSpy failed(&controller, &models::SessionController::joinRoomFailed);

        controller.joinRoom(QStringLiteral("lounge"));
        QCOMPARE(failed.count(), 1); // not an address: no call made
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());

        const QString missing = QStringLiteral("#nowhere:") + server;
        controller.joinRoom(missing);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 10'000);
        QVERIFY2(failed.at(1).at(0).toString().contains(missing),
                 qPrintable(failed.at(1).at(0).toString()));

        controller.joinRoom(QStringLiteral(" #lounge:") + server + u' ');
        QTRY_COMPARE_WITH_TIMEOUT(joined.count(), 1, 10'000);
        QCOMPARE(joined.at(0).at(0).toString(), roomId);
        QCOMPARE(joined.at(0).at(1).toString(), QString("Lounge"));
        QCOMPARE(
            stateOf(controller, roomId, "m.room.member", controller.userId()).value("membership"),
            QJsonValue("join"));
        QCOMPARE(failed.count(), 2);
    }

    void leavesARoom()
    {
        auto &controller = *m_controller;
        QVERIFY(!m_server.registerUser("leave-a", "pw-leave-a").isEmpty());
        controller.login(m_server.url().toString(), "leave-a", "pw-leave-a");
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), QString("ready"), 10'000);
        QSignalSpy created(&controller, &models::SessionController::roomCreated);
        controller.createRoom(QStringLiteral("Stay"), {}, false, true);
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 10'000);
        controller.createRoom(QStringLiteral("Go"), {}, false, true);
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 2, 10'000);
        const QString stay = created.at(0).at(0).toString();
        const QString go = created.at(1).at(0).toString();
        auto &model = *controller.roomListModel();
        QCOMPARE(model.rowCount(), 2);

        QSignalSpy failed(&controller, &models::SessionController::roomActionFailed);
        controller.leaveRoom(go);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowOf(go), -1, 10'000);
        QVERIFY(model.rowOf(stay) >= 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(failed.count(), 0);

        // The server agrees: our membership there is "leave".
        QCOMPARE(stateOf(controller, go, "m.room.member", controller.userId()).value("membership"),
                 QJsonValue("leave"));
    }

private:
    test::TestHomeserver m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<models::SessionController> m_controller;
};

QTEST_MAIN(RoomActionsTest)
#include "tst_roomactions.moc"
