// SAS verification as a pure state machine: two in-process devices hand
// each other the events they return, in both flows (with a request, and
// started directly as matrix-nio does), and every refusal the spec asks for.
#include "crypto/Sas.h"
#include "crypto/SasVerification.h"

#include <QJsonArray>
#include <QTest>

using namespace atrium::crypto;

namespace {

const VerificationParty Alice{QStringLiteral("@alice:localhost"),
                              QStringLiteral("ALICEDEV"),
                              QStringLiteral("aliceEd25519Key"),
                              {}};
const VerificationParty Bob{QStringLiteral("@bob:localhost"),
                            QStringLiteral("BOBDEV"),
                            QStringLiteral("bobEd25519Key"),
                            {}};
const QString Txn = QStringLiteral("txn-1");

// Alice verifying Bob and Bob verifying Alice, with what is on the wire.
struct Pair
{
    SasVerification alice{Alice, Bob, Txn};
    SasVerification bob{Bob, Alice, Txn};
    QStringList wire; // "alice→ m.key.verification.start", … in the order sent

    // Delivers `messages` from `from` to the other, and everything that
    // answers, until both are quiet.
    void send(SasVerification &from, QList<VerificationMessage> messages)
    {
        SasVerification *sender = &from;
        while (!messages.isEmpty()) {
            SasVerification *receiver = sender == &alice ? &bob : &alice;
            QList<VerificationMessage> answers;
            for (const auto &message : messages) {
                wire.append((sender == &alice ? "alice→ " : "bob→ ") + message.type);
                answers += receiver->receive(message.type, message.content);
            }
            messages = answers;
            sender = receiver;
        }
    }
};

QStringList emojiNames(const SasVerification &verification)
{
    QStringList names;
    for (const auto &emoji : verification.emoji())
        names.append(emoji.name);
    return names;
}

} // namespace

class TestSasVerification : public QObject
{
    Q_OBJECT

private slots:
    void requestFlowVerifiesBothDevicesWithTheSameEmoji()
    {
        Pair pair;
        pair.send(pair.alice, pair.alice.request(1000));
        QCOMPARE(pair.bob.state(), SasVerification::State::Requested);
        QVERIFY(pair.bob.theyBegan());
        pair.send(pair.bob, pair.bob.accept());
        QCOMPARE(pair.alice.state(), SasVerification::State::KeysExchanged);
        QCOMPARE(pair.bob.state(), SasVerification::State::KeysExchanged);
        QCOMPARE(pair.wire,
                 QStringList({"alice→ m.key.verification.request", "bob→ m.key.verification.ready",
                              "alice→ m.key.verification.start", "bob→ m.key.verification.accept",
                              "alice→ m.key.verification.key", "bob→ m.key.verification.key"}));

        QCOMPARE(pair.alice.emoji().size(), 7);
        QCOMPARE(emojiNames(pair.alice), emojiNames(pair.bob));
        QCOMPARE(pair.alice.decimals().size(), 3);
        QCOMPARE(pair.alice.decimals(), pair.bob.decimals());
        for (int number : pair.alice.decimals())
            QVERIFY(number >= 1000 && number <= 9191);

        pair.send(pair.alice, pair.alice.confirm());
        QCOMPARE(pair.alice.state(), SasVerification::State::Confirmed);
        QCOMPARE(pair.bob.state(), SasVerification::State::KeysExchanged); // bob has not compared
        pair.send(pair.bob, pair.bob.confirm());
        QVERIFY(pair.alice.isVerified());
        QVERIFY(pair.bob.isVerified());
        QCOMPARE(pair.wire.mid(6),
                 QStringList({"alice→ m.key.verification.mac", "bob→ m.key.verification.mac",
                              "bob→ m.key.verification.done", "alice→ m.key.verification.done"}));
    }

