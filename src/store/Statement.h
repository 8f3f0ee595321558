#pragma once

#include <QByteArray>
#include <QString>
#include <QStringEncoder>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace atrium::store {

// A compiled SQLite statement used through SQLite's C API. An initial sync
// writes tens of thousands of rows; per row, QSqlQuery costs more than
// SQLite itself (QVariant binding, a result cache, text converted to UTF-16
// and back), so the statements on the sync's path use this instead.
// Obtained from Database::statement(), which caches it and hands it out
// reset. Parameters are numbered from 1, columns from 0.
class Statement
{
public:
    Statement(sqlite3 *db, sqlite3_stmt *statement);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // A null QString binds as NULL, as QSqlQuery binds it.
    void bind(int index, const QString &text);
    // UTF-8 text, stored without conversion.
    void bindUtf8(int index, const QByteArray &text);
    void bindBlob(int index, const QByteArray &bytes);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, bool value) { bind(index, qint64(value)); }
    void bindNull(int index);

    // Steps to the next row: true while there is one. False at the end or
    // on an error (see failed()).
    bool next();
    // Runs a statement that returns no rows. False on an error.
    bool run();
    bool failed() const { return m_failed; }
    QString errorText() const;
    QString sql() const;
    // Rows the last run() changed.
    int changes() const;
    qint64 lastInsertId() const;

    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;
    QByteArray bytes(int column) const;

    // Ready for the next use: parameters cleared, any read finished.
    void reset();

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    // What SQLite reads in place for each parameter, kept until the next
    // bind. Text is encoded into the same buffer every time: no allocation
    // per value once it is large enough.
    QByteArray &buffer(int index);
    std::vector<QByteArray> m_buffers;
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    bool m_failed = false;
    QString m_error;
};

} // namespace atrium::store
