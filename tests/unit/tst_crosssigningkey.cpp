// Cross-signing keys (spec, "Cross-signing"): seed-based Ed25519 through
// libolm's olm_pk_signing, JSON signing over canonical JSON, and the sealed
// seeds in the crypto store.
#include "TemporaryDatabase.h"
#include "crypto/CrossSigningKey.h"
#include "crypto/CryptoStore.h"
#include "crypto/Ed25519.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace atrium;
using namespace atrium::crypto;

namespace {

const QString Alice = QStringLiteral("@alice:localhost");

QByteArray fixedSeed()
{
    QByteArray seed(32, '\0');
    for (int i = 0; i < seed.size(); ++i)
        seed[i] = char(i);
    return seed;
}

QJsonObject masterKeyJson()
{
    return QJsonObject{{"user_id", Alice},
                       {"usage", QJsonArray{"master"}},
                       {"keys", QJsonObject{{"ed25519:x", "y"}}}};
}

} // namespace

class TestCrossSigningKey : public QObject
{
    Q_OBJECT

private slots:
    void knownAnswerForAFixedSeed()
    {
        // Expected values from python3-olm's PkSigning (libolm's own
        // olm_pk_signing) and, independently, python3-cryptography's
        // RFC 8032 Ed25519 for the same seed and canonical JSON.
        QString error;
        const auto key = CrossSigningKey::fromSeed(fixedSeed(), &error);
        QVERIFY2(key, qPrintable(error));
        QCOMPARE(key->publicKey(), QStringLiteral("A6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg"));
        const QJsonObject signedJson = key->signJson(masterKeyJson(), Alice);
        QCOMPARE(signedJson.value("signatures")
                     .toObject()
                     .value(Alice)
                     .toObject()
                     .value("ed25519:A6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg")
                     .toString(),
                 QStringLiteral("ZU5bQkUbL274HXFxJvvdzoaW/aKSYYukXLmdMDzn1SX6NC+s5DIcn2KlpohyT+"
                                "nhWbDOAqHu4DoWtONoIZ9SDg"));
    }

    void signedJsonVerifiesAndTamperedJsonDoesNot()
    {
        const CrossSigningKey key = CrossSigningKey::generate();
        QCOMPARE(key.seed().size(), 32);
        QJsonObject json = masterKeyJson();
        json.insert("unsigned", QJsonObject{{"device_display_name", "ignored"}});
        const QJsonObject signedJson = key.signJson(json, Alice);
        QVERIFY(Ed25519::verifyJson(signedJson, Alice, key.publicKey(), key.publicKey()));

        // "unsigned" is not covered: changing it keeps the signature valid.
        QJsonObject unsignedChanged = signedJson;
        unsignedChanged.insert("unsigned", QJsonObject{{"x", 1}});
        QVERIFY(Ed25519::verifyJson(unsignedChanged, Alice, key.publicKey(), key.publicKey()));

        QJsonObject tampered = signedJson;
        tampered.insert("usage", QJsonArray{"self_signing"});
        QVERIFY(!Ed25519::verifyJson(tampered, Alice, key.publicKey(), key.publicKey()));
        // Another key's signature, or another user's, does not count.
        const CrossSigningKey other = CrossSigningKey::generate();
        QVERIFY(!Ed25519::verifyJson(signedJson, Alice, key.publicKey(), other.publicKey()));
        QVERIFY(!Ed25519::verifyJson(signedJson, "@mallory:localhost", key.publicKey(),
                                     key.publicKey()));
    }

    void signingKeepsExistingSignatures()
    {
        const CrossSigningKey first = CrossSigningKey::generate();
        const CrossSigningKey second = CrossSigningKey::generate();
        const QJsonObject twice = second.signJson(first.signJson(masterKeyJson(), Alice), Alice);
        QVERIFY(Ed25519::verifyJson(twice, Alice, first.publicKey(), first.publicKey()));
        QVERIFY(Ed25519::verifyJson(twice, Alice, second.publicKey(), second.publicKey()));
    }

    void badSeedRefused()
    {
        QString error;
        QVERIFY(!CrossSigningKey::fromSeed(QByteArray(31, 'a'), &error));
        QVERIFY(error.contains("31"));
    }

    void seedsAreSealedInTheStore()
    {
        test::TemporaryDatabase database;
        const CryptoIdentity own{Alice, QStringLiteral("DEV"), QByteArray(32, 'k')};
        CryptoStore store(database.db(), own);
        QString error;
        QVERIFY(!store.crossSigningKey("master", &error));
        QVERIFY(error.isEmpty());

        const auto key = CrossSigningKey::fromSeed(fixedSeed(), &error);
        QVERIFY(store.saveCrossSigningKey("master", *key));
        const auto loaded = store.crossSigningKey("master", &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->publicKey(), key->publicKey());
        QCOMPARE(loaded->seed(), key->seed());

        // Not in the clear on disk.
        {
            QSqlQuery query(database.db().connection());
            QVERIFY(query.exec("SELECT sealed_seed FROM cross_signing_keys"));
            QVERIFY(query.next());
            QVERIFY(!query.value(0).toByteArray().contains(key->seed()));
        }

        // Another pickle key cannot open it, and says so.
        CryptoStore wrongKey(database.db(), {Alice, "DEV", QByteArray(32, 'x')});
        error.clear();
        QVERIFY(!wrongKey.crossSigningKey("master", &error));
        QVERIFY(!error.isEmpty());

        QVERIFY(database.reopen());
        QCOMPARE(CryptoStore(database.db(), own).crossSigningKey("master", &error)->publicKey(),
                 key->publicKey());
    }
};

QTEST_GUILESS_MAIN(TestCrossSigningKey)
#include "tst_crosssigningkey.moc"
