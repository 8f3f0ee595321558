// Secret storage against the test homeserver: one device keeps the
// account's cross-signing keys and key backup key under a recovery key (and
// passphrase); a new device unlocks them with either, becomes cross-signed
// and reads the history in the backup. Wrong keys and changed secrets are
// refused with a reason.
#include "TestHomeserver.h"
#include "TestSession.h"
#include "crypto/CrossSigningTrust.h"
#include "matrix/Requests.h"
#include "sync/CrossSigningSetup.h"
#include "sync/EncryptionService.h"
#include "sync/RoomHistory.h"
#include "sync/SecretStorage.h"

#include <QSignalSpy>
#include <QTest>

using namespace atrium;
using crypto::CrossSigningTrust;
using sync::SecretStorage;
using sync::SecretStorageResult;
using test::await;

namespace {

// Few rounds: the derivation is the same, the test is faster.
constexpr int TestIterations = 1000;
const QStringList AllSecrets{"m.cross_signing.master", "m.cross_signing.self_signing",
                             "m.cross_signing.user_signing", "m.megolm_backup.v1"};

SecretStorage *secretStorage(test::TestSession &session)
{
    return session->encryption()->secretStorage();
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class SecretStorageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.serverOutput())); }

    void aNewDeviceUnlocksTrustAndHistoryWithTheRecoveryKey()
    {
        test::TestSession phone, colleague;
        QVERIFY(phone.signUp(m_server.url(), "ss-ann"));
        QVERIFY(colleague.signUp(m_server.url(), "ss-bob"));
        QVERIFY(await(secretStorage(phone)->status()).keyId.isEmpty());
        QVERIFY(test::setUpCrossSigning(phone));
        const QString roomId = test::createSharedRoom(phone, colleague, test::encryptedRoom());
        QVERIFY(!roomId.isEmpty());
        QVERIFY(!test::sendTextAndWait(phone, roomId, "kept in the backup").isEmpty());

        // No key backup yet: set-up makes one, and keeps its key too.
        const SecretStorageResult made =
            await(secretStorage(phone)->setUp("a long passphrase", false, TestIterations));
        QVERIFY2(made.error.isEmpty(), qPrintable(made.error));
        QVERIFY2(made.notice.isEmpty(), qPrintable(made.notice));
        QCOMPARE(sorted(made.secrets), sorted(AllSecrets));
        const auto status = await(secretStorage(phone)->status());
        QVERIFY(!status.keyId.isEmpty());
        QVERIFY(status.hasPassphrase);
        QCOMPARE(sorted(status.secrets), sorted(AllSecrets));
        // What the server holds is ciphertext.
        const QJsonObject stored = await(phone->call(matrix::requests::accountData(
                                             phone->userId(), "m.cross_signing.master")))
                                       .json();
        QVERIFY(stored.value("encrypted").toObject().contains(status.keyId));
        // A second set-up would orphan the secrets: refused unless asked.
        const SecretStorageResult again = await(secretStorage(phone)->setUp({}));
        QVERIFY2(again.error.contains("already set up"), qPrintable(again.error));

        test::TestSession laptop;
        QVERIFY(laptop.signIn(m_server.url(), "ss-ann"));
        QCOMPARE(test::trustOfDevices(phone, phone->userId()).value(laptop->deviceId()),
                 CrossSigningTrust::Device::Unverified);
        QTRY_VERIFY_WITH_TIMEOUT(await(laptop->history()->latest(roomId, 50)).events.size() > 0,
                                 15'000);
        QVERIFY(!test::readableBodies(laptop, roomId).contains("kept in the backup"));

        const SecretStorageResult wrong = await(secretStorage(laptop)->unlock("not it"));
        QVERIFY2(wrong.error.contains("wrong"), qPrintable(wrong.error));

        QSignalSpy trustChanged(secretStorage(laptop), &SecretStorage::crossSigningRestored);
        const SecretStorageResult unlocked =
            await(secretStorage(laptop)->unlock(made.recoveryKey), 30'000);
        QVERIFY2(unlocked.error.isEmpty(), qPrintable(unlocked.error));
        QVERIFY2(unlocked.notice.isEmpty(), qPrintable(unlocked.notice));
        QCOMPARE(sorted(unlocked.secrets), sorted(AllSecrets));
        QCOMPARE(unlocked.roomKeys, 1);
        QCOMPARE(trustChanged.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            test::readableBodies(laptop, roomId).contains("kept in the backup"), 15'000);
        // Signed with the restored self-signing key: the phone trusts it now,
        // and the laptop trusts the phone.
        QCOMPARE(test::trustOfDevices(phone, phone->userId()).value(laptop->deviceId()),
                 CrossSigningTrust::Device::CrossSigned);
        QCOMPARE(test::trustOfDevices(laptop, phone->userId()).value(phone->deviceId()),
                 CrossSigningTrust::Device::CrossSigned);

        // The passphrase opens it too.
        test::TestSession tablet;
        QVERIFY(tablet.signIn(m_server.url(), "ss-ann"));
        const SecretStorageResult byPassphrase =
            await(secretStorage(tablet)->unlock("a long passphrase"), 30'000);
        QVERIFY2(byPassphrase.error.isEmpty(), qPrintable(byPassphrase.error));
        QCOMPARE(sorted(byPassphrase.secrets), sorted(AllSecrets));
    }

    void changedSecretsAndStaleKeysAreRefused()
    {
        test::TestSession phone;
        QVERIFY(phone.signUp(m_server.url(), "ss-carol"));
        QVERIFY(test::setUpCrossSigning(phone));
        const SecretStorageResult made = await(secretStorage(phone)->setUp({}));
        QVERIFY2(made.error.isEmpty(), qPrintable(made.error));

        // Someone swaps the user-signing secret for the self-signing one.
        const QJsonObject selfSigning = await(phone->call(matrix::requests::accountData(
                                                  phone->userId(), "m.cross_signing.self_signing")))
                                            .json();
        QVERIFY(await(phone->call(matrix::requests::setAccountData(
                          phone->userId(), "m.cross_signing.user_signing", selfSigning)))
                    .ok());

        test::TestSession laptop;
        QVERIFY(laptop.signIn(m_server.url(), "ss-carol"));
        const SecretStorageResult unlocked =
            await(secretStorage(laptop)->unlock(made.recoveryKey), 30'000);
        QVERIFY2(unlocked.error.isEmpty(), qPrintable(unlocked.error));
        QVERIFY(!unlocked.secrets.contains("m.cross_signing.user_signing"));
        QVERIFY(unlocked.secrets.contains("m.cross_signing.self_signing"));
        QVERIFY2(unlocked.notice.contains("could not be decrypted"), qPrintable(unlocked.notice));
        QCOMPARE(test::trustOfDevices(phone, phone->userId()).value(laptop->deviceId()),
                 CrossSigningTrust::Device::CrossSigned);

        // Cross-signing reset since: the stored keys are stale and not used.
        sync::CrossSigningSetup *setup = phone->encryption()->crossSigning();
        QSignalSpy password(setup, &sync::CrossSigningSetup::passwordRequired);
        QSignalSpy reset(setup, &sync::CrossSigningSetup::finished);
        setup->start(sync::CrossSigningSetup::Mode::Reset);
        QTRY_COMPARE_WITH_TIMEOUT(password.size(), 1, 15'000);
        setup->submitPassword("pw-ss-carol");
        QTRY_COMPARE_WITH_TIMEOUT(reset.size(), 1, 15'000);
        test::TestSession tablet;
        QVERIFY(tablet.signIn(m_server.url(), "ss-carol"));
        const SecretStorageResult stale =
            await(secretStorage(tablet)->unlock(made.recoveryKey), 30'000);
        QVERIFY2(stale.error.isEmpty(), qPrintable(stale.error));
        QCOMPARE(stale.secrets, QStringList{"m.megolm_backup.v1"});
        QVERIFY2(stale.notice.contains("not the ones"), qPrintable(stale.notice));
        QCOMPARE(test::trustOfDevices(phone, phone->userId()).value(tablet->deviceId()),
                 CrossSigningTrust::Device::Unverified);
    }

private:
    test::TestHomeserver m_server;
};

QTEST_GUILESS_MAIN(SecretStorageTest)
#include "tst_secretstorage.moc"
