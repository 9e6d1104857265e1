#include "store/database.h"

#include "store/contentpatch.h"
#include "store/deferredindexes.h"
#include "store/ftsrank.h"
#include "store/ftstokens.h"
#include "store/migrator.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace Annalist {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("annalist-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(const QString &path)
    : m_path(path)
    , m_connectionName(nextConnectionName())
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::fail(const QString &message)
{
    m_error = message;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.isValid())
        db.close();
    return false;
}

bool Database::open(int maxSchemaVersion)
{
    m_error.clear();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(QCoreApplication::translate("Annalist::Database", "The Qt SQLite driver (QSQLITE) is not installed."));

    if (m_path != QLatin1String(":memory:")) {
        const QFileInfo info(m_path);
        if (!QDir().mkpath(info.absolutePath()))
            return fail(QCoreApplication::translate("Annalist::Database", "Cannot create the folder %1.")
                            .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(QCoreApplication::translate("Annalist::Database", "Cannot open the database %1: %2")
                        .arg(QDir::toNativeSeparators(m_path), db.lastError().text()));

    QSqlQuery pragma(db);
    // Reading the header tells a non-SQLite file apart before we write anything to it.
    if (!pragma.exec(QStringLiteral("PRAGMA schema_version")))
        return fail(QCoreApplication::translate("Annalist::Database", "%1 is not an Annalist database: %2")
                        .arg(QDir::toNativeSeparators(m_path), pragma.lastError().databaseText()));
    const char *const pragmas[] = {
        // Only a new, empty database takes it. An article (a few KB of text) then fits in its
        // row's page instead of spilling into an overflow page, and an import writes a quarter
        // as many pages.
        "PRAGMA page_size = 16384",
        "PRAGMA foreign_keys = ON",
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = NORMAL",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA cache_size = -32000",
    };
    for (const char *statement : pragmas) {
        if (!pragma.exec(QString::fromLatin1(statement)))
            return fail(QCoreApplication::translate("Annalist::Database", "Cannot configure the database: %1")
                            .arg(pragma.lastError().text()));
    }

    // Sort indexes an import set aside and could not build again (it died) come back first.
    QString restoreError;
    if (m_path != QLatin1String(":memory:") && !DeferredIndexes::restoreAbandoned(db, m_path, &restoreError))
        qWarning("Annalist: cannot rebuild the article list's indexes yet: %s", qPrintable(restoreError));

    // The SQL functions before the migrations: views and triggers they make call them.
    QString functionError;
    if (!FtsRank::install(db, &functionError) || !ContentPatch::install(db, &functionError)
        || !FtsTokens::install(db, &functionError))
        return fail(QCoreApplication::translate("Annalist::Database", "Cannot set up the database's functions: %1")
                        .arg(functionError));

    Migrator migrator(db);
    if (!migrator.migrate(maxSchemaVersion))
        return fail(migrator.errorString());
    return true;
}

bool Database::isOpen() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return db.isValid() && db.isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return Migrator(connection()).currentVersion();
}

} // namespace Annalist
