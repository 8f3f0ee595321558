// Published cross-signing keys (/keys/query): shape checks and the master
// key's signature on the self-signing and user-signing keys. Malformed or
// wrongly signed keys are refused with a reason.
#include "crypto/CrossSigningKey.h"
#include "crypto/CrossSigningPublicKey.h"

#include <QJsonArray>
#include <QTest>

using namespace atrium::crypto;

namespace {

const QString Bob = QStringLiteral("@bob:localhost");

QJsonObject publicJson(const CrossSigningKey &key, const QString &usage,
                       const QString &userId = Bob)
{
    return QJsonObject{{"user_id", userId},
                       {"usage", QJsonArray{usage}},
                       {"keys", QJsonObject{{"ed25519:" + key.publicKey(), key.publicKey()}}}};
}

} // namespace

class TestCrossSigningPublicKey : public QObject
{
    Q_OBJECT

private slots:
    void wellFormedKeysAccepted()
    {
        const CrossSigningKey master = CrossSigningKey::generate();
        const CrossSigningKey selfSigning = CrossSigningKey::generate();
        QString error;
        const auto masterKey =
            CrossSigningPublicKey::parse(publicJson(master, "master"), Bob, "master", &error);
        QVERIFY2(masterKey, qPrintable(error));
        QCOMPARE(masterKey->publicKey(), master.publicKey());

        const QJsonObject signedSsk = master.signJson(publicJson(selfSigning, "self_signing"), Bob);
        const auto ssk =
            CrossSigningPublicKey::parse(signedSsk, Bob, "self_signing", &error, &*masterKey);
        QVERIFY2(ssk, qPrintable(error));
        QCOMPARE(ssk->publicKey(), selfSigning.publicKey());
        QVERIFY(ssk->isSignedBy(Bob, master.publicKey()));
        QVERIFY(!ssk->isSignedBy(Bob, selfSigning.publicKey()));
    }

    void malformedKeysRefusedWithAReason_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("reason");
        const CrossSigningKey key = CrossSigningKey::generate();
        const QJsonObject good = publicJson(key, "master");
        QTest::newRow("other user") << publicJson(key, "master", "@eve:localhost") << "belongs to";
        QTest::newRow("wrong usage") << publicJson(key, "self_signing") << "usage";
        QJsonObject twoKeys = good;
        twoKeys["keys"] = QJsonObject{{"ed25519:" + key.publicKey(), key.publicKey()},
                                      {"ed25519:other", "other"}};
        QTest::newRow("two keys") << twoKeys << "2 keys";
        QJsonObject noKeys = good;
        noKeys.remove("keys");
        QTest::newRow("no keys") << noKeys << "0 keys";
        QJsonObject mismatched = good;
        mismatched["keys"] = QJsonObject{{"ed25519:abc", key.publicKey()}};
        QTest::newRow("key id mismatch") << mismatched << "key id";
        QJsonObject curve = good;
        curve["keys"] = QJsonObject{{"curve25519:" + key.publicKey(), key.publicKey()}};
        QTest::newRow("not ed25519") << curve << "key id";
    }

    void malformedKeysRefusedWithAReason()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!CrossSigningPublicKey::parse(json, Bob, "master", &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void selfSigningKeyNeedsTheMasterSignature()
    {
        const CrossSigningKey master = CrossSigningKey::generate();
        const CrossSigningKey impostor = CrossSigningKey::generate();
        const CrossSigningKey selfSigning = CrossSigningKey::generate();
        QString error;
        const auto masterKey =
            CrossSigningPublicKey::parse(publicJson(master, "master"), Bob, "master", &error);

        // Unsigned, signed by another key, or signed and then changed.
        QVERIFY(!CrossSigningPublicKey::parse(publicJson(selfSigning, "self_signing"), Bob,
                                              "self_signing", &error, &*masterKey));
        QVERIFY2(error.contains("not signed by the master key"), qPrintable(error));
        const QJsonObject byImpostor =
            impostor.signJson(publicJson(selfSigning, "self_signing"), Bob);
        QVERIFY(
            !CrossSigningPublicKey::parse(byImpostor, Bob, "self_signing", &error, &*masterKey));
        QJsonObject tampered = master.signJson(publicJson(selfSigning, "self_signing"), Bob);
        tampered["usage"] = QJsonArray{"self_signing", "user_signing"};
        QVERIFY(!CrossSigningPublicKey::parse(tampered, Bob, "self_signing", &error, &*masterKey));
        // And no master key at all.
        QVERIFY(!CrossSigningPublicKey::parse(
            master.signJson(publicJson(selfSigning, "self_signing"), Bob), Bob, "self_signing",
            &error));
    }
};

QTEST_GUILESS_MAIN(TestCrossSigningPublicKey)
#include "tst_crosssigningpublickey.moc"
