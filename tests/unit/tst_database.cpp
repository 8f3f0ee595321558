#include "store/Database.h"
#include "store/Migrations.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using atrium::store::Database;
using atrium::store::Migrations;

namespace {

// Writes a database file as an older Atrium left it: the schema steps up to
// `version` only, through a plain connection that runs no migrations.
bool writeDatabaseAtSchema(const QString &path, int version, const QStringList &rows)
{
    const QString name = QStringLiteral("old-schema-writer");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (int step = 0; ok && step < version; ++step) {
            for (const QString &statement : Migrations::steps().at(step))
                ok = ok && query.exec(statement);
        }
        ok = ok && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        for (const QString &row : rows)
            ok = ok && query.exec(row);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery &query = db.prepare(sql);
    if (!db.exec(query) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void freshDatabaseReachesLatestSchema()
    {
        Database db;
        QVERIFY2(db.open(path()), qPrintable(db.lastError()));
        QVERIFY(Database::latestSchemaVersion() >= 2);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    }

    void latestSchemaIsOneVersionPerMigrationStep()
    {
        QCOMPARE(Database::latestSchemaVersion(), int(Migrations::steps().size()));
    }

    void openingTwiceKeepsTheSchema()
    {
        {
            Database db;
            QVERIFY(db.open(path()));
            QVERIFY(db.setMetaValue("sync_token", "s1"));
        }
        Database db;
        QVERIFY2(db.open(path()), qPrintable(db.lastError()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(db.metaValue("sync_token"), QString("s1"));
    }

    void schemaOneDatabaseMigratesKeepingItsRows()
    {
        QVERIFY(writeDatabaseAtSchema(
            path(), 1,
            {"INSERT INTO meta (key, value) VALUES ('sync_token', 's42')",
             "INSERT INTO rooms (room_id, membership, joined_count) VALUES ('!a:example.org',"
             " 'join', 5)",
             "INSERT INTO outbox (room_id, txn_id, type, content, created_ts) VALUES"
             " ('!a:example.org', 'txn1', 'm.room.message', '{\"body\":\"hi\"}', 1)"}));

        Database db;
        QVERIFY2(db.open(path()), qPrintable(db.lastError()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(db.metaValue("sync_token"), QString("s42"));
        QCOMPARE(
            scalar(db, "SELECT joined_count FROM rooms WHERE room_id = '!a:example.org'").toInt(),
            5);
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM outbox WHERE txn_id = 'txn1'").toInt(), 1);
        // A column added by step 2 exists with its default for the old row.
        QCOMPARE(scalar(db, "SELECT display_name FROM rooms WHERE room_id = '!a:example.org'")
                     .toString(),
                 QString(""));
    }

    void databaseFromNewerAtriumIsRefused()
    {
        const int newer = Database::latestSchemaVersion() + 5;
        QVERIFY(writeDatabaseAtSchema(path(), Database::latestSchemaVersion(),
                                      {QStringLiteral("PRAGMA user_version = %1").arg(newer)}));
        Database db;
        QVERIFY(!db.open(path()));
        QVERIFY2(db.lastError().contains("newer"), qPrintable(db.lastError()));
        QVERIFY2(db.lastError().contains(QString::number(newer)), qPrintable(db.lastError()));
    }

    void refusedDatabaseIsLeftUntouched()
    {
        const int newer = Database::latestSchemaVersion() + 1;
        QVERIFY(writeDatabaseAtSchema(path(), Database::latestSchemaVersion(),
                                      {QStringLiteral("PRAGMA user_version = %1").arg(newer),
                                       "INSERT INTO meta (key, value) VALUES ('k', 'v')"}));
        {
            Database db;
            QVERIFY(!db.open(path()));
        }
        QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "check");
        {
            raw.setDatabaseName(path());
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec("PRAGMA user_version") && query.next());
            QCOMPARE(query.value(0).toInt(), newer);
            raw.close();
        }
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase("check");
    }

    void journalIsWriteAheadLog()
    {
        Database db;
        QVERIFY(db.open(path()));
        QCOMPARE(scalar(db, "PRAGMA journal_mode").toString().toLower(), QString("wal"));
    }

    void foreignKeysAreEnforced()
    {
        Database db;
        QVERIFY(db.open(path()));
        QCOMPARE(scalar(db, "PRAGMA foreign_keys").toInt(), 1);
    }

    void metaValuesRoundTrip()
    {
        Database db;
        QVERIFY(db.open(path()));
        QVERIFY(db.setMetaValue("sync_token", "s72595_4483_1934"));
        QCOMPARE(db.metaValue("sync_token"), QString("s72595_4483_1934"));
    }

    void metaValueIsReplaced()
    {
        Database db;
        QVERIFY(db.open(path()));
        QVERIFY(db.setMetaValue("sync_token", "s1"));
        QVERIFY(db.setMetaValue("sync_token", "s2"));
        QCOMPARE(db.metaValue("sync_token"), QString("s2"));
    }

    void unknownMetaKeyIsEmpty()
    {
        Database db;
        QVERIFY(db.open(path()));
        QCOMPARE(db.metaValue("nothing"), QString());
    }

    void rolledBackTransactionLeavesNoTrace()
    {
        Database db;
        QVERIFY(db.open(path()));
        QVERIFY(db.beginTransaction());
        QVERIFY(db.setMetaValue("k", "v"));
        db.rollback();
        QCOMPARE(db.metaValue("k"), QString());
    }

    void failedStatementReportsAnError()
    {
        Database db;
        QVERIFY(db.open(path()));
        QVERIFY(!db.exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)")));
        QVERIFY(db.lastError().contains("no_such_table"));
    }

    void openCreatesMissingFolders()
    {
        Database db;
        const QString nested = m_dir->filePath("a/b/account.db");
        QVERIFY2(db.open(nested), qPrintable(db.lastError()));
        QVERIFY(QFile::exists(nested));
    }

private:
    QString path() const { return m_dir->filePath("account.db"); }

    std::optional<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
