#pragma once

#include "store/Database.h"

#include <QTemporaryDir>

namespace atrium::test {

// An account database in a fresh temporary directory, open and migrated,
// for store-level tests. Removed with the directory when destroyed.
class TemporaryDatabase
{
public:
    TemporaryDatabase() { m_db.open(path()); }
    store::Database &db() { return m_db; }
    QString path() const { return m_dir.filePath(QStringLiteral("account.db")); }
    // Closes and opens the same file again, as a restart would.
    bool reopen()
    {
        m_db.close();
        return m_db.open(path());
    }

private:
    QTemporaryDir m_dir; // declared first: outlives the database in it
    store::Database m_db;
};

} // namespace atrium::test
