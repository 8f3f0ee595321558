// The crypto store's record of verified devices: a verification is of one
// device key, so it survives device-list refreshes and a restart, and no
// longer counts once the device publishes another key. And where a Megolm
// session's key came from: authenticated (from its own device) or not.
#include "TemporaryDatabase.h"
#include "crypto/AccountKeys.h"
#include "crypto/CryptoStore.h"
#include "crypto/MegolmOutboundSession.h"
#include "crypto/OlmAccount.h"

#include <QTest>

using namespace atrium;
using namespace atrium::crypto;

namespace {

const CryptoIdentity Own{QStringLiteral("@me:localhost"), QStringLiteral("MINE"),
                         QByteArray(32, 'k')};
const QString Bob = QStringLiteral("@bob:localhost");
const QString Room = QStringLiteral("!room:localhost");
const QString BobsCurveKey = QStringLiteral("bob-curve");

// A new session's key, known from message index `index` on.
MegolmInboundSession inboundAt(const MegolmOutboundSession &outbound, quint32 index)
{
    QString error;
    auto first = MegolmInboundSession::fromSessionKey(outbound.sessionKey(), &error);
    return *MegolmInboundSession::fromExportedKey(first->exportAt(index), &error);
}

InboundSessionInfo stored(CryptoStore &store, const QString &sessionId)
{
    InboundSessionInfo info;
    store.inboundSession(Room, BobsCurveKey, sessionId, &info);
    return info;
}

// A real, self-signed device of Bob's.
DeviceKeys bobDevice(const QString &deviceId, const crypto::OlmAccount &account)
{
    const CryptoIdentity identity{Bob, deviceId, {}};
    QString error;
    return *DeviceKeys::fromJson(AccountKeys::deviceKeys(account, identity), Bob, deviceId, &error);
}

} // namespace

class TestCryptoStore : public QObject
{
    Q_OBJECT

private slots:
    void verifiedDeviceStaysVerifiedAcrossRefreshAndRestart()
    {
        test::TemporaryDatabase database;
        CryptoStore store(database.db(), Own);
        const crypto::OlmAccount account = crypto::OlmAccount::create();
        const DeviceKeys phone = bobDevice("PHONE", account);
        QVERIFY(store.replaceDevices(Bob, {phone}));
        QVERIFY(!store.isDeviceVerified(Bob, "PHONE"));
        QVERIFY(!store.device(Bob, "PHONE")->verified);

        QVERIFY(store.setDeviceVerified(Bob, "PHONE", phone.ed25519));
        QVERIFY(store.isDeviceVerified(Bob, "PHONE"));
        QVERIFY(store.devices(Bob).first().verified);
        QVERIFY(store.deviceByCurveKey(phone.curve25519)->verified);

        // A /keys/query answer rewrites the user's devices.
        QVERIFY(store.replaceDevices(Bob, {phone}));
        QVERIFY(store.isDeviceVerified(Bob, "PHONE"));
        QVERIFY(database.reopen());
        QVERIFY(CryptoStore(database.db(), Own).isDeviceVerified(Bob, "PHONE"));
    }

    void anotherKeyUnderTheSameDeviceIdIsNotVerified()
    {
        test::TemporaryDatabase database;
        CryptoStore store(database.db(), Own);
        const DeviceKeys original = bobDevice("PHONE", crypto::OlmAccount::create());
        QVERIFY(store.replaceDevices(Bob, {original}));
        QVERIFY(store.setDeviceVerified(Bob, "PHONE", original.ed25519));
        const DeviceKeys replaced = bobDevice("PHONE", crypto::OlmAccount::create());
        QVERIFY(store.replaceDevices(Bob, {replaced}));
        QVERIFY(!store.isDeviceVerified(Bob, "PHONE"));
    }

