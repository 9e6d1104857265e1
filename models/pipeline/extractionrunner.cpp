#include "pipeline/extractionrunner.h"

#include "extract/engine.h"
#include "ingest/nearduplicates.h"
#include "ingest/offsetmap.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/scopedtransaction.h"
#include "timeline/timespan.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>

namespace Annalist {

namespace {

// One article as the extraction threads leave it: rows ready to write.
struct Extracted
{
    qint64 id = 0;
    QString contentHash;
    ExtractionStore::Rows rows;
    Signature signature;
};

std::pair<QDate, QDate> spanOf(const QString &value)
{
    const TimeSpan span = TimeSpan::fromTimex(value);
    return {span.begin, span.end};
}

Extracted extract(const Extract::Engine &engine, const Extract::UserDictionary &corrections,
                  const ExtractionStore::PendingArticle &article)
{
    const std::optional<OffsetMap> map =
        article.offsetMap.isEmpty() ? std::nullopt : OffsetMap::fromBytes(article.offsetMap);
    ExtractionStore::OffsetMapping toOriginal;
    if (map)
        toOriginal = [&map](qsizetype start, qsizetype length) {
            const TextSpan span = map->toOriginal(TextSpan{start, length});
            return std::pair<qsizetype, qsizetype>(span.start, span.length);
        };
    const Extract::Result found = engine.extract(article.text, article.published, corrections);
    return Extracted{article.id, article.contentHash,
                     ExtractionStore::rows(article.text, found, spanOf, toOriginal),
                     NearDuplicates::signature(article.text)};
}

} // namespace

ExtractionRunner::ExtractionRunner(const QString &databasePath)
    : m_databasePath(databasePath)
{
}

const Extract::Engine &ExtractionRunner::engine()
{
    static const Extract::Engine shared;
    return shared;
}

bool ExtractionRunner::run()
{
    m_error.clear();
    m_extracted = 0;
    Database db(m_databasePath);
    if (!db.open()) {
        m_error = db.errorString();
        return false;
    }
    ExtractionStore store(db.connection());
    const std::optional<Extract::UserDictionary> dictionary = store.userDictionary();
    const qint64 total = store.pendingCount();
    if (!dictionary || total < 0) {
        m_error = store.errorString();
        return false;
    }
    // Near-duplicates (syndicated copies) are looked for among the articles signed before.
    ArticleStore articles(db.connection());
    const auto signatures = articles.signatures();
    if (!signatures) {
        m_error = articles.errorString();
        return false;
    }
    NearDuplicateIndex nearDuplicates;
    for (const auto &[id, bytes] : *signatures) {
        bool ok = false;
        const Signature signature = Signature::fromBytes(bytes, &ok);
        if (ok)
            nearDuplicates.add(id, signature);
    }
    const Extract::Engine &extractor = engine();
    const Extract::UserDictionary &corrections = *dictionary;
    auto extractBatch = [&](const QList<ExtractionStore::PendingArticle> &batch) {
        return QtConcurrent::mapped(batch, std::function<Extracted(const ExtractionStore::PendingArticle &)>(
                                               [&extractor, &corrections](const ExtractionStore::PendingArticle &a) {
                                                   return extract(extractor, corrections, a);
                                               }));
    };
    // The index pages extraction touches are reused batch after batch; keep them in memory.
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA cache_size = -65536"));

    // Extract batch k+1 on the pool while batch k is written here.
    std::optional<QList<ExtractionStore::PendingArticle>> next = store.pending(m_batchSize);
    if (!next) {
        m_error = store.errorString();
        return false;
    }
    QFuture<Extracted> pending = extractBatch(*next);
    qint64 lastId = next->isEmpty() ? 0 : next->constLast().id;
    std::optional<ScopedTransaction> transaction;
    QElapsedTimer sinceCommit;
    int uncommitted = 0;
    const auto commit = [&] {
        if (!transaction)
            return true;
        if (!transaction->commit()) {
            m_error = db.connection().lastError().text();
            return false;
        }
        transaction.reset();
        m_extracted += uncommitted;
        uncommitted = 0;
        if (m_progress)
            m_progress(m_extracted, int(total));
        return true;
    };
    const auto failed = [&](const QString &message) {
        m_error = message;
        pending.waitForFinished();
        return false;
    };
    while (!next->isEmpty()) {
        pending.waitForFinished();
        const QList<Extracted> results = pending.results();
        if (cancelled())
            return commit(); // what is stored stays; the rest stays pending for the next run
        next = store.pending(m_batchSize, lastId);
        if (!next)
            return failed(store.errorString());
        if (!next->isEmpty()) {
            lastId = next->constLast().id;
            pending = extractBatch(*next);
        }

        if (!transaction) {
            transaction.emplace(db.connection());
            sinceCommit.start();
        }
        for (const Extracted &item : results) {
            // Split, joined or undone while it was being read: the next run takes the new text.
            const std::optional<bool> current = store.isStillPending(item.id, item.contentHash);
            if (!current)
                return failed(store.errorString());
            if (!*current)
                continue;
            ++uncommitted;
            // The earliest earlier article it matches; a re-extracted article is not its own copy.
            nearDuplicates.remove(item.id);
            const std::optional<QPair<qint64, double>> earliest = nearDuplicates.earliestMatch(item.signature, item.id);
            const qint64 duplicateOf = earliest ? earliest->first : 0;
            const double similarity = earliest ? earliest->second : 0;
            nearDuplicates.add(item.id, item.signature);
            if (!store.store(item.id, item.rows,
                             ExtractionStore::NearDuplicate{item.signature.toBytes(), duplicateOf, similarity}))
                return failed(store.errorString());
        }
        if ((next->isEmpty() || sinceCommit.elapsed() >= m_commitIntervalMs) && !commit())
            return failed(m_error);
    }
    return commit();
}

} // namespace Annalist