    void inARoomEveryEventRefersToTheRequest()
    {
        SasVerification alice(Alice, Bob, {}, SasVerification::Channel::Room);
        const QList<VerificationMessage> request = alice.request(1000);
        QCOMPARE(request.size(), 1);
        QCOMPARE(request.first().type, QString("m.room.message"));
        const QJsonObject content = request.first().content;
        QCOMPARE(content.value("msgtype").toString(), QString("m.key.verification.request"));
        QCOMPARE(content.value("to").toString(), Bob.userId);
        QCOMPARE(content.value("from_device").toString(), Alice.deviceId);
        QVERIFY(!content.value("body").toString().isEmpty());
        QVERIFY(!content.contains("transaction_id") && !content.contains("timestamp"));

        // The request's event id is the transaction from here on.
        alice.setTransactionId("$request");
        Pair pair;
        pair.alice = std::move(alice);
        pair.bob = SasVerification(Bob, Alice, "$request", SasVerification::Channel::Room);
        QJsonObject received = content;
        received.insert("m.relates_to",
                        QJsonObject{{"rel_type", "m.reference"}, {"event_id", "$request"}});
        QVERIFY(pair.bob.receive("m.key.verification.request", received).isEmpty());
        QList<VerificationMessage> ready = pair.bob.accept();
        QCOMPARE(ready.size(), 1);
        QVERIFY(!ready.first().content.contains("transaction_id"));
        QCOMPARE(
            SasVerification::transactionOf(ready.first().content, SasVerification::Channel::Room),
            QString("$request"));
        pair.send(pair.bob, ready);
        QCOMPARE(emojiNames(pair.alice), emojiNames(pair.bob));
        pair.send(pair.alice, pair.alice.confirm());
        pair.send(pair.bob, pair.bob.confirm());
        QVERIFY(pair.alice.isVerified());
        QVERIFY(pair.bob.isVerified());

        // A to-device event of the same transaction is not this verification's.
        SasVerification other(Bob, Alice, "$request", SasVerification::Channel::Room);
        other.receive("m.key.verification.request", received);
        other.receive("m.key.verification.start", {{"transaction_id", "$request"}});
        QCOMPARE(other.cancelCode(), QString("m.unknown_transaction"));
    }

    void startedDirectlyLikeNioEndsWithoutDone()
    {
        Pair pair;
        pair.send(pair.bob, pair.bob.start());
        QCOMPARE(pair.alice.state(), SasVerification::State::Started);
        QVERIFY(pair.alice.theyBegan());
        QVERIFY(!pair.bob.theyBegan());
        pair.send(pair.alice, pair.alice.accept());
        QCOMPARE(emojiNames(pair.alice), emojiNames(pair.bob));
        QCOMPARE(pair.alice.sasMethods(), QStringList({"decimal", "emoji"}));
        pair.send(pair.bob, pair.bob.confirm());
        pair.send(pair.alice, pair.alice.confirm());
        QVERIFY(pair.alice.isVerified());
        QVERIFY(pair.bob.isVerified());
        QVERIFY(!pair.wire.contains("alice→ m.key.verification.done"));
        QVERIFY(!pair.wire.contains("bob→ m.key.verification.done"));
    }

    void olderMacMethodIsUsedWhenItIsTheOnlyOneOffered()
    {
        // matrix-nio offers hkdf-hmac-sha256 and hmac-sha256, not the .v2.
        Pair pair;
        QList<VerificationMessage> start = pair.bob.start();
        start[0].content.insert("message_authentication_codes",
                                QJsonArray{"hkdf-hmac-sha256", "hmac-sha256"});
        // (The whole flow with this method runs against nio in tests/interop.)
        QCOMPARE(pair.alice.receive(start[0].type, start[0].content).size(), 0);
        const auto accept = pair.alice.accept();
        QCOMPARE(accept.size(), 1);
        QCOMPARE(accept[0].content.value("message_authentication_code").toString(),
                 QStringLiteral("hkdf-hmac-sha256"));
    }

    void mismatchCancelsBothSides()
    {
        Pair pair;
        pair.send(pair.alice, pair.alice.start());
        pair.send(pair.bob, pair.bob.accept());
        pair.send(pair.alice, pair.alice.confirm());
        pair.send(pair.bob, pair.bob.mismatch());
        QCOMPARE(pair.bob.state(), SasVerification::State::Cancelled);
        QCOMPARE(pair.bob.cancelCode(), QStringLiteral("m.mismatched_sas"));
        QVERIFY(!pair.bob.cancelledByThem());
        QCOMPARE(pair.alice.state(), SasVerification::State::Cancelled);
        QCOMPARE(pair.alice.cancelCode(), QStringLiteral("m.mismatched_sas"));
        QVERIFY(pair.alice.cancelledByThem());
        QVERIFY(!pair.alice.isVerified());
    }

