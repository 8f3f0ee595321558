// The spec's cross-signing trust rules: our own devices signed by our
// self-signing key, other users' devices signed by their self-signing key
// when our user-signing key signed their master, local SAS otherwise.
#include "TemporaryDatabase.h"
#include "crypto/AccountKeys.h"
#include "crypto/CrossSigningKey.h"
#include "crypto/CrossSigningKeyStore.h"
#include "crypto/CrossSigningTrust.h"
#include "crypto/CryptoIdentity.h"
#include "crypto/OlmAccount.h"

#include <QJsonArray>
#include <QTest>

using namespace atrium;
using namespace atrium::crypto;
using Trust = CrossSigningTrust::Device;

namespace {

const QString Alice = QStringLiteral("@alice:localhost");
const QString Bob = QStringLiteral("@bob:localhost");

// A user's private cross-signing keys and what they publish.
struct User
{
    QString id;
    CrossSigningKey master = CrossSigningKey::generate();
    CrossSigningKey selfSigning = CrossSigningKey::generate();
    CrossSigningKey userSigning = CrossSigningKey::generate();
    QJsonObject masterJson;

    explicit User(QString userId) : id(std::move(userId)) { masterJson = json(master, "master"); }

    QJsonObject json(const CrossSigningKey &key, const QString &usage) const
    {
        return QJsonObject{{"user_id", id},
                           {"usage", QJsonArray{usage}},
                           {"keys", QJsonObject{{"ed25519:" + key.publicKey(), key.publicKey()}}}};
    }

    CrossSigningKeys published() const
    {
        QString error;
        CrossSigningKeys keys;
        keys.master = CrossSigningPublicKey::parse(masterJson, id, "master", &error);
        keys.selfSigning =
            CrossSigningPublicKey::parse(master.signJson(json(selfSigning, "self_signing"), id), id,
                                         "self_signing", &error, &*keys.master);
        keys.userSigning =
            CrossSigningPublicKey::parse(master.signJson(json(userSigning, "user_signing"), id), id,
                                         "user_signing", &error, &*keys.master);
        return keys;
    }

    DeviceKeys device(const QString &deviceId, bool crossSigned) const
    {
        const crypto::OlmAccount account = crypto::OlmAccount::create();
        QJsonObject json = AccountKeys::deviceKeys(account, {id, deviceId, {}});
        if (crossSigned)
            json = selfSigning.signJson(json, id);
        QString error;
        return *DeviceKeys::fromJson(json, id, deviceId, &error);
    }
};

} // namespace

class TestCrossSigningTrust : public QObject
{
    Q_OBJECT

private slots:
    void ownDeviceTrustedWhenSignedByOurSelfSigningKey()
    {
        const User alice(Alice);
        const auto own = alice.published();
        const QString mk = alice.master.publicKey();
        QCOMPARE(CrossSigningTrust::deviceTrust(Alice, mk, own, own, alice.device("LAPTOP", true)),
                 Trust::CrossSigned);
        QCOMPARE(CrossSigningTrust::deviceTrust(Alice, mk, own, own, alice.device("NEW", false)),
                 Trust::Unverified);
        // A published master other than the one we hold is not trusted.
        QCOMPARE(CrossSigningTrust::deviceTrust(Alice, CrossSigningKey::generate().publicKey(), own,
                                                own, alice.device("LAPTOP", true)),
                 Trust::Unverified);
    }

