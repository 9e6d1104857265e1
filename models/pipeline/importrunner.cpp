#include "pipeline/importrunner.h"

#include "extract/publicationdate.h"
#include "ingest/articlesplitter.h"
#include "ingest/filecollector.h"
#include "ingest/outletdetector.h"
#include "ingest/textcleaner.h"
#include "ingest/titleguesser.h"
#include "ingest/importer.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/deferredindexes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <optional>

namespace Annalist {

namespace {

struct ParsedFile
{
    QString path;
    QString error;
    QStringList warnings;
    QList<ArticleRecord> records;
};

// Which pages of the file the article's stretch covers, as JSON [[offset, page], ...].
QString pagesOf(const QList<qsizetype> &pageStarts, const ArticleRange &range)
{
    if (pageStarts.isEmpty())
        return {};
    QJsonArray pages;
    for (qsizetype page = 0; page < pageStarts.size(); ++page) {
        const qsizetype begin = pageStarts.at(page);
        const qsizetype end = page + 1 < pageStarts.size() ? pageStarts.at(page + 1) : std::numeric_limits<qsizetype>::max();
        if (end <= range.start || begin >= range.end)
            continue;
        pages.append(QJsonArray{qint64(std::max<qsizetype>(0, begin - range.start)), int(page + 1)});
    }
    return QString::fromUtf8(QJsonDocument(pages).toJson(QJsonDocument::Compact));
}

// Whether cleaned is original without some trailing white space, and nothing else changed.
bool onlyTrimmedAtEnd(const QString &original, const QString &cleaned)
{
    if (cleaned.size() > original.size() || !QStringView(original).startsWith(cleaned))
        return false;
    const QStringView rest = QStringView(original).mid(cleaned.size());
    return std::all_of(rest.begin(), rest.end(), [](QChar c) { return c.isSpace(); });
}

ParsedFile parseFile(const QString &path, const ImporterRegistry &registry, const std::atomic_bool *cancel,
                     const QDateTime &importedAt)
{
    ParsedFile parsed{path, {}, {}, {}};
    if (cancel && cancel->load(std::memory_order_relaxed))
        return parsed;
    ReadResult result = registry.readFile(path);
    if (!result.ok()) {
        parsed.error = result.error;
        return parsed;
    }
    parsed.warnings = result.warnings;
    const Importer *importer = registry.importerFor(path);
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    for (ParsedDocument &doc : result.documents) {
        const QString format = doc.format.isEmpty() && importer ? importer->format() : doc.format;
        // Text formats are split into their articles and cleaned with a map back to the
        // original; a web page is one article whose readable text has no map to its markup.
        const bool textual = doc.content == doc.original;
        const QList<ArticleRange> ranges = textual ? ArticleSplitter::split(doc.original)
                                                   : QList<ArticleRange>{{0, doc.original.size(), {}}};
        QList<ContentPatch::Edit> edits;
        for (const ArticleRange &range : ranges) {
            ArticleRecord record;
            record.format = format;
            record.filePath = absolutePath;
            record.importedAt = importedAt;
            record.source = doc.source;
            record.author = doc.author;
            record.url = doc.url;
            record.rangeStart = range.start;
            record.rangeEnd = range.end;
            if (textual) {
                record.original = doc.original.mid(range.start, range.end - range.start);
                CleanText clean = TextCleaner::clean(record.original);
                edits.clear();
                if (onlyTrimmedAtEnd(record.original, clean.text)) {
                    // The cleaner only took the white space off the end: the original is the
                    // readable text and is stored once, without a map (the same words are indexed).
                    record.content = record.original;
                } else {
                    record.content = std::move(clean.text);
                    if (!clean.map.isIdentity())
                        record.offsetMap = clean.map.toBytes();
                    clean.map.forEachEdit([&edits](qsizetype from, qsizetype length, qsizetype to, qsizetype toLength) {
                        edits.append({from, length, to, toLength});
                    });
                }
                record.pageStarts = pagesOf(doc.pageStarts, range);
            } else {
                record.original = doc.original;
                record.content = TextCleaner::clean(doc.content).text;
                edits.clear(); // markup and its readable text: no patch
            }
            if (ranges.size() == 1)
                record.title = doc.title;
            if (record.title.isEmpty())
                record.title = range.title.isEmpty() ? guessTitle(record.content) : range.title;
            const Extract::PublicationDate dateline = Extract::detectPublicationDate(record.content);
            if (dateline.isValid()) {
                record.published = dateline.date;
                record.publishedSource = dateSourceName(DateSource::Text);
            } else if (doc.published.isValid()) {
                record.published = doc.published;
                record.publishedSource = dateSourceName(doc.publishedSource);
            }
            if (record.source.isEmpty())
                record.source = detectOutlet(record.content);
            record.contentHash = ArticleStore::contentHash(record.content);
            ArticleStore::prepare(record, edits);
            parsed.records.append(std::move(record));
        }
    }
    return parsed;
}

} // namespace

ImportRunner::ImportRunner(const QString &databasePath)
    : m_databasePath(databasePath)
{
}

bool ImportRunner::run(const QStringList &paths, ImportSummary &summary)
{
    m_error.clear();
    Database db(m_databasePath);
    if (!db.open()) {
        m_error = db.errorString();
        return false;
    }
    ArticleStore store(db.connection());
    // No checkpoint after every transaction: each one syncs the log and the database file
    // (twice per commit, 25 times for 100,000 articles). The log is copied back once at the end;
    // a crash in between loses nothing that was committed (the log is replayed at open).
    QSqlQuery walSetting(db.connection());
    const bool oneCheckpoint = walSetting.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    const ImporterRegistry registry;
    const CollectedFiles collected = collectFiles(paths, registry, m_cancel);
    summary.skipped += collected.skipped;
    for (const QString &error : collected.errors)
        summary.failed.append({QString(), error}); // already "path: reason"
    const QStringList &files = collected.files;
    summary.filesTotal += int(files.size());

    // A big import into an empty or small database builds the list's sort indexes once at the
    // end instead of inserting into each of them per article (see DeferredIndexes). The lock
    // tells every other connection that an import, not a crash, took them away.
    std::optional<QLockFile> indexLock;
    bool indexesDeferred = false;
    if (m_deferIndexes && files.size() >= DeferIndexesFrom && m_databasePath != QLatin1String(":memory:")) {
        const qint64 existing = store.count();
        indexLock.emplace(DeferredIndexes::lockPath(m_databasePath));
        indexLock->setStaleLockTime(0);
        if (existing >= 0 && existing < files.size() && indexLock->tryLock(0)) {
            QString error;
            indexesDeferred = DeferredIndexes::defer(db.connection(), &error); // else imported with them
        }
    }

    const QDateTime importedAt = QDateTime::currentDateTimeUtc();
    // Parsing leaves a core to this thread: it writes every article, and the writing is the
    // longer part of an import (parsers sharing its core made a 100k import 20% slower).
    QThreadPool parsers;
    parsers.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    auto parseBatch = [&](qsizetype from) {
        const QStringList batch = files.mid(from, m_batchSize);
        const std::atomic_bool *cancel = m_cancel;
        return QtConcurrent::mapped(
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
            &parsers,
#endif
            batch, std::function<ParsedFile(const QString &)>(
                                               [&registry, cancel, importedAt](const QString &path) {
                                                   return parseFile(path, registry, cancel, importedAt);
                                               }));
    };

    // Several parse batches share one transaction: every commit makes FTS5 write out a
    // segment and WAL copy pages back, so fewer, larger commits import faster. A commit
    // failure fails exactly the articles of that transaction.
    std::optional<ArticleStore::Batch> transaction;
    ImportSummary uncommitted;
    int uncommittedArticles = 0;
    auto commit = [&] {
        if (!transaction)
            return;
        if (transaction->commit()) {
            summary.imported += uncommitted.imported;
            summary.duplicates += uncommitted.duplicates;
        } else {
            // Nothing of this transaction was stored: every article in it failed, the database is unchanged.
            const QString reason = QCoreApplication::translate("Annalist::ImportRunner", "not stored: the database refused the batch (%1)")
                                       .arg(store.errorString());
            for (const auto &item : std::as_const(uncommitted.imported))
                summary.failed.append({item.path, reason});
            for (const auto &item : std::as_const(uncommitted.duplicates))
                summary.failed.append({item.path, reason});
        }
        summary.failed += uncommitted.failed;
        transaction.reset();
        uncommitted = ImportSummary();
        uncommittedArticles = 0;
    };

    // Parse batch k+1 on the pool while batch k is written here.
    QFuture<ParsedFile> pending = files.isEmpty() ? QFuture<ParsedFile>() : parseBatch(0);
    for (qsizetype from = 0; from < files.size(); from += m_batchSize) {
        pending.waitForFinished();
        const QList<ParsedFile> parsed = pending.results();
        if (from + m_batchSize < files.size() && !cancelled())
            pending = parseBatch(from + m_batchSize);
        else
            pending = QFuture<ParsedFile>();
        if (cancelled()) {
            summary.cancelled = true;
            break;
        }

        if (!transaction)
            transaction.emplace(store);
        for (const ParsedFile &file : parsed) {
            for (const QString &warning : file.warnings)
                summary.warnings.append(file.path + QStringLiteral(": ") + warning);
            if (!file.error.isEmpty()) {
                uncommitted.failed.append({file.path, file.error});
            } else {
                for (const ArticleRecord &record : file.records) {
                    const ArticleStore::InsertResult result = store.insert(record);
                    switch (result.status) {
                    case ArticleStore::InsertStatus::Inserted:
                        uncommitted.imported.append({result.id, file.path, record.title});
                        break;
                    case ArticleStore::InsertStatus::Duplicate:
                        uncommitted.duplicates.append({file.path, record.title, result.id});
                        break;
                    case ArticleStore::InsertStatus::Failed:
                        uncommitted.failed.append({file.path, QCoreApplication::translate("Annalist::ImportRunner", "not stored: %1").arg(store.errorString())});
                        break;
                    }
                }
                uncommittedArticles += int(file.records.size());
            }
            ++summary.filesDone;
            if (m_progress)
                m_progress({summary.filesDone, summary.filesTotal, file.path});
        }
        if (uncommittedArticles >= m_transactionSize)
            commit();
    }
    commit();
    if (pending.isRunning())
        pending.waitForFinished();
    if (indexesDeferred) {
        QString error;
        if (!DeferredIndexes::restore(db.connection(), &error)) {
            // The articles are stored; the note stays and the next open builds the indexes.
            summary.warnings.append(QCoreApplication::translate("Annalist::ImportRunner",
                                                                "The article list's sort indexes could not be built "
                                                                "yet (%1); the next start builds them.")
                                        .arg(error));
        }
    }
    if (oneCheckpoint) {
        walSetting.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        walSetting.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 1000")); // SQLite's default
    }
    if (cancelled())
        summary.cancelled = true;
    return true;
}

} // namespace Annalist
