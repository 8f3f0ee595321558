// Missing room keys asked of our own devices (m.room_key_request) and
// answered with m.forwarded_room_key: only to our own verified devices, and
// what arrives unlocks the events that could not be decrypted.
#include "TestHomeserver.h"
#include "TestSession.h"
#include "crypto/CryptoStore.h"
#include "matrix/Mentions.h"
#include "store/Database.h"
#include "store/StoreThread.h"
#include "sync/EncryptionService.h"
#include "sync/KeyVerification.h"
#include "sync/RoomHistory.h"
#include "sync/VerificationService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace atrium;
using atrium::sync::EncryptionService;
using atrium::sync::KeyVerification;
using atrium::sync::VerificationService;
using atrium::test::await;

namespace {

int undecryptableCount(test::TestSession &session, const QString &roomId)
{
    int count = 0;
    for (const auto &event : await(session->history()->latest(roomId, 50)).events)
        count += event.decryptionError.isEmpty() ? 0 : 1;
    return count;
}

// The room's highlight count as the room list has it (the server's plus
// what was found in decrypted messages).
int highlightsIn(test::TestSession &session, const QString &roomId)
{
    for (const store::RoomSummary &room : await(session->loadRooms())) {
        if (room.roomId == roomId)
            return room.highlightCount;
    }
    return -1;
}

// Devices whose request `spy` (on requestRefused or keyForwarded) saw.
QStringList devicesIn(const QSignalSpy &spy)
{
    QStringList devices;
    for (const auto &arguments : spy)
        devices.append(arguments.at(1).toString());
    return devices;
}

int openRequests(test::TestSession &session)
{
    return await(session->store()->run([](store::Database &db) {
        QSqlQuery query(QStringLiteral("SELECT count(*) FROM room_key_requests"), db.connection());
        return query.next() ? query.value(0).toInt() : -1;
    }));
}

// The forwarding chains of the Megolm sessions `session` holds for the room.
QList<QJsonArray> forwardingChains(test::TestSession &session, const QString &roomId)
{
    return await(session->store()->run([roomId](store::Database &db) {
        QList<QJsonArray> chains;
        QSqlQuery query(db.connection());
        query.prepare(
            QStringLiteral("SELECT forwarding_chain FROM megolm_inbound WHERE room_id = ?"));
        query.addBindValue(roomId);
        query.exec();
        while (query.next())
            chains.append(QJsonDocument::fromJson(query.value(0).toByteArray()).array());
        return chains;
    }));
}

QString curveKeyOf(test::TestSession &session, const QString &userId, const QString &deviceId)
{
    return await(session->store()->run([&session, userId, deviceId](store::Database &db) {
        // The pickle key is not needed to read the devices table.
        const auto device = crypto::CryptoStore(db, {session->userId(), session->deviceId(), {}})
                                .device(userId, deviceId);
        return device ? device->curve25519 : QString();
    }));
}

void verifyEachOther(test::TestSession &one, test::TestSession &other)
{
    QSignalSpy received(other->encryption()->verification(), &VerificationService::requestReceived);
    QPointer<KeyVerification> mine = one->encryption()->verification()->verify(
        other->userId(), other->deviceId(), VerificationService::Flow::Direct);
    QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), 15'000);
    QPointer<KeyVerification> theirs = received.first().first().value<KeyVerification *>();
    theirs->accept();
    QTRY_COMPARE_WITH_TIMEOUT(mine->state(), KeyVerification::State::Comparing, 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(theirs->state(), KeyVerification::State::Comparing, 15'000);
    mine->confirm();
    theirs->confirm();
    QTRY_COMPARE_WITH_TIMEOUT(mine->state(), KeyVerification::State::Verified, 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(theirs->state(), KeyVerification::State::Verified, 15'000);
}

} // namespace

class KeyRequestTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.serverOutput())); }

    void aVerifiedOwnDeviceGetsTheMissingKeyAndAnUnverifiedOneDoesNot()
    {
        test::TestSession phone, colleague;
        QVERIFY(phone.signUp(m_server.url(), "kr-ann"));
        QVERIFY(colleague.signUp(m_server.url(), "kr-bob"));
        QSignalSpy refused(phone->encryption(), &EncryptionService::keyRequestRefused);
        QSignalSpy forwarded(phone->encryption(), &EncryptionService::roomKeyForwarded);
        const QString roomId = test::createSharedRoom(phone, colleague, test::encryptedRoom());
        QVERIFY(!roomId.isEmpty());
        // Sent, not only queued: Bob's mention must come after it on the server.
        QVERIFY(!test::sendTextAndWait(phone, roomId, "sent before the laptop existed").isEmpty());
        // Bob mentions Ann after she wrote: unread for her, and unreadable to
        // her new devices until a key comes.
        const QString mention = QStringLiteral("[Ann](%1) can you look?")
                                    .arg(matrix::Mentions::userLink(phone->userId()));
        QVERIFY(!await(colleague->sendText(roomId, mention)).isEmpty());

        // Two more devices sign in: the room's key was never shared with them.
        test::TestSession laptop, tablet;
        QVERIFY(laptop.signIn(m_server.url(), "kr-ann"));
        QVERIFY(tablet.signIn(m_server.url(), "kr-ann"));
        QTRY_VERIFY_WITH_TIMEOUT(undecryptableCount(laptop, roomId) == 2, 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(undecryptableCount(tablet, roomId) == 2, 15'000);
        QCOMPARE(highlightsIn(laptop, roomId), 0);

        // Both ask; neither is verified, so the phone refuses them.
        QTRY_VERIFY_WITH_TIMEOUT(devicesIn(refused).contains(laptop->deviceId()), 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(devicesIn(refused).contains(tablet->deviceId()), 15'000);
        QVERIFY(forwarded.isEmpty());
        QVERIFY(!test::readableBodies(laptop, roomId).contains("sent before the laptop existed"));

        // Once the phone and the laptop verified each other, the phone
        // answers the laptop's standing request.
        verifyEachOther(phone, laptop);
        QTRY_VERIFY_WITH_TIMEOUT(devicesIn(forwarded).contains(laptop->deviceId()), 15'000);
        QCOMPARE(forwarded.first().at(2).toString(), roomId);
        QTRY_VERIFY_WITH_TIMEOUT(
            test::readableBodies(laptop, roomId).contains("sent before the laptop existed"),
            15'000);
        QTRY_COMPARE_WITH_TIMEOUT(undecryptableCount(laptop, roomId), 0, 15'000);
        // Bob's mention, readable now, counts as one (the server could not see it).
        QTRY_COMPARE_WITH_TIMEOUT(highlightsIn(laptop, roomId), 1, 15'000);

        // The laptop notes who forwarded the key, and withdraws its request.
        const QString phoneKey = curveKeyOf(laptop, phone->userId(), phone->deviceId());
        QVERIFY(!phoneKey.isEmpty());
        // (Two sessions: the phone's own and Bob's.)
        QVERIFY(forwardingChains(laptop, roomId) ==
                QList<QJsonArray>({QJsonArray{phoneKey}, QJsonArray{phoneKey}}));
        QTRY_COMPARE_WITH_TIMEOUT(openRequests(laptop), 0, 15'000);

        // The tablet, never verified, got nothing.
        QVERIFY(!devicesIn(forwarded).contains(tablet->deviceId()));
        QCOMPARE(undecryptableCount(tablet, roomId), 2);
        QCOMPARE(highlightsIn(tablet, roomId), 0);
    }

private:
    test::TestHomeserver m_server;
};

QTEST_GUILESS_MAIN(KeyRequestTest)
#include "tst_keyrequests.moc"
