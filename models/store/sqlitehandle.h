#pragma once

#include <QSqlDatabase>
#include <QString>

#include <sqlite3.h>

namespace Annalist {

// The SQLite connection behind a QSQLITE QSqlDatabase, for what Qt Sql does not offer (SQL
// functions, FTS5 extensions); nullptr with *error set for any other driver. The driver links
// the same system SQLite library as the store does.
sqlite3 *sqliteHandle(const QSqlDatabase &db, QString *error);

// The connection's FTS5 extension API; nullptr with *error set without one.
fts5_api *fts5Api(const QSqlDatabase &db, QString *error);
fts5_api *fts5Api(sqlite3 *db);

} // namespace Annalist
