// Setting up cross-signing against the test homeserver: the keys published
// as the spec shapes them, this device signed by the self-signing key (so a
// client that trusts the master trusts it), keys another session published
// left alone, and a reset through the password prompt.
#include "TestHomeserver.h"
#include "TestSession.h"
#include "crypto/CrossSigningPublicKey.h"
#include "crypto/CrossSigningTrust.h"
#include "crypto/DeviceKeys.h"
#include "crypto/Ed25519.h"
#include "matrix/Requests.h"
#include "sync/CrossSigningSetup.h"
#include "sync/EncryptionService.h"
#include "sync/KeyVerification.h"
#include "sync/VerificationService.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace atrium;
using crypto::CrossSigningKeys;
using crypto::CrossSigningPublicKey;
using crypto::CrossSigningTrust;
using sync::CrossSigningSetup;

namespace {

// What /keys/query publishes for `userId`: its cross-signing keys (each
// checked as the spec requires) and the device `deviceId`.
struct Published
{
    CrossSigningKeys keys;
    std::optional<crypto::DeviceKeys> device;
    QJsonObject masterJson;
};

Published published(test::TestSession &reader, const QString &userId, const QString &deviceId)
{
    const auto answer = test::await(reader->call(matrix::requests::queryKeys({userId})));
    const QJsonObject json = answer.json();
    const auto of = [&](const char *field) {
        return json.value(field).toObject().value(userId).toObject();
    };
    Published result;
    QString error;
    result.masterJson = of("master_keys");
    result.keys.master = CrossSigningPublicKey::parse(result.masterJson, userId, "master", &error);
    if (result.keys.master) {
        const auto *master = &*result.keys.master;
        result.keys.selfSigning = CrossSigningPublicKey::parse(of("self_signing_keys"), userId,
                                                               "self_signing", &error, master);
        result.keys.userSigning = CrossSigningPublicKey::parse(of("user_signing_keys"), userId,
                                                               "user_signing", &error, master);
    }
    result.device = crypto::DeviceKeys::fromJson(of("device_keys").value(deviceId).toObject(),
                                                 userId, deviceId, &error);
    return result;
}

} // namespace

class CrossSigningTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.serverOutput())); }

    void firstSetupPublishesTheKeysAndSignsThisDevice()
    {
        test::TestSession phone, reader;
        QVERIFY(phone.signUp(m_server.url(), "xs-first"));
        QVERIFY(reader.signUp(m_server.url(), "xs-reader"));
        CrossSigningSetup *setup = phone->encryption()->crossSigning();
        QSignalSpy finished(setup, &CrossSigningSetup::finished);
        QSignalSpy failed(setup, &CrossSigningSetup::failed);
        QSignalSpy password(setup, &CrossSigningSetup::passwordRequired);
        setup->start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 15'000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QVERIFY(password.isEmpty()); // a first upload needs no password (spec v1.11)
        const QString masterKey = finished.first().first().toString();

        // Another user reads what the spec asks for, all signatures valid.
        const Published keys = published(reader, phone->userId(), phone->deviceId());
        QVERIFY(keys.keys.master && keys.keys.selfSigning);
        QVERIFY(!keys.keys.userSigning); // the spec shows it to its owner only
        QVERIFY(published(phone, phone->userId(), phone->deviceId()).keys.userSigning);
        QCOMPARE(keys.keys.master->publicKey(), masterKey);
        QVERIFY(keys.device);
        // The master carries this device's signature (key id "ed25519:<device id>").
        QVERIFY(crypto::Ed25519::verifyJson(keys.masterJson, phone->userId(), phone->deviceId(),
                                            keys.device->ed25519));
        QCOMPARE(CrossSigningTrust::deviceTrust(phone->userId(), masterKey, keys.keys, keys.keys,
                                                *keys.device),
                 CrossSigningTrust::Device::CrossSigned);

        // Running it again (as after an interrupted setup) signs this device with the
        // keys it holds, without uploading them again or asking for the password.
        setup->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15'000);
        QCOMPARE(finished.last().first().toString(), masterKey);
        QVERIFY(password.isEmpty());
    }

    void anotherSessionsKeysAreNotReplaced()
    {
        test::TestSession phone, laptop;
        QVERIFY(phone.signUp(m_server.url(), "xs-keep"));
        QVERIFY(laptop.signIn(m_server.url(), "xs-keep"));
        QSignalSpy phoneDone(phone->encryption()->crossSigning(), &CrossSigningSetup::finished);
        phone->encryption()->crossSigning()->start();
        QTRY_COMPARE_WITH_TIMEOUT(phoneDone.size(), 1, 15'000);
        const QString phoneMaster = phoneDone.first().first().toString();

        CrossSigningSetup *setup = laptop->encryption()->crossSigning();
        QSignalSpy failed(setup, &CrossSigningSetup::failed);
        setup->start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15'000);
        QVERIFY(failed.first().first().toString().contains("another session"));
        QVERIFY(!setup->isRunning());
        QCOMPARE(published(laptop, laptop->userId(), laptop->deviceId()).keys.master->publicKey(),
                 phoneMaster);
    }

    void resetAsksForThePassword()
    {
        test::TestSession phone, laptop;
        QVERIFY(phone.signUp(m_server.url(), "xs-reset"));
        QVERIFY(laptop.signIn(m_server.url(), "xs-reset"));
        QSignalSpy phoneDone(phone->encryption()->crossSigning(), &CrossSigningSetup::finished);
        phone->encryption()->crossSigning()->start();
        QTRY_COMPARE_WITH_TIMEOUT(phoneDone.size(), 1, 15'000);
        const QString oldMaster = phoneDone.first().first().toString();

        CrossSigningSetup *setup = laptop->encryption()->crossSigning();
        QSignalSpy password(setup, &CrossSigningSetup::passwordRequired);
        QSignalSpy finished(setup, &CrossSigningSetup::finished);
        setup->start(CrossSigningSetup::Mode::Reset);
        QTRY_COMPARE_WITH_TIMEOUT(password.size(), 1, 15'000);
        QCOMPARE(password.first().first().toString(), QString());
        setup->submitPassword("not-the-password");
        QTRY_COMPARE_WITH_TIMEOUT(password.size(), 2, 15'000);
        QVERIFY(!password.last().first().toString().isEmpty()); // refused, and said so
        setup->submitPassword("pw-xs-reset");
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15'000);
        const QString newMaster = finished.first().first().toString();
        QVERIFY(newMaster != oldMaster);

        const Published keys = published(phone, laptop->userId(), laptop->deviceId());
        QCOMPARE(keys.keys.master->publicKey(), newMaster);
        QCOMPARE(CrossSigningTrust::deviceTrust(laptop->userId(), newMaster, keys.keys, keys.keys,
                                                *keys.device),
                 CrossSigningTrust::Device::CrossSigned);
        // The phone's device was signed by the old self-signing key only.
        const Published phoneKeys = published(phone, phone->userId(), phone->deviceId());
        QCOMPARE(CrossSigningTrust::deviceTrust(phone->userId(), newMaster, phoneKeys.keys,
                                                phoneKeys.keys, *phoneKeys.device),
                 CrossSigningTrust::Device::Unverified);
    }

    void devicesAreTrustedThroughThePublishedKeys()
    {
        test::TestSession phone, laptop, bob;
        QVERIFY(phone.signUp(m_server.url(), "xs-trust"));
        QVERIFY(laptop.signIn(m_server.url(), "xs-trust"));
        QVERIFY(bob.signUp(m_server.url(), "xs-trust-bob"));
        QVERIFY(test::setUpCrossSigning(phone));
        QVERIFY(test::setUpCrossSigning(bob));
        // The phone holds the master: it trusts its own signed device, not the
        // laptop (nobody signed it yet).
        const auto own = test::trustOfDevices(phone, phone->userId());
        QCOMPARE(own.value(phone->deviceId()), CrossSigningTrust::Device::CrossSigned);
        QCOMPARE(own.value(laptop->deviceId()), CrossSigningTrust::Device::Unverified);
        // The laptop holds no cross-signing key: nothing is trusted through them there.
        QCOMPARE(test::trustOfDevices(laptop, phone->userId()).value(phone->deviceId()),
                 CrossSigningTrust::Device::Unverified);
        // Bob's device is signed by Bob's keys, but the phone never signed Bob.
        QCOMPARE(test::trustOfDevices(phone, bob->userId()).value(bob->deviceId()),
                 CrossSigningTrust::Device::Unverified);
    }

    void verifyingOwnDeviceSignsIt()
    {
        test::TestSession phone, laptop;
        QVERIFY(phone.signUp(m_server.url(), "xs-own"));
        QVERIFY(laptop.signIn(m_server.url(), "xs-own"));
        QVERIFY(test::setUpCrossSigning(phone));
        QCOMPARE(test::trustOfDevices(phone, phone->userId()).value(laptop->deviceId()),
                 CrossSigningTrust::Device::Unverified);
        QSignalSpy signedUp(phone->encryption()->verification(),
                            &sync::VerificationService::crossSigned);
        QVERIFY(test::verifyBySas(phone, laptop));
        QCOMPARE(signedUp.size(), 1); // before "verified": the signature is published
        // Cross-signed now, not only verified here: the server has the signature.
        QCOMPARE(test::trustOfDevices(phone, phone->userId()).value(laptop->deviceId()),
                 CrossSigningTrust::Device::CrossSigned);
        // The phone's MAC covered the master: the laptop, holding no keys, trusts the
        // master from then on, and through it both devices.
        const auto fromLaptop = test::trustOfDevices(laptop, phone->userId());
        QCOMPARE(fromLaptop.value(phone->deviceId()), CrossSigningTrust::Device::CrossSigned);
        QCOMPARE(fromLaptop.value(laptop->deviceId()), CrossSigningTrust::Device::CrossSigned);
    }

    void verifyingAnotherUserSignsTheirMasterKey()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "xs-alice"));
        QVERIFY(bob.signUp(m_server.url(), "xs-bob"));
        QVERIFY(test::setUpCrossSigning(alice));
        QVERIFY(test::setUpCrossSigning(bob));
        QCOMPARE(test::trustOfDevices(alice, bob->userId()).value(bob->deviceId()),
                 CrossSigningTrust::Device::Unverified);
        const QStringList both{alice->userId(), bob->userId()};
        QCOMPARE(test::await(alice->encryption()->trustedUsers(both)), QSet{alice->userId()});
        QVERIFY(test::verifyBySas(alice, bob));
        QCOMPARE(test::await(alice->encryption()->trustedUsers(both)),
                 (QSet{alice->userId(), bob->userId()}));
        // Each MAC covered the master key: each side signed the other user.
        QCOMPARE(test::trustOfDevices(alice, bob->userId()).value(bob->deviceId()),
                 CrossSigningTrust::Device::CrossSigned);
        QCOMPARE(test::trustOfDevices(bob, alice->userId()).value(alice->deviceId()),
                 CrossSigningTrust::Device::CrossSigned);
    }

private:
    test::TestHomeserver m_server;
};

QTEST_GUILESS_MAIN(CrossSigningTest)
#include "tst_crosssigning.moc"
