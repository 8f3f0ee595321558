// What the store seals (outbox contents) opens only with the same key and
// only unchanged.
#include "crypto/SealedBox.h"

#include <QTest>

using atrium::crypto::SealedBox;

class TestSealedBox : public QObject
{
    Q_OBJECT

private slots:
    void opensWhatItSealed()
    {
        const SealedBox box("pickle key");
        const QByteArray sealed = box.seal("the launch date");
        QVERIFY(!sealed.contains("launch"));
        QCOMPARE(box.open(sealed).value_or(QByteArray()), QByteArray("the launch date"));
        // A fresh nonce each time: equal texts do not look equal on disk.
        QVERIFY(box.seal("the launch date") != sealed);
    }

    void refusesAnotherKeyOrAChange()
    {
        const QByteArray sealed = SealedBox("pickle key").seal("text");
        QVERIFY(!SealedBox("other key").open(sealed));
        QByteArray changed = sealed;
        changed[14] = char(changed[14] ^ 1);
        QVERIFY(!SealedBox("pickle key").open(changed));
        QVERIFY(!SealedBox("pickle key").open("short"));
    }
};

QTEST_GUILESS_MAIN(TestSealedBox)
#include "tst_sealedbox.moc"
