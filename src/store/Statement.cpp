#include "Statement.h"

#include <sqlite3.h>

namespace atrium::store {

Statement::Statement(sqlite3 *db, sqlite3_stmt *statement)
    : m_db(db), m_statement(statement), m_buffers(size_t(sqlite3_bind_parameter_count(statement)))
{}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

QByteArray &Statement::buffer(int index)
{
    static QByteArray unused; // an index SQLite rejects anyway
    return index >= 1 && size_t(index) <= m_buffers.size() ? m_buffers[size_t(index - 1)] : unused;
}

void Statement::bind(int index, const QString &text)
{
    if (text.isNull()) {
        bindNull(index);
        return;
    }
    if (text.isEmpty()) {
        sqlite3_bind_text(m_statement, index, "", 0, SQLITE_STATIC);
        return;
    }
    QByteArray &utf8 = buffer(index);
    utf8.resize(m_utf8.requiredSpace(text.size())); // keeps its capacity when shrinking
    const char *end = m_utf8.appendToBuffer(utf8.data(), text);
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(end - utf8.constData()),
                      SQLITE_STATIC);
}

void Statement::bindUtf8(int index, const QByteArray &text)
{
    QByteArray &kept = buffer(index) = text;
    // An empty QByteArray may have no data pointer; SQLite reads that as NULL.
    sqlite3_bind_text(m_statement, index, kept.isEmpty() ? "" : kept.constData(), int(kept.size()),
                      SQLITE_STATIC);
}

void Statement::bindBlob(int index, const QByteArray &bytes)
{
    QByteArray &kept = buffer(index) = bytes;
    sqlite3_bind_blob(m_statement, index, kept.isEmpty() ? "" : kept.constData(), int(kept.size()),
                      SQLITE_STATIC);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

bool Statement::next()
{
    const int result = sqlite3_step(m_statement);
    if (result != SQLITE_ROW && result != SQLITE_DONE) {
        m_failed = true;
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    return result == SQLITE_ROW;
}

bool Statement::run()
{
    while (next()) {
    }
    sqlite3_reset(m_statement); // keeps the bindings and the error for the caller
    return !m_failed;
}

QString Statement::errorText() const
{
    return m_error;
}

QString Statement::sql() const
{
    return QString::fromUtf8(sqlite3_sql(m_statement));
}

int Statement::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 Statement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray Statement::bytes(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

void Statement::reset()
{
    if (!m_statement)
        return; // a statement that failed to compile
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_failed = false;
    m_error.clear();
}

} // namespace atrium::store
