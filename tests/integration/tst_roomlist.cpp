// The room list's sections and invitations, driven through SessionController
// against the test homeserver: tags set on the server come back through sync.
#include "TestHomeserver.h"
#include "TestSession.h"
#include "matrix/Requests.h"
#include "models/RoomListModel.h"
#include "models/SessionController.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;
using atrium::test::await;
using Model = atrium::models::RoomListModel;

namespace {

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, 0).data(role).toString());
    return values;
}

QString sectionOf(const Model &model, const QString &roomId)
{
    const int row = model.rowOf(roomId);
    return row < 0 ? QString() : model.index(row, 0).data(Model::SectionRole).toString();
}

QString createRoom(test::TestSession &owner, const QString &name, const QJsonArray &invite = {})
{
    QJsonObject body{{"name", name}};
    if (!invite.isEmpty())
        body.insert("invite", invite);
    return await(owner->call(matrix::requests::createRoom(body)))
        .json()
        .value("room_id")
        .toString();
}

} // namespace

class RoomListTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.serverOutput())); }

    void tagsMoveRoomsBetweenSections()
    {
        test::TestSession setup;
        QVERIFY(setup.signUp(m_server.url(), "tags-a"));
        const QString first = createRoom(setup, "First");
        const QString second = createRoom(setup, "Second");
        const QString third = createRoom(setup, "Third");
        QVERIFY(!first.isEmpty() && !second.isEmpty() && !third.isEmpty());
        setup.shutDown();

        QTemporaryDir dir;
        models::SessionController controller(dir.path(), true);
        Model &model = *controller.roomListModel();
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        controller.login(m_server.url().toString(), "tags-a", "pw-tags-a");
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 10'000);
        QCOMPARE(column(model, Model::SectionRole), QStringList({"rooms", "rooms", "rooms"}));

        controller.setRoomTag(first, "m.favourite", true);
        controller.setRoomTag(third, "m.lowpriority", true);
        QTRY_COMPARE_WITH_TIMEOUT(column(model, Model::SectionRole),
                                  QStringList({"favourites", "rooms", "lowPriority"}), 10'000);
        QCOMPARE(column(model, Model::DisplayNameRole), QStringList({"First", "Second", "Third"}));
        QVERIFY(model.index(0, 0).data(Model::IsFavouriteRole).toBool());

        // Low priority and favourite exclude each other.
        controller.setRoomTag(first, "m.lowpriority", true);
        QTRY_COMPARE_WITH_TIMEOUT(sectionOf(model, first), QString("lowPriority"), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !model.index(model.rowOf(first), 0).data(Model::IsFavouriteRole).toBool(), 10'000);
        const auto tags = await(controller.session()->call(matrix::ApiRequest::get(
                                    QStringLiteral("/_matrix/client/v3/user/%1/rooms/%2/tags")
                                        .arg(matrix::requests::segment(controller.userId()),
                                             matrix::requests::segment(first)))))
                              .json()
                              .value("tags")
                              .toObject();
        QCOMPARE(tags.keys(), QStringList({"m.lowpriority"}));

        controller.setRoomTag(first, "m.lowpriority", false);
        QTRY_COMPARE_WITH_TIMEOUT(sectionOf(model, first), QString("rooms"), 10'000);
    }

    void invitationsAreAcceptedOrDeclined()
    {
        test::TestSession alice;
        QVERIFY(alice.signUp(m_server.url(), "invite-a"));
        QVERIFY(await(alice->call(matrix::ApiRequest::put(
                          QStringLiteral("/_matrix/client/v3/profile/%1/displayname")
                              .arg(matrix::requests::segment(alice->userId())),
                          {{"displayname", "Alice A."}})))
                    .ok());
        QTemporaryDir dir;
        models::SessionController controller(dir.path(), true);
        Model &model = *controller.roomListModel();
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(!m_server.registerUser("invite-b", "pw-invite-b").isEmpty());
        controller.login(m_server.url().toString(), "invite-b", "pw-invite-b");
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), QString("ready"), 10'000);

        const QString bobId = controller.userId();
        const QString accepted = createRoom(alice, "Accept me", {bobId});
        const QString declined = createRoom(alice, "Decline me", {bobId});
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 10'000);
        QCOMPARE(column(model, Model::SectionRole), QStringList({"invites", "invites"}));
        QCOMPARE(model.index(0, 0).data(Model::InviterRole).toString(), alice->userId());
        // Named as their membership in the invitation's state says.
        QCOMPARE(model.index(0, 0).data(Model::InviterNameRole).toString(), QString("Alice A."));

        QSignalSpy failed(&controller, &models::SessionController::roomActionFailed);
        controller.acceptInvite(accepted);
        controller.declineInvite(declined);
        QTRY_COMPARE_WITH_TIMEOUT(column(model, Model::RoomIdRole), QStringList({accepted}),
                                  10'000);
        QTRY_COMPARE_WITH_TIMEOUT(sectionOf(model, accepted), QString("rooms"), 10'000);
        QVERIFY(failed.isEmpty());

        // The server agrees: joined one, left the other.
        auto membership = [&](const QString &roomId) {
            QString last;
            for (const auto &event : m_server.roomEvents(roomId)) {
                if (event.value("type") == "m.room.member" && event.value("state_key") == bobId)
                    last = event.value("content").toObject().value("membership").toString();
            }
            return last;
        };
        QCOMPARE(membership(accepted), QString("join"));
        QCOMPARE(membership(declined), QString("leave"));

        // A failure is reported, not swallowed.
        controller.acceptInvite("!nowhere:localhost");
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10'000);
        QCOMPARE(failed.first().at(0).toString(), QString("!nowhere:localhost"));
    }

private:
    test::TestHomeserver m_server;
};

QTEST_MAIN(RoomListTest)
#include "tst_roomlist.moc"
