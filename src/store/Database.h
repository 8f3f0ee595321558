#pragma once

#include "Statement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>
#include <unordered_map>
#include <vector>

namespace atrium::store {

class ContentSealer;

// One account's SQLite database: opened, configured (WAL) and migrated to
// the current schema. Thread-affine like every QSqlDatabase: it lives on the
// store's worker thread and is used only there.
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates. False with lastError() set on failure.
    bool open(const QString &path);
    void close();
    bool isOpen() const { return m_db.isOpen(); }

    int schemaVersion() const;
    static int latestSchemaVersion();
    // Migrates an open database up to `target` (default: latest).
    bool migrate(int target = -1);

    // A prepared query. Statements are compiled once and cached: the query
    // returned is the same object for every prepare() of the same SQL, so
    // finish with it before preparing the same SQL again. It stays valid
    // until close(). A failed prepare is logged and leaves lastError().
    QSqlQuery &prepare(const QString &sql);
    // Resets every cached statement. Run after each job: a statement left
    // mid-result keeps a read transaction open, which stops WAL checkpoints.
    void finishStatements();
    bool exec(QSqlQuery &query);
    bool exec(const QString &sql);

    // For the sync's hot path: a statement run through SQLite's C API (see
    // Statement), cached like prepare()'s queries and handed out reset. It
    // stays valid until close(). A failed prepare leaves lastError().
    Statement &statement(const QByteArray &sql);
    // Runs a statement that returns no rows; on failure logs and sets lastError().
    bool run(Statement &statement);

    bool beginTransaction();
    bool commit();
    void rollback();

    QString metaValue(const QString &key) const;
    bool setMetaValue(const QString &key, const QString &value);

    QString lastError() const { return m_lastError; }

    // What encrypts the outbox's message texts at rest; none until the
    // account's keys are known (then texts are sealed as they are written).
    void setContentSealer(std::shared_ptr<const ContentSealer> sealer)
    {
        m_sealer = std::move(sealer);
    }
    const ContentSealer *contentSealer() const { return m_sealer.get(); }
    QSqlDatabase &connection() { return m_db; }

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::vector<std::unique_ptr<QSqlQuery>> m_failedStatements;
    sqlite3 *m_handle = nullptr; // the connection QSqlDatabase opened
    std::unordered_map<QByteArray, std::unique_ptr<Statement>> m_sqliteStatements;
    std::vector<std::unique_ptr<Statement>> m_failedSqliteStatements;
    QString m_connectionName;
    QString m_lastError;
    std::shared_ptr<const ContentSealer> m_sealer;
};

} // namespace atrium::store
