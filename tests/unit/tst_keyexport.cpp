// Room-key export files: the format round-trips, refuses a wrong
// passphrase and any change to the file, and carries working sessions.
#include "TemporaryDatabase.h"
#include "crypto/CryptoStore.h"
#include "crypto/InboundSessionArchive.h"
#include "crypto/KeyExport.h"
#include "crypto/MegolmDecryptor.h"
#include "crypto/MegolmEncryptor.h"
#include "crypto/OlmAccount.h"

#include <QJsonArray>
#include <QTest>

using namespace atrium;
using namespace atrium::crypto::KeyExport;

namespace {
constexpr int FastRounds = 1000; // the format's security is not under test
const QString Room = QStringLiteral("!room:localhost");
} // namespace

class TestKeyExport : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsWithTheRightPassphrase()
    {
        const QJsonArray sessions{QJsonObject{{"session_id", "abc"}}};
        const QByteArray file = encrypt(sessions, "correct horse", FastRounds);
        QVERIFY(file.startsWith("-----BEGIN MEGOLM SESSION DATA-----\n"));
        QVERIFY(file.trimmed().endsWith("-----END MEGOLM SESSION DATA-----"));
        QString error;
        const auto decrypted = decrypt(file, "correct horse", &error);
        QVERIFY2(decrypted, qPrintable(error));
        QCOMPARE(*decrypted, sessions);
    }

    void refusesAWrongPassphrase()
    {
        const QByteArray file = encrypt({}, "correct horse", FastRounds);
        QString error;
        QVERIFY(!decrypt(file, "battery staple", &error));
        QVERIFY(error.contains("passphrase"));
    }

    void refusesAChangedFile()
    {
        QByteArray file = encrypt(QJsonArray{QJsonObject{{"a", 1}}}, "pw", FastRounds);
        // Change one base64 character in the middle of the payload.
        const qsizetype middle = file.indexOf('\n') + 40;
        file[middle] = file[middle] == 'A' ? 'B' : 'A';
        QString error;
        QVERIFY(!decrypt(file, "pw", &error));
        QVERIFY(!decrypt("not an export at all", "pw", &error));
        QVERIFY(error.contains("not a room key export"));
    }

    void exportedSessionsDecryptOnAnotherDevice()
    {
        test::TemporaryDatabase aliceDb, bobDb;
        const crypto::CryptoIdentity alice{"@alice:localhost", "A", "key-a"};
        const crypto::CryptoIdentity bob{"@bob:localhost", "B", "key-b"};
        crypto::CryptoStore aliceStore(aliceDb.db(), alice), bobStore(bobDb.db(), bob);
        const crypto::OlmAccount account = crypto::OlmAccount::create();
        crypto::MegolmEncryptor encryptor(aliceStore, account, alice);
        QVERIFY(encryptor.prepare(Room, {}, {}, 0));
        QString error;
        const auto content = encryptor.encrypt(Room, "m.room.message", {{"body", "old"}}, &error);

        const QByteArray file =
            encrypt(crypto::InboundSessionArchive(aliceStore).exportAll(), "pw", FastRounds);
        const auto summary =
            crypto::InboundSessionArchive(bobStore).importAll(*decrypt(file, "pw", &error));
        QCOMPARE(summary.imported, 1);
        QCOMPARE(summary.roomIds, QStringList{Room});
        // Importing the same keys again changes nothing.
        QCOMPARE(crypto::InboundSessionArchive(bobStore)
                     .importAll(*decrypt(file, "pw", &error))
                     .imported,
                 0);

        const QJsonObject event{{"type", "m.room.encrypted"},
                                {"event_id", "$1"},
                                {"sender", alice.userId},
                                {"content", *content}};
        const auto clear = crypto::MegolmDecryptor(bobStore).decrypt(Room, event);
        QVERIFY2(clear.ok(), qPrintable(clear.error));
        QCOMPARE(clear.content.value("body").toString(), QStringLiteral("old"));
    }
};

QTEST_GUILESS_MAIN(TestKeyExport)
#include "tst_keyexport.moc"
