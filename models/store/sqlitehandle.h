#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Annalist {

// The SQLite connection behind a QSQLITE QSqlDatabase, for what Qt Sql does not offer (SQL
// functions, FTS5 extensions); nullptr for any other driver. The driver links the same system
// SQLite library as the store does.
inline sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace Annalist
