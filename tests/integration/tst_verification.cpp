// Interactive SAS verification between Atrium sessions through the test
// homeserver: both sides see the same emoji, both store the other device
// as verified (kept across a restart), and a mismatch verifies nobody; in
// a shared encrypted room too, where every event goes out encrypted.
#include "TestHomeserver.h"
#include "TestSession.h"
#include "crypto/CryptoStore.h"
#include "store/StoreThread.h"
#include "sync/EncryptionService.h"
#include "sync/KeyVerification.h"
#include "sync/VerificationService.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace atrium;
using atrium::sync::KeyVerification;
using atrium::sync::VerificationService;
using atrium::test::await;

namespace {

VerificationService *verification(test::TestSession &session)
{
    return session->encryption()->verification();
}

bool isVerified(test::TestSession &session, const QString &userId, const QString &deviceId)
{
    return await(session->store()->run([&session, userId, deviceId](store::Database &db) {
        // The pickle key is not needed to read the devices table.
        return crypto::CryptoStore(db, {session->userId(), session->deviceId(), {}})
            .isDeviceVerified(userId, deviceId);
    }));
}

QStringList emojiNames(const KeyVerification *verification)
{
    QStringList names;
    for (const auto &emoji : verification->emoji())
        names.append(emoji.name);
    return names;
}

// Alice's verification of Bob's device, and the one Bob's session received.
struct Verifications
{
    QPointer<KeyVerification> alice;
    QPointer<KeyVerification> bob;
};

void begin(test::TestSession &alice, test::TestSession &bob, VerificationService::Flow flow,
           Verifications &both)
{
    QSignalSpy received(verification(bob), &VerificationService::requestReceived);
    both.alice = verification(alice)->verify(bob->userId(), bob->deviceId(), flow);
    QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), 15'000);
    both.bob = received.first().first().value<KeyVerification *>();
}

} // namespace

class VerificationTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.serverOutput())); }

    void twoUsersVerifyEachOtherWithTheSameEmoji()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "sas-alice"));
        QVERIFY(bob.signUp(m_server.url(), "sas-bob"));
        QTRY_VERIFY_WITH_TIMEOUT(alice->encryption()->hasPublishedKeys(), 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(bob->encryption()->hasPublishedKeys(), 15'000);

        Verifications both;
        begin(alice, bob, VerificationService::Flow::Request, both);
        QVERIFY(both.bob);
        QCOMPARE(both.bob->state(), KeyVerification::State::Incoming);
        QCOMPARE(both.bob->userId(), alice->userId());
        QCOMPARE(both.bob->deviceId(), alice->deviceId());
        QVERIFY(both.bob->incoming());
        QVERIFY(!both.alice->incoming());
        both.bob->accept();

        QTRY_COMPARE_WITH_TIMEOUT(both.alice->state(), KeyVerification::State::Comparing, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(both.bob->state(), KeyVerification::State::Comparing, 15'000);
        QCOMPARE(emojiNames(both.alice).size(), 7);
        QCOMPARE(emojiNames(both.alice), emojiNames(both.bob));
        QCOMPARE(both.alice->decimals(), both.bob->decimals());
        QCOMPARE(both.alice->emojiList().size(), 7);
        QCOMPARE(both.bob->sasMethods(), QStringList({"decimal", "emoji"}));

        QSignalSpy aliceVerified(both.alice.data(), &KeyVerification::verified);
        both.alice->confirm();
        both.bob->confirm();
        QTRY_COMPARE_WITH_TIMEOUT(both.alice->state(), KeyVerification::State::Verified, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(both.bob->state(), KeyVerification::State::Verified, 15'000);
        QCOMPARE(aliceVerified.size(), 1);
        QVERIFY(isVerified(alice, bob->userId(), bob->deviceId()));
        QVERIFY(isVerified(bob, alice->userId(), alice->deviceId()));

        QVERIFY(alice.restart());
        QVERIFY(isVerified(alice, bob->userId(), bob->deviceId()));
    }

    void twoUsersVerifyInAnEncryptedRoom()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "room-sas-alice"));
        QVERIFY(bob.signUp(m_server.url(), "room-sas-bob"));
        const QString roomId = test::createSharedRoom(alice, bob, test::encryptedRoom());
        QVERIFY(!roomId.isEmpty());

        QSignalSpy received(verification(bob), &VerificationService::requestReceived);
        QPointer<KeyVerification> asked = verification(alice)->verifyInRoom(roomId, bob->userId());
        QCOMPARE(asked->roomId(), roomId);
        QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), 15'000);
        QPointer<KeyVerification> answering = received.first().first().value<KeyVerification *>();
        QCOMPARE(answering->roomId(), roomId);
        QCOMPARE(answering->deviceId(), alice->deviceId());
        QCOMPARE(answering->transactionId(), asked->transactionId()); // the request's event id
        QVERIFY(asked->transactionId().startsWith('$'));
        answering->accept();
        QTRY_COMPARE_WITH_TIMEOUT(asked->state(), KeyVerification::State::Comparing, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(answering->state(), KeyVerification::State::Comparing, 15'000);
        QCOMPARE(asked->deviceId(), bob->deviceId()); // the device that answered
        QCOMPARE(emojiNames(asked), emojiNames(answering));
        asked->confirm();
        answering->confirm();
        QTRY_COMPARE_WITH_TIMEOUT(asked->state(), KeyVerification::State::Verified, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(answering->state(), KeyVerification::State::Verified, 15'000);
        QVERIFY(isVerified(alice, bob->userId(), bob->deviceId()));
        QVERIFY(isVerified(bob, alice->userId(), alice->deviceId()));
        // The room holds the conversation, none of it readable by the server:
        // request, ready, start, accept, two keys, two MACs, two dones.
        QStringList types;
        for (const QJsonObject &event : m_server.roomEvents(roomId))
            types.append(event.value("type").toString());
        QVERIFY2(!types.join(' ').contains("verification"), qPrintable(types.join(' ')));
        QCOMPARE(types.count("m.room.encrypted"), 10);
    }

    void ownDevicesVerifyWithoutARequest()
    {
        test::TestSession phone, laptop;
        QVERIFY(phone.signUp(m_server.url(), "sas-own"));
        QVERIFY(laptop.signIn(m_server.url(), "sas-own"));
        QTRY_VERIFY_WITH_TIMEOUT(phone->encryption()->hasPublishedKeys(), 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(laptop->encryption()->hasPublishedKeys(), 15'000);

        Verifications both;
        begin(phone, laptop, VerificationService::Flow::Direct, both);
        QVERIFY(both.bob);
        QCOMPARE(both.bob->state(), KeyVerification::State::Incoming);
        both.bob->accept();
        QTRY_COMPARE_WITH_TIMEOUT(both.alice->state(), KeyVerification::State::Comparing, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(both.bob->state(), KeyVerification::State::Comparing, 15'000);
        QCOMPARE(emojiNames(both.alice), emojiNames(both.bob));
        both.bob->confirm();
        both.alice->confirm();
        QTRY_COMPARE_WITH_TIMEOUT(both.alice->state(), KeyVerification::State::Verified, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(both.bob->state(), KeyVerification::State::Verified, 15'000);
        QVERIFY(isVerified(phone, laptop->userId(), laptop->deviceId()));
    }

    void aMismatchCancelsBothAndVerifiesNobody()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "sas-mismatch-alice"));
        QVERIFY(bob.signUp(m_server.url(), "sas-mismatch-bob"));
        QTRY_VERIFY_WITH_TIMEOUT(alice->encryption()->hasPublishedKeys(), 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(bob->encryption()->hasPublishedKeys(), 15'000);

        Verifications both;
        begin(alice, bob, VerificationService::Flow::Request, both);
        QVERIFY(both.bob);
        QSignalSpy aliceCancelled(both.alice.data(), &KeyVerification::cancelled);
        both.bob->accept();
        QTRY_COMPARE_WITH_TIMEOUT(both.bob->state(), KeyVerification::State::Comparing, 15'000);
        both.alice->confirm(); // Alice is fooled; Bob is not
        both.bob->mismatch();
        QTRY_COMPARE_WITH_TIMEOUT(both.alice->state(), KeyVerification::State::Cancelled, 15'000);
        QCOMPARE(both.alice->cancelCode(), QStringLiteral("m.mismatched_sas"));
        QVERIFY(both.alice->cancelledByThem());
        QCOMPARE(aliceCancelled.size(), 1);
        QCOMPARE(both.bob->state(), KeyVerification::State::Cancelled);
        QVERIFY(!isVerified(alice, bob->userId(), bob->deviceId()));
        QVERIFY(!isVerified(bob, alice->userId(), alice->deviceId()));
    }

    void anUnknownDeviceCannotBeVerified()
    {
        test::TestSession alice;
        QVERIFY(alice.signUp(m_server.url(), "sas-lonely"));
        QTRY_VERIFY_WITH_TIMEOUT(alice->encryption()->hasPublishedKeys(), 15'000);
        QPointer<KeyVerification> attempt =
            verification(alice)->verify(alice->userId(), QStringLiteral("NOSUCHDEVICE"));
        QTRY_COMPARE_WITH_TIMEOUT(attempt->state(), KeyVerification::State::Cancelled, 15'000);
        QCOMPARE(attempt->cancelCode(), QStringLiteral("unknown_device"));
    }

private:
    test::TestHomeserver m_server;
};

QTEST_GUILESS_MAIN(VerificationTest)
#include "tst_verification.moc"