    void unexpectedMessageCancels()
    {
        Pair pair;
        pair.send(pair.alice, pair.alice.start());
        // A MAC before any key was exchanged.
        const auto answer =
            pair.bob.receive("m.key.verification.mac",
                             {{"transaction_id", Txn}, {"mac", QJsonObject{}}, {"keys", "x"}});
        QCOMPARE(answer.size(), 1);
        QCOMPARE(answer[0].type, QStringLiteral("m.key.verification.cancel"));
        QCOMPARE(answer[0].content.value("code").toString(),
                 QStringLiteral("m.unexpected_message"));
        QCOMPARE(answer[0].content.value("transaction_id").toString(), Txn);
        QCOMPARE(pair.bob.state(), SasVerification::State::Cancelled);
        // Nothing more is said once cancelled.
        QVERIFY(pair.bob.receive("m.key.verification.key", {{"transaction_id", Txn}}).isEmpty());
    }

    void readyWithoutRequestCancels()
    {
        Pair pair;
        const auto answer = pair.alice.receive(
            "m.key.verification.ready",
            {{"transaction_id", Txn}, {"from_device", Bob.deviceId}, {"methods", QJsonArray{}}});
        QCOMPARE(answer.value(0).content.value("code").toString(),
                 QStringLiteral("m.unexpected_message"));
    }

    void keyThatBreaksTheCommitmentCancels()
    {
        Pair pair;
        pair.send(pair.alice, pair.alice.start());
        const auto accept = pair.bob.accept();
        const auto key = pair.alice.receive(accept[0].type, accept[0].content);
        QCOMPARE(key.size(), 1);
        pair.bob.receive(key[0].type, key[0].content);
        // A man in the middle swaps Bob's key for one of his own.
        Sas mallory;
        const auto answer = pair.alice.receive(
            "m.key.verification.key", {{"transaction_id", Txn}, {"key", mallory.publicKey()}});
        QCOMPARE(pair.alice.state(), SasVerification::State::Cancelled);
        QCOMPARE(pair.alice.cancelCode(), QStringLiteral("m.mismatched_commitment"));
        QCOMPARE(answer.value(0).type, QStringLiteral("m.key.verification.cancel"));
    }

    void macOfAnotherDeviceKeyCancelsWithKeyMismatch()
    {
        // Bob holds a different key for Alice's device than the one she has.
        SasVerification alice(Alice, Bob, Txn);
        SasVerification bob(Bob, {Alice.userId, Alice.deviceId, "notAlicesKey", {}}, Txn);
        QList<VerificationMessage> toBob = alice.start();
        QList<VerificationMessage> toAlice;
        auto deliver = [](SasVerification &to, const QList<VerificationMessage> &messages) {
            QList<VerificationMessage> answers;
            for (const auto &message : messages)
                answers += to.receive(message.type, message.content);
            return answers;
        };
        deliver(bob, toBob);
        toAlice = bob.accept();
        toBob = deliver(alice, toAlice); // key
        toAlice = deliver(bob, toBob);   // key
        deliver(alice, toAlice);
        QCOMPARE(emojiNames(alice), emojiNames(bob)); // the SAS still matches
        deliver(alice, bob.confirm());
        const auto answer = deliver(bob, alice.confirm());
        QCOMPARE(bob.state(), SasVerification::State::Cancelled);
        QCOMPARE(bob.cancelCode(), QStringLiteral("m.key_mismatch"));
        QCOMPARE(answer.value(0).content.value("code").toString(),
                 QStringLiteral("m.key_mismatch"));
    }

    void masterKeysInTheMacsAreVerifiedToo()
    {
        // Both hold cross-signing keys and know the other's master key.
        const VerificationParty alice{Alice.userId, Alice.deviceId, Alice.ed25519, "aliceMaster"};
        const VerificationParty bob{Bob.userId, Bob.deviceId, Bob.ed25519, "bobMaster"};
        Pair pair;
        pair.alice = SasVerification(alice, bob, Txn);
        pair.bob = SasVerification(bob, alice, Txn);
        pair.send(pair.alice, pair.alice.request(1000));
        pair.send(pair.bob, pair.bob.accept());
        pair.send(pair.alice, pair.alice.confirm());
        pair.send(pair.bob, pair.bob.confirm());
        QVERIFY(pair.alice.isTheirMasterKeyVerified());
        QVERIFY(pair.bob.isTheirMasterKeyVerified());

        // Without a master on one side the devices are still verified, the
        // missing master is not.
        Pair plain;
        plain.alice = SasVerification(Alice, bob, Txn);
        plain.bob = SasVerification(bob, Alice, Txn);
        plain.send(plain.alice, plain.alice.request(1000));
        plain.send(plain.bob, plain.bob.accept());
        plain.send(plain.alice, plain.alice.confirm());
        plain.send(plain.bob, plain.bob.confirm());
        QVERIFY(plain.alice.isVerified() && plain.bob.isVerified());
        QVERIFY(plain.alice.isTheirMasterKeyVerified());
        QVERIFY(!plain.bob.isTheirMasterKeyVerified());
    }

