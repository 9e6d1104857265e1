#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Annalist {

// A stored article. publishedSource is one of "none", "metadata", "text", "user".
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
};

struct SearchHit
{
    qint64 id = 0;
    QString title;
    QString snippet;
    double rank = 0; // bm25: lower is better
};

enum class ArticleSort { Title, Source, Published, Imported, Format, File };

// Everything the list can be narrowed by. An empty query lists every article.
struct ArticleQuery
{
    QString search; // full-text search in the user syntax (see SearchQuery)
    QString filter; // plain substring over title and source
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

    // Content hash used for duplicate detection: whitespace-normalised readable text.
    static QString contentHash(const QString &content);

    enum class InsertStatus { Inserted, Duplicate, Failed };
    struct InsertResult
    {
        InsertStatus status = InsertStatus::Failed;
        qint64 id = 0; // the new id, or the id of the article it duplicates
    };
    // record.contentHash must be set. Run inside a transaction for batches.
    InsertResult insert(const ArticleRecord &record);

    std::optional<ArticleRecord> article(qint64 id);
    QList<ArticleSummary> summaries(const QList<qint64> &ids); // in the order of ids
    bool update(const ArticleRecord &record); // metadata and text; FTS follows by trigger
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
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace Annalist
