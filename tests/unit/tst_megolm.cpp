// Olm and Megolm as Atrium uses them: two devices, each with its own
// account database, exchange a room key over Olm and read each other's
// room messages, with the checks the spec asks for.
#include "TemporaryDatabase.h"
#include "crypto/AccountKeys.h"
#include "crypto/CryptoStore.h"
#include "crypto/MegolmDecryptor.h"
#include "crypto/MegolmEncryptor.h"
#include "crypto/OlmAccount.h"
#include "crypto/OlmChannel.h"
#include "matrix/SyncResponse.h"
#include "store/TimelineEvent.h"
#include "sync/EncryptionStage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace atrium;
using namespace atrium::crypto;

namespace {

const QString Room = QStringLiteral("!room:localhost");

// One device: its database, account and identity.
struct Device
{
    Device(const QString &userId, const QString &deviceId)
        : identity{userId, deviceId, QByteArray(32, 'k')}, store(database.db(), identity),
          account(crypto::OlmAccount::create())
    {
        account.generateOneTimeKeys(5);
        store.saveAccount(account);
    }

    DeviceKeys keys()
    {
        QString error;
        return *DeviceKeys::fromJson(AccountKeys::deviceKeys(account, identity), identity.userId,
                                     identity.deviceId, &error);
    }

    QJsonObject claimOneTimeKey()
    {
        const QJsonObject keys = AccountKeys::oneTimeKeys(account, identity);
        account.markKeysAsPublished();
        return keys.begin().value().toObject();
    }

    test::TemporaryDatabase database;
    CryptoIdentity identity;
    CryptoStore store;
    crypto::OlmAccount account;
};

QJsonObject toDeviceEvent(const QString &sender, const QJsonObject &content)
{
    return {{"type", "m.room.encrypted"}, {"sender", sender}, {"content", content}};
}

QJsonObject roomEvent(const QString &eventId, const QString &sender, const QJsonObject &content)
{
    return {{"type", "m.room.encrypted"},
            {"event_id", eventId},
            {"sender", sender},
            {"room_id", Room},
            {"content", content}};
}

// Alice shares her room key with Bob over Olm; Bob stores it as his
// inbound session, as the sync pipeline does for m.room_key.
void shareRoomKey(Device &alice, Device &bob, MegolmEncryptor &encryptor)
{
    const auto share = encryptor.prepare(Room, {}, {bob.keys()}, 1000);
    QVERIFY(share);
    OlmChannel aliceChannel(alice.store, alice.account, alice.identity);
    QString error;
    if (!aliceChannel.hasSession(bob.keys()))
        QVERIFY2(aliceChannel.createSession(bob.keys(), bob.claimOneTimeKey(), &error),
                 qPrintable(error));
    const auto content = aliceChannel.encrypt(bob.keys(), "m.room_key", share->roomKeyContent);
    QVERIFY(content);
    QVERIFY(encryptor.markShared(Room, share->sessionId, bob.keys()));

    OlmChannel bobChannel(bob.store, bob.account, bob.identity);
    const auto received =
        bobChannel.decrypt(toDeviceEvent(alice.identity.userId, *content), &error);
    QVERIFY2(received, qPrintable(error));
    QCOMPARE(received->type, QStringLiteral("m.room_key"));
    auto inbound = MegolmInboundSession::fromSessionKey(
        received->content.value("session_key").toString(), &error);
    QVERIFY(inbound);
    QVERIFY(bob.store.saveInboundSession(
        {Room, received->senderKey, received->senderSigningKey, {}}, *inbound));
}

} // namespace

class TestMegolm : public QObject
{
    Q_OBJECT

private slots:
    void deviceKeysAreSelfSigned()
    {
        Device alice("@alice:localhost", "ALICE");
        QString error;
        const QJsonObject json = AccountKeys::deviceKeys(alice.account, alice.identity);
        QVERIFY(DeviceKeys::fromJson(json, "@alice:localhost", "ALICE", &error));

        QJsonObject tampered = json;
        tampered.insert("algorithms", QJsonArray{"m.olm.v1.curve25519-aes-sha2"});
        QVERIFY(!DeviceKeys::fromJson(tampered, "@alice:localhost", "ALICE", &error));
        QVERIFY(error.contains("signature"));
        // Listed under another id: refused even though the signature is good.
        QVERIFY(!DeviceKeys::fromJson(json, "@alice:localhost", "OTHER", &error));
    }

