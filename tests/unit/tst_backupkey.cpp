// The key backup key (m.megolm_backup.v1.curve25519-aes-sha2) and the
// recovery key text it is kept as.
#include "crypto/BackupKey.h"
#include "crypto/RecoveryKey.h"

#include <QJsonObject>
#include <QTest>

using namespace atrium::crypto;

class TestBackupKey : public QObject
{
    Q_OBJECT

private slots:
    void recoveryKeyRoundTripsInGroupsOfFour()
    {
        const BackupKey key = BackupKey::generate();
        const QString text = RecoveryKey::encode(key.privateKey());
        // 35 bytes in base58: 48 characters, 12 groups.
        QCOMPARE(text.split(' ').size(), 12);
        for (const QString &group : text.split(' '))
            QCOMPARE(group.size(), 4);
        QString error;
        QCOMPARE(RecoveryKey::decode(text, &error).value_or(QByteArray()), key.privateKey());
        // Typed without spaces, or over two lines: the same key.
        QCOMPARE(RecoveryKey::decode(QString(text).remove(' '), &error).value_or(QByteArray()),
                 key.privateKey());
        QCOMPARE(
            RecoveryKey::decode(QString(text).replace(24, 1, "\n"), &error).value_or(QByteArray()),
            key.privateKey());
    }

    void aKnownKeyHasItsKnownText()
    {
        // 32 zero bytes: 0x8B 0x01, the key, parity 0x8A, in base58 (computed
        // independently with Python).
        QCOMPARE(RecoveryKey::encode(QByteArray(32, '\0')),
                 QStringLiteral("EsSz ygLv VP1b xF1C v7kE eBQx MxDP buG5 w25T L3b6 hfyG Kkrd"));
    }

    void mistypedRecoveryKeysAreRefusedWithAReason()
    {
        const QString text = RecoveryKey::encode(BackupKey::generate().privateKey());
        QString error;
        QString typo = text;
        typo[5] = typo[5] == 'a' ? 'b' : 'a';
        QVERIFY(!RecoveryKey::decode(typo, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!RecoveryKey::decode(QString(text).replace(0, 1, "0"), &error)); // not base58
        QVERIFY(error.contains("base58"));
        QVERIFY(!RecoveryKey::decode(text.left(20), &error));
        QVERIFY(error.contains("not a recovery key"));
        QVERIFY(!RecoveryKey::decode(QString(), &error));
    }

    void sessionsEncryptToThePublicKeyAndDecryptWithThePrivateOne()
    {
        const BackupKey key = BackupKey::generate();
        const QJsonObject session{{"algorithm", "m.megolm.v1.aes-sha2"},
                                  {"session_key", "AgAAAA…"},
                                  {"sender_key", "curve"}};
        const QJsonObject data = BackupKey::encrypt(key.publicKey(), session);
        QVERIFY(data.contains("ephemeral") && data.contains("ciphertext") && data.contains("mac"));
        QVERIFY(!data.value("ciphertext").toString().contains("session_key"));
        QString error;
        QCOMPARE(key.decrypt(data, &error).value_or(QJsonObject()), session);
        // The same key read back from its private half.
        const auto again = BackupKey::fromPrivateKey(key.privateKey(), &error);
        QVERIFY(again);
        QCOMPARE(again->publicKey(), key.publicKey());
    }

    void anotherKeyOrATamperedSessionIsRefused()
    {
        const BackupKey key = BackupKey::generate();
        QJsonObject data = BackupKey::encrypt(key.publicKey(), {{"session_key", "secret"}});
        QString error;
        QVERIFY(!BackupKey::generate().decrypt(data, &error));
        QVERIFY(!error.isEmpty());
        QString ciphertext = data.value("ciphertext").toString();
        ciphertext[2] = ciphertext[2] == 'A' ? 'B' : 'A';
        data.insert("ciphertext", ciphertext);
        QVERIFY(!key.decrypt(data, &error));
        QVERIFY(BackupKey::encrypt("not a key", {{"a", 1}}).isEmpty());
        QVERIFY(!BackupKey::fromPrivateKey("short", &error));
        QVERIFY(error.contains("bytes"));
    }
};

QTEST_GUILESS_MAIN(TestBackupKey)
#include "tst_backupkey.moc"
