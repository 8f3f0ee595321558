#include "Database.h"

#include "Migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStore, "atrium.store")

namespace atrium::store {

namespace {
QAtomicInteger<int> s_connectionCounter;
}

Database::Database()
    : m_connectionName(QStringLiteral("atrium-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{}

Database::~Database()
{
    close();
}

bool Database::open(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        m_lastError = m_db.lastError().text();
        return false;
    }
    // Qt's SQLite driver on Debian links the system libsqlite3, the one
    // Statement uses, so its connection can be shared.
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_handle) {
        m_lastError = QStringLiteral("the Qt SQL driver gives no SQLite connection");
        return false;
    }
    // WAL lets readers go on while a sync is written; NORMAL sync is safe
    // with WAL (a power cut may lose the last commit, never corrupt). A
    // page cache of 16 MiB (SQLite's default is 2) holds a 1000-room initial
    // sync's transaction, which otherwise spills pages to the WAL midway;
    // it fills only as far as pages are used.
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
          "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-16384"}) {
        if (!exec(QString::fromLatin1(pragma)))
            return false;
    }
    return migrate();
}

void Database::close()
{
    m_statements.clear();
    m_failedStatements.clear();
    // Finalized before the connection closes: SQLite refuses to close with
    // statements left.
    m_sqliteStatements.clear();
    m_failedSqliteStatements.clear();
    m_handle = nullptr;
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

int Database::latestSchemaVersion()
{
    return int(Migrations::steps().size());
}

bool Database::migrate(int target)
{
    if (target < 0)
        target = latestSchemaVersion();
    int version = schemaVersion();
    if (version > latestSchemaVersion()) {
        m_lastError =
            QStringLiteral("the database was written by a newer Atrium (schema %1)").arg(version);
        return false;
    }
    while (version < target) {
        if (!beginTransaction())
            return false;
        for (const QString &statement : Migrations::steps().at(version)) {
            if (!exec(statement)) {
                rollback();
                return false;
            }
        }
        ++version;
        if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !commit()) {
            rollback();
            return false;
        }
        qCDebug(lcStore) << "migrated" << m_db.databaseName() << "to schema" << version;
    }
    return true;
}

QSqlQuery &Database::prepare(const QString &sql)
{
    // Compiling SQL costs more than running it; a sync runs the same few
    // statements thousands of times.
    if (auto cached = m_statements.find(sql); cached != m_statements.end()) {
        cached->second->finish();
        return *cached->second;
    }
    auto query = std::make_unique<QSqlQuery>(m_db);
    if (!query->prepare(sql)) {
        m_lastError = query->lastError().text();
        qCWarning(lcStore) << "cannot prepare" << sql << m_lastError;
        // Not cached: the next call tries again. Kept until close() so the
        // reference handed out stays valid.
        m_failedStatements.push_back(std::move(query));
        return *m_failedStatements.back();
    }
    return *m_statements.emplace(sql, std::move(query)).first->second;
}

void Database::finishStatements()
{
    for (auto &[sql, query] : m_statements)
        query->finish();
    for (auto &[sql, statement] : m_sqliteStatements)
        statement->reset();
}

Statement &Database::statement(const QByteArray &sql)
{
    if (auto cached = m_sqliteStatements.find(sql); cached != m_sqliteStatements.end()) {
        cached->second->reset();
        return *cached->second;
    }
    sqlite3_stmt *compiled = nullptr;
    const int result = sqlite3_prepare_v3(m_handle, sql.constData(), int(sql.size()),
                                          SQLITE_PREPARE_PERSISTENT, &compiled, nullptr);
    auto statement = std::make_unique<Statement>(m_handle, compiled);
    if (result != SQLITE_OK) {
        m_lastError = QString::fromUtf8(sqlite3_errmsg(m_handle));
        qCWarning(lcStore) << "cannot prepare" << sql << m_lastError;
        // As in prepare(): not cached, kept so the reference stays valid.
        // Running it fails (SQLite refuses a null statement).
        m_failedSqliteStatements.push_back(std::move(statement));
        return *m_failedSqliteStatements.back();
    }
    return *m_sqliteStatements.emplace(sql, std::move(statement)).first->second;
}

bool Database::run(Statement &statement)
{
    if (statement.run())
        return true;
    m_lastError = statement.errorText();
    qCWarning(lcStore) << "statement failed:" << statement.sql() << m_lastError;
    return false;
}

bool Database::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    qCWarning(lcStore) << "query failed:" << query.lastQuery() << m_lastError;
    return false;
}

bool Database::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    m_lastError = query.lastError().text();
    qCWarning(lcStore) << "statement failed:" << sql << m_lastError;
    return false;
}

bool Database::beginTransaction()
{
    if (m_db.transaction())
        return true;
    m_lastError = m_db.lastError().text();
    return false;
}

bool Database::commit()
{
    if (m_db.commit())
        return true;
    m_lastError = m_db.lastError().text();
    return false;
}

void Database::rollback()
{
    m_db.rollback();
}

QString Database::metaValue(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool Database::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery &query =
        prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    return exec(query);
}

} // namespace atrium::store
