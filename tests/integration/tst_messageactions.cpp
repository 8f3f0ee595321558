// Replies, edits, reactions, deletions and failed sends, end to end: two
// real Sessions against the test homeserver, the TimelineModel of each under
// QAbstractItemModelTester, the server's copy checked too.
#include "TestHomeserver.h"
#include "TestSession.h"
#include "matrix/HttpClient.h"
#include "matrix/Requests.h"
#include "models/SessionController.h"
#include "models/TimelineModel.h"
#include "sync/RoomHistory.h"
#include "sync/SendQueue.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;
using atrium::test::await;
using Model = atrium::models::TimelineModel;

namespace {

std::unique_ptr<QAbstractItemModelTester> tester(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

// The row showing `eventId`, or an invalid index.
QModelIndex rowOf(const Model &model, const QString &eventId)
{
    const int row = model.rowOfEventId(eventId);
    return row < 0 ? QModelIndex() : model.index(row, 0);
}

QModelIndex rowWithBody(const Model &model, const QString &body)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(Model::BodyRole).toString() == body)
            return model.index(row, 0);
    }
    return {};
}

int messageRows(const Model &model)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        count += model.index(row, 0).data(Model::KindRole).toString() == "message" ? 1 : 0;
    return count;
}

// The first reaction chip of a row with `key`: {key, count, mine, pending, senders}.
QVariantMap reaction(const QModelIndex &index, const QString &key)
{
    for (const QVariant &value : index.data(Model::ReactionsRole).toList()) {
        if (value.toMap().value("key").toString() == key)
            return value.toMap();
    }
    return {};
}

} // namespace

class MessageActionsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.serverOutput())); }

    void replyCarriesItsRelationAndQuotesTheParent()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "reply-a"));
        QVERIFY(bob.signUp(m_server.url(), "reply-b"));
        const QString roomId = test::createSharedRoom(alice, bob);
        const QString parent = test::sendTextAndWait(alice, roomId, "Ship on Friday?");
        QVERIFY(!parent.isEmpty());

        Model model(&alice.session());
        const auto check = tester(&model);
        model.setRoomId(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(model, parent).isValid(), 10'000);

        QVERIFY(!await(bob->sendText(roomId, "Yes, *after* the review", parent)).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(model, "Yes, *after* the review").isValid(), 10'000);
        const QModelIndex reply = rowWithBody(model, "Yes, *after* the review");
        QCOMPARE(reply.data(Model::ReplyToRole).toString(), parent);
        QCOMPARE(reply.data(Model::ReplyBodyRole).toString(), QString("Ship on Friday?"));
        QCOMPARE(reply.data(Model::ReplySenderNameRole).toString(), QString("reply-a"));

        // On the server: the relation, and Alice mentioned.
        QJsonObject content;
        for (const auto &event : m_server.roomEvents(roomId)) {
            if (event.value("content").toObject().value("body") == "Yes, *after* the review")
                content = event.value("content").toObject();
        }
        QCOMPARE(content.value("m.relates_to")
                     .toObject()
                     .value("m.in_reply_to")
                     .toObject()
                     .value("event_id")
                     .toString(),
                 parent);
        QCOMPARE(content.value("m.mentions").toObject().value("user_ids").toArray(),
                 QJsonArray{alice->userId()});

        // A fresh model finds the parent in the store, and reveal() finds its row.
        Model reloaded(&alice.session());
        const auto checkReloaded = tester(&reloaded);
        reloaded.setRoomId(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(
            rowWithBody(reloaded, "Yes, *after* the review").data(Model::ReplyBodyRole) ==
                QString("Ship on Friday?"),
            10'000);
        QSignalSpy revealed(&reloaded, &Model::revealed);
        reloaded.reveal(parent);
        QTRY_COMPARE_WITH_TIMEOUT(revealed.size(), 1, 10'000);
        QCOMPARE(revealed.first().at(0).toInt(), reloaded.rowOfEventId(parent));
    }

    void aPillMentionsItsPersonWhoSeesTheMessageHighlighted()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "pill-a"));
        QVERIFY(bob.signUp(m_server.url(), "pill-bob"));
        const QString roomId = test::createSharedRoom(alice, bob);
        Model aliceView(&alice.session()), bobView(&bob.session());
        const auto checkAlice = tester(&aliceView);
        const auto checkBob = tester(&bobView);
        aliceView.setRoomId(roomId);
        bobView.setRoomId(roomId);
        // "@pi" in the composer offers Bob (not ourselves).
        QTRY_COMPARE_WITH_TIMEOUT(aliceView.memberCompletions("pi").size(), 1, 10'000);
        const QVariantMap offered = aliceView.memberCompletions("pi").first().toMap();
        QCOMPARE(offered.value("userId").toString(), bob->userId());

        const QString pill = QStringLiteral("[%1](https://matrix.to/#/%2)")
                                 .arg(offered.value("name").toString(), bob->userId());
        const QString shown = offered.value("name").toString() + " can you look?";
        QVERIFY(!await(alice->sendText(roomId, pill + " can you look?")).isEmpty());
        QVERIFY(!await(alice->sendText(roomId, "pill-bob without a pill")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(bobView, "pill-bob without a pill").isValid(), 10'000);
        const QModelIndex mention = rowWithBody(bobView, shown);
        QVERIFY(mention.isValid());
        QVERIFY(mention.data(Model::MentionsMeRole).toBool());
        QVERIFY(mention.data(Model::FormattedBodyRole)
                    .toString()
                    .contains(QStringLiteral("https://matrix.to/#/%1").arg(bob->userId())));
        // Naming someone without a pill is no mention (m.mentions says whom).
        QVERIFY(
            !rowWithBody(bobView, "pill-bob without a pill").data(Model::MentionsMeRole).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(aliceView, shown).isValid(), 10'000);
        QVERIFY(!rowWithBody(aliceView, shown).data(Model::MentionsMeRole).toBool());

        for (const auto &event : m_server.roomEvents(roomId)) {
            const QJsonObject content = event.value("content").toObject();
            if (content.value("body").toString() == shown)
                QCOMPARE(content.value("m.mentions").toObject().value("user_ids").toArray(),
                         QJsonArray{bob->userId()});
        }
    }

    // The timeline's highlight follows the account's push rules, as the
    // room's mention count does: here a keyword of Bob's.
    void aKeywordOfOurPushRulesHighlightsTheMessage()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "keyword-a"));
        QVERIFY(bob.signUp(m_server.url(), "keyword-bob"));
        const QString roomId = test::createSharedRoom(alice, bob);
        QVERIFY(addKeyword(bob, "deploy"));
        QVERIFY(!await(alice->sendText(roomId, "The deploy is done")).isEmpty());
        QVERIFY(!await(alice->sendText(roomId, "Deployment notes follow")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            test::readableBodies(bob, roomId).contains("Deployment notes follow"), 10'000);

        Model bobView(&bob.session());
        const auto check = tester(&bobView);
        bobView.setRoomId(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(
            rowWithBody(bobView, "The deploy is done").data(Model::MentionsMeRole).toBool(),
            10'000);
        // A keyword is a whole word.
        QVERIFY(
            !rowWithBody(bobView, "Deployment notes follow").data(Model::MentionsMeRole).toBool());
    }

    void aKeywordAddedWhileTheRoomIsOpenHighlightsItsRows()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "keyword-late-a"));
        QVERIFY(bob.signUp(m_server.url(), "keyword-late-b"));
        const QString roomId = test::createSharedRoom(alice, bob);
        Model bobView(&bob.session());
        const auto check = tester(&bobView);
        bobView.setRoomId(roomId);
        QVERIFY(!test::sendTextAndWait(alice, roomId, "The release is out").isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(bobView, "The release is out").isValid(), 10'000);
        QVERIFY(!rowWithBody(bobView, "The release is out").data(Model::MentionsMeRole).toBool());

        // Bob adds the keyword elsewhere (another client): the open room follows.
        QVERIFY(addKeyword(bob, "release"));
        QTRY_VERIFY_WITH_TIMEOUT(
            rowWithBody(bobView, "The release is out").data(Model::MentionsMeRole).toBool(),
            10'000);
    }

    void editShowsTheLatestContentMarkedEditedAlsoAfterReload()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "edit-a"));
        QVERIFY(bob.signUp(m_server.url(), "edit-b"));
        const QString roomId = test::createSharedRoom(alice, bob);
        Model model(&bob.session());
        const auto check = tester(&model);
        model.setRoomId(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);

        const QString original = test::sendTextAndWait(alice, roomId, "deploy at 5");
        QVERIFY(!original.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(model, original).isValid(), 10'000);
        const int messagesBefore = messageRows(model);
        QVERIFY(!rowOf(model, original).data(Model::EditedRole).toBool());

        QVERIFY(!await(alice->editText(roomId, original, "deploy at **6**")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(model, original).data(Model::BodyRole).toString(),
                                  QString("deploy at **6**"), 10'000);
        QVERIFY(rowOf(model, original).data(Model::EditedRole).toBool());
        QVERIFY(rowOf(model, original)
                    .data(Model::FormattedBodyRole)
                    .toString()
                    .contains("<strong>6</strong>"));
        QCOMPARE(messageRows(model), messagesBefore); // the edit is not a row of its own

        // Bob cannot edit Alice's message: his "edit" is ignored.
        QVERIFY(!await(bob->editText(roomId, original, "hijacked")).isEmpty());
        QVERIFY(!test::sendTextAndWait(bob, roomId, "after the fake edit").isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(model, "after the fake edit").isValid(), 10'000);
        QCOMPARE(rowOf(model, original).data(Model::BodyRole).toString(),
                 QString("deploy at **6**"));

        // From the store: a new model shows the edit too.
        Model reloaded(&bob.session());
        const auto checkReloaded = tester(&reloaded);
        reloaded.setRoomId(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(reloaded, original).isValid(), 10'000);
        QCOMPARE(rowOf(reloaded, original).data(Model::BodyRole).toString(),
                 QString("deploy at **6**"));
        QVERIFY(rowOf(reloaded, original).data(Model::EditedRole).toBool());
        QVERIFY(!rowOf(reloaded, original).data(Model::CanEditRole).toBool()); // not Bob's

        // Alice's own view: Up edits her last message.
        Model own(&alice.session());
        const auto checkOwn = tester(&own);
        own.setRoomId(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(own, original).isValid(), 10'000);
        QCOMPARE(own.eventIdAt(own.lastEditableRow()), original);
        QCOMPARE(own.editableText(own.lastEditableRow()), QString("deploy at **6**"));
    }

    void aMessageWithAMentionIsEditedWithItsPill()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "editpill-a"));
        QVERIFY(bob.signUp(m_server.url(), "editpill-b"));
        const QString roomId = test::createSharedRoom(alice, bob);
        const QString typed =
            QStringLiteral("**[Bob](https://matrix.to/#/%1)**, see [Bob](https://matrix.to/#/%1)")
                .arg(bob->userId());
        const QString sent = test::sendTextAndWait(alice, roomId, typed);
        QVERIFY(!sent.isEmpty());

        Model model(&alice.session());
        const auto check = tester(&model);
        model.setRoomId(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(model, sent).isValid(), 10'000);
        QCOMPARE(rowOf(model, sent).data(Model::BodyRole).toString(), QString("**Bob**, see Bob"));
        QCOMPARE(model.editableText(rowOf(model, sent).row()), typed);
    }

    void reactionsAreCountedAndToggleThroughTheController()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "react-a"));
        QVERIFY(bob.signUp(m_server.url(), "react-b"));
        const QString roomId = test::createSharedRoom(alice, bob);
        const QString target = test::sendTextAndWait(alice, roomId, "lunch?");
        QVERIFY(!target.isEmpty());
        QVERIFY(!await(alice->react(roomId, target, "👍")).isEmpty());

        // Bob's app, signed in through the controller.
        QTemporaryDir dir;
        models::SessionController controller(dir.path(), true);
        Model &model = *controller.timelineModel();
        const auto check = tester(&model);
        controller.login(m_server.url().toString(), "react-b", "pw-react-b");
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), QStringLiteral("ready"), 10'000);
        model.setRoomId(roomId);
        QTRY_COMPARE_WITH_TIMEOUT(reaction(rowOf(model, target), "👍").value("count").toInt(), 1,
                                  10'000);
        QVERIFY(!reaction(rowOf(model, target), "👍").value("mine").toBool());

        controller.toggleReaction(roomId, target, "👍");
        // Shown at once, then confirmed by the server.
        QTRY_COMPARE_WITH_TIMEOUT(reaction(rowOf(model, target), "👍").value("count").toInt(), 2,
                                  10'000);
        QVERIFY(reaction(rowOf(model, target), "👍").value("mine").toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!reaction(rowOf(model, target), "👍").value("pending").toBool(),
                                 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(!model.ownReaction(target, "👍").isEmpty(), 10'000);
        const QString senders = reaction(rowOf(model, target), "👍").value("senders").toString();
        QVERIFY2(senders.contains("react-a") && senders.contains("react-b"), qPrintable(senders));

        // Toggled again: our reaction is redacted, Alice's stays.
        controller.toggleReaction(roomId, target, "👍");
        QTRY_COMPARE_WITH_TIMEOUT(reaction(rowOf(model, target), "👍").value("count").toInt(), 1,
                                  10'000);
        QVERIFY(!reaction(rowOf(model, target), "👍").value("mine").toBool());
        int reactionsOnServer = 0, redactionsOnServer = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&]() {
                reactionsOnServer = redactionsOnServer = 0;
                for (const auto &event : m_server.roomEvents(roomId)) {
                    reactionsOnServer += event.value("type") == "m.reaction" ? 1 : 0;
                    redactionsOnServer += event.value("type") == "m.room.redaction" ? 1 : 0;
                }
                return redactionsOnServer == 1;
            }(),
            10'000);
        QCOMPARE(reactionsOnServer, 2);

        // Alice sees the same in a new model, read from the store.
        Model aliceModel(&alice.session());
        const auto checkAlice = tester(&aliceModel);
        aliceModel.setRoomId(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(aliceModel, target).isValid(), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(reaction(rowOf(aliceModel, target), "👍").value("count").toInt(),
                                  1, 10'000);
        QVERIFY(reaction(rowOf(aliceModel, target), "👍").value("mine").toBool());
    }

    // A message begun and not sent is still there after the app restarts
    // (in an account created through the controller).
    void aDraftOutlivesARestartOfTheApp()
    {
        QTemporaryDir dir;
        const QVariantMap draft{{"text", "Notes for the retro:\n- deploys"},
                                {"replyTo", "$question"},
                                {"replySender", "Ann"},
                                {"replyBody", "Anything for the retro?"}};
        {
            // The account is made as the sign-in page's "Create an account" does.
            models::SessionController controller(dir.path(), true);
            controller.registerAccount(m_server.url().toString(), "drafter", "pw-drafter");
            QTRY_COMPARE_WITH_TIMEOUT(controller.state(), QStringLiteral("ready"), 10'000);
            controller.drafts()->keep("!retro:localhost", draft);
            controller.drafts()->keep("!gone:localhost", {{"text", "sent after all"}});
            controller.drafts()->keep("!gone:localhost", {{"text", ""}});
            QCOMPARE(controller.drafts()->draft("!retro:localhost"), draft);
        } // quit within a second of typing: the last change is written all the same

        models::SessionController controller(dir.path(), true);
        QSignalSpy loaded(controller.drafts(), &models::Drafts::loaded);
        controller.restore();
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), QStringLiteral("ready"), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10'000);
        QCOMPARE(controller.drafts()->draft("!retro:localhost"), draft);
        QCOMPARE(controller.drafts()->draft("!gone:localhost").value("text").toString(), QString());
        // Signed out, the next account finds none of them.
        controller.logout();
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), QStringLiteral("loggedOut"), 10'000);
        QCOMPARE(controller.drafts()->draft("!retro:localhost").value("text").toString(),
                 QString());
    }

    void leavingARoomDropsItsDraft()
    {
        QTemporaryDir dir;
        QString roomId;
        {
            models::SessionController controller(dir.path(), true);
            controller.registerAccount(m_server.url().toString(), "leaver", "pw-leaver");
            QTRY_COMPARE_WITH_TIMEOUT(controller.state(), QStringLiteral("ready"), 10'000);
            QSignalSpy created(&controller, &models::SessionController::roomCreated);
            controller.createRoom("short-lived", "", false, false);
            QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 10'000);
            roomId = created.first().first().toString();
            controller.drafts()->keep(roomId, {{"text", "never mind"}});
            controller.drafts()->flush();
            controller.leaveRoom(roomId);
            QTRY_COMPARE_WITH_TIMEOUT(controller.drafts()->draft(roomId).value("text").toString(),
                                      QString(), 10'000);
        }
        // Gone from the store too.
        models::SessionController controller(dir.path(), true);
        QSignalSpy loaded(controller.drafts(), &models::Drafts::loaded);
        controller.restore();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10'000);
        QCOMPARE(controller.drafts()->draft(roomId).value("text").toString(), QString());
    }

    void deletedMessageShowsAsDeletedOnBothSides()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "del-a"));
        QVERIFY(bob.signUp(m_server.url(), "del-b"));
        const QString roomId = test::createSharedRoom(alice, bob);
        Model aliceModel(&alice.session()), bobModel(&bob.session());
        const auto checkA = tester(&aliceModel);
        const auto checkB = tester(&bobModel);
        aliceModel.setRoomId(roomId);
        bobModel.setRoomId(roomId);
        const QString target = test::sendTextAndWait(alice, roomId, "password: hunter2");
        QVERIFY(!target.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(bobModel, target).isValid(), 10'000);
        QVERIFY(rowOf(aliceModel, target).data(Model::CanRedactRole).toBool());
        QVERIFY(!rowOf(bobModel, target).data(Model::CanRedactRole).toBool());

        QVERIFY(!await(alice->redact(roomId, target)).isEmpty());
        QVERIFY(rowOf(aliceModel, target).data(Model::RedactedRole).toBool()); // at once
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(bobModel, target).data(Model::RedactedRole).toBool(),
                                 10'000);
        QCOMPARE(rowOf(bobModel, target).data(Model::BodyRole).toString(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(await(alice->history()->pending(roomId)).isEmpty(), 10'000);
        for (const auto &event : m_server.roomEvents(roomId)) {
            if (event.value("event_id") == target)
                QVERIFY(!event.value("content").toObject().contains("body"));
        }
    }

    void failedMessageCanBeRetriedOrDiscarded()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "retry-a"));
        QVERIFY(bob.signUp(m_server.url(), "retry-b"));
        const QString roomId = test::createSharedRoom(bob, alice);
        Model model(&alice.session());
        const auto check = tester(&model);
        model.setRoomId(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);
        const QString target = test::sendTextAndWait(bob, roomId, "react to me");
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(model, target).isValid(), 10'000);

        // Alice is no longer a member: the server refuses for good.
        QVERIFY(await(alice->call(matrix::requests::leave(roomId))).ok());
        QSignalSpy failed(alice->sendQueue(), &sync::SendQueue::failed);
        const QString message = await(alice->sendText(roomId, "kept for later"));
        const QString react = await(alice->react(roomId, target, "🎉"));
        QVERIFY(!message.isEmpty() && !react.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 10'000);

        // Both show as failed rows; the reaction no longer counts on its target.
        const QModelIndex failedMessage = model.index(model.rowCount() - 2, 0);
        const QModelIndex failedReaction = model.index(model.rowCount() - 1, 0);
        QCOMPARE(failedMessage.data(Model::TransactionIdRole).toString(), message);
        QCOMPARE(failedMessage.data(Model::SendStateRole).toString(), QString("failed"));
        QCOMPARE(failedReaction.data(Model::KindRole).toString(), QString("action"));
        QCOMPARE(failedReaction.data(Model::SendStateRole).toString(), QString("failed"));
        QVERIFY(failedReaction.data(Model::ActionTextRole).toString().contains("🎉"));
        QVERIFY(reaction(rowOf(model, target), "🎉").isEmpty());

        // Discard drops the reaction; after a new invitation, retry sends the message.
        QSignalSpy discarded(alice->sendQueue(), &sync::SendQueue::discarded);
        alice->sendQueue()->discard(react);
        QTRY_COMPARE_WITH_TIMEOUT(discarded.size(), 1, 10'000);
        QCOMPARE(model.index(model.rowCount() - 1, 0).data(Model::TransactionIdRole).toString(),
                 message);
        QVERIFY(await(bob->call(matrix::requests::invite(roomId, alice->userId()))).ok());
        QVERIFY(await(alice->call(matrix::requests::join(roomId))).ok());
        QSignalSpy sent(alice->sendQueue(), &sync::SendQueue::sent);
        // The states the row goes through: pending again at once, then sent.
        QStringList states;
        connect(&model, &QAbstractItemModel::dataChanged, this,
                [&](const QModelIndex &from, const QModelIndex &to) {
                    for (int row = from.row(); row <= to.row(); ++row) {
                        const QModelIndex index = model.index(row, 0);
                        if (index.data(Model::TransactionIdRole) == message)
                            states.append(index.data(Model::SendStateRole).toString());
                    }
                });
        alice->sendQueue()->retry(message);
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(states.contains("sent"), 10'000);
        // (Other rows arriving meanwhile may touch it while it is still failed.)
        QVERIFY2(states.contains("pending") && states.indexOf("pending") < states.indexOf("sent"),
                 qPrintable(states.join(", ")));
        QTRY_VERIFY_WITH_TIMEOUT(
            test::messageBodiesOnServer(m_server, roomId).contains("kept for later"), 10'000);
        QCOMPARE(test::messageBodiesOnServer(m_server, roomId).count("kept for later"), 1);
        QVERIFY(rowWithBody(model, "kept for later").isValid());
    }

    void stateChangesShowAsOneLine()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "state-a"));
        QVERIFY(bob.signUp(m_server.url(), "state-b"));
        const QString roomId = test::createSharedRoom(alice, bob, {{"name", "Before"}});
        Model model(&alice.session());
        const auto check = tester(&model);
        model.setRoomId(roomId);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);
        QVERIFY(await(alice->call(matrix::ApiRequest::put(
                          QStringLiteral("/_matrix/client/v3/rooms/%1/state/m.room.topic/")
                              .arg(matrix::requests::segment(roomId)),
                          {{"topic", "Release planning"}})))
                    .ok());
        QVERIFY(await(bob->call(matrix::requests::leave(roomId))).ok());
        auto lines = [&model]() {
            QStringList texts;
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.index(row, 0).data(Model::KindRole).toString() == "state")
                    texts.append(model.index(row, 0).data(Model::StateTextRole).toString());
            }
            return texts;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(lines().contains("state-b left"), qPrintable(lines().join(" | ")),
                                  10'000);
        QVERIFY2(lines().contains("state-a changed the topic to Release planning"),
                 qPrintable(lines().join(" | ")));
        QVERIFY2(lines().contains("state-b joined"), qPrintable(lines().join(" | ")));
        QVERIFY2(lines().contains("state-a invited state-b"), qPrintable(lines().join(" | ")));
    }

private:
    // Adds a highlighting keyword to the account's push rules, as Element's
    // settings do (a content rule through the client-server API).
    bool addKeyword(test::TestSession &session, const QString &pattern)
    {
        const QJsonObject rule{
            {"pattern", pattern},
            {"actions", QJsonArray{"notify", QJsonObject{{"set_tweak", "highlight"}}}}};
        int status = 0;
        m_server.request("PUT", "/_matrix/client/v3/pushrules/global/content/" + pattern, rule,
                         session->http()->accessToken(), &status);
        return status == 200;
    }

    test::TestHomeserver m_server;
};

QTEST_MAIN(MessageActionsTest)
#include "tst_messageactions.moc"
