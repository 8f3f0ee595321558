// Server-side key backup against the test homeserver: a backup made on one
// device restores history on a new one from the recovery key, keys that
// come later go up on their own, and wrong recovery keys are refused with
// a reason.
#include "TestHomeserver.h"
#include "TestSession.h"
#include "crypto/BackupKey.h"
#include "crypto/RecoveryKey.h"
#include "matrix/KeyBackupRequests.h"
#include "sync/EncryptionService.h"
#include "sync/KeyBackup.h"
#include "sync/RoomHistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace atrium;
using atrium::sync::KeyBackupResult;
using atrium::test::await;

namespace {

// How many keys the server's current backup holds.
int keysOnServer(test::TestSession &session)
{
    return await(session->call(matrix::requests::currentBackupVersion()))
        .json()
        .value("count")
        .toInt();
}

} // namespace

class KeyBackupTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.serverOutput())); }

    void aNewDeviceRestoresHistoryFromTheRecoveryKey()
    {
        test::TestSession phone, colleague;
        QVERIFY(phone.signUp(m_server.url(), "kb-ann"));
        QVERIFY(colleague.signUp(m_server.url(), "kb-bob"));
        const QString roomId = test::createSharedRoom(phone, colleague, test::encryptedRoom());
        QVERIFY(!roomId.isEmpty());
        QVERIFY(!test::sendTextAndWait(phone, roomId, "before the backup").isEmpty());

        const KeyBackupResult made = await(phone->encryption()->keyBackup()->create());
        QVERIFY2(made.error.isEmpty(), qPrintable(made.error));
        QCOMPARE(made.keys, 1);
        QVERIFY(!made.recoveryKey.isEmpty());
        QCOMPARE(keysOnServer(phone), 1);
        // What the server holds is ciphertext.
        const QJsonObject stored =
            await(phone->call(matrix::requests::roomKeys(made.version))).json();
        QVERIFY(!QJsonDocument(stored).toJson().contains("session_key"));

        // A key that comes later is backed up without being asked.
        const QString second = test::createSharedRoom(phone, colleague, test::encryptedRoom());
        QVERIFY(!await(phone->sendText(second, "after the backup")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(keysOnServer(phone), 2, 15'000);

        // A new device reads nothing until it restores.
        test::TestSession laptop;
        QVERIFY(laptop.signIn(m_server.url(), "kb-ann"));
        QTRY_VERIFY_WITH_TIMEOUT(await(laptop->history()->latest(roomId, 50)).events.size() > 0,
                                 15'000);
        QVERIFY(!test::readableBodies(laptop, roomId).contains("before the backup"));
        const KeyBackupResult restored =
            await(laptop->encryption()->keyBackup()->restore(made.recoveryKey));
        QVERIFY2(restored.error.isEmpty(), qPrintable(restored.error));
        QCOMPARE(restored.keys, 2);
        QCOMPARE(restored.total, 2);
        QTRY_VERIFY_WITH_TIMEOUT(test::readableBodies(laptop, roomId).contains("before the backup"),
                                 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(test::readableBodies(laptop, second).contains("after the backup"),
                                 15'000);
    }

    void wrongRecoveryKeysAreRefused()
    {
        test::TestSession phone;
        QVERIFY(phone.signUp(m_server.url(), "kb-carol"));
        auto *backup = phone->encryption()->keyBackup();
        const KeyBackupResult none = await(backup->restore(
            crypto::RecoveryKey::encode(crypto::BackupKey::generate().privateKey())));
        QVERIFY2(none.error.contains("no key backup"), qPrintable(none.error));
        QVERIFY(await(backup->create()).error.isEmpty());
        // Another key, well formed: not this backup's.
        const KeyBackupResult other = await(backup->restore(
            crypto::RecoveryKey::encode(crypto::BackupKey::generate().privateKey())));
        QVERIFY2(other.error.contains("does not belong"), qPrintable(other.error));
        // A typo: refused before asking the server.
        const KeyBackupResult typo = await(backup->restore("EsSz ygLv VP1b"));
        QVERIFY2(typo.error.contains("cannot be read"), qPrintable(typo.error));
    }

private:
    test::TestHomeserver m_server;
};

QTEST_GUILESS_MAIN(KeyBackupTest)
#include "tst_keybackup.moc"
