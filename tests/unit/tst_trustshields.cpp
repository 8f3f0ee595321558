// What the shields say: a message's from the device that encrypted it, a
// member's and a room's from who and what we verified (TrustShields), and
// "verified by its owner" from the owner's self-signing key.
#include "crypto/AccountKeys.h"
#include "crypto/CrossSigningKey.h"
#include "crypto/CrossSigningTrust.h"
#include "crypto/CryptoIdentity.h"
#include "crypto/OlmAccount.h"
#include "crypto/TrustShields.h"

#include <QJsonArray>
#include <QTest>

using namespace atrium::crypto;
using Message = TrustShields::Message;
using Level = TrustShields::Level;
using User = TrustShields::User;
using Device = CrossSigningTrust::Device;

namespace {

const QString Bob = QStringLiteral("@bob:localhost");

DeviceKeys deviceOf(const QString &userId, const QString &ed25519)
{
    DeviceKeys keys;
    keys.userId = userId;
    keys.deviceId = QStringLiteral("PHONE");
    keys.curve25519 = QStringLiteral("curve");
    keys.ed25519 = ed25519;
    return keys;
}

TrustShields::SenderDevice senderDevice(Device trust, bool signedByOwner = false,
                                        bool thisDevice = false)
{
    return {deviceOf(Bob, QStringLiteral("ed")), trust, signedByOwner, thisDevice};
}

QJsonObject keyJson(const QString &userId, const CrossSigningKey &key, const QString &usage)
{
    return {{"user_id", userId},
            {"usage", QJsonArray{usage}},
            {"keys", QJsonObject{{"ed25519:" + key.publicKey(), key.publicKey()}}}};
}

} // namespace

class TestTrustShields : public QObject
{
    Q_OBJECT

private slots:
    void aVerifiedDevicesMessageHasNoWarning()
    {
        QCOMPARE(TrustShields::message(Bob, "ed", true, senderDevice(Device::CrossSigned)),
                 Message::Verified);
        QCOMPARE(TrustShields::message(Bob, "ed", true, senderDevice(Device::LocallyVerified)),
                 Message::Verified);
    }

    void thisDevicesOwnMessagesAreVerified()
    {
        QCOMPARE(
            TrustShields::message(Bob, "ed", true, senderDevice(Device::Unverified, false, true)),
            Message::Verified);
    }

    void aDeviceItsOwnerSignedIsNotWarnedOfBeforeWeVerifyTheOwner()
    {
        QCOMPARE(TrustShields::message(Bob, "ed", true, senderDevice(Device::Unverified, true)),
                 Message::OwnerSigned);
    }

    void aDeviceNotVerifiedByItsOwnerIsUnverified()
    {
        QCOMPARE(TrustShields::message(Bob, "ed", true, senderDevice(Device::Unverified)),
                 Message::Unverified);
    }

    void noKnownDeviceMeansAnUnknownDevice()
    {
        QCOMPARE(TrustShields::message(Bob, "ed", true, std::nullopt), Message::UnknownDevice);
    }

    void aSessionWeDoNotHoldMeansAnUnknownDevice()
    {
        QCOMPARE(TrustShields::message(Bob, QString(), true, senderDevice(Device::CrossSigned)),
                 Message::UnknownDevice);
    }

    void anotherUsersDeviceIsNotTheSenders()
    {
        // Someone else's device with the session's Curve25519 key: whatever
        // its trust, it did not send Bob's message.
        auto mallory = senderDevice(Device::CrossSigned);
        mallory.keys.userId = QStringLiteral("@mallory:localhost");
        QCOMPARE(TrustShields::message(Bob, "ed", true, mallory), Message::UnknownDevice);
    }

    void aClaimedSigningKeyOtherThanTheDevicesIsAnUnknownDevice()
    {
        QCOMPARE(TrustShields::message(Bob, "other-ed", true, senderDevice(Device::CrossSigned)),
                 Message::UnknownDevice);
    }

