// Room settings, the member list, inviting from the user directory,
// direct chats and one's own profile, through the models (RoomInfo, UserDirectoryModel,
// SessionController) against the test homeserver, checked on the server.
#include "TestHomeserver.h"
#include "TestSession.h"
#include "matrix/MediaRequests.h"
#include "matrix/MxcUri.h"
#include "matrix/Requests.h"
#include "models/MemberListModel.h"
#include "models/OwnProfile.h"
#include "models/PublicRoomsModel.h"
#include "models/RoomInfo.h"
#include "models/RoomListModel.h"
#include "models/SessionController.h"
#include "models/UserDirectoryModel.h"
#include "sync/SyncEngine.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;
using atrium::test::await;

namespace {

matrix::ApiResponse get(sync::Session &session, const QString &path)
{
    return await(session.call(matrix::ApiRequest::get(QLatin1String("/_matrix/client/v3") + path)));
}

QJsonObject stateOf(sync::Session &session, const QString &roomId, const QString &type,
                    const QString &stateKey = {})
{
    const auto response = get(session, QStringLiteral("/rooms/%1/state/%2/%3")
                                           .arg(matrix::requests::segment(roomId), type,
                                                matrix::requests::segment(stateKey)));
    if (response.error)
        return QJsonObject{{"error", response.error->errcode}};
    return response.json();
}

QStringList memberIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(models::MemberListModel::UserIdRole).toString());
    return ids;
}

} // namespace

class RoomInfoTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.serverOutput())); }

    void settingsChangesReachTheServer()
    {
        test::TestSession alice;
        QVERIFY(alice.signUp(m_server.url(), "settings-a"));
        const auto made = await(alice->call(matrix::requests::createRoom(
            QJsonObject{{"name", "Plans"}, {"preset", "private_chat"}})));
        const QString roomId = made.json().value("room_id").toString();
        QVERIFY(!roomId.isEmpty());

        models::RoomInfo info(&alice.session());
        QAbstractItemModelTester tester(info.members());
        info.setRoomId(roomId);
        QTRY_COMPARE_WITH_TIMEOUT(info.name(), QString("Plans"), 10'000);
        QCOMPARE(info.ownPowerLevel(), 100);
        QCOMPARE(info.nameRestriction(), QString());

        QSignalSpy saved(&info, &models::RoomInfo::saved);
        info.save(QStringLiteral(" Roadmap "), QStringLiteral("What ships when"));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10'000);
        QCOMPARE(info.error(), QString());
        QCOMPARE(stateOf(alice.session(), roomId, "m.room.name").value("name"),
                 QJsonValue("Roadmap"));
        QCOMPARE(stateOf(alice.session(), roomId, "m.room.topic").value("topic"),
                 QJsonValue("What ships when"));
        // …and back by sync.
        QTRY_COMPARE_WITH_TIMEOUT(info.topic(), QString("What ships when"), 10'000);

        QTemporaryDir dir;
        const QString png = dir.filePath("avatar.png");
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(image.save(png));
        info.setAvatar(QUrl::fromLocalFile(png));
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(alice.session(), roomId, "m.room.avatar")
                                     .value("url")
                                     .toString()
                                     .startsWith("mxc://"),
                                 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(info.avatarUrl().startsWith("mxc://"), 10'000);

        // Not an image: refused with a reason, nothing sent.
        const QString text = dir.filePath("notes.txt");
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("plain words\n");
        file.close();
        info.setAvatar(QUrl::fromLocalFile(text));
        QVERIFY(info.error().contains("notes.txt"));
        info.clearError();
    }

    void notificationLevelIsKeptInPushRules()
    {
        test::TestSession alice;
        QVERIFY(alice.signUp(m_server.url(), "notify-a"));
        const QString roomId =
            await(alice->call(matrix::requests::createRoom(QJsonObject{{"name", "Noisy"}})))
                .json()
                .value("room_id")
                .toString();
        models::RoomInfo info(&alice.session());
        info.setRoomId(roomId);
        QTRY_COMPARE_WITH_TIMEOUT(info.name(), QString("Noisy"), 10'000);
        QCOMPARE(info.notificationLevel(), QString("all"));
        const QString rule = matrix::requests::segment(roomId);

        info.setNotificationLevel("mute");
        QTRY_VERIFY_WITH_TIMEOUT(!info.isBusy(), 10'000);
        QCOMPARE(info.error(), QString());
        const auto mute = get(alice.session(), "/pushrules/global/override/" + rule);
        QVERIFY(!mute.error);
        QCOMPARE(mute.json().value("actions").toArray(), QJsonArray{});
        QCOMPARE(mute.json().value("conditions").toArray().first().toObject().value("pattern"),
                 QJsonValue(roomId));

        info.setNotificationLevel("mentions");
        QTRY_VERIFY_WITH_TIMEOUT(!info.isBusy(), 10'000);
        QCOMPARE(info.error(), QString());
        QCOMPARE(get(alice.session(), "/pushrules/global/override/" + rule).error->errcode,
                 QString("M_NOT_FOUND"));
        const auto room = get(alice.session(), "/pushrules/global/room/" + rule);
        QVERIFY(!room.error);
        QCOMPARE(room.json().value("actions").toArray(), QJsonArray{});

        // Read back from the m.push_rules account data sync delivered.
        models::RoomInfo fresh(&alice.session());
        fresh.setRoomId(roomId);
        QTRY_COMPARE_WITH_TIMEOUT(fresh.notificationLevel(), QString("mentions"), 10'000);

        info.setNotificationLevel("all");
        QTRY_VERIFY_WITH_TIMEOUT(!info.isBusy(), 10'000);
        const auto all = get(alice.session(), "/pushrules/global/room/" + rule);
        QVERIFY(all.json().value("actions").toArray().contains("notify"));
        QTRY_COMPARE_WITH_TIMEOUT(fresh.notificationLevel(), QString("all"), 10'000);
    }

    void membersWithoutPowerSeeWhyAndGetTheServersRefusal()
    {
        test::TestSession alice;
        test::TestSession bob;
        QVERIFY(alice.signUp(m_server.url(), "power-a"));
        QVERIFY(bob.signUp(m_server.url(), "power-b"));
        const QString roomId = test::createSharedRoom(alice, bob, {{"name", "Council"}});
        QVERIFY(!roomId.isEmpty());

        models::RoomInfo bobsView(&bob.session());
        bobsView.setRoomId(roomId);
        bobsView.loadAllMembers();
        QTRY_COMPARE_WITH_TIMEOUT(bobsView.members()->rowCount(), 2, 10'000);
        QCOMPARE(bobsView.ownPowerLevel(), 0);
        QVERIFY(bobsView.nameRestriction().contains("50"));
        QVERIFY(!bobsView.memberInfo(alice->userId()).value("canKick").toBool());

        bobsView.save(QStringLiteral("Mine now"), {});
        QTRY_VERIFY_WITH_TIMEOUT(!bobsView.error().isEmpty(), 10'000);
        QCOMPARE(stateOf(alice.session(), roomId, "m.room.name").value("name"),
                 QJsonValue("Council"));

        // Alice (admin) makes Bob a moderator: the list follows by sync, sorted by power.
        models::RoomInfo alicesView(&alice.session());
        QAbstractItemModelTester tester(alicesView.members());
        alicesView.setRoomId(roomId);
        QTRY_COMPARE_WITH_TIMEOUT(alicesView.members()->rowCount(), 2, 10'000);
        QCOMPARE(memberIds(*alicesView.members()), (QStringList{alice->userId(), bob->userId()}));
        QVERIFY(alicesView.memberInfo(bob->userId()).value("canChangeLevel").toBool());
        alicesView.setMemberPowerLevel(bob->userId(), 50);
        QTRY_COMPARE_WITH_TIMEOUT(alicesView.memberInfo(bob->userId()).value("roleName").toString(),
                                  QString("Moderator"), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(bobsView.ownPowerLevel(), 50, 10'000);
        QCOMPARE(bobsView.nameRestriction(), QString());

        // Kicked: gone from the list.
        alicesView.kick(bob->userId());
        QTRY_COMPARE_WITH_TIMEOUT(memberIds(*alicesView.members()), QStringList{alice->userId()},
                                  10'000);
    }

    void invitesSomeoneFoundInTheUserDirectory()
    {
        auto dir = std::make_unique<QTemporaryDir>();
        models::SessionController controller(dir->path(), true);
        QVERIFY(!m_server.registerUser("invite-a", "pw-invite-a").isEmpty());
        controller.login(m_server.url().toString(), "invite-a", "pw-invite-a");
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), QString("ready"), 10'000);
        test::TestSession carol;
        QVERIFY(carol.signUp(m_server.url(), "invite-carol"));
        QVERIFY(!await(carol->call(matrix::ApiRequest::put(
                           "/_matrix/client/v3/profile/" +
                               matrix::requests::segment(carol->userId()) + "/displayname",
                           {{"displayname", "Carol Díaz"}})))
                     .error);

        QSignalSpy created(&controller, &models::SessionController::roomCreated);
        controller.createRoom(QStringLiteral("Team"), {}, false, false);
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 10'000);
        const QString roomId = created.at(0).at(0).toString();

        models::UserDirectoryModel *directory = controller.userDirectory();
        QAbstractItemModelTester tester(directory);
        directory->search(QStringLiteral("carol d"));
        QTRY_VERIFY_WITH_TIMEOUT(!directory->isSearching(), 10'000);
        QCOMPARE(directory->error(), QString());
        QCOMPARE(directory->rowCount(), 1);
        QCOMPARE(directory->userIdAt(0), carol->userId());
        QCOMPARE(directory->index(0).data(models::UserDirectoryModel::DisplayNameRole).toString(),
                 QString("Carol Díaz"));

        models::RoomInfo *info = controller.roomInfo();
        info->setRoomId(roomId);
        QSignalSpy invited(info, &models::RoomInfo::invited);
        QSignalSpy failed(info, &models::RoomInfo::inviteFailed);
        info->invite(QStringLiteral("carol"));
        QCOMPARE(failed.count(), 1); // not a user id: no call made
        info->invite(directory->userIdAt(0));
        QTRY_COMPARE_WITH_TIMEOUT(invited.count(), 1, 10'000);
        QCOMPARE(stateOf(*controller.session(), roomId, "m.room.member", carol->userId())
                     .value("membership"),
                 QJsonValue("invite"));
        // Inviting again: the server's refusal is passed on.
        info->invite(QStringLiteral("@nobody-here:") + carol->userId().section(u':', 1));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 10'000);
        QVERIFY(!failed.at(1).at(1).toString().isEmpty());

        directory->search(QString());
        QCOMPARE(directory->rowCount(), 0);
    }

    void messageOpensOrCreatesTheDirectChat()
    {
        auto dir = std::make_unique<QTemporaryDir>();
        models::SessionController controller(dir->path(), true);
        QVERIFY(!m_server.registerUser("dm-a", "pw-dm-a").isEmpty());
        controller.login(m_server.url().toString(), "dm-a", "pw-dm-a");
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), QString("ready"), 10'000);
        test::TestSession dave;
        QVERIFY(dave.signUp(m_server.url(), "dm-dave"));

        QSignalSpy opened(&controller, &models::SessionController::directChatOpened);
        QSignalSpy failed(&controller, &models::SessionController::directChatFailed);
        controller.openDirectChat(controller.userId());
        QCOMPARE(failed.count(), 1); // not with ourselves

        controller.openDirectChat(dave->userId());
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15'000);
        const QString roomId = opened.at(0).at(0).toString();
        QVERIFY(!roomId.isEmpty());
        auto *session = controller.session();
        const QJsonObject direct =
            get(*session, "/user/" + matrix::requests::segment(controller.userId()) +
                              "/account_data/m.direct")
                .json();
        QCOMPARE(direct.value(dave->userId()).toArray(), QJsonArray{roomId});
        const QJsonObject daveMember = stateOf(*session, roomId, "m.room.member", dave->userId());
        QCOMPARE(daveMember.value("membership"), QJsonValue("invite"));
        QCOMPARE(daveMember.value("is_direct"), QJsonValue(true));
        QCOMPARE(stateOf(*session, roomId, "m.room.encryption").value("algorithm"),
                 QJsonValue("m.megolm.v1.aes-sha2"));
        QTRY_VERIFY_WITH_TIMEOUT(controller.roomListModel()->room(roomId) &&
                                     controller.roomListModel()->room(roomId)->isDirect,
                                 10'000);

        // The second time, the same room opens: nothing new is created.
        controller.openDirectChat(dave->userId());
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, 10'000);
        QCOMPARE(opened.at(1).at(0).toString(), roomId);
        QCOMPARE(failed.count(), 1);
    }

    void publicRoomDirectoryIsSearchedAndPaged()
    {
        test::TestSession owner;
        QVERIFY(owner.signUp(m_server.url(), "directory-owner"));
        for (const QString &name : {QStringLiteral("Quasar Lounge"), QStringLiteral("Quasar Ops"),
                                    QStringLiteral("Unrelated")}) {
            QJsonObject body{{"name", name}, {"preset", "public_chat"}, {"visibility", "public"}};
            if (name == QLatin1String("Quasar Ops"))
                body.insert("room_alias_name", "quasar-ops");
            QVERIFY(!await(owner->call(matrix::requests::createRoom(body))).error);
        }
        test::TestSession reader;
        QVERIFY(reader.signUp(m_server.url(), "directory-reader"));
        models::PublicRoomsModel rooms(&reader.session());
        QAbstractItemModelTester tester(&rooms);

        rooms.search(QStringLiteral("quasar"));
        QTRY_VERIFY_WITH_TIMEOUT(!rooms.isSearching(), 10'000);
        QCOMPARE(rooms.error(), QString());
        QCOMPARE(rooms.rowCount(), 2);
        QStringList names;
        QString opsAddress;
        for (int row = 0; row < rooms.rowCount(); ++row) {
            names.append(rooms.index(row).data(models::PublicRoomsModel::NameRole).toString());
            if (names.last() == QLatin1String("Quasar Ops"))
                opsAddress = rooms.addressAt(row);
        }
        names.sort();
        QCOMPARE(names, (QStringList{"Quasar Lounge", "Quasar Ops"}));
        QVERIFY2(opsAddress.startsWith("#quasar-ops:"), qPrintable(opsAddress));

        // The whole directory, one page at a time (30 a page: more than
        // one page only when other tests made many public rooms).
        rooms.search({});
        QTRY_VERIFY_WITH_TIMEOUT(!rooms.isSearching(), 10'000);
        QVERIFY(rooms.rowCount() >= 3);
        while (rooms.canLoadMore()) {
            const int before = rooms.rowCount();
            rooms.loadMore();
            QTRY_VERIFY_WITH_TIMEOUT(!rooms.isSearching(), 10'000);
            QVERIFY(rooms.rowCount() > before);
        }

        // Joining what the directory lists.
        QVERIFY(!await(reader->call(matrix::requests::join(opsAddress))).error);
    }

    void ownDisplayNameIsReadAndChangedOnTheServer()
    {
        test::TestSession me;
        QVERIFY(me.signUp(m_server.url(), "profile-owner"));
        QVERIFY(!await(me->call(matrix::requests::setDisplayName(me->userId(), "Pat Doe"))).error);
        models::OwnProfile profile(&me.session());
        QSignalSpy changed(&profile, &models::OwnProfile::changed);
        profile.reload();
        QTRY_COMPARE(profile.displayName(), QStringLiteral("Pat Doe"));

        profile.setDisplayName(QStringLiteral("  Pat Q. Doe "));
        QVERIFY(profile.isSaving());
        QTRY_VERIFY(!profile.isSaving());
        QCOMPARE(profile.displayName(), QStringLiteral("Pat Q. Doe"));
        const QJsonObject onServer =
            get(me.session(),
                QStringLiteral("/profile/%1").arg(matrix::requests::segment(me->userId())))
                .json();
        QCOMPARE(onServer.value("displayname").toString(), QStringLiteral("Pat Q. Doe"));
        QCOMPARE(changed.size(), 2); // read, then changed

        // Changed by another client: the sync brings our member event, and it is read again.
        QVERIFY(!await(me->call(matrix::requests::createRoom(QJsonObject{{"name", "Own"}}))).error);
        connect(me->syncEngine(), &sync::SyncEngine::synced, &profile,
                &models::OwnProfile::handleSync);
        QVERIFY(!await(me->call(matrix::requests::setDisplayName(me->userId(), "Pat Elsewhere")))
                     .error);
        QTRY_COMPARE_WITH_TIMEOUT(profile.displayName(), QStringLiteral("Pat Elsewhere"), 10'000);
    }

    void ownAvatarIsUploadedAndSetOnTheServer()
    {
        test::TestSession me;
        QVERIFY(me.signUp(m_server.url(), "avatar-owner"));
        models::OwnProfile profile(&me.session());
        QSignalSpy failed(&profile, &models::OwnProfile::failed);
        QTemporaryDir dir;
        const QString png = dir.filePath("me.png");
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::darkMagenta);
        QVERIFY(image.save(png));

        profile.setAvatar(QUrl::fromLocalFile(png));
        QVERIFY(profile.isSaving());
        QTRY_VERIFY_WITH_TIMEOUT(!profile.isSaving(), 10'000);
        QCOMPARE(failed.size(), 0);
        QVERIFY(profile.avatarUrl().startsWith("mxc://"));
        const QJsonObject onServer =
            get(me.session(),
                QStringLiteral("/profile/%1").arg(matrix::requests::segment(me->userId())))
                .json();
        QCOMPARE(onServer.value("avatar_url").toString(), profile.avatarUrl());
        // What was uploaded is the image.
        const auto uri = matrix::MxcUri::parse(profile.avatarUrl());
        QVERIFY(uri);
        const auto download = await(me->call(matrix::requests::download(*uri, true)));
        QVERIFY(!download.error);
        QCOMPARE(QImage::fromData(download.body).pixelColor(0, 0), QColor(Qt::darkMagenta));

        // Not an image: refused with a reason, nothing sent.
        const QString text = dir.filePath("notes.txt");
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("plain words\n");
        file.close();
        const QString before = profile.avatarUrl();
        profile.setAvatar(QUrl::fromLocalFile(text));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains("notes.txt"));
        QVERIFY(!profile.isSaving());
        QCOMPARE(profile.avatarUrl(), before);
    }

private:
    test::TestHomeserver m_server;
};

QTEST_MAIN(RoomInfoTest)
#include "tst_roominfo.moc"
