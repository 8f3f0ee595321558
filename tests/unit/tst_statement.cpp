#include "TemporaryDatabase.h"
#include "store/Statement.h"

#include <QTest>

using atrium::store::Database;
using atrium::store::Statement;

class TestStatement : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_temp.emplace();
        QVERIFY2(db().isOpen(), qPrintable(db().lastError()));
        QVERIFY(db().exec(QStringLiteral("CREATE TABLE t (a, b)")));
    }

    void cleanup() { m_temp.reset(); }

    void textIntegersAndBlobsRoundTrip()
    {
        Statement &insert = db().statement("INSERT INTO t (a, b) VALUES (?, ?)");
        insert.bind(1, QStringLiteral("Grüße, 世界"));
        insert.bind(2, qint64(1) << 40);
        QVERIFY(db().run(insert));
        QCOMPARE(insert.changes(), 1);
        QCOMPARE(&db().statement("INSERT INTO t (a, b) VALUES (?, ?)"), &insert);
        insert.bindUtf8(1, QByteArray("{\"k\": \"v\"}"));
        insert.bindBlob(2, QByteArray("\x00\x01", 2));
        QVERIFY(db().run(insert));

        Statement &select =
            db().statement("SELECT a, b, typeof(a), typeof(b) FROM t ORDER BY rowid");
        QVERIFY(select.next());
        QCOMPARE(select.text(0), QStringLiteral("Grüße, 世界"));
        QCOMPARE(select.integer(1), qint64(1) << 40);
        QVERIFY(select.next());
        QCOMPARE(select.text(0), QStringLiteral("{\"k\": \"v\"}"));
        QCOMPARE(select.text(2), QStringLiteral("text"));
        QCOMPARE(select.bytes(1), QByteArray("\x00\x01", 2));
        QCOMPARE(select.text(3), QStringLiteral("blob"));
        QVERIFY(!select.next());
        QVERIFY(!select.failed());
    }

    void nullStringBindsNullAndEmptyStringBindsText()
    {
        Statement &insert = db().statement("INSERT INTO t (a, b) VALUES (?, ?)");
        insert.bind(1, QString());
        insert.bind(2, QStringLiteral(""));
        QVERIFY(db().run(insert));
        Statement &select = db().statement("SELECT a IS NULL, b IS NULL, typeof(b) FROM t");
        QVERIFY(select.next());
        QCOMPARE(select.integer(0), 1);
        QCOMPARE(select.integer(1), 0);
        QCOMPARE(select.text(2), QStringLiteral("text"));
    }

    void statementComesBackResetWithoutBindings()
    {
        Statement &first = db().statement("INSERT INTO t (a) VALUES (?)");
        first.bind(1, QStringLiteral("once"));
        QVERIFY(db().run(first));
        Statement &again = db().statement("INSERT INTO t (a) VALUES (?)");
        QCOMPARE(&again, &first); // cached
        QVERIFY(db().run(again));
        Statement &select = db().statement("SELECT COUNT(*), COUNT(a) FROM t");
        QVERIFY(select.next());
        QCOMPARE(select.integer(0), 2);
        QCOMPARE(select.integer(1), 1); // the second insert bound nothing: NULL
    }

    void longerTextAfterShorterIsBoundWhole()
    {
        Statement &insert = db().statement("INSERT INTO t (a) VALUES (?)");
        insert.bind(1, QStringLiteral("ab"));
        QVERIFY(db().run(insert));
        Statement &second = db().statement("INSERT INTO t (a) VALUES (?)");
        second.bind(1, QString(1000, QLatin1Char('x')));
        QVERIFY(db().run(second));
        Statement &select = db().statement("SELECT length(a) FROM t ORDER BY rowid");
        QVERIFY(select.next());
        QCOMPARE(select.integer(0), 2);
        QVERIFY(select.next());
        QCOMPARE(select.integer(0), 1000);
    }

    void lastInsertIdIsTheNewRow()
    {
        Statement &insert = db().statement("INSERT INTO t (a) VALUES (1)");
        QVERIFY(db().run(insert));
        QVERIFY(db().run(db().statement("INSERT INTO t (a) VALUES (1)")));
        QCOMPARE(insert.lastInsertId(), 2);
    }

    void failureIsReported()
    {
        QVERIFY(db().exec(QStringLiteral("CREATE TABLE u (a NOT NULL)")));
        Statement &insert = db().statement("INSERT INTO u (a) VALUES (?)");
        insert.bind(1, QString());
        QVERIFY(!db().run(insert));
        QVERIFY2(db().lastError().contains("NOT NULL"), qPrintable(db().lastError()));
    }

    void badSqlFailsWithoutCrashing()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("cannot prepare"));
        Statement &bad = db().statement("SELEKT nothing");
        QVERIFY(db().lastError().contains("syntax error"));
        bad.bind(1, QStringLiteral("ignored"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("statement failed"));
        QVERIFY(!db().run(bad));
        QVERIFY(!bad.next());
    }

private:
    Database &db() { return m_temp->db(); }
    std::optional<atrium::test::TemporaryDatabase> m_temp;
};

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
