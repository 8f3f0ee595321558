#include "crypto/AttachmentCipher.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using atrium::crypto::AttachmentCipher;
using atrium::crypto::EncryptedFile;

namespace {

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char(generator.bounded(256));
    return data;
}

// "Hello, Matrix attachments!\n" under key 00..1f and iv 0102030405060708 + zero
// counter; ciphertext and hash computed with `openssl enc -aes-256-ctr` and
// `openssl dgst -sha256`.
const QJsonObject knownFile{
    {"url", "mxc://example.org/known"},
    {"key", QJsonObject{{"kty", "oct"},
                        {"key_ops", QJsonArray{"encrypt", "decrypt"}},
                        {"alg", "A256CTR"},
                        {"k", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"},
                        {"ext", true}}},
    {"iv", "AQIDBAUGBwgAAAAAAAAAAA"},
    {"hashes", QJsonObject{{"sha256", "rgOCgkarIKGhGOJ9VHo9MtKwS8lbbWpAKAziV3Sp3fE"}}},
    {"v", "v2"},
};
const QByteArray knownCiphertext =
    QByteArray::fromHex("2d0717bd48d8752cee8da299f9ff4cc090c020d43c4214744ea4dc");
const QByteArray knownPlaintext = "Hello, Matrix attachments!\n";

} // namespace

class AttachmentCipherTest : public QObject
{
    Q_OBJECT

private slots:
    void matchesNistAes256CtrVector()
    {
        // NIST SP 800-38A, F.5.5 CTR-AES256.Encrypt.
        AttachmentCipher cipher(
            QByteArray::fromHex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4"),
            QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"));
        QVERIFY(cipher.isValid());
        const QByteArray plain =
            QByteArray::fromHex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
                                "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710");
        // Fed in uneven pieces: the keystream must carry on across calls.
        QByteArray out = cipher.process(plain.left(5));
        out += cipher.process(plain.mid(5, 30));
        out += cipher.process(plain.mid(35));
        QCOMPARE(out.toHex(), QByteArray("601ec313775789a5b7a7f504bbf3d228f443e3ca4d62b59aca84e990"
                                         "cacaf5c52b0930daa23de94ce87017ba2d84988ddfc9c58db67aada6"
                                         "13c2dd08457941a6"));
    }

    void encryptsKnownAnswerWithGivenKey()
    {
        const auto keys = EncryptedFile::fromJson(knownFile);
        QVERIFY(keys);
        QBuffer in;
        in.setData(knownPlaintext);
        in.open(QIODevice::ReadOnly);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const auto file = AttachmentCipher::encrypt(in, out, *keys);
        QVERIFY(file);
        QCOMPARE(out.data().toHex(), knownCiphertext.toHex());
        QCOMPARE(file->sha256, keys->sha256);
        QCOMPARE(file->toJson(), knownFile);
    }

    void decryptsKnownAnswer()
    {
        QString error;
        const auto file = EncryptedFile::fromJson(knownFile, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->url, QStringLiteral("mxc://example.org/known"));
        QBuffer in;
        in.setData(knownCiphertext);
        in.open(QIODevice::ReadOnly);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY2(AttachmentCipher::decrypt(in, out, *file, &error), qPrintable(error));
        QCOMPARE(out.data(), knownPlaintext);
    }

    void newKeysFollowVersionTwo()
    {
        const EncryptedFile a = AttachmentCipher::newKey();
        const EncryptedFile b = AttachmentCipher::newKey();
        QCOMPARE(a.key.size(), 32);
        QCOMPARE(a.iv.size(), 16);
        QCOMPARE(a.iv.right(8), QByteArray(8, '\0')); // the counter starts at zero
        QVERIFY(a.key != b.key);
        QVERIFY(a.iv.left(8) != b.iv.left(8));
        QCOMPARE(a.version, QStringLiteral("v2"));
    }

    void jsonUsesJwkAndUnpaddedBase64()
    {
        QBuffer in;
        in.setData(randomBytes(1000));
        in.open(QIODevice::ReadOnly);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        auto file = AttachmentCipher::encrypt(in, out);
        QVERIFY(file);
        file->url = "mxc://example.org/abc";
        const QJsonObject json = file->toJson();
        const QJsonObject key = json.value("key").toObject();
        QCOMPARE(key.value("kty").toString(), QStringLiteral("oct"));
        QCOMPARE(key.value("alg").toString(), QStringLiteral("A256CTR"));
        QCOMPARE(key.value("key_ops").toArray(), (QJsonArray{"encrypt", "decrypt"}));
        QCOMPARE(key.value("ext").toBool(), true);
        QCOMPARE(json.value("v").toString(), QStringLiteral("v2"));
        QCOMPARE(json.value("url").toString(), QStringLiteral("mxc://example.org/abc"));
        const QString k = key.value("k").toString();
        QCOMPARE(k.size(), 43); // 32 bytes, unpadded
        QVERIFY(!k.contains('=') && !k.contains('+') && !k.contains('/'));
        QCOMPARE(json.value("iv").toString().size(), 22);
        QCOMPARE(json.value("hashes").toObject().value("sha256").toString().size(), 43);
        const auto back = EncryptedFile::fromJson(json);
        QVERIFY(back);
        QCOMPARE(back->key, file->key);
        QCOMPARE(back->iv, file->iv);
        QCOMPARE(back->sha256, file->sha256);
    }

