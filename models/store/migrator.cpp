#include "store/migrator.h"

#include "store/scopedtransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

// The resource lives in this static library; referencing it keeps the linker from dropping it.
static void initSchemaResource()
{
    Q_INIT_RESOURCE(schema);
}

namespace Annalist {

Migrator::Migrator(const QSqlDatabase &db)
    : m_db(db)
{
    initSchemaResource();
}

QList<Migrator::Step> Migrator::steps()
{
    initSchemaResource();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    QList<Step> result;
    const QStringList files = QDir(QStringLiteral(":/schema")).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (match.hasMatch())
            result.append({match.captured(1).toInt(), QStringLiteral(":/schema/") + file});
    }
    std::sort(result.begin(), result.end(), [](const Step &a, const Step &b) { return a.version < b.version; });
    return result;
}

int Migrator::latestVersion()
{
    const QList<Step> all = steps();
    return all.isEmpty() ? 0 : all.last().version;
}

int Migrator::currentVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"))
        || !query.next())
        return 0;
    if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool Migrator::migrate(int maxVersion)
{
    const int current = currentVersion();
    const int latest = latestVersion();
    if (current > latest) {
        m_error = QCoreApplication::translate("Annalist::Migrator",
                                              "This database was written by a newer version of Annalist (schema "
                                              "version %1; this version knows versions up to %2). It was not "
                                              "changed. Open it with a newer Annalist.")
                      .arg(current)
                      .arg(latest);
        return false;
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                   "version INTEGER NOT NULL, applied_at TEXT NOT NULL)"))) {
        m_error = query.lastError().text();
        return false;
    }
    const QList<Step> all = steps();
    for (const Step &step : all) {
        if (step.version <= current)
            continue;
        if (maxVersion >= 0 && step.version > maxVersion)
            break;
        if (!apply(step))
            return false;
    }
    return true;
}

bool Migrator::apply(const Step &step)
{
    QFile file(step.path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QCoreApplication::translate("Annalist::Migrator", "Cannot read migration %1.").arg(step.path);
        return false;
    }
    const QString script = QString::fromUtf8(file.readAll());

    ScopedTransaction transaction(m_db);
    QSqlQuery query(m_db);
    const QStringList statements = splitStatements(script);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            m_error = QCoreApplication::translate("Annalist::Migrator", "Migration to schema version %1 failed: %2")
                          .arg(step.version)
                          .arg(query.lastError().text());
            return false; // the transaction rolls back
        }
    }
    query.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, datetime('now'))"));
    query.addBindValue(step.version);
    if (!query.exec() || !transaction.commit()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        QString line = rawLine;
        const qsizetype comment = line.indexOf(QLatin1String("--"));
        if (comment >= 0)
            line.truncate(comment);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (current.isEmpty() && trimmed.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += line + QLatin1Char('\n');
        const bool ends = trimmed.endsWith(QLatin1Char(';'));
        const bool triggerEnds = inTrigger && trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0;
        if ((ends && !inTrigger) || triggerEnds) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace Annalist
