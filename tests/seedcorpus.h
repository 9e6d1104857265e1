#pragma once

// A database of the seed corpus (/work/shared/corpus), imported and extracted, for tests of
// what sits on top of the entity store. Header-only: each test links annalist_models.

#include "pipeline/extractionrunner.h"
#include "pipeline/importrunner.h"
#include "store/database.h"
#include "store/entitystore.h"

#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace Annalist::TestSupport {

// Imports and extracts the seed corpus into path; empty on success, else what failed.
inline QString buildSeedCorpus(const QString &path)
{
    ImportRunner importer(path);
    ImportSummary summary;
    if (!importer.run({QStringLiteral(ANNALIST_SHARED_DIR "/corpus")}, summary))
        return QStringLiteral("import failed");
    // Five files; bundles among them may be split into several articles.
    if (summary.imported.size() < 5)
        return QStringLiteral("expected at least 5 articles, imported %1").arg(summary.imported.size());
    ExtractionRunner runner(path);
    return runner.run() ? QString() : runner.errorString();
}

// Re-extracts what review actions marked pending, as the window's ExtractionJob would.
inline QString reextract(const QString &path)
{
    ExtractionRunner runner(path);
    return runner.run() ? QString() : runner.errorString();
}

// The corpus entities as comparable lines (ids left out: a merged-away entity comes back with a
// new id when unused entities were removed in between).
inline QStringList entitySnapshot(const QString &path)
{
    Database db(path);
    if (!db.open())
        return {QStringLiteral("error: ") + db.errorString()};
    EntityStore store(db.connection());
    const auto rows = store.entities(0);
    if (!rows)
        return {QStringLiteral("error: ") + store.errorString()};
    QStringList lines;
    for (const EntityRow &row : *rows)
        lines.append(QStringLiteral("%1|%2|%3|%4|%5")
                         .arg(row.type, row.name, row.aliases.join(QLatin1Char(';')))
                         .arg(row.mentions)
                         .arg(row.articles));
    std::sort(lines.begin(), lines.end());
    return lines;
}

// Every stored mention and date with its entity, in a fixed order: the exact extraction state.
inline QStringList mentionSnapshot(const QString &path)
{
    Database db(path);
    if (!db.open())
        return {QStringLiteral("error: ") + db.errorString()};
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT m.article_id, m.start, m.length, e.type, e.name FROM mentions m "
                               "JOIN entities e ON e.id = m.entity_id UNION ALL "
                               "SELECT article_id, start, length, 'TIMEX', value FROM timexes ORDER BY 1, 2, 4, 5")))
        return {QStringLiteral("error")};
    QStringList lines;
    while (q.next())
        lines.append(QStringLiteral("%1|%2|%3|%4|%5")
                         .arg(q.value(0).toLongLong())
                         .arg(q.value(1).toLongLong())
                         .arg(q.value(2).toLongLong())
                         .arg(q.value(3).toString(), q.value(4).toString()));
    return lines;
}

} // namespace Annalist::TestSupport
