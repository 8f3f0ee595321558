#include "TemporaryDatabase.h"
#include "TestEvents.h"
#include "matrix/MatrixId.h"
#include "matrix/SyncResponse.h"
#include "store/Database.h"
#include "store/RoomStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;
using atrium::store::RoomStore;
using atrium::test::member;
using atrium::test::message;
using atrium::test::stateEvent;

namespace {

const QString Me = QStringLiteral("@alice:example.org");
const QString Room = QStringLiteral("!work:example.org");

matrix::RoomEvent stripped(const QJsonObject &json)
{
    const auto event = matrix::RoomEvent::fromStrippedJson(json);
    if (!event)
        qFatal("stripped test event is malformed");
    return *event;
}

matrix::RoomEvent edit(const QString &eventId, const QString &target, const QString &body,
                       qint64 ts)
{
    return test::eventFromJson(
        {{"type", "m.room.message"},
         {"event_id", eventId},
         {"sender", "@bob:example.org"},
         {"origin_server_ts", double(ts)},
         {"content",
          QJsonObject{
              {"msgtype", "m.text"},
              {"body", "* " + body},
              {"m.new_content", QJsonObject{{"msgtype", "m.text"}, {"body", body}}},
              {"m.relates_to", QJsonObject{{"rel_type", "m.replace"}, {"event_id", target}}}}}});
}

} // namespace

class TestRoomStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_temp.emplace();
        m_db = &m_temp->db();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->lastError()));
        m_rooms.emplace(*m_db);
    }
    void cleanup()
    {
        m_rooms.reset();
        m_db = nullptr;
        m_temp.reset();
    }

    void roomNameStateNamesTheRoom()
    {
        joinWithMembers(Room, {"@bob:example.org"});
        QVERIFY(
            m_rooms->applyState(Room, stateEvent("m.room.name", "", {{"name", "Design Review"}})));
        QCOMPARE(refreshed(Room).displayName, QString("Design Review"));
    }

    void canonicalAliasNamesRoomWithoutName()
    {
        joinWithMembers(Room, {"@bob:example.org"});
        QVERIFY(m_rooms->applyState(
            Room, stateEvent("m.room.canonical_alias", "", {{"alias", "#design:example.org"}})));
        QCOMPARE(refreshed(Room).displayName, QString("#design:example.org"));
    }

    void roomNameWinsOverCanonicalAlias()
    {
        joinWithMembers(Room, {"@bob:example.org"});
        QVERIFY(m_rooms->applyState(
            Room, stateEvent("m.room.canonical_alias", "", {{"alias", "#design:example.org"}})));
        QVERIFY(m_rooms->applyState(Room, stateEvent("m.room.name", "", {{"name", "Design"}})));
        QCOMPARE(refreshed(Room).displayName, QString("Design"));
    }

    void namedRoomCountsItsMembersWhenServerSentNoCounts()
    {
        joinWithMembers(Room, {"@bob:example.org", "@carol:example.org"});
        QVERIFY(m_rooms->applyState(Room, stateEvent("m.room.name", "", {{"name", "Design"}})));
        const auto summary = refreshed(Room);
        QCOMPARE(summary.displayName, QString("Design"));
        QCOMPARE(summary.joinedCount, 3);
    }

    void namedRoomKeepsTheServersMemberCounts()
    {
        joinWithMembers(Room, {"@bob:example.org"});
        QVERIFY(m_rooms->applyState(Room, stateEvent("m.room.name", "", {{"name", "Design"}})));
        matrix::RoomSummaryUpdate update;
        update.joinedMemberCount = 40;
        QVERIFY(m_rooms->applySummary(Room, update));
        const auto summary = refreshed(Room);
        QCOMPARE(summary.displayName, QString("Design"));
        QCOMPARE(summary.joinedCount, 40);
        QCOMPARE(summary.invitedCount, 0);
    }

    void membersNameRoomWhenServerSentNoHeroes()
    {
        joinWithMembers(Room, {"@bob:example.org", "@carol:example.org"});
        const auto summary = refreshed(Room);
        QCOMPARE(summary.displayName, QString("Bob and Carol"));
        QCOMPARE(summary.joinedCount, 3);
    }

    void invitedMembersAreHeroesToo()
    {
        joinWithMembers(Room, {"@bob:example.org"});
        QVERIFY(m_rooms->applyState(Room, member("@carol:example.org", "invite", "Carol", Me)));
        const auto summary = refreshed(Room);
        QCOMPARE(summary.displayName, QString("Bob and Carol"));
        QCOMPARE(summary.invitedCount, 1);
    }

    void membersWhoLeftAreNoHeroes()
    {
        joinWithMembers(Room, {"@bob:example.org"});
        QVERIFY(m_rooms->applyState(Room, member("@carol:example.org", "leave", "Carol")));
        QCOMPARE(refreshed(Room).displayName, QString("Bob"));
    }

    void serverHeroesAreShownByDisplayName()
    {
        joinWithMembers(Room, {"@bob:example.org", "@carol:example.org"});
        matrix::RoomSummaryUpdate update;
        update.heroes = QStringList{"@carol:example.org"};
        update.joinedMemberCount = 2;
        update.invitedMemberCount = 0;
        QVERIFY(m_rooms->applySummary(Room, update));
        QCOMPARE(refreshed(Room).displayName, QString("Carol"));
    }

    void heroWithoutMemberStateIsShownByUserId()
    {
        QVERIFY(m_rooms->setMembership(Room, "join"));
        matrix::RoomSummaryUpdate update;
        update.heroes = QStringList{"@zed:example.org"};
        update.joinedMemberCount = 2;
        QVERIFY(m_rooms->applySummary(Room, update));
        QCOMPARE(refreshed(Room).displayName, QString("@zed:example.org"));
    }

    void serverMemberCountsNameLargeRooms()
    {
        joinWithMembers(Room, {"@bob:example.org", "@carol:example.org"});
        matrix::RoomSummaryUpdate update;
        update.heroes = QStringList{"@bob:example.org", "@carol:example.org"};
        update.joinedMemberCount = 40;
        update.invitedMemberCount = 2;
        QVERIFY(m_rooms->applySummary(Room, update));
        const auto summary = refreshed(Room);
        QCOMPARE(summary.displayName, QString("Bob, Carol and 39 others"));
        QCOMPARE(summary.joinedCount, 40);
        QCOMPARE(summary.invitedCount, 2);
    }

    void ownUserIsNeverAHero()
    {
        joinWithMembers(Room, {"@bob:example.org"});
        matrix::RoomSummaryUpdate update;
        update.heroes = QStringList{Me, "@bob:example.org"};
        update.joinedMemberCount = 2;
        QVERIFY(m_rooms->applySummary(Room, update));
        QCOMPARE(refreshed(Room).displayName, QString("Bob"));
    }

    void roomEveryoneLeftIsEmptyRoomWasThem()
    {
        joinWithMembers(Room, {});
        matrix::RoomSummaryUpdate update;
        update.heroes = QStringList{"@bob:example.org"};
        update.joinedMemberCount = 1;
        update.invitedMemberCount = 0;
        QVERIFY(m_rooms->applyState(Room, member("@bob:example.org", "leave", "Bob")));
        QVERIFY(m_rooms->applySummary(Room, update));
        QCOMPARE(refreshed(Room).displayName, QString("Empty Room (was Bob)"));
    }

    void sharedDisplayNameIsDisambiguated()
    {
        joinWithMembers(Room, {});
        QVERIFY(m_rooms->applyState(Room, member("@bob:example.org", "join", "Bob")));
        QVERIFY(m_rooms->applyState(Room, member("@bob:evil.example", "join", "Bob")));
        QCOMPARE(m_rooms->memberName(Room, "@bob:example.org"), QString("Bob (@bob:example.org)"));
        QCOMPARE(m_rooms->memberName(Room, "@bob:evil.example"),
                 QString("Bob (@bob:evil.example)"));
    }

    void nameSharedWithFormerMemberIsNotDisambiguated()
    {
        joinWithMembers(Room, {});
        QVERIFY(m_rooms->applyState(Room, member("@bob:example.org", "join", "Bob")));
        QVERIFY(m_rooms->applyState(Room, member("@bob:evil.example", "leave", "Bob")));
        QCOMPARE(m_rooms->memberName(Room, "@bob:example.org"), QString("Bob"));
    }

    void memberWithoutDisplayNameIsShownByUserId()
    {
        joinWithMembers(Room, {});
        QVERIFY(m_rooms->applyState(Room, member("@bob:example.org", "join")));
        QCOMPARE(m_rooms->memberName(Room, "@bob:example.org"), QString("@bob:example.org"));
    }

    void topicAvatarEncryptionAndSpaceComeFromState()
    {
        joinWithMembers(Room, {"@bob:example.org"});
        QVERIFY(m_rooms->applyState(Room, stateEvent("m.room.topic", "", {{"topic", "Planning"}})));
        QVERIFY(m_rooms->applyState(
            Room, stateEvent("m.room.avatar", "", {{"url", "mxc://example.org/abc"}})));
        QVERIFY(m_rooms->applyState(
            Room, stateEvent("m.room.encryption", "", {{"algorithm", "m.megolm.v1.aes-sha2"}})));
        QVERIFY(m_rooms->applyState(
            Room, stateEvent("m.room.create", "", {{"room_version", "10"}, {"type", "m.space"}})));
        const auto summary = refreshed(Room);
        QCOMPARE(summary.topic, QString("Planning"));
        QCOMPARE(summary.avatarUrl, QString("mxc://example.org/abc"));
        QVERIFY(summary.isEncrypted);
        QVERIFY(summary.isSpace);
    }

    void twoPersonRoomWithoutAvatarShowsTheOtherPersons()
    {
        joinWithMembers(Room, {"@bob:example.org"});
        QVERIFY(m_rooms->applyState(Room, stateEvent("m.room.member", "@bob:example.org",
                                                     {{"membership", "join"},
                                                      {"displayname", "Bob"},
                                                      {"avatar_url", "mxc://example.org/bob"}})));
        matrix::RoomSummaryUpdate update;
        update.heroes = QStringList{"@bob:example.org"};
        update.joinedMemberCount = 2;
        update.invitedMemberCount = 0;
        QVERIFY(m_rooms->applySummary(Room, update));
        QCOMPARE(refreshed(Room).avatarUrl, QString("mxc://example.org/bob"));
        // Its own picture wins.
        QVERIFY(m_rooms->applyState(
            Room, stateEvent("m.room.avatar", "", {{"url", "mxc://example.org/room"}})));
        QCOMPARE(refreshed(Room).avatarUrl, QString("mxc://example.org/room"));
    }

    void groupRoomWithoutAvatarHasNone()
    {
        joinWithMembers(Room, {"@bob:example.org", "@carol:example.org"});
        QVERIFY(m_rooms->applyState(
            Room, stateEvent("m.room.member", "@bob:example.org",
                             {{"membership", "join"}, {"avatar_url", "mxc://example.org/bob"}})));
        matrix::RoomSummaryUpdate update;
        update.heroes = QStringList{"@bob:example.org", "@carol:example.org"};
        update.joinedMemberCount = 3;
        update.invitedMemberCount = 0;
        QVERIFY(m_rooms->applySummary(Room, update));
        QCOMPARE(refreshed(Room).avatarUrl, QString());
    }

    void plainRoomIsNeitherEncryptedNorSpace()
    {
        joinWithMembers(Room, {"@bob:example.org"});
        const auto summary = refreshed(Room);
        QVERIFY(!summary.isEncrypted);
        QVERIFY(!summary.isSpace);
        QVERIFY(!summary.isDirect);
    }

    void laterStateReplacesEarlier()
    {
        joinWithMembers(Room, {});
        QVERIFY(m_rooms->applyState(Room, stateEvent("m.room.topic", "", {{"topic", "old"}})));
        QVERIFY(m_rooms->applyState(Room, stateEvent("m.room.topic", "", {{"topic", "new"}})));
        QCOMPARE(m_rooms->stateContent(Room, "m.room.topic").value("topic").toString(),
                 QString("new"));
    }

    void historicStateNeverOverridesCurrent()
    {
        joinWithMembers(Room, {});
        QVERIFY(m_rooms->applyState(Room, stateEvent("m.room.topic", "", {{"topic", "current"}})));
        QVERIFY(
            m_rooms->applyStateIfMissing(Room, stateEvent("m.room.topic", "", {{"topic", "old"}})));
        QVERIFY(m_rooms->applyStateIfMissing(Room, member("@zoe:example.org", "join", "Zoe")));
        QCOMPARE(m_rooms->stateContent(Room, "m.room.topic").value("topic").toString(),
                 QString("current"));
        QCOMPARE(m_rooms->memberName(Room, "@zoe:example.org"), QString("Zoe"));
    }

    void tagsComeFromTagAccountData()
    {
        joinWithMembers(Room, {"@bob:example.org"});
        QVERIFY(m_rooms->setAccountData(
            Room, "m.tag",
            {{"tags", QJsonObject{{"m.favourite", QJsonObject{{"order", 0.5}}},
                                  {"u.work", QJsonObject{}}}}}));
        QStringList tags = refreshed(Room).tags;
        tags.sort();
        QCOMPARE(tags, QStringList({"m.favourite", "u.work"}));
    }

    void removingAllTagsClearsThem()
    {
        joinWithMembers(Room, {"@bob:example.org"});
        QVERIFY(m_rooms->setAccountData(Room, "m.tag",
                                        {{"tags", QJsonObject{{"m.lowpriority", QJsonObject{}}}}}));
        QVERIFY(m_rooms->setAccountData(Room, "m.tag", {{"tags", QJsonObject{}}}));
        QVERIFY(refreshed(Room).tags.isEmpty());
    }

    void roomAccountDataIsKept()
    {
        joinWithMembers(Room, {});
        QVERIFY(m_rooms->setAccountData(Room, "m.fully_read", {{"event_id", "$m1"}}));
        QCOMPARE(m_rooms->accountData(Room, "m.fully_read").value("event_id").toString(),
                 QString("$m1"));
        QVERIFY(m_rooms->accountData("!other:example.org", "m.fully_read").isEmpty());
    }

    void directChatsAreMarkedFromMDirect()
    {
        joinWithMembers("!dm:example.org", {"@dave:example.org"});
        joinWithMembers(Room, {"@bob:example.org"});
        QVERIFY(m_rooms->applyDirectChats({{"@dave:example.org", QJsonArray{"!dm:example.org"}}}));
        QVERIFY(refreshed("!dm:example.org").isDirect);
        QVERIFY(!refreshed(Room).isDirect);
    }

    void roomLeftOutOfMDirectIsNoLongerDirect()
    {
        joinWithMembers("!dm:example.org", {"@dave:example.org"});
        QVERIFY(m_rooms->applyDirectChats({{"@dave:example.org", QJsonArray{"!dm:example.org"}}}));
        QVERIFY(m_rooms->applyDirectChats({{"@dave:example.org", QJsonArray{}}}));
        QVERIFY(!refreshed("!dm:example.org").isDirect);
    }

    void readReceiptsAreKeptPerUser()
    {
        joinWithMembers(Room, {"@bob:example.org", "@carol:example.org"});
        QVERIFY(m_rooms->applyReceipts(
            Room,
            {{"$m1",
              QJsonObject{{"m.read", QJsonObject{{"@bob:example.org", QJsonObject{{"ts", 1}}}}}}},
             {"$m2", QJsonObject{{"m.read",
                                  QJsonObject{{"@carol:example.org", QJsonObject{{"ts", 2}}}}}}}}));
        const auto receipts = m_rooms->readReceipts(Room);
        QCOMPARE(receipts.size(), 2);
        QCOMPARE(receipts.value("@bob:example.org"), QString("$m1"));
        QCOMPARE(receipts.value("@carol:example.org"), QString("$m2"));
    }

    void newerReadReceiptMovesTheMarker()
    {
        joinWithMembers(Room, {"@bob:example.org"});
        QVERIFY(m_rooms->applyReceipts(
            Room, {{"$m1", QJsonObject{{"m.read", QJsonObject{{"@bob:example.org",
                                                               QJsonObject{{"ts", 1}}}}}}}}));
        QVERIFY(m_rooms->applyReceipts(
            Room, {{"$m5", QJsonObject{{"m.read", QJsonObject{{"@bob:example.org",
                                                               QJsonObject{{"ts", 5}}}}}}}}));
        QCOMPARE(m_rooms->readReceipts(Room).value("@bob:example.org"), QString("$m5"));
    }

    void privateReceiptIsNotAPublicReadMarker()
    {
        joinWithMembers(Room, {"@bob:example.org"});
        QVERIFY(m_rooms->applyReceipts(
            Room,
            {{"$m1", QJsonObject{{"m.read.private",
                                  QJsonObject{{"@bob:example.org", QJsonObject{{"ts", 1}}}}}}}}));
        QVERIFY(!m_rooms->readReceipts(Room).contains("@bob:example.org"));
    }

    void lastMessageGivesPreviewSenderAndTime()
    {
        joinWithMembers(Room, {"@bob:example.org"});
        QVERIFY(m_rooms->setLastMessage(
            Room, message("$m1", "See you at 3", "@bob:example.org", 1700000005000)));
        const auto summary = refreshed(Room);
        QCOMPARE(summary.lastPreview, QString("See you at 3"));
        QCOMPARE(summary.lastSender, QString("@bob:example.org"));
        QCOMPARE(summary.lastEventTs, qint64(1700000005000));
    }

    void editIsNotPreviewable()
    {
        QVERIFY(store::RoomStore::isPreviewable(
            message("$m1", "See you at 3", "@bob:example.org", 1700000005000)));
        QVERIFY(
            !store::RoomStore::isPreviewable(edit("$e1", "$m1", "See you at 4", 1700000006000)));
    }

    void olderMessageDoesNotReplaceThePreview()
    {
        joinWithMembers(Room, {"@bob:example.org"});
        QVERIFY(m_rooms->setLastMessage(Room, message("$m2", "newer", "@bob:example.org", 2000)));
        QVERIFY(m_rooms->setLastMessage(Room, message("$m1", "older", "@bob:example.org", 1000)));
        QCOMPARE(refreshed(Room).lastPreview, QString("newer"));
    }

    void stateEventIsNotPreviewable()
    {
        QVERIFY(!store::RoomStore::isPreviewable(stateEvent("m.room.topic", "", {{"topic", "t"}})));
    }

    void redactingTheLatestMessageClearsThePreview()
    {
        joinWithMembers(Room, {"@bob:example.org"});
        QVERIFY(
            m_rooms->setLastMessage(Room, message("$m1", "secret plan", "@bob:example.org", 1000)));
        QVERIFY(m_rooms->applyRedaction(Room, "$m1", redactionOf("$m1")));
        QCOMPARE(refreshed(Room).previewKind, store::RoomSummary::PreviewKind::Deleted);
        QVERIFY(refreshed(Room).lastPreview.isEmpty());
    }

    void redactingAnOlderMessageKeepsThePreview()
    {
        joinWithMembers(Room, {"@bob:example.org"});
        QVERIFY(m_rooms->setLastMessage(Room, message("$m2", "latest", "@bob:example.org", 2000)));
        QVERIFY(m_rooms->applyRedaction(Room, "$m1", redactionOf("$m1")));
        QCOMPARE(refreshed(Room).lastPreview, QString("latest"));
    }

    void redactedRoomNameNoLongerNamesTheRoom()
    {
        joinWithMembers(Room, {"@bob:example.org"});
        const auto name = stateEvent("m.room.name", "", {{"name", "Secret project"}});
        QVERIFY(m_rooms->applyState(Room, name));
        QCOMPARE(refreshed(Room).displayName, QString("Secret project"));
        QVERIFY(m_rooms->applyRedaction(Room, name.eventId, redactionOf(name.eventId)));
        QCOMPARE(refreshed(Room).displayName, QString("Bob"));
    }

    void encryptedMessagePreviewSaysSo()
    {
        joinWithMembers(Room, {"@bob:example.org"});
        QVERIFY(m_rooms->setLastMessage(
            Room,
            test::eventFromJson({{"type", "m.room.encrypted"},
                                 {"event_id", "$x"},
                                 {"sender", "@bob:example.org"},
                                 {"origin_server_ts", 3000.0},
                                 {"content", QJsonObject{{"algorithm", "m.megolm.v1.aes-sha2"},
                                                         {"ciphertext", "AwgA"}}}})));
        QCOMPARE(refreshed(Room).previewKind, store::RoomSummary::PreviewKind::Encrypted);
        QVERIFY(refreshed(Room).lastPreview.isEmpty());
    }

    void controlCharactersCannotForgeAPreviewKind()
    {
        joinWithMembers(Room, {"@bob:example.org"});
        QVERIFY(m_rooms->setLastMessage(
            Room, message("$m3", QString(QChar(0x1f)) + "deleted", "@bob:example.org", 4000)));
        QCOMPARE(refreshed(Room).previewKind, store::RoomSummary::PreviewKind::Text);
        QCOMPARE(refreshed(Room).lastPreview, QString("deleted"));
    }

    void unreadCountsAreStored()
    {
        joinWithMembers(Room, {"@bob:example.org"});
        QVERIFY(m_rooms->setUnreadCounts(Room, 4, 1));
        auto summary = refreshed(Room);
        QCOMPARE(summary.notificationCount, 4);
        QCOMPARE(summary.highlightCount, 1);
        QVERIFY(m_rooms->setUnreadCounts(Room, 0, std::nullopt));
        summary = refreshed(Room);
        QCOMPARE(summary.notificationCount, 0);
        QCOMPARE(summary.highlightCount, 1);
    }

    void theCreatorIsNamedInTheContentOrIsTheSender()
    {
        QCOMPARE(m_rooms->creator(Room), QString());
        QVERIFY(m_rooms->applyState(
            Room, stateEvent("m.room.create", "", {{"room_version", "11"}}, "@ann:example.org")));
        QCOMPARE(m_rooms->creator(Room), QString("@ann:example.org"));
        QVERIFY(m_rooms->applyState(
            Room, stateEvent("m.room.create", "",
                             {{"room_version", "10"}, {"creator", "@cat:example.org"}},
                             "@ann:example.org")));
        QCOMPARE(m_rooms->creator(Room), QString("@cat:example.org"));
    }

    void countsFoundInEncryptedMessagesAddToTheServers()
    {
        joinWithMembers(Room, {"@bob:example.org"});
        QVERIFY(m_rooms->setUnreadCounts(Room, 4, 1));
        QVERIFY(m_rooms->setDecryptedCounts(Room, {1, 2}));
        QCOMPARE(m_rooms->decryptedCounts(Room).notifications, 1);
        QCOMPARE(m_rooms->decryptedCounts(Room).highlights, 2);
        const auto summary = refreshed(Room);
        QCOMPARE(summary.notificationCount, 5);
        QCOMPARE(summary.highlightCount, 3);
    }

    void inviteNamesInviterAndRoom()
    {
        addInvite("!invite:example.org", false);
        const auto summary = refreshed("!invite:example.org");
        QCOMPARE(summary.membership, QString("invite"));
        QCOMPARE(summary.inviter, QString("@erin:example.org"));
        QCOMPARE(summary.displayName, QString("Erin"));
    }

    void directInviteIsMarkedDirect()
    {
        addInvite("!invite:example.org", true);
        QVERIFY(refreshed("!invite:example.org").isDirect);
    }

    void plainInviteIsNotDirect()
    {
        addInvite("!invite:example.org", false);
        QVERIFY(!refreshed("!invite:example.org").isDirect);
    }

    void roomListLeavesOutLeftRooms()
    {
        joinWithMembers(Room, {"@bob:example.org"});
        joinWithMembers("!old:example.org", {"@bob:example.org"});
        QVERIFY(m_rooms->setMembership("!old:example.org", "leave"));
        const auto rooms = m_rooms->loadAll();
        QCOMPARE(rooms.size(), 1);
        QCOMPARE(rooms.first().roomId, Room);
    }

    void forgottenRoomIsGone()
    {
        joinWithMembers(Room, {"@bob:example.org"});
        QVERIFY(m_rooms->forget(Room));
        QVERIFY(!m_rooms->load(Room));
        QVERIFY(m_rooms->stateContent(Room, "m.room.member", "@bob:example.org").isEmpty());
    }

    void membersLoadedFlagIsKept()
    {
        joinWithMembers(Room, {});
        QVERIFY(!m_rooms->membersLoaded(Room));
        QVERIFY(m_rooms->setMembersLoaded(Room));
        QVERIFY(m_rooms->membersLoaded(Room));
    }

    void refreshingUnknownRoomFails()
    {
        QVERIFY(!m_rooms->refreshSummary("!nowhere:example.org", Me));
    }

