// Secret sharing between our own devices against the test homeserver: a
// new session verified by SAS from an old one asks it for the secrets
// (m.secret.request), gets them Olm-encrypted (m.secret.send) and so holds
// the cross-signing keys and reads the history in the key backup, without a
// recovery key. A session nobody verified asks in vain.
#include "TestHomeserver.h"
#include "TestSession.h"
#include "sync/CrossSigningSetup.h"
#include "sync/EncryptionService.h"
#include "sync/KeyBackup.h"
#include "sync/RoomHistory.h"
#include "sync/SecretSharing.h"
#include "sync/SecretStorage.h"

#include <QSignalSpy>
#include <QTest>

using namespace atrium;
using sync::SecretSharing;
using sync::SecretStorage;
using test::await;

namespace {

// Whether the session holds the master key the account publishes.
bool holdsMasterKey(test::TestSession &session)
{
    const auto status = await(session->encryption()->crossSigning()->status());
    return !status.publishedMaster.isEmpty() && status.heldMaster == status.publishedMaster;
}

QStringList sorted(QStringList names)
{
    names.sort();
    return names;
}

} // namespace

class SecretSharingTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.serverOutput())); }

    void aVerifiedNewSessionGetsTheSecretsFromAnOldOne()
    {
        test::TestSession phone, colleague;
        QVERIFY(phone.signUp(m_server.url(), "share-ann"));
        QVERIFY(colleague.signUp(m_server.url(), "share-bob"));
        QVERIFY(test::setUpCrossSigning(phone));
        const QString roomId = test::createSharedRoom(phone, colleague, test::encryptedRoom());
        QVERIFY(!roomId.isEmpty());
        QVERIFY(!test::sendTextAndWait(phone, roomId, "in the backup").isEmpty());
        QVERIFY(await(phone->encryption()->keyBackup()->create()).error.isEmpty());
        QVERIFY(holdsMasterKey(phone));

        test::TestSession laptop;
        QVERIFY(laptop.signIn(m_server.url(), "share-ann"));
        QVERIFY(!holdsMasterKey(laptop));
        QSignalSpy received(laptop->encryption()->secretSharing(), &SecretSharing::secretsReceived);
        QVERIFY(test::verifyBySas(phone, laptop));

        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 30'000);
        const auto result = received.first().first().value<sync::SecretStorageResult>();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(sorted(result.secrets), sorted(SecretStorage::SecretNames));
        QVERIFY(holdsMasterKey(laptop));
        QVERIFY(!await(laptop->encryption()->keyBackup()->status()).localVersion.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(test::readableBodies(laptop, roomId).contains("in the backup"),
                                 15'000);
    }

    void aSessionNobodyVerifiedGetsNothing()
    {
        test::TestSession phone;
        QVERIFY(phone.signUp(m_server.url(), "share-carol"));
        QVERIFY(test::setUpCrossSigning(phone));
        test::TestSession stranger;
        QVERIFY(stranger.signIn(m_server.url(), "share-carol"));
        QSignalSpy refused(phone->encryption()->secretSharing(), &SecretSharing::requestRefused);
        stranger->encryption()->secretSharing()->requestMissing();
        QTRY_VERIFY_WITH_TIMEOUT(refused.size() >= 3, 15'000);
        for (const auto &arguments : refused) {
            QCOMPARE(arguments.at(0).toString(), stranger->deviceId());
            QVERIFY2(arguments.at(2).toString().contains("not verified"),
                     qPrintable(arguments.at(2).toString()));
        }
        QVERIFY(!holdsMasterKey(stranger));
    }

private:
    test::TestHomeserver m_server;
};

QTEST_GUILESS_MAIN(SecretSharingTest)
#include "tst_secretsharing.moc"