    void olmMessagesFlowBothWays()
    {
        Device alice("@alice:localhost", "ALICE");
        Device bob("@bob:localhost", "BOB");
        OlmChannel aliceChannel(alice.store, alice.account, alice.identity);
        OlmChannel bobChannel(bob.store, bob.account, bob.identity);
        QString error;
        QVERIFY(aliceChannel.createSession(bob.keys(), bob.claimOneTimeKey(), &error));

        const auto first = aliceChannel.encrypt(bob.keys(), "m.dummy", {});
        const auto received = bobChannel.decrypt(toDeviceEvent("@alice:localhost", *first), &error);
        QVERIFY2(received, qPrintable(error));
        QCOMPARE(received->type, QStringLiteral("m.dummy"));
        QCOMPARE(received->senderSigningKey, alice.account.ed25519Key());
        QVERIFY(bobChannel.accountChanged()); // the one-time key is used up

        const auto reply = bobChannel.encrypt(alice.keys(), "m.test", {{"n", 1}});
        QVERIFY(reply);
        const auto answer = aliceChannel.decrypt(toDeviceEvent("@bob:localhost", *reply), &error);
        QVERIFY2(answer, qPrintable(error));
        QCOMPARE(answer->content.value("n").toInt(), 1);
    }

    void olmReplayIsRefused()
    {
        Device alice("@alice:localhost", "ALICE");
        Device bob("@bob:localhost", "BOB");
        OlmChannel aliceChannel(alice.store, alice.account, alice.identity);
        OlmChannel bobChannel(bob.store, bob.account, bob.identity);
        QString error;
        QVERIFY(aliceChannel.createSession(bob.keys(), bob.claimOneTimeKey(), &error));
        const auto message = aliceChannel.encrypt(bob.keys(), "m.dummy", {});
        const QJsonObject event = toDeviceEvent("@alice:localhost", *message);
        QVERIFY(bobChannel.decrypt(event, &error));
        bob.store.saveAccount(bob.account);
        QVERIFY(!bobChannel.decrypt(event, &error));
    }

    void olmRejectsAForgedSender()
    {
        Device alice("@alice:localhost", "ALICE");
        Device bob("@bob:localhost", "BOB");
        OlmChannel aliceChannel(alice.store, alice.account, alice.identity);
        OlmChannel bobChannel(bob.store, bob.account, bob.identity);
        QString error;
        QVERIFY(aliceChannel.createSession(bob.keys(), bob.claimOneTimeKey(), &error));
        const auto message = aliceChannel.encrypt(bob.keys(), "m.dummy", {});
        QVERIFY(!bobChannel.decrypt(toDeviceEvent("@mallory:localhost", *message), &error));
        QVERIFY(error.contains("sender"));
    }

    void olmTamperedMessageIsRefused()
    {
        Device alice("@alice:localhost", "ALICE");
        Device bob("@bob:localhost", "BOB");
        OlmChannel aliceChannel(alice.store, alice.account, alice.identity);
        OlmChannel bobChannel(bob.store, bob.account, bob.identity);
        QString error;
        QVERIFY(aliceChannel.createSession(bob.keys(), bob.claimOneTimeKey(), &error));
        QJsonObject message = *aliceChannel.encrypt(bob.keys(), "m.dummy", {});
        QJsonObject ciphertext = message.value("ciphertext").toObject();
        const QString ourKey = bob.account.curve25519Key();
        QJsonObject body = ciphertext.value(ourKey).toObject();
        QString text = body.value("body").toString();
        text[text.size() / 2] = text[text.size() / 2] == QChar('A') ? QChar('B') : QChar('A');
        body.insert("body", text);
        ciphertext.insert(ourKey, body);
        message.insert("ciphertext", ciphertext);
        QVERIFY(!bobChannel.decrypt(toDeviceEvent("@alice:localhost", message), &error));
        QVERIFY(!error.isEmpty());
    }

    void malformedRoomKeyIsNotKept()
    {
        Device alice("@alice:localhost", "ALICE");
        Device bob("@bob:localhost", "BOB");
        OlmChannel aliceChannel(alice.store, alice.account, alice.identity);
        QString error;
        QVERIFY(aliceChannel.createSession(bob.keys(), bob.claimOneTimeKey(), &error));
        const auto content = aliceChannel.encrypt(bob.keys(), "m.room_key",
                                                  {{"algorithm", "m.megolm.v1.aes-sha2"},
                                                   {"room_id", Room},
                                                   {"session_id", "forged"},
                                                   {"session_key", "not a session key"}});
        QVERIFY(content);
        matrix::SyncResponse response;
        response.nextBatch = QStringLiteral("s1");
        response.toDevice = {toDeviceEvent(alice.identity.userId, *content)};
        sync::EncryptionStage stage(bob.identity);
        QVERIFY2(stage.process(bob.database.db(), response, &error), qPrintable(error));
        // Decrypted, seen by later stages, but kept nowhere and naming no room
        // (so no view retries its messages for it).
        const QJsonObject seen = response.toDevice.first();
        QCOMPARE(seen.value("type").toString(), QString("m.room_key"));
        QVERIFY(!seen.value("content").toObject().contains("room_id"));
        QVERIFY(!bob.store.inboundSession(Room, alice.account.curve25519Key(), "forged"));
    }