private:
    void joinWithMembers(const QString &roomId, const QStringList &others)
    {
        QVERIFY(m_rooms->setMembership(roomId, "join"));
        QVERIFY(m_rooms->applyState(roomId, member(Me, "join", "Alice")));
        for (const QString &userId : others) {
            // "@bob:example.org" is called "Bob".
            const QString local = matrix::MatrixId::localpart(userId);
            const QString name = local.left(1).toUpper() + local.mid(1);
            QVERIFY(m_rooms->applyState(roomId, member(userId, "join", name)));
        }
    }

    void addInvite(const QString &roomId, bool isDirect)
    {
        QVERIFY(m_rooms->setMembership(roomId, "invite"));
        QVERIFY(m_rooms->applyState(
            roomId,
            stripped({{"type", "m.room.member"},
                      {"state_key", "@erin:example.org"},
                      {"sender", "@erin:example.org"},
                      {"content", QJsonObject{{"membership", "join"}, {"displayname", "Erin"}}}})));
        QJsonObject own{{"membership", "invite"}};
        if (isDirect)
            own.insert("is_direct", true);
        QVERIFY(m_rooms->applyState(roomId, stripped({{"type", "m.room.member"},
                                                      {"state_key", Me},
                                                      {"sender", "@erin:example.org"},
                                                      {"content", own}})));
    }

    static QJsonObject redactionOf(const QString &eventId)
    {
        return {{"type", "m.room.redaction"},   {"event_id", "$redaction-" + eventId},
                {"sender", "@bob:example.org"}, {"redacts", eventId},
                {"origin_server_ts", 5000.0},   {"content", QJsonObject{}}};
    }

    store::RoomSummary refreshed(const QString &roomId)
    {
        if (!m_rooms->refreshSummary(roomId, Me))
            qWarning("refreshSummary failed: %s", qPrintable(m_db->lastError()));
        return m_rooms->load(roomId).value_or(store::RoomSummary{});
    }

    std::optional<atrium::test::TemporaryDatabase> m_temp;
    store::Database *m_db = nullptr;
    std::optional<RoomStore> m_rooms;
};

QTEST_GUILESS_MAIN(TestRoomStore)
#include "tst_roomstore.moc"
