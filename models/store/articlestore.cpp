#include "store/articlestore.h"

#include "store/annotationstore.h"
#include "store/ftsrank.h"
#include "store/scopedtransaction.h"
#include "store/searchquery.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Annalist {

namespace {

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

// QSQLITE binds a null QString as NULL; text columns are NOT NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString sortExpression(ArticleSort sort)
{
    switch (sort) {
    case ArticleSort::Title:
        return QStringLiteral("a.title COLLATE NOCASE");
    case ArticleSort::Source:
        return QStringLiteral("a.source COLLATE NOCASE");
    case ArticleSort::Published:
        return QStringLiteral("a.published");
    case ArticleSort::Imported:
        return QStringLiteral("a.imported_at");
    case ArticleSort::Format:
        return QStringLiteral("a.format");
    case ArticleSort::File:
        return QStringLiteral("a.file_path");
    case ArticleSort::Group:
        return QStringLiteral("coalesce(a.duplicate_of, a.id)");
    }
    return QStringLiteral("a.id");
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString describeError(const SearchQuery &query)
{
    return QCoreApplication::translate("Annalist::ArticleStore", "Character %1: %2")
        .arg(query.errorPosition() + 1)
        .arg(query.errorString());
}

// bm25 with titles weighing five times the body, as the rank option in 0001_initial.sql says,
// computed by FtsRank without a length lookup per row. Spelled out rather than ORDER BY rank:
// FTS5 sorts "rank" in a nested statement and then seeks every row again, which took twice as
// long for common words on 100k articles.
const char *const rankExpression = FtsRank::articleRank;

// Ranks the rows of "articles a" that the rank expression (bound) matches; the others get NULL.
const char *const rankJoin = " LEFT JOIN (SELECT rowid AS rank_id, annalist_bm25(articles_fts, 5.0, 1.0) AS rank_score "
                             "FROM articles_fts WHERE articles_fts MATCH ?) r ON r.rank_id = a.id";

// Whether a word of the query is in some passage annotation or tag name; if not, the index
// alone decides the words for every article (nullopt on a database error).
std::optional<bool> wordsOutsideText(const QSqlDatabase &db, const SearchQuery &query, QString &error)
{
    const SearchQuery::Sql probe = query.extendedTextProbe();
    QSqlQuery q(db);
    q.prepare(probe.sql);
    for (const QVariant &value : probe.binds)
        q.addBindValue(value);
    if (!q.exec() || !q.next()) {
        error = q.lastError().databaseText();
        return std::nullopt;
    }
    return q.value(0).toBool();
}

struct SearchPage
{
    int limit = 0;
    int offset = 0;
    QString openMark, closeMark;
};

// ArticleStore::search() for queries the index cannot answer alone: the query as a condition
// on the articles, best ranked words first (matches without ranked words after them, newest
// first), snippets from the index where the words are in the text, else the text's opening.
std::optional<QList<SearchHit>> searchEverywhere(const QSqlDatabase &db, const SearchQuery &parsed, bool extended,
                                                 const SearchPage &page, QString &error)
{
    const QString rank = parsed.rankExpression();
    QString sql;
    SearchQuery::Sql condition;
    if (extended && !parsed.ftsExpression().isEmpty()) {
        // Words only: scored by the index once (see idsStatement()).
        // The page first, then its titles: joining every match first took a second for "china".
        condition = parsed.rankedArticles(QLatin1String(rankExpression));
        sql = QStringLiteral("SELECT a.id, a.title, page.score FROM (SELECT id, score FROM (") + condition.sql
            + QStringLiteral(") ORDER BY score IS NULL, score, id LIMIT ? OFFSET ?) page JOIN articles a ON a.id = page.id "
                             "ORDER BY page.score IS NULL, page.score, page.id");
    } else {
        condition = parsed.articleCondition(QStringLiteral("a.id"), QStringLiteral("a"), extended);
        sql = QStringLiteral("SELECT a.id, a.title, ") + (rank.isEmpty() ? QStringLiteral("0") : QStringLiteral("r.rank_score"))
            + QStringLiteral(" FROM articles a");
        if (!rank.isEmpty())
            sql += QLatin1String(rankJoin);
        sql += QStringLiteral(" WHERE ") + condition.sql + QStringLiteral(" ORDER BY ");
        if (!rank.isEmpty())
            sql += QStringLiteral("r.rank_score IS NULL, r.rank_score, ");
        sql += QStringLiteral("a.published DESC, a.id DESC LIMIT ? OFFSET ?");
        if (!rank.isEmpty())
            condition.binds.prepend(rank);
    }
    QSqlQuery ranked(db);
    ranked.setForwardOnly(true);
    ranked.prepare(sql);
    for (const QVariant &value : std::as_const(condition.binds))
        ranked.addBindValue(value);
    ranked.addBindValue(page.limit);
    ranked.addBindValue(page.offset);
    if (!ranked.exec()) {
        error = ranked.lastError().databaseText();
        return std::nullopt;
    }
    QList<SearchHit> hits;
    while (ranked.next())
        hits.append({ranked.value(0).toLongLong(), ranked.value(1).toString(), QString(), ranked.value(2).toDouble()});
    if (hits.isEmpty())
        return hits;
    QString placeholders;
    for (qsizetype i = 0; i < hits.size(); ++i)
        placeholders += i ? QLatin1String(",?") : QLatin1String("?");
    QHash<qint64, QString> openings;
    QSqlQuery opening(db);
    opening.setForwardOnly(true);
    opening.prepare(QStringLiteral("SELECT id, substr(annalist_content(original, content, content_patch), 1, 240) FROM articles WHERE id IN (")
                    + placeholders + QLatin1Char(')'));
    for (const SearchHit &hit : std::as_const(hits))
        opening.addBindValue(hit.id);
    if (!opening.exec()) {
        error = opening.lastError().databaseText();
        return std::nullopt;
    }
    while (opening.next()) {
        QString text = opening.value(1).toString().simplified();
        if (text.size() > 160)
            text = text.left(160) + QStringLiteral("…");
        openings.insert(opening.value(0).toLongLong(), text);
    }
    QHash<qint64, QString> snippets;
    if (!rank.isEmpty()) {
        QSqlQuery snippet(db);
        snippet.setForwardOnly(true);
        snippet.prepare(QStringLiteral("SELECT rowid, snippet(articles_fts, -1, ?, ?, '…', 16) FROM articles_fts "
                                       "WHERE articles_fts MATCH ? AND +rowid IN (")
                        + placeholders + QLatin1Char(')'));
        snippet.addBindValue(page.openMark);
        snippet.addBindValue(page.closeMark);
        snippet.addBindValue(rank);
        for (const SearchHit &hit : std::as_const(hits))
            snippet.addBindValue(hit.id);
        if (!snippet.exec()) {
            error = snippet.lastError().databaseText();
            return std::nullopt;
        }
        while (snippet.next())
            snippets.insert(snippet.value(0).toLongLong(), snippet.value(1).toString().simplified());
    }
    for (SearchHit &hit : hits)
        hit.snippet = snippets.value(hit.id, openings.value(hit.id));
    return hits;
}

const char *const selectRecord = "SELECT id, title, source, author, url, published, published_source, imported_at, "
                                 "file_path, format, original, annalist_content(original, content, content_patch), content_hash, range_start, range_end, "
                                 "offset_map, page_starts, signature, duplicate_of, similarity FROM articles "
                                 "WHERE id = ?";

} // namespace

ArticleStore::ArticleStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

ArticleStore::~ArticleStore() = default;

ArticleStore::Batch::Batch(ArticleStore &store)
    : m_store(store)
    , m_transaction(std::make_unique<ScopedTransaction>(store.m_db))
{
    if (m_transaction->isActive() && !m_store.m_batch)
        m_store.m_batch = this;
}

ArticleStore::Batch::~Batch()
{
    if (m_store.m_batch == this)
        m_store.m_batch = nullptr;
}

bool ArticleStore::Batch::isActive() const
{
    return m_transaction && m_transaction->isActive();
}

bool ArticleStore::Batch::commit()
{
    if (m_store.m_batch == this)
        m_store.m_batch = nullptr;
    if (m_failed) {
        m_transaction.reset(); // rolls back
        return false;
    }
    if (!isActive())
        return true; // BEGIN failed, so every insert committed on its own
    if (!m_transaction->commit())
        return m_store.fail(m_store.m_db.lastError().text());
    return true;
}

bool ArticleStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString ArticleStore::contentHash(const QString &content)
{
    const QString normalised = content.simplified();
    return QString::fromLatin1(QCryptographicHash::hash(normalised.toUtf8(), QCryptographicHash::Sha1).toHex());
}

void ArticleStore::prepare(ArticleRecord &record, const QList<ContentPatch::Edit> &edits)
{
    auto prepared = std::make_shared<PreparedText>();
    prepared->original = record.original;
    prepared->content = record.content;
    prepared->contentIsOriginal = record.content.constData() == record.original.constData() || record.content == record.original;
    prepared->originalUtf8 = record.original.toUtf8();
    if (!prepared->contentIsOriginal) {
        prepared->contentUtf8 = record.content.toUtf8();
        prepared->contentPatch = ContentPatch::make(record.original, prepared->originalUtf8, record.content,
                                                    prepared->contentUtf8, edits);
    }
    prepared->bodyTokens = FtsTokens::tokenize(prepared->contentIsOriginal ? prepared->originalUtf8 : prepared->contentUtf8);
    record.prepared = std::move(prepared);
}

bool ArticleStore::prepareInsert()
{
    if (m_insertArticle)
        return true;
    // Databases from before schema version 3 still index new rows by trigger; writing the
    // index row here as well would index them twice.
    QSqlQuery trigger(m_db);
    if (!trigger.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                     "AND name = 'articles_fts_insert'"))
        || !trigger.next())
        return fail(trigger.lastError().text());
    m_ftsByTrigger = trigger.value(0).toInt() > 0;

    QSqlQuery article(m_db);
    if (!article.prepare(QStringLiteral(
            "INSERT INTO articles (title, source, author, url, published, published_source, imported_at, file_path, "
            "format, original, content, content_hash, range_start, range_end, offset_map, page_starts, signature, "
            "duplicate_of, similarity, content_patch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(CAST(? AS TEXT), ''), "
            "CAST(? AS TEXT), ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (content_hash) DO NOTHING")))
        return fail(article.lastError().text());
    QSqlQuery fts(m_db);
    if (!fts.prepare(
            QStringLiteral("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, coalesce(CAST(? AS TEXT), ''))")))
        return fail(fts.lastError().text());
    QSqlQuery find(m_db);
    find.setForwardOnly(true);
    if (!find.prepare(QStringLiteral("SELECT id FROM articles WHERE content_hash = ?")))
        return fail(find.lastError().text());
    m_insertArticle.emplace(std::move(article));
    m_insertFts.emplace(std::move(fts));
    m_findHash.emplace(std::move(find));
    return true;
}

