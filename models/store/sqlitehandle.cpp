#include "store/sqlitehandle.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

namespace Annalist {

sqlite3 *sqliteHandle(const QSqlDatabase &db, QString *error)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        if (error)
            *error = QCoreApplication::translate("Annalist::Sqlite", "The connection is not an SQLite database.");
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api && api->iVersion >= 2 ? api : nullptr;
}

fts5_api *fts5Api(const QSqlDatabase &db, QString *error)
{
    sqlite3 *handle = sqliteHandle(db, error);
    if (!handle)
        return nullptr;
    fts5_api *api = fts5Api(handle);
    if (!api && error)
        *error = QCoreApplication::translate("Annalist::Sqlite", "This SQLite has no full-text search (FTS5).");
    return api;
}

} // namespace Annalist