    void aKeyFromABackupOrAnotherDeviceIsUnauthenticated()
    {
        // Even from a device we verified: the key's source cannot prove
        // which device made the session.
        QCOMPARE(TrustShields::message(Bob, "ed", false, senderDevice(Device::CrossSigned)),
                 Message::Unauthenticated);
        QCOMPARE(TrustShields::message(Bob, "ed", false, senderDevice(Device::Unverified)),
                 Message::Unauthenticated);
    }

    void anUnknownDeviceWinsOverAnUnauthenticatedKey()
    {
        QCOMPARE(TrustShields::message(Bob, "ed", false, std::nullopt), Message::UnknownDevice);
    }

    void aMemberIsWarnedOfOnlyWhenVerified()
    {
        QCOMPARE(TrustShields::member({false, false}), Level::Plain);
        QCOMPARE(TrustShields::member({false, true}), Level::Plain);
        QCOMPARE(TrustShields::member({true, false}), Level::Verified);
        QCOMPARE(TrustShields::member({true, true}), Level::Warning);
    }

    void aRoomIsVerifiedWhenEveryoneIs()
    {
        QCOMPARE(TrustShields::room({User{true, false}, User{true, false}}), Level::Verified);
    }

    void aRoomWithSomeoneUnverifiedIsPlain()
    {
        QCOMPARE(TrustShields::room({User{true, false}, User{false, false}}), Level::Plain);
        QCOMPARE(TrustShields::room({User{true, false}, User{false, true}}), Level::Plain);
        QCOMPARE(TrustShields::room({}), Level::Plain);
    }

    void aRoomWarnsWhenAVerifiedMemberHasAnUnverifiedDevice()
    {
        QCOMPARE(TrustShields::room({User{true, false}, User{true, true}}), Level::Warning);
        QCOMPARE(TrustShields::room({User{false, false}, User{true, true}}), Level::Warning);
    }

    void signedByOwnerMeansTheirSelfSigningKeySignedIt()
    {
        const CrossSigningKey master = CrossSigningKey::generate();
        const CrossSigningKey selfSigning = CrossSigningKey::generate();
        QString error;
        CrossSigningKeys bobs;
        bobs.master =
            CrossSigningPublicKey::parse(keyJson(Bob, master, "master"), Bob, "master", &error);
        bobs.selfSigning = CrossSigningPublicKey::parse(
            master.signJson(keyJson(Bob, selfSigning, "self_signing"), Bob), Bob, "self_signing",
            &error, &*bobs.master);
        QVERIFY2(bobs.selfSigning, qPrintable(error));

        const atrium::crypto::OlmAccount account = atrium::crypto::OlmAccount::create();
        const CryptoIdentity identity{Bob, QStringLiteral("PHONE"), QByteArray()};
        const QJsonObject unsigned_ = AccountKeys::deviceKeys(account, identity);
        const auto plain = DeviceKeys::fromJson(unsigned_, Bob, "PHONE", &error);
        const auto signed_ =
            DeviceKeys::fromJson(selfSigning.signJson(unsigned_, Bob), Bob, "PHONE", &error);
        const auto byMaster =
            DeviceKeys::fromJson(master.signJson(unsigned_, Bob), Bob, "PHONE", &error);
        QVERIFY(plain && signed_ && byMaster);
        QVERIFY(CrossSigningTrust::isSignedByOwner(bobs, *signed_));
        QVERIFY(!CrossSigningTrust::isSignedByOwner(bobs, *plain));
        QVERIFY(!CrossSigningTrust::isSignedByOwner(bobs, *byMaster));
        QVERIFY(!CrossSigningTrust::isSignedByOwner(CrossSigningKeys{}, *signed_));
    }
};

QTEST_GUILESS_MAIN(TestTrustShields)
#include "tst_trustshields.moc"