ArticleStore::InsertResult ArticleStore::insert(const ArticleRecord &record)
{
    if (m_batch)
        return insertUnlocked(record);
    // The article row and its index row commit together or not at all.
    ScopedTransaction transaction(m_db);
    InsertResult result = insertUnlocked(record);
    if (result.status != InsertStatus::Failed && transaction.isActive() && !transaction.commit()) {
        fail(m_db.lastError().text());
        return {};
    }
    return result;
}

ArticleStore::InsertResult ArticleStore::insertUnlocked(const ArticleRecord &record)
{
    if (!prepareInsert())
        return {};
    const QString title = notNull(record.title);
    // Plain text is stored once: content NULL means "same as original"; a cleaned text is
    // stored as a patch of the original when prepare() could make one.
    // The texts go in as UTF-8 (CAST(? AS TEXT) takes the bytes as they are): bound as
    // UTF-16, SQLite would convert each one twice, for the row and for the index, on the one
    // thread that writes.
    const PreparedText *prepared = record.prepared.get();
    if (prepared
        && (prepared->original.constData() != record.original.constData() || prepared->original.size() != record.original.size()
            || prepared->content.constData() != record.content.constData() || prepared->content.size() != record.content.size()))
        prepared = nullptr; // changed since
    const bool contentIsOriginal = prepared ? prepared->contentIsOriginal : record.content == record.original;
    const QByteArray original = prepared ? prepared->originalUtf8 : record.original.toUtf8();
    const QByteArray content = contentIsOriginal ? QByteArray() : prepared ? prepared->contentUtf8 : record.content.toUtf8();
    const QByteArray patch = prepared && !contentIsOriginal ? prepared->contentPatch : QByteArray();
    QSqlQuery &query = *m_insertArticle;
    query.bindValue(0, title);
    query.bindValue(1, notNull(record.source));
    query.bindValue(2, notNull(record.author));
    query.bindValue(3, notNull(record.url));
    query.bindValue(4, dateValue(record.published));
    query.bindValue(5, record.publishedSource.isEmpty() ? QStringLiteral("none") : record.publishedSource);
    query.bindValue(6, (record.importedAt.isValid() ? record.importedAt : QDateTime::currentDateTimeUtc())
                           .toUTC()
                           .toString(Qt::ISODate));
    query.bindValue(7, notNull(record.filePath));
    query.bindValue(8, notNull(record.format));
    query.bindValue(9, original);
    query.bindValue(10, contentIsOriginal || !patch.isEmpty() ? QVariant() : QVariant(content));
    query.bindValue(11, record.contentHash);
    query.bindValue(12, qint64(record.rangeStart));
    query.bindValue(13, record.rangeEnd < 0 ? QVariant() : QVariant(qint64(record.rangeEnd)));
    query.bindValue(14, record.offsetMap.isEmpty() ? QVariant() : QVariant(record.offsetMap));
    query.bindValue(15, record.pageStarts.isEmpty() ? QVariant() : QVariant(record.pageStarts));
    query.bindValue(16, record.signature.isEmpty() ? QVariant() : QVariant(record.signature));
    query.bindValue(17, record.duplicateOf > 0 ? QVariant(record.duplicateOf) : QVariant());
    query.bindValue(18, record.duplicateOf > 0 ? QVariant(record.similarity) : QVariant());
    query.bindValue(19, patch.isEmpty() ? QVariant() : QVariant(patch));
    if (!query.exec()) {
        fail(query.lastError().text());
        query.finish();
        return {};
    }
    const bool inserted = query.numRowsAffected() == 1;
    const qint64 id = inserted ? query.lastInsertId().toLongLong() : 0;
    query.finish();

    if (inserted) {
        if (!m_ftsByTrigger) {
            // Written here, not by an AFTER INSERT trigger: a trigger turns every INSERT into a
            // statement with a savepoint, and FTS5 writes out its pending index data at each
            // savepoint, which makes a bulk import about twice as slow.
            QSqlQuery &fts = *m_insertFts;
            fts.bindValue(0, id);
            fts.bindValue(1, title);
            fts.bindValue(2, contentIsOriginal ? original : content);
            // The body's tokens were made on a parsing thread (prepare()); FTS5 takes them.
            const FtsTokens::Replay replay(prepared ? prepared->bodyTokens.get() : nullptr);
            const bool indexed = fts.exec();
            if (!indexed)
                fail(fts.lastError().text());
            fts.finish();
            if (!indexed) {
                // Never commit an article the search cannot see: outside a Batch the own
                // transaction rolls back; a Batch refuses to commit.
                if (m_batch)
                    m_batch->m_failed = true;
                return {};
            }
        }
        return {InsertStatus::Inserted, id};
    }

    QSqlQuery &existing = *m_findHash;
    existing.bindValue(0, record.contentHash);
    if (!existing.exec() || !existing.next()) {
        fail(existing.lastError().text());
        existing.finish();
        return {};
    }
    const qint64 existingId = existing.value(0).toLongLong();
    existing.finish();
    return {InsertStatus::Duplicate, existingId};
}

