// Trust in the timeline and the room, with real Sessions against the test
// homeserver: a message from a device its owner has not verified is marked
// (TimelineModel's shield role), and stops being marked once the owner
// verifies that device by SAS (cross-signing it); the room's shield and the
// member list warn while someone we verified has such a device, and turn
// verified once everyone and every device is. A message whose key came
// from the key backup cannot be authenticated until its device sends it.
#include "TestHomeserver.h"
#include "TestSession.h"
#include "models/MemberListModel.h"
#include "models/RoomInfo.h"
#include "models/TimelineModel.h"
#include "sync/CrossSigningSetup.h"
#include "sync/EncryptionService.h"
#include "sync/KeyBackup.h"
#include "sync/KeyVerification.h"
#include "sync/VerificationService.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace atrium;
using atrium::test::await;
using Model = atrium::models::TimelineModel;
using Members = atrium::models::MemberListModel;

namespace {

QString shieldOf(const Model &model, const QString &body)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(Model::BodyRole).toString() == body)
            return index.data(Model::ShieldRole).toString();
    }
    return QStringLiteral("(no such row)");
}

QVariant memberData(const models::RoomInfo &info, const QString &userId, int role)
{
    const Members *members = info.memberList();
    for (int row = 0; row < members->rowCount(); ++row) {
        const QModelIndex index = members->index(row);
        if (index.data(Members::UserIdRole).toString() == userId)
            return index.data(role);
    }
    return {};
}

} // namespace

class ShieldsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.serverOutput())); }

    void aMessageFromAnUnverifiedDeviceIsMarkedUntilItsOwnerVerifiesIt()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "shield-alice"));
        QVERIFY(bob.signUp(m_server.url(), "shield-bob"));
        QVERIFY(test::setUpCrossSigning(alice));
        QVERIFY(test::setUpCrossSigning(bob));
        const QString roomId = test::createSharedRoom(alice, bob, test::encryptedRoom());
        QVERIFY(!roomId.isEmpty());

        models::TimelineModel timeline(&alice.session());
        QAbstractItemModelTester checkTimeline(
            &timeline, QAbstractItemModelTester::FailureReportingMode::Fatal);
        timeline.setRoomId(roomId);
        models::RoomInfo info(&alice.session());
        QAbstractItemModelTester checkMembers(
            info.memberList(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        info.setRoomId(roomId);

        // Bob's first device set up cross-signing, so it is signed by him.
        QVERIFY(!await(bob->sendText(roomId, "from the laptop")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(shieldOf(timeline, "from the laptop"), QStringLiteral("signed"),
                                  15'000);

        // Our own message, once its remote event replaced the echo, is
        // from this device: verified.
        QVERIFY(!await(alice->sendText(roomId, "hello from alice")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(shieldOf(timeline, "hello from alice"),
                                  QStringLiteral("verified"), 15'000);

        // A new device of Bob's, not verified by him.
        test::TestSession phone;
        QVERIFY(phone.signIn(m_server.url(), "shield-bob"));
        QTRY_VERIFY_WITH_TIMEOUT(!await(phone->loadRooms()).isEmpty(), 15'000);
        QVERIFY(!await(phone->sendText(roomId, "from the phone")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(shieldOf(timeline, "from the phone"),
                                  QStringLiteral("unverified"), 15'000);
        QCOMPARE(info.shield(), QString()); // we verified nobody else yet

        // We verify Bob (his laptop): Bob is trusted, his phone still is not.
        QVERIFY(test::verifyBySas(alice, bob));
        QTRY_COMPARE_WITH_TIMEOUT(shieldOf(timeline, "from the laptop"), QStringLiteral("verified"),
                                  15'000);
        QCOMPARE(shieldOf(timeline, "from the phone"), QStringLiteral("unverified"));
        QTRY_COMPARE_WITH_TIMEOUT(info.shield(), QStringLiteral("warning"), 15'000);
        QVERIFY(memberData(info, bob->userId(), Members::VerifiedRole).toBool());
        QVERIFY(memberData(info, bob->userId(), Members::UnverifiedDeviceRole).toBool());
        QVERIFY(!memberData(info, alice->userId(), Members::UnverifiedDeviceRole).toBool());

        // Bob verifies his phone from the laptop, which cross-signs it.
        QVERIFY(test::verifyBySas(bob, phone));
        QTRY_COMPARE_WITH_TIMEOUT(shieldOf(timeline, "from the phone"), QStringLiteral("verified"),
                                  30'000);
        QTRY_COMPARE_WITH_TIMEOUT(info.shield(), QStringLiteral("verified"), 15'000);
        QVERIFY(!memberData(info, bob->userId(), Members::UnverifiedDeviceRole).toBool());

        // Bob signs the phone out: its messages are from a deleted device now.
        phone->logout();
        QTRY_COMPARE_WITH_TIMEOUT(shieldOf(timeline, "from the phone"), QStringLiteral("unknown"),
                                  30'000);
        QCOMPARE(shieldOf(timeline, "from the laptop"), QStringLiteral("verified"));
    }

    void aMessageWhoseKeyCameFromTheBackupIsUnauthenticatedUntilItsDeviceSendsIt()
    {
        test::TestSession phone, colleague;
        QVERIFY(phone.signUp(m_server.url(), "shield-dana"));
        QVERIFY(colleague.signUp(m_server.url(), "shield-eve"));
        const QString roomId = test::createSharedRoom(phone, colleague, test::encryptedRoom());
        QVERIFY(!roomId.isEmpty());
        QVERIFY(!test::sendTextAndWait(phone, roomId, "before the laptop").isEmpty());
        const auto backup = await(phone->encryption()->keyBackup()->create());
        QVERIFY2(backup.error.isEmpty(), qPrintable(backup.error));

        test::TestSession laptop;
        QVERIFY(laptop.signIn(m_server.url(), "shield-dana"));
        QTRY_VERIFY_WITH_TIMEOUT(!await(laptop->loadRooms()).isEmpty(), 15'000);
        models::TimelineModel timeline(&laptop.session());
        QAbstractItemModelTester checkTimeline(
            &timeline, QAbstractItemModelTester::FailureReportingMode::Fatal);
        timeline.setRoomId(roomId);
        QVERIFY(
            await(laptop->encryption()->keyBackup()->restore(backup.recoveryKey)).error.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(shieldOf(timeline, "before the laptop"),
                                  QStringLiteral("unauthenticated"), 15'000);

        // The phone's next message shares the same session with the laptop
        // over Olm (m.room_key): now it is known which device made it, an
        // own device nobody verified.
        QVERIFY(!test::sendTextAndWait(phone, roomId, "the laptop is here").isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(shieldOf(timeline, "the laptop is here"),
                                  QStringLiteral("unverified"), 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(shieldOf(timeline, "before the laptop"),
                                  QStringLiteral("unverified"), 15'000);
    }

private:
    test::TestHomeserver m_server;
};

QTEST_GUILESS_MAIN(ShieldsTest)
#include "tst_shields.moc"
