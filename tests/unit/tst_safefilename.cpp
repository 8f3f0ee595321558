#include "media/SafeFileName.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using atrium::media::SafeFileName;

class SafeFileNameTest : public QObject
{
    Q_OBJECT

private slots:
    void sanitize_data()
    {
        QTest::addColumn<QString>("untrusted");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "report.pdf"
                               << "report.pdf";
        QTest::newRow("unicode kept") << "Übersicht 2024 – café.xlsx"
                                      << "Übersicht 2024 – café.xlsx";
        QTest::newRow("parent traversal") << "../../.ssh/authorized_keys"
                                          << "authorized_keys";
        QTest::newRow("absolute path") << "/etc/passwd"
                                       << "passwd";
        QTest::newRow("windows traversal") << "..\\..\\Windows\\system.ini"
                                           << "system.ini";
        QTest::newRow("dot dot alone") << ".."
                                       << "download";
        QTest::newRow("dot alone") << "."
                                   << "download";
        QTest::newRow("hidden file") << ".bashrc"
                                     << "bashrc";
        QTest::newRow("trailing slash") << "folder/"
                                        << "download";
        QTest::newRow("empty") << ""
                               << "download";
        QTest::newRow("control chars") << QString("a\nb\rc\td\x01"
                                                  "e\x7f.txt")
                                       << "a b c de.txt";
        QTest::newRow("nul") << QString::fromUtf16(u"evil\u0000.txt", 9) << "evil.txt";
        QTest::newRow("bidi override disguise")
            << QString::fromUtf16(u"invoice\u202Efdp.exe") << "invoicefdp.exe";
        QTest::newRow("zero width") << QString::fromUtf16(u"a\u200Bb.png") << "ab.png";
        QTest::newRow("reserved chars") << "what?<x>|\"y\":*.txt"
                                        << "what__x___y___.txt";
        QTest::newRow("trailing dots and spaces") << "run.exe. . "
                                                  << "run.exe";
        QTest::newRow("windows device") << "CON.txt"
                                        << "_CON.txt";
        QTest::newRow("surrounding space") << "  notes.md  "
                                           << "notes.md";
    }

    void sanitize()
    {
        QFETCH(QString, untrusted);
        QFETCH(QString, expected);
        QCOMPARE(SafeFileName::sanitize(untrusted), expected);
    }

    void longNamesKeepTheirExtensionWithin255Bytes()
    {
        const QString name = QString(300, QChar(u'ä')) + QStringLiteral(".jpeg");
        const QString safe = SafeFileName::sanitize(name);
        QVERIFY(safe.toUtf8().size() <= 255);
        QVERIFY(safe.endsWith(QStringLiteral(".jpeg")));
        QVERIFY(safe.startsWith(QChar(u'ä')));
    }

    void freePathNeverReturnsAnExistingFile()
    {
        QTemporaryDir dir;
        QCOMPARE(SafeFileName::freePath(dir.path(), "a.txt"), dir.filePath("a.txt"));
        QFile(dir.filePath("a.txt")).open(QIODevice::WriteOnly);
        QCOMPARE(SafeFileName::freePath(dir.path(), "a.txt"), dir.filePath("a (1).txt"));
        QFile(dir.filePath("a (1).txt")).open(QIODevice::WriteOnly);
        QCOMPARE(SafeFileName::freePath(dir.path(), "a.txt"), dir.filePath("a (2).txt"));
        QFile(dir.filePath("noext")).open(QIODevice::WriteOnly);
        QCOMPARE(SafeFileName::freePath(dir.path(), "noext"), dir.filePath("noext (1)"));
    }

    void freePathAvoidsDanglingSymlinks()
    {
        // A symlink to nowhere "does not exist", but writing through it
        // would create its target elsewhere.
        QTemporaryDir dir;
        QVERIFY(QFile::link(dir.filePath("elsewhere"), dir.filePath("b.txt")));
        QCOMPARE(SafeFileName::freePath(dir.path(), "b.txt"), dir.filePath("b (1).txt"));
    }

    void freePathCounterSurvivesMaximumLength()
    {
        QTemporaryDir dir;
        const QString name = QString(251, QChar(u'x')) + QStringLiteral(".txt");
        QFile(dir.filePath(name)).open(QIODevice::WriteOnly);
        const QString next = SafeFileName::freePath(dir.path(), name);
        QVERIFY(next != dir.filePath(name));
        QVERIFY(QFileInfo(next).fileName().toUtf8().size() <= 255);
        QVERIFY(next.endsWith(QStringLiteral(" (1).txt")));
    }
};

QTEST_GUILESS_MAIN(SafeFileNameTest)
#include "tst_safefilename.moc"