std::optional<ArticleRecord> ArticleStore::article(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QString::fromLatin1(selectRecord));
    query.addBindValue(id);
    if (!query.exec()) {
        fail(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        fail(QCoreApplication::translate("Annalist::ArticleStore", "There is no article %1.").arg(id));
        return std::nullopt;
    }
    ArticleRecord r;
    r.id = query.value(0).toLongLong();
    r.title = query.value(1).toString();
    r.source = query.value(2).toString();
    r.author = query.value(3).toString();
    r.url = query.value(4).toString();
    r.published = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    r.publishedSource = query.value(6).toString();
    r.importedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODate);
    r.filePath = query.value(8).toString();
    r.format = query.value(9).toString();
    r.original = query.value(10).toString();
    r.content = query.value(11).isNull() ? r.original : query.value(11).toString();
    r.contentHash = query.value(12).toString();
    r.rangeStart = query.value(13).toLongLong();
    r.rangeEnd = query.value(14).isNull() ? -1 : query.value(14).toLongLong();
    r.offsetMap = query.value(15).toByteArray();
    r.pageStarts = query.value(16).toString();
    r.signature = query.value(17).toByteArray();
    r.duplicateOf = query.value(18).toLongLong();
    r.similarity = query.value(19).toDouble();
    return r;
}

