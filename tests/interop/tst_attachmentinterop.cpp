// Encrypted attachments against an independent implementation: matrix-nio's
// nio.crypto.attachments (pycryptodome underneath). Files it encrypts
// decrypt with Atrium, and files Atrium encrypts decrypt with nio.
#include "crypto/AttachmentCipher.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using atrium::crypto::AttachmentCipher;
using atrium::crypto::EncryptedFile;

namespace {

// Runs tests/interop/nio_attachment.py. Empty on success, else what went wrong.
QString runNio(const QStringList &arguments)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 QStringList{QStringLiteral(ATRIUM_SOURCE_DIR "/tests/interop/nio_attachment.py")} +
                     arguments);
    if (!python.waitForFinished(60'000))
        return QStringLiteral("python did not finish");
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0)
        return QString::fromUtf8(python.readAllStandardError());
    return {};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class AttachmentInteropTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QProcess python;
        python.start("/usr/bin/python3", {"-c", "import nio.crypto.attachments"});
        QVERIFY(python.waitForFinished(30'000));
        const QString missing = python.exitCode() == 0 ? QString() : python.readAllStandardError();
        QVERIFY2(missing.isEmpty(), qPrintable("matrix-nio is needed: " + missing));
    }

    void sizes_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("empty") << 0;
        QTest::newRow("one byte") << 1;
        QTest::newRow("one block and a bit") << 17;
        QTest::newRow("several chunks") << int(3 * AttachmentCipher::ChunkSize + 1001);
    }

    void atriumDecryptsWhatNioEncrypted_data() { sizes_data(); }
    void atriumDecryptsWhatNioEncrypted()
    {
        QFETCH(int, size);
        QTemporaryDir dir;
        const QString error = runNio({"encrypt", QString::number(size), dir.filePath("plain"),
                                      dir.filePath("cipher"), dir.filePath("info.json")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QString parseError;
        const auto file = EncryptedFile::fromJson(
            QJsonDocument::fromJson(readFile(dir.filePath("info.json"))).object(), &parseError);
        QVERIFY2(file, qPrintable(parseError));
        QCOMPARE(file->url, QStringLiteral("mxc://example.org/from-nio"));

        QFile cipher(dir.filePath("cipher"));
        QVERIFY(cipher.open(QIODevice::ReadOnly));
        QVERIFY2(AttachmentCipher::decryptToFile(cipher, dir.filePath("out"), *file, &parseError),
                 qPrintable(parseError));
        QVERIFY(readFile(dir.filePath("out")) == readFile(dir.filePath("plain")));
    }

    void nioDecryptsWhatAtriumEncrypted_data() { sizes_data(); }
    void nioDecryptsWhatAtriumEncrypted()
    {
        QFETCH(int, size);
        QTemporaryDir dir;
        QByteArray plain(size, '\0');
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(plain.data()), size / 4);
        QVERIFY(writeFile(dir.filePath("plain"), plain));
        QFile in(dir.filePath("plain"));
        QFile out(dir.filePath("cipher"));
        QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
        auto file = AttachmentCipher::encrypt(in, out);
        QVERIFY(file);
        out.close();
        file->url = "mxc://example.org/from-atrium";
        QVERIFY(writeFile(dir.filePath("info.json"), QJsonDocument(file->toJson()).toJson()));

        const QString error = runNio({"decrypt", dir.filePath("cipher"), dir.filePath("info.json"),
                                      dir.filePath("nio-plain")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(readFile(dir.filePath("nio-plain")) == plain);
    }

    void nioRefusesAtriumCiphertextWithAFlippedBit()
    {
        // Both sides agree on what the hash covers: the ciphertext.
        QTemporaryDir dir;
        QBuffer in;
        in.setData(QByteArray(1000, 'a'));
        in.open(QIODevice::ReadOnly);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        auto file = AttachmentCipher::encrypt(in, out);
        QVERIFY(file);
        QByteArray tampered = out.data();
        tampered[500] = char(tampered.at(500) ^ 1);
        QVERIFY(writeFile(dir.filePath("cipher"), tampered));
        QVERIFY(writeFile(dir.filePath("info.json"), QJsonDocument(file->toJson()).toJson()));
        const QString error = runNio({"decrypt", dir.filePath("cipher"), dir.filePath("info.json"),
                                      dir.filePath("nio-plain")});
        QVERIFY(error.contains("Mismatched SHA-256"));
    }
};

QTEST_GUILESS_MAIN(AttachmentInteropTest)
#include "tst_attachmentinterop.moc"