    void acceptsPaddedStandardBase64FromOtherClients()
    {
        QJsonObject json = knownFile;
        QJsonObject key = json.value("key").toObject();
        key.insert("k", QString::fromLatin1(QByteArray::fromHex("000102030405060708090a0b0c0d0e0f"
                                                                "101112131415161718191a1b1c1d1e1f")
                                                .toBase64()));
        json.insert("key", key);
        json.insert("iv", "AQIDBAUGBwgAAAAAAAAAAA==");
        const auto file = EncryptedFile::fromJson(json);
        QVERIFY(file);
        QCOMPARE(file->iv.toHex(), QByteArray("01020304050607080000000000000000"));
    }

    void refusesMalformedFileInfo_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("unknown version") << "v" << QJsonValue("v3");
        QTest::newRow("no hash") << "hashes" << QJsonValue(QJsonObject{});
        QTest::newRow("short iv") << "iv" << QJsonValue("AQIDBAUGBwg");
        QTest::newRow("iv not base64") << "iv" << QJsonValue("!!!!");
        QTest::newRow("wrong algorithm")
            << "key"
            << QJsonValue(QJsonObject{{"kty", "oct"},
                                      {"alg", "A128CTR"},
                                      {"key_ops", QJsonArray{"decrypt"}},
                                      {"k", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"}});
        QTest::newRow("short key") << "key"
                                   << QJsonValue(QJsonObject{{"kty", "oct"},
                                                             {"alg", "A256CTR"},
                                                             {"key_ops", QJsonArray{"decrypt"}},
                                                             {"k", "AAECAwQFBgcICQoLDA0ODw"}});
        QTest::newRow("not for decryption")
            << "key"
            << QJsonValue(QJsonObject{{"kty", "oct"},
                                      {"alg", "A256CTR"},
                                      {"key_ops", QJsonArray{"encrypt"}},
                                      {"k", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"}});
    }

    void refusesMalformedFileInfo()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject json = knownFile;
        json.insert(field, value);
        QString error;
        QVERIFY(!EncryptedFile::fromJson(json, &error));
        QVERIFY(!error.isEmpty());
    }

    void roundTripsManyChunks()
    {
        // Not a multiple of the chunk size, so the last piece is short.
        const QByteArray plain = randomBytes(3 * AttachmentCipher::ChunkSize + 12345);
        QBuffer in;
        in.setData(plain);
        in.open(QIODevice::ReadOnly);
        QBuffer encrypted;
        encrypted.open(QIODevice::ReadWrite);
        const auto file = AttachmentCipher::encrypt(in, encrypted);
        QVERIFY(file);
        QCOMPARE(encrypted.size(), plain.size());
        QVERIFY(encrypted.data() != plain);
        encrypted.seek(0);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(AttachmentCipher::decrypt(encrypted, out, *file, &error), qPrintable(error));
        QVERIFY(out.data() == plain);
    }

    void emptyFileRoundTrips()
    {
        QBuffer in;
        in.open(QIODevice::ReadOnly);
        QBuffer encrypted;
        encrypted.open(QIODevice::ReadWrite);
        const auto file = AttachmentCipher::encrypt(in, encrypted);
        QVERIFY(file);
        QCOMPARE(file->sha256.toHex(), QByteArray("e3b0c44298fc1c149afbf4c8996fb924"
                                                  "27ae41e4649b934ca495991b7852b855"));
        encrypted.seek(0);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(AttachmentCipher::decrypt(encrypted, out, *file));
        QVERIFY(out.data().isEmpty());
    }

    void corruptedCiphertextIsRefusedBeforeAnyOutput()
    {
        const QByteArray plain = randomBytes(2 * AttachmentCipher::ChunkSize);
        QBuffer in;
        in.setData(plain);
        in.open(QIODevice::ReadOnly);
        QBuffer encrypted;
        encrypted.open(QIODevice::ReadWrite);
        const auto file = AttachmentCipher::encrypt(in, encrypted);
        QVERIFY(file);
        QByteArray tampered = encrypted.data();
        tampered[tampered.size() - 1] = char(tampered.at(tampered.size() - 1) ^ 0x01);

        QBuffer corrupt;
        corrupt.setData(tampered);
        corrupt.open(QIODevice::ReadOnly);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(!AttachmentCipher::decrypt(corrupt, out, *file, &error));
        QVERIFY2(error.contains("SHA-256"), qPrintable(error));
        // Not even the first, intact chunk was released.
        QCOMPARE(out.size(), 0);
    }

    void decryptToFileLeavesNothingWhenTheHashIsWrong()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("secret.pdf");
        QBuffer corrupt;
        QByteArray tampered = knownCiphertext;
        tampered[0] = char(tampered.at(0) ^ 0x80);
        corrupt.setData(tampered);
        corrupt.open(QIODevice::ReadOnly);
        QString error;
        QVERIFY(!AttachmentCipher::decryptToFile(corrupt, path, *EncryptedFile::fromJson(knownFile),
                                                 &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    void decryptToFileWritesTheFileWhenTheHashMatches()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("hello.txt");
        QBuffer in;
        in.setData(knownCiphertext);
        in.open(QIODevice::ReadOnly);
        QString error;
        QVERIFY2(
            AttachmentCipher::decryptToFile(in, path, *EncryptedFile::fromJson(knownFile), &error),
            qPrintable(error));
        QFile out(path);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), knownPlaintext);
    }
};

QTEST_GUILESS_MAIN(AttachmentCipherTest)
#include "tst_attachmentcipher.moc"