QList<ArticleSummary> ArticleStore::summaries(const QList<qint64> &ids)
{
    QList<ArticleSummary> result;
    if (ids.isEmpty())
        return result;
    // One statement per batch with a placeholder per id; batches keep the statement count low.
    QHash<qint64, ArticleSummary> byId;
    constexpr qsizetype batch = 500;
    for (qsizetype from = 0; from < ids.size(); from += batch) {
        const qsizetype n = std::min(batch, ids.size() - from);
        QString placeholders;
        placeholders.reserve(n * 2);
        for (qsizetype i = 0; i < n; ++i)
            placeholders += i ? QLatin1String(",?") : QLatin1String("?");
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        // The copy count is one lookup in articles_duplicate_of per row of the batch.
        query.prepare(QStringLiteral("SELECT id, title, source, published, imported_at, file_path, format, "
                                     "range_start, range_end, duplicate_of, similarity, (SELECT count(*) FROM "
                                     "articles d WHERE d.duplicate_of = articles.id) "
                                     "FROM articles WHERE id IN (")
                      + placeholders + QLatin1Char(')'));
        for (qsizetype i = 0; i < n; ++i)
            query.addBindValue(ids.at(from + i));
        if (!query.exec()) {
            fail(query.lastError().text());
            return {};
        }
        while (query.next()) {
            ArticleSummary s;
            s.id = query.value(0).toLongLong();
            s.title = query.value(1).toString();
            s.source = query.value(2).toString();
            s.published = QDate::fromString(query.value(3).toString(), Qt::ISODate);
            s.importedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODate);
            s.filePath = query.value(5).toString();
            s.format = query.value(6).toString();
            s.rangeStart = query.value(7).toLongLong();
            s.rangeEnd = query.value(8).isNull() ? -1 : query.value(8).toLongLong();
            s.duplicateOf = query.value(9).toLongLong();
            s.similarity = query.value(10).toDouble();
            s.copies = query.value(11).toInt();
            byId.insert(s.id, s);
        }
    }
    result.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            result.append(*it);
    }
    return result;
}