    void oneTimeKeyWithBadSignatureIsRefused()
    {
        Device alice("@alice:localhost", "ALICE");
        Device bob("@bob:localhost", "BOB");
        Device mallory("@bob:localhost", "BOB");
        OlmChannel aliceChannel(alice.store, alice.account, alice.identity);
        QString error;
        QVERIFY(!aliceChannel.createSession(bob.keys(), mallory.claimOneTimeKey(), &error));
        QVERIFY(!aliceChannel.hasSession(bob.keys()));
    }

    void megolmRoundTrip()
    {
        Device alice("@alice:localhost", "ALICE");
        Device bob("@bob:localhost", "BOB");
        MegolmEncryptor encryptor(alice.store, alice.account, alice.identity);
        shareRoomKey(alice, bob, encryptor);
        QString error;
        const auto content = encryptor.encrypt(Room, "m.room.message",
                                               {{"msgtype", "m.text"}, {"body", "hi"}}, &error);
        QVERIFY2(content, qPrintable(error));
        QVERIFY(!QJsonDocument(*content).toJson().contains("hi\""));

        MegolmDecryptor bobDecryptor(bob.store);
        const auto clear =
            bobDecryptor.decrypt(Room, roomEvent("$1", "@alice:localhost", *content));
        QVERIFY2(clear.ok(), qPrintable(clear.error));
        QCOMPARE(clear.type, QStringLiteral("m.room.message"));
        QCOMPARE(clear.content.value("body").toString(), QStringLiteral("hi"));
        // The sender reads its own messages too.
        MegolmDecryptor aliceDecryptor(alice.store);
        QVERIFY(aliceDecryptor.decrypt(Room, roomEvent("$1", "@alice:localhost", *content)).ok());
    }

    void megolmTamperedOrMalformedCiphertextIsRefused()
    {
        Device alice("@alice:localhost", "ALICE");
        Device bob("@bob:localhost", "BOB");
        MegolmEncryptor encryptor(alice.store, alice.account, alice.identity);
        shareRoomKey(alice, bob, encryptor);
        QString error;
        const auto content = encryptor.encrypt(Room, "m.room.message", {{"body", "x"}}, &error);
        MegolmDecryptor decryptor(bob.store);

        QJsonObject tampered = *content;
        QString text = tampered.value("ciphertext").toString();
        text[text.size() / 2] = text[text.size() / 2] == QChar('A') ? QChar('B') : QChar('A');
        tampered.insert("ciphertext", text);
        const auto refused = decryptor.decrypt(Room, roomEvent("$1", "@alice:localhost", tampered));
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error.isEmpty());

        QJsonObject noSession = *content;
        noSession.remove("session_id");
        const auto malformed =
            decryptor.decrypt(Room, roomEvent("$2", "@alice:localhost", noSession));
        QCOMPARE(malformed.failure, DecryptedRoomEvent::Failure::Malformed);
        QJsonObject otherAlgorithm = *content;
        otherAlgorithm.insert("algorithm", "m.megolm.v9");
        QVERIFY(!decryptor.decrypt(Room, roomEvent("$3", "@alice:localhost", otherAlgorithm)).ok());