    void anAuthenticatedSessionStaysSoWhenACopyFromABackupReplacesIt()
    {
        test::TemporaryDatabase database;
        CryptoStore store(database.db(), Own);
        const auto outbound = MegolmOutboundSession::create();
        const QString id = outbound.sessionId();
        // From Bob's device, at index 1.
        QVERIFY(store.saveInboundSession({Room, BobsCurveKey, "bob-ed", {}, true},
                                         inboundAt(outbound, 1)));
        QVERIFY(stored(store, id).authenticated);
        // A backup's copy reaching back to index 0, claiming another key.
        QVERIFY(store.saveInboundSession({Room, BobsCurveKey, "forged-ed", {}, false},
                                         inboundAt(outbound, 0)));
        QCOMPARE(store.inboundSession(Room, BobsCurveKey, id)->firstKnownIndex(), 0u);
        QVERIFY(stored(store, id).authenticated);
        QCOMPARE(stored(store, id).signingKey, QString("bob-ed"));
    }

    void aSessionFromABackupIsAuthenticatedOnceItsDeviceSendsIt()
    {
        test::TemporaryDatabase database;
        CryptoStore store(database.db(), Own);
        const auto outbound = MegolmOutboundSession::create();
        const QString id = outbound.sessionId();
        QVERIFY(store.saveInboundSession({Room, BobsCurveKey, "claimed-ed", {"forwarder"}, false},
                                         inboundAt(outbound, 0)));
        QVERIFY(!stored(store, id).authenticated);
        QCOMPARE(store.allInboundSessions().front().first.authenticated, false);
        QVERIFY(store.markAuthenticated(Room, BobsCurveKey, id, "bob-ed"));
        QVERIFY(stored(store, id).authenticated);
        QCOMPARE(stored(store, id).signingKey, QString("bob-ed"));
        QVERIFY(database.reopen());
        CryptoStore reopened(database.db(), Own);
        QVERIFY(stored(reopened, id).authenticated);
        QCOMPARE(reopened.allInboundSessions().front().first.authenticated, true);
    }

    void migrationMarksOnlyForwardedSessionsUnauthenticated()
    {
        // A store at schema 12 holding one session received from its device
        // and one forwarded by another of ours.
        test::TemporaryDatabase database;
        CryptoStore store(database.db(), Own);
        const auto received = MegolmOutboundSession::create();
        const auto forwarded = MegolmOutboundSession::create();
        QVERIFY(store.saveInboundSession({Room, BobsCurveKey, "bob-ed", {}, true},
                                         inboundAt(received, 0)));
        QVERIFY(store.saveInboundSession({Room, BobsCurveKey, "bob-ed", {"our-laptop"}, true},
                                         inboundAt(forwarded, 0)));
        QVERIFY(database.db().exec("ALTER TABLE megolm_inbound DROP COLUMN authenticated"));
        QVERIFY(database.db().exec("DROP TABLE drafts")); // schema 14
        QVERIFY(database.db().exec("ALTER TABLE rooms DROP COLUMN decrypted_highlight_count"));
        QVERIFY(database.db().exec(
            "ALTER TABLE rooms DROP COLUMN decrypted_notification_count")); // schema 15
        QVERIFY(database.db().exec("DROP TABLE decrypted_notifications"));  // schema 16
        QVERIFY(database.db().exec("PRAGMA user_version = 12"));
        QVERIFY(database.reopen());
        CryptoStore migrated(database.db(), Own);
        QVERIFY(stored(migrated, received.sessionId()).authenticated);
        QVERIFY(!stored(migrated, forwarded.sessionId()).authenticated);
    }

    void unknownDeviceIsNotVerified()
    {
        test::TemporaryDatabase database;
        CryptoStore store(database.db(), Own);
        QVERIFY(!store.device(Bob, "NOPE"));
        QVERIFY(!store.isDeviceVerified(Bob, "NOPE"));
    }
};

QTEST_GUILESS_MAIN(TestCryptoStore)
#include "tst_cryptostore.moc"
