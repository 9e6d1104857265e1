#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Annalist {

// One SQLite connection, owned by the thread that created it. Every thread that touches the
// database makes its own Database (Qt Sql connections must not cross threads).
// open() configures WAL, foreign keys and a busy timeout, then brings the schema up to date.
class Database
{
public:
    explicit Database(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens and migrates. maxSchemaVersion limits migration (tests build old databases with it).
    bool open(int maxSchemaVersion = -1);
    bool isOpen() const;
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;

    int schemaVersion() const;

private:
    bool fail(const QString &message);

    QString m_path;
    QString m_connectionName;
    QString m_error;
};

} // namespace Annalist