        // The genuine message still reads: a refused forgery spends nothing.
        QVERIFY(decryptor.decrypt(Room, roomEvent("$4", "@alice:localhost", *content)).ok());
    }

    void megolmReplayUnderAnotherEventIdIsRefused()
    {
        Device alice("@alice:localhost", "ALICE");
        Device bob("@bob:localhost", "BOB");
        MegolmEncryptor encryptor(alice.store, alice.account, alice.identity);
        shareRoomKey(alice, bob, encryptor);
        QString error;
        const auto content = encryptor.encrypt(Room, "m.room.message", {{"body", "x"}}, &error);
        MegolmDecryptor decryptor(bob.store);
        QVERIFY(decryptor.decrypt(Room, roomEvent("$1", "@alice:localhost", *content)).ok());
        QVERIFY(decryptor.decrypt(Room, roomEvent("$1", "@alice:localhost", *content)).ok());
        const auto replay = decryptor.decrypt(Room, roomEvent("$2", "@alice:localhost", *content));
        QCOMPARE(replay.failure, DecryptedRoomEvent::Failure::Replayed);
    }

    void oneDecryptorReadsBackwardsWithItsCachedSession()
    {
        Device alice("@alice:localhost", "ALICE");
        Device bob("@bob:localhost", "BOB");
        MegolmEncryptor encryptor(alice.store, alice.account, alice.identity);
        shareRoomKey(alice, bob, encryptor);
        QString error;
        QList<QJsonObject> contents;
        for (int i = 0; i < 3; ++i)
            contents.append(*encryptor.encrypt(Room, "m.room.message", {{"body", i}}, &error));
        // Newest first, as the timeline pages: the session kept from the
        // first event has to go back for the older ones.
        MegolmDecryptor decryptor(bob.store);
        for (int i : {2, 0, 1}) {
            const auto clear = decryptor.decrypt(
                Room, roomEvent(QStringLiteral("$%1").arg(i), "@alice:localhost", contents[i]));
            QVERIFY2(clear.ok(), qPrintable(clear.error));
            QCOMPARE(clear.content.value("body").toInt(), i);
        }
    }

    void megolmReplayInOneBatchIsRefusedAndRecorded()
    {
        Device alice("@alice:localhost", "ALICE");
        Device bob("@bob:localhost", "BOB");
        MegolmEncryptor encryptor(alice.store, alice.account, alice.identity);
        shareRoomKey(alice, bob, encryptor);
        QString error;
        const auto first = encryptor.encrypt(Room, "m.room.message", {{"body", "a"}}, &error);
        const auto second = encryptor.encrypt(Room, "m.room.message", {{"body", "b"}}, &error);
        const auto timelineEvent = [](const QString &eventId, const QJsonObject &content) {
            store::TimelineEvent event;
            event.eventId = eventId;
            event.type = QStringLiteral("m.room.encrypted");
            event.content = content;
            event.json = roomEvent(eventId, "@alice:localhost", content);
            return event;
        };
        // One page as the timeline decrypts it: the second event replays
        // the first one's index, within the same batch and session.
        QList<store::TimelineEvent> page{timelineEvent("$1", *first), timelineEvent("$2", *first),
                                         timelineEvent("$3", *second)};
        const sync::EncryptionStage stage(bob.identity);
        store::Database &db = bob.database.db();
        stage.decrypt(db, Room, page);
        QVERIFY2(page[0].decryptionError.isEmpty(), qPrintable(page[0].decryptionError));
        QCOMPARE(page[0].content.value("body").toString(), QStringLiteral("a"));
        QVERIFY(page[1].decryptionError.contains("already used by $1"));
        QCOMPARE(page[1].decryptionFailure, store::TimelineEvent::DecryptionFailure::Replayed);
        QCOMPARE(page[1].type, QStringLiteral("m.room.encrypted"));
        QVERIFY2(page[2].decryptionError.isEmpty(), qPrintable(page[2].decryptionError));
        // The batch's transaction is committed: a new one can begin.
        QVERIFY(db.beginTransaction());
        QVERIFY(db.commit());

        // The indices the batch recorded hold for later batches.
        QCOMPARE(MegolmDecryptor(bob.store)
                     .decrypt(Room, roomEvent("$4", "@alice:localhost", *second))
                     .failure,
                 DecryptedRoomEvent::Failure::Replayed);
        QList<store::TimelineEvent> again{timelineEvent("$1", *first), timelineEvent("$5", *first)};
        stage.decrypt(db, Room, again);
        QVERIFY2(again[0].decryptionError.isEmpty(), qPrintable(again[0].decryptionError));
        QVERIFY(again[1].decryptionError.contains("already used by $1"));

        // Inside a caller's transaction the batch uses that one and leaves
        // it open: rolled back, its index is not recorded.
        const auto third = encryptor.encrypt(Room, "m.room.message", {{"body", "c"}}, &error);
        QVERIFY(db.beginTransaction());
        QList<store::TimelineEvent> inside{timelineEvent("$6", *third)};
        stage.decrypt(db, Room, inside);
        QVERIFY(inside[0].decryptionError.isEmpty());
        QVERIFY(!db.beginTransaction()); // still the caller's, open
        db.rollback();
        QCOMPARE(bob.store.eventAtIndex(alice.account.curve25519Key(),
                                        third->value("session_id").toString(), 2),
                 QString());
    }

    void megolmMissingKeyIsReported()
    {
        Device alice("@alice:localhost", "ALICE");
        Device bob("@bob:localhost", "BOB");
        MegolmEncryptor encryptor(alice.store, alice.account, alice.identity);
        QVERIFY(encryptor.prepare(Room, {}, {}, 1000));
        QString error;
        const auto content = encryptor.encrypt(Room, "m.room.message", {{"body", "x"}}, &error);
        const auto result =
            MegolmDecryptor(bob.store).decrypt(Room, roomEvent("$1", "@alice:localhost", *content));
        QCOMPARE(result.failure, DecryptedRoomEvent::Failure::MissingKey);
        QVERIFY(!result.error.isEmpty());
    }

    void megolmMessageMovedToAnotherRoomIsRefused()
    {
        Device alice("@alice:localhost", "ALICE");
        Device bob("@bob:localhost", "BOB");
        MegolmEncryptor encryptor(alice.store, alice.account, alice.identity);
        shareRoomKey(alice, bob, encryptor);
        // Bob also holds the key under another room (as if shared there too).
        InboundSessionInfo info;
        auto session = bob.store.inboundSession(
            Room, alice.account.curve25519Key(),
            encryptor.prepare(Room, {}, {bob.keys()}, 1000)->sessionId, &info);
        QVERIFY(session);
        info.roomId = "!other:localhost";
        QVERIFY(bob.store.saveInboundSession(info, *session));
        QString error;
        const auto content = encryptor.encrypt(Room, "m.room.message", {{"body", "x"}}, &error);
        QJsonObject moved = roomEvent("$1", "@alice:localhost", *content);
        const auto result = MegolmDecryptor(bob.store).decrypt("!other:localhost", moved);
        QVERIFY(!result.ok());
        QCOMPARE(result.failure, DecryptedRoomEvent::Failure::WrongRoom);
        QVERIFY(result.error.contains("another room"));
    }

    void sessionRotatesAfterItsMessageLimit()
    {
        Device alice("@alice:localhost", "ALICE");
        MegolmEncryptor encryptor(alice.store, alice.account, alice.identity);
        RotationPolicy policy;
        policy.periodMessages = 2;
        const QString first = encryptor.prepare(Room, policy, {}, 1000)->sessionId;
        QString error;
        encryptor.encrypt(Room, "m.room.message", {}, &error);
        QCOMPARE(encryptor.prepare(Room, policy, {}, 1000)->sessionId, first);
        encryptor.encrypt(Room, "m.room.message", {}, &error);
        QVERIFY(encryptor.prepare(Room, policy, {}, 1000)->sessionId != first);
    }

    void sessionRotatesAfterItsPeriod()
    {
        Device alice("@alice:localhost", "ALICE");
        MegolmEncryptor encryptor(alice.store, alice.account, alice.identity);
        RotationPolicy policy;
        policy.periodMs = 5000;
        const QString first = encryptor.prepare(Room, policy, {}, 1000)->sessionId;
        QCOMPARE(encryptor.prepare(Room, policy, {}, 5999)->sessionId, first);
        QVERIFY(encryptor.prepare(Room, policy, {}, 6000)->sessionId != first);
    }

    void sessionRotatesWhenAKeyHolderLeaves()
    {
        Device alice("@alice:localhost", "ALICE");
        Device bob("@bob:localhost", "BOB");
        MegolmEncryptor encryptor(alice.store, alice.account, alice.identity);
        shareRoomKey(alice, bob, encryptor);
        const QString first = encryptor.prepare(Room, {}, {bob.keys()}, 1000)->sessionId;
        const auto withoutBob = encryptor.prepare(Room, {}, {}, 1000);
        QVERIFY(withoutBob->sessionId != first);
    }

    void onlyDevicesWithoutTheKeyAreListed()
    {
        Device alice("@alice:localhost", "ALICE");
        Device bob("@bob:localhost", "BOB");
        Device carol("@carol:localhost", "CAROL");
        MegolmEncryptor encryptor(alice.store, alice.account, alice.identity);
        shareRoomKey(alice, bob, encryptor);
        const auto share = encryptor.prepare(Room, {}, {bob.keys(), carol.keys()}, 1000);
        QCOMPARE(share->devices.size(), 1);
        QCOMPARE(share->devices.first().deviceId, QStringLiteral("CAROL"));
    }

    void picklesNeedTheirKey()
    {
        const crypto::OlmAccount account = crypto::OlmAccount::create();
        QString error;
        const QByteArray pickle = account.pickle("right key");
        QVERIFY(crypto::OlmAccount::unpickle(pickle, "right key", &error));
        QCOMPARE(crypto::OlmAccount::unpickle(pickle, "right key", &error)->ed25519Key(),
                 account.ed25519Key());
        QVERIFY(!crypto::OlmAccount::unpickle(pickle, "wrong key", &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMegolm)
#include "tst_megolm.moc"
