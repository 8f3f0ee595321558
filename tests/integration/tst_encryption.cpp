// End-to-end encryption between Atrium sessions through the test
// homeserver: what the server holds is ciphertext, what the members read
// is the message, also after a restart and on a device that joins later.
#include "TestHomeserver.h"
#include "TestSession.h"
#include "matrix/Requests.h"
#include "store/StoreThread.h"
#include "sync/EncryptionService.h"
#include "sync/RoomHistory.h"
#include "sync/SendQueue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace atrium;
using atrium::sync::EncryptionStage;
using atrium::test::await;

namespace {

QStringList undecryptable(test::TestSession &session, const QString &roomId)
{
    QStringList errors;
    for (const auto &event : await(session->history()->latest(roomId, 50)).events) {
        if (!event.decryptionError.isEmpty())
            errors.append(event.decryptionError);
    }
    return errors;
}

} // namespace

class EncryptionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.serverOutput())); }

    void membersReadEachOtherAndTheServerSeesCiphertext()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "e2e-alice"));
        QVERIFY(bob.signUp(m_server.url(), "e2e-bob"));
        const QString roomId = test::createSharedRoom(alice, bob, test::encryptedRoom());
        QVERIFY(!roomId.isEmpty());

        QVERIFY(!await(alice->sendText(roomId, "the launch date is secret")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            test::readableBodies(bob, roomId).contains("the launch date is secret"), 15'000);
        QVERIFY(!await(bob->sendText(roomId, "understood")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(test::readableBodies(alice, roomId).contains("understood"),
                                 15'000);
        // Each reads its own messages too.
        QVERIFY(test::readableBodies(alice, roomId).contains("the launch date is secret"));

        QVERIFY(test::messageBodiesOnServer(m_server, roomId).isEmpty());
        int encrypted = 0;
        for (const QJsonObject &event : m_server.roomEvents(roomId)) {
            QVERIFY(!QJsonDocument(event).toJson().contains("secret"));
            encrypted += event.value("type").toString() == QLatin1String("m.room.encrypted");
        }
        QCOMPARE(encrypted, 2);
    }

    void messagesStayReadableAfterARestart()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "restart-alice"));
        QVERIFY(bob.signUp(m_server.url(), "restart-bob"));
        const QString roomId = test::createSharedRoom(alice, bob, test::encryptedRoom());
        QVERIFY(!await(alice->sendText(roomId, "before the restart")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(test::readableBodies(bob, roomId).contains("before the restart"),
                                 15'000);

        QVERIFY(bob.restart());
        QVERIFY(alice.restart());
        QVERIFY(test::readableBodies(bob, roomId).contains("before the restart"));
        QVERIFY(!await(alice->sendText(roomId, "after the restart")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(test::readableBodies(bob, roomId).contains("after the restart"),
                                 15'000);
    }

    void aSecondDeviceReadsWhatIsSentAfterItSignsIn()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "device-alice"));
        QVERIFY(bob.signUp(m_server.url(), "device-bob"));
        const QString roomId = test::createSharedRoom(alice, bob, test::encryptedRoom());
        QVERIFY(!await(alice->sendText(roomId, "first")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(test::readableBodies(bob, roomId).contains("first"), 15'000);

        test::TestSession bobLaptop;
        QVERIFY(bobLaptop.signIn(m_server.url(), "device-bob"));
        // The new device's keys are announced through device_lists.changed.
        QTRY_VERIFY_WITH_TIMEOUT(!await(bobLaptop->loadRooms()).isEmpty(), 15'000);
        QVERIFY(!await(alice->sendText(roomId, "second")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(test::readableBodies(bobLaptop, roomId).contains("second"),
                                 15'000);
        // Older messages were never shared with it: shown as such, with a reason.
        QVERIFY(!undecryptable(bobLaptop, roomId).isEmpty());
        // Bob's first device still reads everything.
        QTRY_VERIFY_WITH_TIMEOUT(test::readableBodies(bob, roomId).contains("second"), 15'000);
    }

    void theOutboxKeepsNoMessageInTheClear()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "outbox-alice"));
        QVERIFY(bob.signUp(m_server.url(), "outbox-bob"));
        const QString roomId = test::createSharedRoom(alice, bob, test::encryptedRoom());
        alice->sendQueue()->stop(); // the message waits in the outbox
        QVERIFY(!await(alice->sendText(roomId, "the merger closes friday")).isEmpty());
        const QString stored = await(alice->store()->run([](store::Database &db) {
            QSqlQuery &query = db.prepare("SELECT content FROM outbox");
            return db.exec(query) && query.next() ? query.value(0).toString() : QString();
        }));
        QVERIFY(stored.startsWith("sealed:"));
        QVERIFY(!stored.contains("merger"));
        // Its local echo and the sending still see the message.
        QCOMPARE(await(alice->history()->pending(roomId)).first().content.value("body").toString(),
                 QStringLiteral("the merger closes friday"));
        alice->sendQueue()->start();
        QTRY_VERIFY_WITH_TIMEOUT(
            test::readableBodies(bob, roomId).contains("the merger closes friday"), 15'000);
    }

    void aWedgedOlmSessionIsReplacedAndLaterKeysArrive()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "wedge-alice"));
        QVERIFY(bob.signUp(m_server.url(), "wedge-bob"));
        const QString roomId = test::createSharedRoom(alice, bob, test::encryptedRoom());
        QVERIFY(!await(alice->sendText(roomId, "one")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(test::readableBodies(bob, roomId).contains("one"), 15'000);

        // Bob loses his Olm session with Alice (a restored backup, a bug…),
        // and Alice starts a new room key, sent over the session Bob lost.
        QVERIFY(execute(bob, "DELETE FROM olm_sessions"));
        QVERIFY(execute(alice, "DELETE FROM megolm_outbound"));
        QVERIFY(!await(alice->sendText(roomId, "two")).isEmpty());
        // Bob cannot read it, starts a new session and tells Alice (m.dummy).
        QTRY_VERIFY_WITH_TIMEOUT(count(alice, "SELECT COUNT(*) FROM olm_sessions") >= 2, 15'000);

        QVERIFY(execute(alice, "DELETE FROM megolm_outbound"));
        QVERIFY(!await(alice->sendText(roomId, "three")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(test::readableBodies(bob, roomId).contains("three"), 15'000);
    }

    void oneTimeKeysAreToppedUpAndAUsedFallbackKeyReplaced()
    {
        test::TestSession alice, bob;
        QVERIFY(alice.signUp(m_server.url(), "otk-alice"));
        QVERIFY(bob.signUp(m_server.url(), "otk-bob"));
        QTRY_VERIFY_WITH_TIMEOUT(bob->encryption()->hasPublishedKeys(), 15'000);

        const QString firstFallback = drainOneTimeKeys(alice, bob);
        QVERIFY(!firstFallback.isEmpty());
        // Bob's next syncs report the empty pool and the used fallback key:
        // he publishes new one-time keys and a new fallback key.
        QTRY_VERIFY_WITH_TIMEOUT(metaValue(bob, EncryptionStage::OneTimeKeyCountKey).toInt() >= 25,
                                 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(drainOneTimeKeys(alice, bob) != firstFallback, 15'000);
    }

private:
    // Claims one-time keys of Bob's device until the server hands out the
    // fallback key; returns it.
    static QString drainOneTimeKeys(test::TestSession &claimer, test::TestSession &owner)
    {
        const QJsonObject wanted{
            {owner->userId(), QJsonObject{{owner->deviceId(), "signed_curve25519"}}}};
        for (int i = 0; i < 200; ++i) {
            const auto answer = await(claimer->call(matrix::requests::claimKeys(wanted)));
            const QJsonObject keys = answer.json()
                                         .value("one_time_keys")
                                         .toObject()
                                         .value(owner->userId())
                                         .toObject()
                                         .value(owner->deviceId())
                                         .toObject();
            if (keys.isEmpty())
                return {};
            const QJsonObject key = keys.begin().value().toObject();
            if (key.value("fallback").toBool())
                return key.value("key").toString();
        }
        return {};
    }
    static QString metaValue(test::TestSession &session, const char *key)
    {
        return await(session->store()->run(
            [key](store::Database &db) { return db.metaValue(QLatin1String(key)); }));
    }
    static bool execute(test::TestSession &session, const QString &sql)
    {
        return await(session->store()->run([sql](store::Database &db) { return db.exec(sql); }));
    }
    static int count(test::TestSession &session, const QString &sql)
    {
        return await(session->store()->run([sql](store::Database &db) {
            QSqlQuery &query = db.prepare(sql);
            return db.exec(query) && query.next() ? query.value(0).toInt() : 0;
        }));
    }

    test::TestHomeserver m_server;
};

QTEST_GUILESS_MAIN(EncryptionTest)
#include "tst_encryption.moc"