    void aForgedMasterKeyMacCancels()
    {
        const VerificationParty alice{Alice.userId, Alice.deviceId, Alice.ed25519, "aliceMaster"};
        SasVerification sender(alice, Bob, Txn);
        SasVerification receiver(Bob, alice, Txn);
        auto deliver = [](SasVerification &to, const QList<VerificationMessage> &messages) {
            QList<VerificationMessage> answers;
            for (const auto &message : messages)
                answers += to.receive(message.type, message.content);
            return answers;
        };
        deliver(receiver, sender.start());
        const auto keys = deliver(sender, receiver.accept());
        deliver(sender, deliver(receiver, keys));
        deliver(sender, receiver.confirm());
        QList<VerificationMessage> mac = sender.confirm();
        QJsonObject macs = mac.first().content.value("mac").toObject();
        QVERIFY(macs.contains("ed25519:aliceMaster"));
        macs.insert("ed25519:aliceMaster", macs.value("ed25519:" + Alice.deviceId));
        mac.first().content.insert("mac", macs);
        deliver(receiver, mac);
        QCOMPARE(receiver.state(), SasVerification::State::Cancelled);
        QCOMPARE(receiver.cancelCode(), QStringLiteral("m.key_mismatch"));
    }

    void startWithoutCommonMethodsCancelsWithUnknownMethod()
    {
        SasVerification alice(Alice, Bob, Txn);
        const auto answer = alice.receive(
            "m.key.verification.start",
            {{"transaction_id", Txn},
             {"from_device", Bob.deviceId},
             {"method", "m.sas.v1"},
             {"key_agreement_protocols", QJsonArray{"curve25519"}}, // the deprecated one only
             {"hashes", QJsonArray{"sha256"}},
             {"message_authentication_codes", QJsonArray{"hkdf-hmac-sha256"}},
             {"short_authentication_string", QJsonArray{"emoji"}}});
        QCOMPARE(alice.cancelCode(), QStringLiteral("m.unknown_method"));
        QCOMPARE(answer.value(0).type, QStringLiteral("m.key.verification.cancel"));
    }

    void theirCancelIsReportedWithItsReason()
    {
        Pair pair;
        pair.send(pair.alice, pair.alice.request(1000));
        pair.send(pair.bob, pair.bob.cancel());
        QCOMPARE(pair.alice.state(), SasVerification::State::Cancelled);
        QCOMPARE(pair.alice.cancelCode(), QStringLiteral("m.user"));
        QCOMPARE(pair.alice.cancelReason(), QStringLiteral("cancelled by user"));
        QVERIFY(pair.alice.cancelledByThem());
    }

    void simultaneousStartsKeepTheLowerUsersStart()
    {
        Pair pair;
        const auto aliceStart = pair.alice.start();
        const auto bobStart = pair.bob.start();
        // @alice < @bob: Alice ignores Bob's start, Bob accepts Alice's.
        QVERIFY(pair.alice.receive(bobStart[0].type, bobStart[0].content).isEmpty());
        const auto accept = pair.bob.receive(aliceStart[0].type, aliceStart[0].content);
        QCOMPARE(accept.value(0).type, QStringLiteral("m.key.verification.accept"));
        pair.send(pair.bob, accept);
        QCOMPARE(emojiNames(pair.alice), emojiNames(pair.bob));
        QVERIFY(!pair.alice.emoji().isEmpty());
    }

    void emojiTableIsTheSpecs()
    {
        const auto &table = SasVerification::emojiTable();
        QCOMPARE(table.size(), 64);
        for (int i = 0; i < table.size(); ++i)
            QCOMPARE(table[i].index, i);
        QCOMPARE(table[0].emoji, QStringLiteral("🐶"));
        QCOMPARE(table[34].name, QStringLiteral("Spanner"));
        QCOMPARE(table[63].name, QStringLiteral("Pin"));
    }
};

QTEST_GUILESS_MAIN(TestSasVerification)
#include "tst_sasverification.moc"
