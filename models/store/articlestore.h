#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include "store/contentpatch.h"
#include "store/ftstokens.h"
#include "store/tagstore.h"

#include <memory>
#include <optional>

namespace Annalist {

class ScopedTransaction;

// A stored article. publishedSource is one of "none", "metadata", "text", "user".
// An article's texts as the store writes them, made ahead on a parsing thread
// (ArticleStore::prepare()) so that the one thread that writes converts nothing.
struct PreparedText
{
    QString original; // what the bytes were made from (the record's own strings, shared)
    QString content;
    bool contentIsOriginal = false;
    QByteArray originalUtf8;
    QByteArray contentUtf8; // empty when contentIsOriginal
    QByteArray contentPatch; // ContentPatch of content against original; empty: content is stored whole
    std::shared_ptr<const FtsTokens::Tokens> bodyTokens; // the indexed text's tokens (FtsTokens)
};

struct ArticleRecord
{
    qint64 id = 0;
    QString title;
    QString source;
    QString author;
    QString url;
    QDate published;
    QString publishedSource = QStringLiteral("none");
    QDateTime importedAt;
    QString filePath;
    QString format;
    QString original; // the file's text exactly as decoded
    QString content; // readable text; equals original for plain text
    QString contentHash;
    qsizetype rangeStart = 0; // where original lies in the file's decoded text
    qsizetype rangeEnd = -1; // -1: to the end of the file
    QByteArray offsetMap; // OffsetMap::toBytes() between original and content; empty: identical
    QString pageStarts; // JSON [[offset in original, page number], ...] for PDFs
    QByteArray signature; // near-duplicate signature of the content
    qint64 duplicateOf = 0; // the article this one nearly duplicates
    double similarity = 0;
    // Set by ArticleStore::prepare(); insert() uses it only while original and content are
    // still the strings it was made from.
    std::shared_ptr<const PreparedText> prepared;
};

// What the article list shows of an article.
struct ArticleSummary
{
    qint64 id = 0;
    QString title;
    QString source;
    QDate published;
    QDateTime importedAt;
    QString filePath;
    QString format;
    qsizetype rangeStart = 0;
    qsizetype rangeEnd = -1; // -1: to the end of the file
    qint64 duplicateOf = 0;
    double similarity = 0; // with duplicateOf
    int copies = 0; // articles that name this one as the version they nearly duplicate
};

struct SearchHit
{
    qint64 id = 0;
    QString title;
    QString snippet;
    double rank = 0; // bm25: lower is better
};

// Group: near-duplicate groups together, each first version followed by its copies.
enum class ArticleSort { Title, Source, Published, Imported, Format, File, Group };

// Everything the list can be narrowed by. An empty query lists every article.
struct ArticleQuery
{
    QString search; // full-text search in the user syntax (see SearchQuery)
    QString filter; // plain substring over title and source
    QList<qint64> entityIds; // articles mentioning every one of these entities
    QDate eventsFrom; // articles with a dated event or publication date overlapping
    QDate eventsTo; //   [eventsFrom, eventsTo] (both set)
    QList<qint64> tagIds; // articles carrying these tags (or tags below them)
    TagMatch tagMatch = TagMatch::All; // every tag, or any of them
    ArticleSort sort = ArticleSort::Imported;
    Qt::SortOrder order = Qt::DescendingOrder;
    bool operator==(const ArticleQuery &other) const = default;
};

// Articles in SQLite. Every statement is prepared; methods report failures through
// errorString() and never throw. Use on the thread that owns the connection.
class ArticleStore
{
public:
    explicit ArticleStore(QSqlDatabase db);
    ~ArticleStore();
    Q_DISABLE_COPY_MOVE(ArticleStore)

    // Many inserts in one transaction (the import). Without a Batch, insert() commits each
    // article in a transaction of its own. Rolls back on destruction unless committed.
    class Batch
    {
    public:
        explicit Batch(ArticleStore &store);
        ~Batch();
        Q_DISABLE_COPY_MOVE(Batch)
        bool isActive() const;
        // False when the database refused the commit or an insert left the batch unusable;
        // nothing of the batch is stored then (errorString() of the store says why).
        bool commit();

    private:
        friend class ArticleStore;
        ArticleStore &m_store;
        std::unique_ptr<ScopedTransaction> m_transaction;
        bool m_failed = false;
    };

    // Content hash used for duplicate detection: whitespace-normalised readable text.
    static QString contentHash(const QString &content);
    // Converts the record's texts for insert() ahead of time, on any thread; with the edits
    // that made content from original (cleaning), content is kept as a patch when that is small.
    static void prepare(ArticleRecord &record, const QList<ContentPatch::Edit> &edits = {});

    enum class InsertStatus { Inserted, Duplicate, Failed };
    struct InsertResult
    {
        InsertStatus status = InsertStatus::Failed;
        qint64 id = 0; // the new id, or the id of the article it duplicates
    };
    // record.contentHash must be set. Writes the article and its full-text entry atomically;
    // use a Batch around many inserts.
    InsertResult insert(const ArticleRecord &record);

    std::optional<ArticleRecord> article(qint64 id);
    QList<ArticleSummary> summaries(const QList<qint64> &ids); // in the order of ids
    bool update(const ArticleRecord &record);
    // Near-duplicate signatures of every article that has one, for the import's index.
    std::optional<QList<QPair<qint64, QByteArray>>> signatures(); // metadata and text; FTS follows by trigger
    bool remove(qint64 id);
    qint64 count();

    // Ids of the articles matching query, in the query's order (search: best rank first
    // unless another sort is chosen). limit < 0 means all. Fails with a message for a
    // malformed search.
    std::optional<QList<qint64>> ids(const ArticleQuery &query, int limit = -1);
    // Ranked hits with snippets; snippet matches are wrapped in the given markers.
    std::optional<QList<SearchHit>> search(const QString &userQuery, int limit, int offset = 0,
                                           const QString &openMark = QStringLiteral("["),
                                           const QString &closeMark = QStringLiteral("]"));
    // The SELECT of the ids matching query (without ORDER BY when unordered), for use as a
    // subquery by other stores; bind values in order. nullopt for a malformed search.
    struct IdsStatement
    {
        QString sql;
        QVariantList binds;
    };
    std::optional<IdsStatement> idsStatement(const ArticleQuery &query, bool ordered, int limit = -1);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);
    InsertResult insertUnlocked(const ArticleRecord &record);
    bool prepareInsert();

    QSqlDatabase m_db;
    QString m_error;
    // Prepared on first use and reused for every insert of this store.
    std::optional<QSqlQuery> m_insertArticle;
    std::optional<QSqlQuery> m_insertFts;
    std::optional<QSqlQuery> m_findHash;
    bool m_ftsByTrigger = false; // schema before version 3 indexes inserts by trigger
    Batch *m_batch = nullptr;
};

} // namespace Annalist