bool ArticleStore::update(const ArticleRecord &r)
{
    // The text and the passages annotated in it change together: annotations re-anchor in the
    // new text (or are flagged orphaned) in the same transaction.
    ScopedTransaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE articles SET title = ?, source = ?, author = ?, url = ?, published = ?, "
                                 "published_source = ?, original = ?, content = ?, content_patch = NULL, content_hash = ? WHERE id = ?"));
    query.addBindValue(notNull(r.title));
    query.addBindValue(notNull(r.source));
    query.addBindValue(notNull(r.author));
    query.addBindValue(notNull(r.url));
    query.addBindValue(dateValue(r.published));
    query.addBindValue(r.publishedSource.isEmpty() ? QStringLiteral("none") : r.publishedSource);
    query.addBindValue(notNull(r.original));
    query.addBindValue(r.content == r.original ? QVariant() : QVariant(r.content));
    query.addBindValue(r.contentHash.isEmpty() ? contentHash(r.content) : r.contentHash);
    query.addBindValue(r.id);
    if (!query.exec())
        return fail(query.lastError().text());
    if (query.numRowsAffected() != 1)
        return fail(QCoreApplication::translate("Annalist::ArticleStore", "There is no article %1.").arg(r.id));
    AnnotationStore annotations(m_db);
    if (!annotations.reanchor(r.id))
        return fail(annotations.errorString());
    if (transaction.isActive() && !transaction.commit())
        return fail(m_db.lastError().text());
    return true;
}

