// Secret storage keys (m.secret_storage.v1.aes-hmac-sha2). The known answers
// were computed independently with python-cryptography (HKDF, AES-CTR) and
// hashlib (PBKDF2, HMAC) from the spec's description.
#include "crypto/RecoveryKey.h"
#include "crypto/SecretStorageKey.h"

#include <QJsonObject>
#include <QTest>

using namespace atrium::crypto;

namespace {

// Key bytes 0, 1, …, 31; iv "defghijklmnopqrs".
SecretStorageKey knownKey()
{
    QByteArray bytes;
    for (int i = 0; i < 32; ++i)
        bytes.append(char(i));
    QString error;
    return *SecretStorageKey::fromRecoveryKey(RecoveryKey::encode(bytes), &error);
}

const QJsonObject KnownMasterSecret{
    {"iv", "ZGVmZ2hpamtsbW5vcHFycw"},
    {"ciphertext", "Vb+YptSkWTkehNU+NGsGJQkEBuX3lUSQ3b9QhqtcdFyY+sBFP2O9"},
    {"mac", "6t+R3fVamL2ph+jDYGLkXjcCmssLE8dJVBwRjTKHJOk"}};
const QByteArray KnownMasterPlaintext = "c2VjcmV0IHNlZWQgb2YgdGhlIG1hc3RlciBrZXk";

} // namespace

class TestSecretStorageKey : public QObject
{
    Q_OBJECT

private slots:
    void decryptsAnIndependentlyEncryptedSecret()
    {
        QString error;
        const auto secret = knownKey().decrypt("m.cross_signing.master", KnownMasterSecret, &error);
        QVERIFY2(secret, qPrintable(error));
        QCOMPARE(*secret, KnownMasterPlaintext);
        // Padded base64, as some clients write it, reads the same.
        QJsonObject padded = KnownMasterSecret;
        padded["iv"] = QStringLiteral("ZGVmZ2hpamtsbW5vcHFycw==");
        QCOMPARE(knownKey().decrypt("m.cross_signing.master", padded, &error).value_or(""),
                 KnownMasterPlaintext);
    }

    void refusesAnotherSecretsNameOrATamperedCiphertext()
    {
        QString error;
        QVERIFY(!knownKey().decrypt("m.cross_signing.self_signing", KnownMasterSecret, &error));
        QVERIFY(error.contains("MAC"));
        QJsonObject tampered = KnownMasterSecret;
        tampered["ciphertext"] =
            QStringLiteral("Wb+YptSkWTkehNU+NGsGJQkEBuX3lUSQ3b9QhqtcdFyY+sBFP2O9");
        QVERIFY(!knownKey().decrypt("m.cross_signing.master", tampered, &error));
        QVERIFY(!knownKey().decrypt("m.cross_signing.master", {{"iv", "x"}}, &error));
        QVERIFY(error.contains("malformed"));
    }

    void checksAnIndependentlyMadeDescription()
    {
        const QJsonObject description{{"algorithm", SecretStorageKey::Algorithm},
                                      {"iv", "ZGVmZ2hpamtsbW5vcHFycw"},
                                      {"mac", "vYgQVpdK58iz0YmEq2oJZ9VVGPAzYwKn2MYF4C4PvWI"}};
        QVERIFY(knownKey().matches(description));
        QVERIFY(!SecretStorageKey::generate().matches(description));
        QJsonObject otherAlgorithm = description;
        otherAlgorithm["algorithm"] = QStringLiteral("m.secret_storage.v2.unknown");
        QVERIFY(!knownKey().matches(otherAlgorithm));
    }

    void derivesFromAPassphraseLikeOtherClients()
    {
        const QJsonObject parameters{{"algorithm", "m.pbkdf2"},
                                     {"salt", "saltsaltsalt"},
                                     {"iterations", 1000},
                                     {"bits", 256}};
        QString error;
        const auto key =
            SecretStorageKey::fromPassphrase("correct horse battery staple", parameters, &error);
        QVERIFY2(key, qPrintable(error));
        QCOMPARE(key->bytes().toHex(),
                 QByteArray("0dd78f532468720025d375000f9da15abdd3e4f24027e5e66963d66b229e41f6"));
        QVERIFY(key->matches({{"algorithm", SecretStorageKey::Algorithm},
                              {"iv", "ZGVmZ2hpamtsbW5vcHFycw"},
                              {"mac", "2Y/7o7FhQKgZLq+1M6Al2kdbmW+h9os/N6Kp8gacQpg"}}));
        QVERIFY(!SecretStorageKey::fromPassphrase("x", {{"algorithm", "m.scrypt"}}, &error));
        QVERIFY(!SecretStorageKey::fromPassphrase("x", {{"algorithm", "m.pbkdf2"}}, &error));
    }

    void roundTripsThroughItsOwnDescriptionAndRecoveryKey()
    {
        const QJsonObject parameters = SecretStorageKey::newPassphraseParameters(10);
        QCOMPARE(parameters.value("salt").toString().size(), 32);
        QString error;
        const auto key = SecretStorageKey::fromPassphrase("pass", parameters, &error);
        QVERIFY(key);
        const QJsonObject description = key->description("Recovery key", parameters);
        QCOMPARE(description.value("passphrase").toObject(), parameters);
        QVERIFY(!description.contains("ciphertext"));
        const auto typed = SecretStorageKey::fromRecoveryKey(key->recoveryKey(), &error);
        QVERIFY(typed && typed->matches(description));
        const QJsonObject encrypted = key->encrypt("m.megolm_backup.v1", "backup secret");
        QCOMPARE(typed->decrypt("m.megolm_backup.v1", encrypted, &error).value_or(""),
                 QByteArray("backup secret"));
        // A fresh IV every time, with bit 63 clear.
        const QByteArray iv =
            QByteArray::fromBase64(key->encrypt("x", "y").value("iv").toString().toLatin1());
        QCOMPARE(iv.size(), 16);
        QCOMPARE(iv.at(8) & 0x80, 0);
        QVERIFY(key->encrypt("x", "y").value("iv") != key->encrypt("x", "y").value("iv"));
        QVERIFY(!SecretStorageKey::fromRecoveryKey("EsT not a key", &error));
    }
};

QTEST_GUILESS_MAIN(TestSecretStorageKey)
#include "tst_secretstoragekey.moc"
