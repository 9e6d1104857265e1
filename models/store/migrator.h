#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace Annalist {

// Applies the numbered migration files in :/schema (0001_initial.sql, 0002_....sql) in order,
// each in its own transaction, and records the version reached in the schema_version table.
// A database whose version is newer than the newest file is refused, never "upgraded".
class Migrator
{
public:
    explicit Migrator(const QSqlDatabase &db);

    bool migrate(int maxVersion = -1);
    int currentVersion() const; // 0 for a new database
    static int latestVersion();
    QString errorString() const { return m_error; }

    // Splits a migration script into statements; trigger bodies stay whole.
    static QStringList splitStatements(const QString &script);

private:
    struct Step
    {
        int version;
        QString path;
    };
    static QList<Step> steps();
    bool apply(const Step &step);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace Annalist