std::optional<QList<QPair<qint64, QByteArray>>> ArticleStore::signatures()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, signature FROM articles WHERE signature IS NOT NULL ORDER BY id"))) {
        fail(query.lastError().text());
        return std::nullopt;
    }
    QList<QPair<qint64, QByteArray>> result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toByteArray()});
    return result;
}

bool ArticleStore::remove(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM articles WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(query.lastError().text());
    return query.numRowsAffected() == 1
        || fail(QCoreApplication::translate("Annalist::ArticleStore", "There is no article %1.").arg(id));
}

qint64 ArticleStore::count()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM articles")) || !query.next()) {
        fail(query.lastError().text());
        return -1;
    }
    return query.value(0).toLongLong();
}

std::optional<ArticleStore::IdsStatement> ArticleStore::idsStatement(const ArticleQuery &q, bool ordered, int limit)
{
    QString fts;
    // A search the index cannot answer alone (fields, a leading NOT, words that some passage
    // or tag contains) becomes a condition, ranked by its words where it has some.
    std::optional<SearchQuery::Sql> everywhere;
    std::optional<SearchQuery::Sql> ranked; // words only, some of them in passages or tags
    QString rank;
    if (!q.search.trimmed().isEmpty()) {
        const SearchQuery parsed = SearchQuery::parse(q.search);
        if (!parsed.isValid()) {
            fail(describeError(parsed));
            return std::nullopt;
        }
        const std::optional<bool> extended = wordsOutsideText(m_db, parsed, m_error);
        if (!extended)
            return std::nullopt;
        fts = *extended ? QString() : parsed.ftsExpression();
        if (fts.isEmpty()) {
            everywhere = parsed.articleCondition(QStringLiteral("a.id"), QStringLiteral("a"), *extended);
            rank = parsed.rankExpression();
            if (!parsed.ftsExpression().isEmpty())
                ranked = parsed.rankedArticles(QLatin1String(rankExpression));
        }
    }
    IdsStatement statement;
    QStringList conditions;
    const bool rankEverywhere = everywhere && !rank.isEmpty() && ordered && q.sort == ArticleSort::Imported
        && q.order == Qt::DescendingOrder;
    if (!fts.isEmpty())
        statement.binds << fts;
    if (rankEverywhere)
        statement.binds << rank;
    if (everywhere) {
        conditions << everywhere->sql;
        statement.binds += everywhere->binds;
    }
    const QString filter = q.filter.trimmed();
    if (!filter.isEmpty()) {
        conditions << QStringLiteral("(a.title LIKE ? ESCAPE '\\' OR a.source LIKE ? ESCAPE '\\')");
        statement.binds << likePattern(filter) << likePattern(filter);
    }
    if (!q.entityIds.isEmpty()) {
        QString list;
        for (qint64 id : q.entityIds) {
            list += list.isEmpty() ? QLatin1String("?") : QLatin1String(",?");
            statement.binds << id;
        }
        conditions << QStringLiteral("a.id IN (SELECT article_id FROM mentions WHERE entity_id IN (") + list
                + QStringLiteral(") GROUP BY article_id HAVING count(DISTINCT entity_id) = ?)");
        statement.binds << int(q.entityIds.size());
    }
    if (!q.tagIds.isEmpty()) {
        // A tag stands for itself and every tag below it.
        const auto subtree = [](qsizetype seeds) -> QString {
            QString select;
            for (qsizetype i = 0; i < seeds; ++i)
                select += i ? QLatin1String(" UNION ALL SELECT ?") : QLatin1String("SELECT ?");
            return QStringLiteral("a.id IN (WITH RECURSIVE subtree(id) AS (") + select
                + QStringLiteral(" UNION SELECT t.id FROM tags t JOIN subtree s ON t.parent_id = s.id) "
                                 "SELECT article_id FROM article_tags WHERE tag_id IN (SELECT id FROM subtree))");
        };
        if (q.tagMatch == TagMatch::Any) {
            conditions << subtree(q.tagIds.size());
            for (qint64 id : q.tagIds)
                statement.binds << id;
        } else {
            for (qint64 id : q.tagIds) {
                conditions << subtree(1);
                statement.binds << id;
            }
        }
    }
    if (q.eventsFrom.isValid() && q.eventsTo.isValid()) {
        const QString from = q.eventsFrom.toString(Qt::ISODate);
        const QString to = q.eventsTo.toString(Qt::ISODate);
        conditions << QStringLiteral("(a.published BETWEEN ? AND ? OR a.id IN (SELECT article_id FROM timexes "
                                     "WHERE begin_date <= ? AND end_date >= ?))");
        statement.binds << from << to << to << from;
    }

    const bool byRank = !fts.isEmpty() && q.sort == ArticleSort::Imported && q.order == Qt::DescendingOrder;
    if (ranked && conditions.size() == 1
        && (!ordered || (q.sort == ArticleSort::Imported && q.order == Qt::DescendingOrder))) {
        // Scored by the index once, the few articles matched through passages or tags added
        // (a join with a ranked subquery took three times as long for "china" on 100k).
        statement.sql = QStringLiteral("SELECT id FROM (") + ranked->sql + QLatin1Char(')');
        if (ordered)
            statement.sql += QLatin1String(" ORDER BY score IS NULL, score, id");
        statement.binds = ranked->binds;
    } else if (byRank && conditions.isEmpty()) {
        // A search lists best matches first by default. Ranked from the index alone: joining
        // articles row by row first made "china" on 100k articles (99k matches) take 0.43 s
        // instead of 0.15 s.
        statement.sql = QStringLiteral("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?");
        if (ordered) // ties by id: a LIMIT'ed page is then always a prefix of the whole order
            statement.sql += QLatin1String(" ORDER BY ") + QLatin1String(rankExpression) + QLatin1String(", rowid");
    } else {
        if (fts.isEmpty()) {
            statement.sql = QStringLiteral("SELECT a.id FROM articles a");
            if (rankEverywhere)
                statement.sql += QLatin1String(rankJoin);
        } else {
            statement.sql = QStringLiteral("SELECT a.id FROM articles_fts JOIN articles a ON a.id = "
                                           "articles_fts.rowid");
            conditions.prepend(QStringLiteral("articles_fts MATCH ?"));
        }
        if (!conditions.isEmpty())
            statement.sql += QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
        const QString direction = q.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
        if (rankEverywhere)
            statement.sql += QLatin1String(" ORDER BY r.rank_score IS NULL, r.rank_score, a.id DESC");
        else if (ordered && byRank)
            statement.sql += QLatin1String(" ORDER BY ") + QLatin1String(rankExpression) + QLatin1String(", a.id");
        else if (ordered)
            // Within a near-duplicate group the first version leads, whichever way groups run.
            statement.sql += QLatin1String(" ORDER BY ") + sortExpression(q.sort) + direction + QLatin1String(", a.id")
                + (q.sort == ArticleSort::Group ? QStringLiteral(" ASC") : direction);
    }
    if (limit >= 0)
        statement.sql += QLatin1String(" LIMIT ") + QString::number(limit);
    return statement;
}

