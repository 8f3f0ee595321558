#include "media/MediaCache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using atrium::media::MediaCache;

namespace {

QString makeFile(const QTemporaryDir &dir, const QString &name, qint64 size)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(QByteArray(size, 'x'));
    return path;
}

// "Last used" is a file time: let each step get its own.
void nextTick()
{
    QTest::qWait(15);
}

} // namespace

class MediaCacheTest : public QObject
{
    Q_OBJECT

private slots:
    void insertedFileIsFoundByKey()
    {
        QTemporaryDir dir;
        MediaCache cache(dir.filePath("cache"), 1000);
        QVERIFY(cache.lookup("mxc://a/b").isEmpty());
        const QString cached = cache.insert("mxc://a/b", makeFile(dir, "in", 100));
        QVERIFY(!cached.isEmpty());
        QCOMPARE(cache.lookup("mxc://a/b"), cached);
        QVERIFY(cached.startsWith(cache.directory()));
        QVERIFY(!QFile::exists(dir.filePath("in"))); // moved, not copied
        QCOMPARE(cache.sizeOnDisk(), 100);
    }

    void keysNeverNameFilesDirectly()
    {
        QTemporaryDir dir;
        MediaCache cache(dir.filePath("cache"), 1000);
        const QString cached = cache.insert("../../escape", makeFile(dir, "in", 10));
        QCOMPARE(QFileInfo(cached).absolutePath(), QFileInfo(cache.directory()).absoluteFilePath());
        QVERIFY(!QFile::exists(dir.filePath("escape")));
    }

    void staysWithinItsLimitDroppingLeastRecentlyUsed()
    {
        QTemporaryDir dir;
        MediaCache cache(dir.filePath("cache"), 250);
        cache.insert("a", makeFile(dir, "a", 100));
        nextTick();
        cache.insert("b", makeFile(dir, "b", 100));
        nextTick();
        QVERIFY(!cache.lookup("a").isEmpty()); // a is now more recent than b
        nextTick();
        cache.insert("c", makeFile(dir, "c", 100)); // 300 > 250: one must go
        QVERIFY(cache.sizeOnDisk() <= 250);
        QVERIFY(!cache.lookup("a").isEmpty());
        QVERIFY(cache.lookup("b").isEmpty());
        QVERIFY(!cache.lookup("c").isEmpty());
    }

    void fileLargerThanTheCacheIsNotTaken()
    {
        QTemporaryDir dir;
        MediaCache cache(dir.filePath("cache"), 100);
        const QString big = makeFile(dir, "big", 101);
        QVERIFY(cache.insert("big", big).isEmpty());
        QVERIFY(QFile::exists(big)); // left where it was
        QCOMPARE(cache.sizeOnDisk(), 0);
    }

    void loweringTheLimitEvicts()
    {
        QTemporaryDir dir;
        MediaCache cache(dir.filePath("cache"), 1000);
        for (int i = 0; i < 5; ++i) {
            cache.insert(QString::number(i), makeFile(dir, QString::number(i), 100));
            nextTick();
        }
        QCOMPARE(cache.sizeOnDisk(), 500);
        cache.setMaxBytes(200);
        QCOMPARE(cache.sizeOnDisk(), 200);
        QVERIFY(cache.lookup("0").isEmpty());
        QVERIFY(!cache.lookup("4").isEmpty());
    }

    void replacingAKeyDoesNotCountTwice()
    {
        QTemporaryDir dir;
        MediaCache cache(dir.filePath("cache"), 1000);
        cache.insert("k", makeFile(dir, "one", 100));
        cache.insert("k", makeFile(dir, "two", 60));
        QCOMPARE(cache.sizeOnDisk(), 60);
    }
};

QTEST_GUILESS_MAIN(MediaCacheTest)
#include "tst_mediacache.moc"
