#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Annalist {

// The article list's sort indexes, set aside while a big import fills an empty or small
// database and built once at its end: one sort per index instead of a random B-tree insert
// per article and index (the title index above all). The unique content-hash index, which
// finds duplicates during the import, always stays.
//
// What is dropped is written down (name and the exact CREATE statement from sqlite_master) in
// the same transaction as the drop, in a table that exists only while indexes are set aside.
// restore() builds them again from that note and removes it, so the schema afterwards is
// byte for byte the migrated one. While its indexes are set aside, the import holds a lock
// file next to the database (lockPath()); an import that dies leaves the note behind with a
// stale lock, and the next Database::open() restores the indexes (restoreAbandoned()).
class DeferredIndexes
{
public:
    // The lock an import holds while indexes are set aside: "<database>.import-lock".
    static QString lockPath(const QString &databasePath);

    // The indexes defer() sets aside, when they exist.
    static QStringList names();

    // Drops them in one transaction. False with *error when the database refused; nothing
    // is changed then.
    static bool defer(const QSqlDatabase &db, QString *error);
    // Whether a note of set-aside indexes exists (an import running, or one that died).
    static bool pending(const QSqlDatabase &db);
    // Builds the noted indexes again and removes the note, in one transaction; true at once
    // when nothing is pending.
    static bool restore(const QSqlDatabase &db, QString *error);
    // restore() when indexes are set aside and no live import holds the lock (in this
    // process or another): what an import that died left behind. True when nothing was to do.
    static bool restoreAbandoned(const QSqlDatabase &db, const QString &databasePath, QString *error);
};

} // namespace Annalist
