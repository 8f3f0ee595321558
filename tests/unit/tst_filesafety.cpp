// Which files are never opened with one click: programs and scripts, by
// name, by declared type, and by what the bytes turn out to be.
#include "media/FileSafety.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using atrium::media::FileSafety;

class FileSafetyTest : public QObject
{
    Q_OBJECT
private slots:
    void programsAndScriptsByName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("executable");
        QTest::newRow("exe") << "setup.exe" << true;
        QTest::newRow("upper case") << "SETUP.EXE" << true;
        QTest::newRow("double suffix ends in exe") << "invoice.pdf.exe" << true;
        QTest::newRow("msi") << "tool.msi" << true;
        QTest::newRow("batch") << "run.bat" << true;
        QTest::newRow("powershell") << "fix.ps1" << true;
        QTest::newRow("shell") << "install.sh" << true;
        QTest::newRow("desktop launcher") << "Browser.desktop" << true;
        QTest::newRow("appimage") << "Tool.AppImage" << true;
        QTest::newRow("jar") << "app.jar" << true;
        QTest::newRow("python") << "script.py" << true;
        QTest::newRow("deb") << "package.deb" << true;
        QTest::newRow("apk") << "app.apk" << true;
        QTest::newRow("dmg") << "App.dmg" << true;
        QTest::newRow("trailing space") << "run.sh " << true;
        QTest::newRow("pdf") << "report.pdf" << false;
        QTest::newRow("exe then txt") << "setup.exe.txt" << false;
        QTest::newRow("png") << "photo.png" << false;
        QTest::newRow("zip") << "archive.zip" << false;
        QTest::newRow("docx") << "notes.docx" << false;
        QTest::newRow("no suffix") << "README" << false;
    }
    void programsAndScriptsByName()
    {
        QFETCH(QString, name);
        QFETCH(bool, executable);
        QCOMPARE(FileSafety::isExecutable(name, QString()), executable);
    }

    void declaredTypeCountsEvenWithAHarmlessName()
    {
        QVERIFY(FileSafety::isExecutable("report.pdf", "application/x-executable"));
        QVERIFY(FileSafety::isExecutable("notes", "application/x-shellscript"));
        QVERIFY(FileSafety::isExecutable("x", "application/x-msdownload"));
        QVERIFY(!FileSafety::isExecutable("report.pdf", "application/pdf"));
        QVERIFY(!FileSafety::isExecutable("photo.jpg", "image/jpeg"));
    }

    void contentTellsAProgramUnderAnotherName_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("executable");
        QTest::newRow("ELF") << QByteArray("\x7f"
                                           "ELF\x02\x01\x01",
                                           7)
                             << true;
        QTest::newRow("PE") << QByteArray("MZ\x90\x00", 4) << true;
        QTest::newRow("script") << QByteArray("#!/bin/sh\nrm -rf ~\n") << true;
        QTest::newRow("Mach-O") << QByteArray("\xcf\xfa\xed\xfe\x07", 5) << true;
        QTest::newRow("PDF") << QByteArray("%PDF-1.4\n%\xe2\xe3\n") << false;
        QTest::newRow("text") << QByteArray("hello, world\n") << false;
        QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1a\n", 8) << false;
    }
    void contentTellsAProgramUnderAnotherName()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, executable);
        QTemporaryDir dir;
        QFile file(dir.filePath("report.pdf"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        QCOMPARE(FileSafety::contentIsExecutable(file.fileName()), executable);
    }

    void unreadableContentIsNotCalledExecutable()
    {
        QVERIFY(!FileSafety::contentIsExecutable("/nonexistent/file"));
    }
};

QTEST_GUILESS_MAIN(FileSafetyTest)
#include "tst_filesafety.moc"