    void otherUsersDeviceTrustedThroughOurUserSigningKey()
    {
        User alice(Alice);
        User bob(Bob);
        const QString mk = alice.master.publicKey();
        const DeviceKeys bobsPhone = bob.device("PHONE", true);

        QCOMPARE(CrossSigningTrust::deviceTrust(Alice, mk, alice.published(), bob.published(),
                                                bobsPhone),
                 Trust::Unverified);
        QVERIFY(
            !CrossSigningTrust::isUserTrusted(Alice, mk, alice.published(), Bob, bob.published()));

        // Alice verified Bob: her user-signing key signs his master key.
        bob.masterJson = alice.userSigning.signJson(bob.masterJson, Alice);
        QVERIFY(
            CrossSigningTrust::isUserTrusted(Alice, mk, alice.published(), Bob, bob.published()));
        QCOMPARE(CrossSigningTrust::deviceTrust(Alice, mk, alice.published(), bob.published(),
                                                bobsPhone),
                 Trust::CrossSigned);
        // A device Bob did not cross-sign stays unverified...
        DeviceKeys unsignedDevice = bob.device("OLD", false);
        QCOMPARE(CrossSigningTrust::deviceTrust(Alice, mk, alice.published(), bob.published(),
                                                unsignedDevice),
                 Trust::Unverified);
        // ...unless we verified it by SAS ourselves.
        unsignedDevice.verified = true;
        QCOMPARE(CrossSigningTrust::deviceTrust(Alice, mk, alice.published(), bob.published(),
                                                unsignedDevice),
                 Trust::LocallyVerified);
    }

    void signatureByAnotherKeyDoesNotCount()
    {
        const User alice(Alice);
        User bob(Bob);
        // Signed by Alice's self-signing key instead of her user-signing key.
        bob.masterJson = alice.selfSigning.signJson(bob.masterJson, Alice);
        QVERIFY(!CrossSigningTrust::isUserTrusted(Alice, alice.master.publicKey(),
                                                  alice.published(), Bob, bob.published()));
        // Bob's device signed by his master key directly, not his self-signing key.
        bob.masterJson = alice.userSigning.signJson(bob.masterJson, Alice);
        const crypto::OlmAccount account = crypto::OlmAccount::create();
        QString error;
        const DeviceKeys device = *DeviceKeys::fromJson(
            bob.master.signJson(AccountKeys::deviceKeys(account, {Bob, "TAB", {}}), Bob), Bob,
            "TAB", &error);
        QCOMPARE(CrossSigningTrust::deviceTrust(Alice, alice.master.publicKey(), alice.published(),
                                                bob.published(), device),
                 Trust::Unverified);
    }

    void publishedKeysParsedWithTheirChecks()
    {
        const User alice(Alice);
        const User mallory(Bob);
        QStringList errors;
        const auto keys = CrossSigningKeys::parse(
            Alice, alice.masterJson,
            alice.master.signJson(alice.json(alice.selfSigning, "self_signing"), Alice),
            // Signed by someone else's master: refused, the others kept.
            mallory.master.signJson(alice.json(alice.userSigning, "user_signing"), Alice), &errors);
        QVERIFY(keys.master && keys.selfSigning);
        QVERIFY(!keys.userSigning);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains("user_signing"), qPrintable(errors.first()));
        // Nothing published: no keys, no errors.
        errors.clear();
        const auto none = CrossSigningKeys::parse(Alice, {}, {}, {}, &errors);
        QVERIFY(!none.master && !none.selfSigning && errors.isEmpty());
    }

    void storedKeysAreCheckedAgainOnReading()
    {
        const User alice(Alice);
        test::TemporaryDatabase temp;
        CrossSigningKeyStore store(temp.db());
        QVERIFY(store.replace(Alice, alice.published()));
        const auto read = store.keys(Alice);
        QVERIFY(read.master && read.selfSigning && read.userSigning);
        QCOMPARE(read.selfSigning->publicKey(), alice.selfSigning.publicKey());
        QVERIFY(!store.keys(Bob).master);
        // A damaged self-signing row no longer counts; replacing forgets old keys.
        QVERIFY(temp.db().exec(
            QStringLiteral("UPDATE published_cross_signing_keys SET json = '{\"user_id\":\"x\"}'"
                           " WHERE usage = 'self_signing'")));
        QVERIFY(!store.keys(Alice).selfSigning);
        QVERIFY(store.replace(Alice, {}));
        QVERIFY(!store.keys(Alice).master);
    }
};

QTEST_GUILESS_MAIN(TestCrossSigningTrust)
#include "tst_crosssigningtrust.moc"
