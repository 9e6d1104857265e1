#include "store/deferredindexes.h"

#include "store/scopedtransaction.h"

#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Annalist {

namespace {

const char *const noteTable = "deferred_indexes";

bool fail(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

QString DeferredIndexes::lockPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".import-lock");
}

QStringList DeferredIndexes::names()
{
    return {QStringLiteral("articles_title"),       QStringLiteral("articles_source"),
            QStringLiteral("articles_published"),   QStringLiteral("articles_imported_at"),
            QStringLiteral("articles_format"),      QStringLiteral("articles_file_path")};
}

bool DeferredIndexes::pending(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(QString::fromLatin1(noteTable));
    return query.exec() && query.next();
}

bool DeferredIndexes::defer(const QSqlDatabase &db, QString *error)
{
    ScopedTransaction transaction(db);
    QSqlQuery query(db);
    if (!transaction.isActive())
        return fail(query, error);
    // A note left by an import that died is kept: its indexes are already gone.
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS deferred_indexes ("
                                   "name TEXT PRIMARY KEY, sql TEXT NOT NULL)")))
        return fail(query, error);
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ? AND sql IS NOT NULL"));
    QSqlQuery note(db);
    note.prepare(QStringLiteral("INSERT INTO deferred_indexes (name, sql) VALUES (?, ?)"));
    const QStringList indexes = names();
    for (const QString &name : indexes) {
        find.bindValue(0, name);
        if (!find.exec())
            return fail(find, error);
        if (!find.next())
            continue; // not in this schema (or set aside already)
        const QString sql = find.value(0).toString();
        find.finish();
        note.bindValue(0, name);
        note.bindValue(1, sql);
        if (!note.exec())
            return fail(note, error);
        // Names come from the fixed list above, never from input.
        if (!query.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
            return fail(query, error);
    }
    if (!transaction.commit()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    return true;
}

bool DeferredIndexes::restore(const QSqlDatabase &db, QString *error)
{
    if (!pending(db))
        return true;
    ScopedTransaction transaction(db);
    QSqlQuery query(db);
    if (!transaction.isActive())
        return fail(query, error);
    QSqlQuery noted(db);
    noted.setForwardOnly(true);
    if (!noted.exec(QStringLiteral("SELECT name, sql FROM deferred_indexes ORDER BY rowid")))
        return fail(noted, error);
    QStringList statements;
    while (noted.next())
        statements.append(noted.value(1).toString());
    noted.finish();
    for (const QString &statement : std::as_const(statements)) {
        // The statement sqlite_master held, as the migrations wrote it.
        if (!query.exec(statement))
            return fail(query, error);
    }
    if (!query.exec(QStringLiteral("DROP TABLE deferred_indexes")))
        return fail(query, error);
    if (!transaction.commit()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    return true;
}

bool DeferredIndexes::restoreAbandoned(const QSqlDatabase &db, const QString &databasePath, QString *error)
{
    if (!pending(db))
        return true;
    // Held by a running import (a live process, this one included): its indexes come back
    // when it ends. A lock whose process is gone is stale and taken over.
    QLockFile lock(lockPath(databasePath));
    lock.setStaleLockTime(0); // stale only when its process is gone, never by age
    if (!lock.tryLock(0))
        return true;
    return restore(db, error);
}

} // namespace Annalist