std::optional<QList<qint64>> ArticleStore::ids(const ArticleQuery &q, int limit)
{
    const std::optional<IdsStatement> statement = idsStatement(q, true, limit);
    if (!statement)
        return std::nullopt;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(statement->sql);
    for (const QVariant &value : statement->binds)
        query.addBindValue(value);
    if (!query.exec()) {
        fail(query.lastError().databaseText());
        return std::nullopt;
    }
    QList<qint64> result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

std::optional<QList<SearchHit>> ArticleStore::search(const QString &userQuery, int limit, int offset,
                                                     const QString &openMark, const QString &closeMark)
{
    const SearchQuery parsed = SearchQuery::parse(userQuery);
    if (!parsed.isValid()) {
        fail(describeError(parsed));
        return std::nullopt;
    }
    const std::optional<bool> extended = wordsOutsideText(m_db, parsed, m_error);
    if (!extended)
        return std::nullopt;
    if (*extended || parsed.ftsExpression().isEmpty())
        return searchEverywhere(m_db, parsed, *extended, {limit, offset, openMark, closeMark}, m_error);
    const QString expression = parsed.ftsExpression();
    // Rank first, then make snippets for the page only: a snippet in the ranked statement would
    // be made for every match before sorting, and one statement per hit would expand a prefix
    // term 50 times (0.5 s for "nano*" on 100k articles).
    QSqlQuery ranked(m_db);
    ranked.setForwardOnly(true);
    ranked.prepare(QStringLiteral("SELECT page.id, a.title, page.score FROM (SELECT rowid AS id, ")
                   + QLatin1String(rankExpression)
                   + QStringLiteral(" AS score FROM articles_fts WHERE articles_fts MATCH ? ORDER BY score, id LIMIT ? "
                                    "OFFSET ?) page JOIN articles a ON a.id = page.id ORDER BY page.score, page.id"));
    ranked.addBindValue(expression);
    ranked.addBindValue(limit);
    ranked.addBindValue(offset);
    if (!ranked.exec()) {
        fail(ranked.lastError().databaseText());
        return std::nullopt;
    }
    QList<SearchHit> hits;
    while (ranked.next())
        hits.append({ranked.value(0).toLongLong(), ranked.value(1).toString(), QString(), ranked.value(2).toDouble()});
    if (hits.isEmpty())
        return hits;

    // "+rowid" keeps the id list away from FTS5's rowid lookup, which would evaluate the whole
    // expression once per id; the matches are walked once and only the page's get a snippet.
    QString placeholders;
    placeholders.reserve(hits.size() * 2);
    for (qsizetype i = 0; i < hits.size(); ++i)
        placeholders += i ? QLatin1String(",?") : QLatin1String("?");
    QSqlQuery snippets(m_db);
    snippets.setForwardOnly(true);
    snippets.prepare(QStringLiteral("SELECT rowid, snippet(articles_fts, -1, ?, ?, '…', 16) FROM articles_fts "
                                    "WHERE articles_fts MATCH ? AND +rowid IN (")
                     + placeholders + QLatin1Char(')'));
    snippets.addBindValue(openMark);
    snippets.addBindValue(closeMark);
    snippets.addBindValue(expression);
    for (const SearchHit &hit : std::as_const(hits))
        snippets.addBindValue(hit.id);
    if (!snippets.exec()) {
        fail(snippets.lastError().databaseText());
        return std::nullopt;
    }
    QHash<qint64, QString> byId;
    while (snippets.next())
        byId.insert(snippets.value(0).toLongLong(), snippets.value(1).toString().simplified());
    for (SearchHit &hit : hits)
        hit.snippet = byId.value(hit.id);
    return hits;
}

} // namespace Annalist
