// The models the views bind to, driven by real Sessions against the test
// homeserver, each under QAbstractItemModelTester.
#include "TestHomeserver.h"
#include "TestSession.h"
#include "matrix/Requests.h"
#include "models/RoomFilterModel.h"
#include "models/RoomListModel.h"
#include "models/SessionController.h"
#include "models/TimelineModel.h"
#include "sync/RoomHistory.h"
#include "sync/SendQueue.h"
#include "sync/SyncEngine.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;
using atrium::test::await;

namespace {

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, 0).data(role).toString());
    return values;
}

std::unique_ptr<QAbstractItemModelTester> tester(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

} // namespace

class ModelsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.serverOutput())); }

    void roomListFillsAfterSignInAndResortsWhenAMessageArrives()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "list-alice"));
        QVERIFY(bob.signUp(m_server.url(), "list-bob"));
        const QString first = test::createSharedRoom(alice, bob, {{"name", "First"}});
        const QString second = test::createSharedRoom(alice, bob, {{"name", "Second"}});
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QVERIFY(!await(alice->sendText(second, "newest")).isEmpty());

        // A fresh client on Bob's account: the list fills once it is ready.
        test::TestSession bobAgain;
        models::RoomListModel model(&bobAgain.session());
        const auto check = tester(&model);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(bobAgain.signIn(m_server.url(), "list-bob"));
        QTRY_COMPARE_WITH_TIMEOUT(column(model, models::RoomListModel::DisplayNameRole),
                                  QStringList({"Second", "First"}), 10'000);

        QVERIFY(!await(alice->sendText(first, "now first is newest")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(column(model, models::RoomListModel::DisplayNameRole),
                                  QStringList({"First", "Second"}), 10'000);
        QVERIFY(!moved.isEmpty());
        QVERIFY(reset.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(
            model.index(0, 0).data(models::RoomListModel::LastPreviewRole).toString(),
            QStringLiteral("now first is newest"), 10'000);
    }

    void newMessagesAreUnreadUntilReadAlsoInARoomThatDoesNotNotify()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "quiet-a"));
        QVERIFY(bob.signUp(m_server.url(), "quiet-b"));
        const QString roomId = test::createSharedRoom(alice, bob, {{"name", "Quiet"}});
        // Bob turned the room's notifications off: a room rule with no actions.
        QVERIFY(await(bob->call(matrix::ApiRequest::put(
                          QStringLiteral("/_matrix/client/v3/pushrules/global/room/%1")
                              .arg(matrix::requests::segment(roomId)),
                          QJsonObject{{"actions", QJsonArray()}})))
                    .ok());
        const QString eventId = test::sendTextAndWait(alice, roomId, "no one is pinged");
        QVERIFY(!eventId.isEmpty());

        // Loaded from the store (after a restart) and followed live.
        QVERIFY(bob.restart());
        models::RoomListModel model(&bob.session());
        const auto check = tester(&model);
        const auto quiet = [&](int role) { return model.index(model.rowOf(roomId), 0).data(role); };
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(roomId) >= 0, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(quiet(models::RoomListModel::LastPreviewRole).toString(),
                                  QString("no one is pinged"), 10'000);
        QVERIFY(quiet(models::RoomListModel::HasUnreadRole).toBool());
        QCOMPARE(quiet(models::RoomListModel::NotificationCountRole).toInt(), 0);
        QCOMPARE(quiet(models::RoomListModel::LastSenderNameRole).toString(), QString("quiet-a"));

        QTRY_COMPARE_WITH_TIMEOUT(bob->state(), sync::Session::State::Ready, 10'000);
        bob->markRead(roomId, eventId);
        QTRY_VERIFY_WITH_TIMEOUT(!quiet(models::RoomListModel::HasUnreadRole).toBool(), 10'000);
        // Our own message is read by writing it.
        QVERIFY(!test::sendTextAndWait(bob, roomId, "noted").isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(quiet(models::RoomListModel::LastPreviewRole).toString(),
                                  QString("noted"), 10'000);
        QVERIFY(!quiet(models::RoomListModel::HasUnreadRole).toBool());
        QCOMPARE(quiet(models::RoomListModel::LastSenderNameRole).toString(), QString("You"));
        QVERIFY(!test::sendTextAndWait(alice, roomId, "again").isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(quiet(models::RoomListModel::HasUnreadRole).toBool(), 10'000);
    }

    void invitesComeFirstAndLeftRoomsGo()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "inv-alice"));
        QVERIFY(bob.signUp(m_server.url(), "inv-bob"));
        models::RoomListModel model(&bob.session());
        const auto check = tester(&model);
        const QString joined = test::createSharedRoom(alice, bob, {{"name", "Joined"}});
        QVERIFY(!joined.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10'000);

        const auto created = await(alice->call(matrix::requests::createRoom(
            {{"name", "Invited"}, {"invite", QJsonArray{bob->userId()}}})));
        const QString invited = created.json().value("room_id").toString();
        QVERIFY(!await(alice->sendText(joined, "later than the invite")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(column(model, models::RoomListModel::RoomIdRole),
                                  QStringList({invited, joined}), 10'000);
        QVERIFY(model.index(0, 0).data(models::RoomListModel::IsInviteRole).toBool());

        QVERIFY(await(bob->call(matrix::requests::leave(joined))).ok());
        QTRY_COMPARE_WITH_TIMEOUT(column(model, models::RoomListModel::RoomIdRole),
                                  QStringList({invited}), 10'000);
    }

    void spacesListTheirRoomsAlsoThroughSubSpaces()
    {
        test::TestSession alice;
        QVERIFY(alice.signUp(m_server.url(), "space-alice"));
        models::RoomListModel rooms(&alice.session());
        const auto check = tester(&rooms);
        auto create = [&](const QJsonObject &body) {
            return await(alice->call(matrix::requests::createRoom(body)))
                .json()
                .value("room_id")
                .toString();
        };
        auto child = [](const QString &roomId, const QString &order = {}) {
            QJsonObject content{{"via", QJsonArray{"localhost"}}};
            if (!order.isEmpty())
                content.insert("order", order);
            return QJsonObject{
                {"type", "m.space.child"}, {"state_key", roomId}, {"content", content}};
        };
        const QJsonObject space{{"type", "m.space"}};
        const QString design = create({{"name", "Design"}});
        const QString backend = create({{"name", "Backend"}});
        const QString elsewhere = create({{"name", "Elsewhere"}});
        const QString team = create({{"name", "Team"},
                                     {"creation_content", space},
                                     {"initial_state", QJsonArray{child(backend)}}});
        // A sub-space, and a cycle back to the top (spaces may list each other).
        const QString company =
            create({{"name", "Company"},
                    {"creation_content", space},
                    {"initial_state", QJsonArray{child(design, "a"), child(team, "b"),
                                                 child("!unknown:localhost")}}});
        QVERIFY(!await(alice->call(matrix::requests::createRoom(
                           {{"name", "Loop"},
                            {"creation_content", space},
                            {"initial_state", QJsonArray{child(company)}}})))
                     .json()
                     .value("room_id")
                     .toString()
                     .isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(rooms.rowCount(), 6, 10'000);

        QCOMPARE(rooms.room(company)->spaceChildren,
                 QStringList({design, team, "!unknown:localhost"}));
        QCOMPARE(rooms.roomsInSpace(company),
                 QSet<QString>({design, team, backend, "!unknown:localhost"}));
        QCOMPARE(rooms.roomsInSpace(team), QSet<QString>({backend}));

        models::RoomFilterModel sidebar;
        sidebar.setSourceModel(&rooms);
        sidebar.setSpacesOnly(true);
        QCOMPARE(sidebar.rowCount(), 3);

        models::RoomFilterModel list;
        const auto checkList = tester(&list);
        list.setSourceModel(&rooms);
        list.setHideSpaces(true);
        QCOMPARE(QSet<QString>({list.roomIdAt(0), list.roomIdAt(1), list.roomIdAt(2)}),
                 QSet<QString>({design, backend, elsewhere}));
        QCOMPARE(list.rowCount(), 3);
        list.setSpaceId(company);
        QCOMPARE(QSet<QString>({list.roomIdAt(0), list.roomIdAt(1)}),
                 QSet<QString>({design, backend}));
        QCOMPARE(list.rowCount(), 2);
        list.setSpaceId(team);
        QCOMPARE(list.rowCount(), 1);
        // A room added to the space shows in it at once.
        const QString added = create({{"name", "Added"}});
        QVERIFY(await(alice->call(matrix::ApiRequest::put(
                          QStringLiteral("/_matrix/client/v3/rooms/%1/state/m.space.child/%2")
                              .arg(team, added),
                          QJsonObject{{"via", QJsonArray{"localhost"}}})))
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(list.rowCount(), 2, 10'000);
    }

    void sentMessageShowsAsLocalEchoThenExactlyOneRow()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "echo-a"));
        QVERIFY(bob.signUp(m_server.url(), "echo-b"));
        const QString roomId = test::createSharedRoom(alice, bob);
        QVERIFY(!roomId.isEmpty());

        models::TimelineModel model(&alice.session());
        const auto check = tester(&model);
        model.setRoomId(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);
        const int before = model.rowCount();

        // Slow the server down so the echo is seen before the answer.
        QVERIFY(m_server.setFaults({{"delay_ms", 800}, {"path_regex", "/send/"}}));
        QSignalSpy sent(alice->sendQueue(), &sync::SendQueue::sent);
        const QString txnId = await(alice->sendText(roomId, "hello *echo*"));
        QVERIFY(!txnId.isEmpty());
        QCOMPARE(model.rowCount(), before + 1);
        const QModelIndex echo = model.index(before, 0);
        QCOMPARE(echo.data(models::TimelineModel::SendStateRole).toString(),
                 QStringLiteral("pending"));
        QCOMPARE(echo.data(models::TimelineModel::TransactionIdRole).toString(), txnId);
        QVERIFY(echo.data(models::TimelineModel::IsOwnRole).toBool());
        QVERIFY(echo.data(models::TimelineModel::EventIdRole).toString().isEmpty());

        QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty(), 10'000);
        QVERIFY(m_server.clearFaults());
        const QString eventId = sent.first().at(2).toString();
        // Wait for the remote echo to come through sync as well.
        QTRY_COMPARE_WITH_TIMEOUT(
            model.index(model.rowCount() - 1, 0).data(models::TimelineModel::EventIdRole),
            QVariant(eventId), 10'000);
        QTest::qWait(500);
        QCOMPARE(column(model, models::TimelineModel::BodyRole).count("hello *echo*"), 1);
        QCOMPARE(model.rowCount(), before + 1);
        const QModelIndex last = model.index(model.rowCount() - 1, 0);
        QCOMPARE(last.data(models::TimelineModel::SendStateRole).toString(),
                 QStringLiteral("sent"));
        QCOMPARE(last.data(models::TimelineModel::FormattedBodyRole).toString(),
                 QStringLiteral("<p>hello <em>echo</em></p>"));

        // A restarted client shows it once too.
        QVERIFY(alice.restart());
        models::TimelineModel reloaded(&alice.session());
        const auto checkReloaded = tester(&reloaded);
        reloaded.setRoomId(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isLoading() && reloaded.rowCount() > 0, 10'000);
        QCOMPARE(column(reloaded, models::TimelineModel::BodyRole).count("hello *echo*"), 1);
    }

    void callSignallingTakesNoRowAndAHangupOneLine()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "callrow-a"));
        QVERIFY(bob.signUp(m_server.url(), "callrow-b"));
        const QString roomId = test::createSharedRoom(alice, bob);
        models::TimelineModel model(&alice.session());
        const auto check = tester(&model);
        model.setRoomId(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);
        const int before = model.rowCount();

        QSignalSpy sent(alice->sendQueue(), &sync::SendQueue::sent);
        const QJsonObject call{{"call_id", "c1"}, {"party_id", "P"}, {"version", "1"}};
        // Bob answered (no row either): the hangup line says how long the call lasted.
        QJsonObject answer = call;
        answer.insert("answer", QJsonObject{{"type", "answer"}, {"sdp", "v=0"}});
        QVERIFY(!await(bob->sendQueue()->enqueue(roomId, "m.call.answer", answer))
                     .transactionId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            !await(alice->history()->latest(roomId, 5)).events.isEmpty() &&
                await(alice->history()->latest(roomId, 5)).events.last().type ==
                    QLatin1String("m.call.answer"),
            10'000);
        QJsonObject candidates = call;
        candidates.insert("candidates", QJsonArray{});
        QVERIFY(!await(alice->sendQueue()->enqueue(roomId, "m.call.candidates", candidates))
                     .transactionId.isEmpty());
        QCOMPARE(model.rowCount(), before); // signalling: no row, not even an empty echo
        QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty(), 10'000);

        // The hangup is a line of its own, once (echo, then the remote event in its place).
        QVERIFY(!await(alice->sendQueue()->enqueue(roomId, "m.call.hangup", call))
                     .transactionId.isEmpty());
        QCOMPARE(model.rowCount(), before + 1);
        QTRY_VERIFY_WITH_TIMEOUT(sent.size() == 2, 10'000);
        QVERIFY(!await(alice->sendText(roomId, "after the call")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), before + 2, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(!model.eventIdAt(before).isEmpty(), 10'000);
        const QModelIndex line = model.index(before, 0);
        QCOMPARE(line.data(models::TimelineModel::KindRole).toString(), QStringLiteral("state"));
        QTRY_VERIFY_WITH_TIMEOUT(line.data(models::TimelineModel::StateTextRole)
                                     .toString()
                                     .endsWith(QStringLiteral(" ended the call · 0:00")),
                                 10'000);
        QCOMPARE(model.index(before + 1, 0).data(models::TimelineModel::BodyRole).toString(),
                 QStringLiteral("after the call"));
    }

    void aCallHungUpBeforeAnyAnswerIsUnanswered()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "missed-a"));
        QVERIFY(bob.signUp(m_server.url(), "missed-b"));
        const QString roomId = test::createSharedRoom(alice, bob);
        const QJsonObject call{{"call_id", "c2"}, {"party_id", "P"}, {"version", "1"}};
        QJsonObject invite = call;
        invite.insert("lifetime", 60'000);
        invite.insert("offer", QJsonObject{{"type", "offer"}, {"sdp", "v=0\r\nm=audio 9\r\n"}});
        QVERIFY(!await(alice->sendQueue()->enqueue(roomId, "m.call.invite", invite))
                     .transactionId.isEmpty());
        QVERIFY(!await(alice->sendQueue()->enqueue(roomId, "m.call.hangup", call))
                     .transactionId.isEmpty());
        QVERIFY(!test::sendTextAndWait(alice, roomId, "never mind").isEmpty());

        models::TimelineModel model(&bob.session());
        const auto check = tester(&model);
        model.setRoomId(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(
            column(model, models::TimelineModel::BodyRole).endsWith(QStringLiteral("never mind")),
            10'000);
        QTRY_VERIFY_WITH_TIMEOUT(column(model, models::TimelineModel::StateTextRole)
                                     .contains(QStringLiteral("Unanswered call from missed-a")),
                                 10'000);
    }

    void failedSendIsMarkedFailed()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "fail-a"));
        QVERIFY(bob.signUp(m_server.url(), "fail-b"));
        const QString roomId = test::createSharedRoom(alice, bob);
        models::TimelineModel model(&alice.session());
        const auto check = tester(&model);
        model.setRoomId(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);

        // 403 is permanent: the queue gives up on the message.
        // No longer a member: the server refuses with 403 for good.
        QVERIFY(await(alice->call(matrix::requests::leave(roomId))).ok());
        QSignalSpy failed(alice->sendQueue(), &sync::SendQueue::failed);
        QVERIFY(!await(alice->sendQueue()->enqueue(roomId, "m.room.message",
                                                   {{"msgtype", "m.text"}, {"body", "doomed"}}))
                     .transactionId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10'000);
        const QModelIndex last = model.index(model.rowCount() - 1, 0);
        QCOMPARE(last.data(models::TimelineModel::BodyRole).toString(), QStringLiteral("doomed"));
        QCOMPARE(last.data(models::TimelineModel::SendStateRole).toString(),
                 QStringLiteral("failed"));
    }

    void messagesFromAnotherUserAppearWithTheirName()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "other-a"));
        QVERIFY(bob.signUp(m_server.url(), "other-b"));
        QVERIFY(await(alice->call(matrix::ApiRequest::put(
                          QStringLiteral("/_matrix/client/v3/profile/%1/displayname")
                              .arg(matrix::requests::segment(alice->userId())),
                          {{"displayname", "Alice A."}})))
                    .ok());
        const QString roomId = test::createSharedRoom(alice, bob);
        models::TimelineModel model(&bob.session());
        const auto check = tester(&model);
        model.setRoomId(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);

        QVERIFY(!await(alice->sendText(roomId, "first")).isEmpty());
        QVERIFY(!await(alice->sendText(roomId, "second")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            column(model, models::TimelineModel::BodyRole).endsWith(QStringLiteral("second")),
            10'000);
        const int last = model.rowCount() - 1;
        QCOMPARE(column(model, models::TimelineModel::BodyRole).mid(last - 1),
                 QStringList({"first", "second"}));
        const QModelIndex first = model.index(last - 1, 0);
        QCOMPARE(first.data(models::TimelineModel::SenderNameRole).toString(),
                 QStringLiteral("Alice A."));
        QVERIFY(!first.data(models::TimelineModel::IsOwnRole).toBool());
        // Same sender within five minutes: the second is grouped under the first.
        QVERIFY(!model.index(last, 0).data(models::TimelineModel::ShowSenderRole).toBool());
        QVERIFY(model.index(last, 0)
                    .data(models::TimelineModel::DateSeparatorRole)
                    .toString()
                    .isEmpty());
    }

    void addressesAndIdsInAPlainMessageAreLinks()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "links-a"));
        QVERIFY(bob.signUp(m_server.url(), "links-b"));
        const QString roomId = test::createSharedRoom(alice, bob);
        models::TimelineModel model(&bob.session());
        const auto check = tester(&model);
        model.setRoomId(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);

        // Markdown without markup is sent as plain text, as Element sends it.
        const QString text = QStringLiteral("see https://example.org/x, %1").arg(bob->userId());
        QVERIFY(!test::sendTextAndWait(alice, roomId, text).isEmpty());
        QVERIFY(!test::sendTextAndWait(alice, roomId, "no link").isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(column(model, models::TimelineModel::BodyRole).endsWith("no link"),
                                 10'000);
        const int last = model.rowCount() - 1;
        const QString linked =
            model.index(last - 1, 0).data(models::TimelineModel::FormattedBodyRole).toString();
        QVERIFY2(linked.contains("<a href=\"https://example.org/x\">https://example.org/x</a>,"),
                 qPrintable(linked));
        // The id is a pill in the reader's colour: it names Bob.
        QVERIFY2(linked.contains(QStringLiteral("<a href=\"https://matrix.to/#/%1\" "
                                                "style=\"text-decoration:none\">")
                                     .arg(bob->userId())),
                 qPrintable(linked));
        QVERIFY2(linked.contains("rgba(217,48,37,0.25)"), qPrintable(linked));
        // Nothing to link: the view shows the body as plain text.
        QCOMPARE(model.index(last, 0).data(models::TimelineModel::FormattedBodyRole).toString(),
                 QString());
    }

    void olderHistoryLoadsThroughFetchMore()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "hist-a"));
        QVERIFY(bob.signUp(m_server.url(), "hist-b"));
        const QString roomId = test::createSharedRoom(alice, bob);
        for (int i = 0; i < 70; ++i)
            QVERIFY(!await(alice->sendText(roomId, QStringLiteral("m%1").arg(i))).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(await(alice->history()->pending(roomId)).isEmpty(), 20'000);

        // A new device: the initial sync brings only the latest few.
        test::TestSession fresh;
        QVERIFY(fresh.signIn(m_server.url(), "hist-b"));
        models::TimelineModel model(&fresh.session());
        const auto check = tester(&model);
        model.setRoomId(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);
        const auto hasFirst = [&model]() {
            return column(model, models::TimelineModel::BodyRole).contains(QStringLiteral("m0"));
        };
        for (int round = 0; round < 20 && !hasFirst(); ++round) {
            // QAbstractItemModelTester asks for pages too: the history may be
            // complete before this loop asks.
            QTRY_VERIFY_WITH_TIMEOUT(model.canFetchMore({}) || hasFirst(), 10'000);
            if (hasFirst())
                break;
            QSignalSpy loaded(&model, &models::TimelineModel::pageLoaded);
            model.fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10'000);
        }
        const QStringList bodies = column(model, models::TimelineModel::BodyRole);
        QVERIFY(bodies.contains(QStringLiteral("m0")));
        QCOMPARE(bodies.count(QStringLiteral("m69")), 1);
        QVERIFY(bodies.indexOf(QStringLiteral("m0")) < bodies.indexOf(QStringLiteral("m69")));
    }

    void controllerSignsInAndSends()
    {
        test::TestSession bob;
        QVERIFY(bob.signUp(m_server.url(), "ctl-bob"));
        QTemporaryDir dir;
        models::SessionController controller(dir.path(), true);
        const auto check = tester(controller.roomListModel());
        controller.login(m_server.url().toString(), "ctl-bob", "wrong");
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), QStringLiteral("failed"), 10'000);
        QVERIFY(!controller.errorMessage().isEmpty());

        controller.login(m_server.url().toString(), "ctl-bob", "pw-ctl-bob");
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), QStringLiteral("ready"), 10'000);
        QVERIFY(controller.errorMessage().isEmpty());
        QCOMPARE(controller.userId(), QStringLiteral("@ctl-bob:localhost"));
        QVERIFY(controller.usesFileSecrets());
    }

private:
    test::TestHomeserver m_server;
};

QTEST_MAIN(ModelsTest)
#include "tst_models.moc"
