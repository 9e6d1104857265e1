#pragma once

#include "store/articlestore.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlRecord>
#include <QString>

#include <optional>

namespace Annalist {

// Everything stored about some articles: their rows, the rows that hang off them (mentions,
// dates, aliases, tags, annotations and what hangs off those), and which other articles named
// them as the version they nearly duplicate. Restoring it makes those articles exactly what
// they were, which is how splits and joins are undone and redone.
struct ArticleSnapshot
{
    struct Table
    {
        QString name;
        QList<QSqlRecord> rows;
    };
    QList<qint64> articleIds; // sorted
    QList<Table> tables; // "articles" first, then the tables that refer to it, then theirs
    struct Referrer
    {
        qint64 id = 0;
        qint64 duplicateOf = 0;
        QVariant similarity;
    };
    QList<Referrer> referrers; // other articles whose duplicate_of is one of articleIds
};

// The SQL half of splitting an article in two and joining two back into one: the text work
// (cleaning the parts, their titles) is pipeline/articlesplitjoin.h. None of these methods opens
// a transaction; the caller holds one around each operation.
class SplitJoinStore
{
public:
    explicit SplitJoinStore(QSqlDatabase db);

    std::optional<ArticleSnapshot> capture(QList<qint64> articleIds);
    // Makes the database hold exactly the snapshot's articles as captured: each is rewritten
    // (or re-created with its id), the rows hanging off it replaced by the captured ones, and
    // the articles in alsoRemove that the snapshot does not cover are deleted. A captured
    // mention whose entity no longer exists cannot come back; its article is then marked for
    // extraction instead.
    bool restore(const ArticleSnapshot &snapshot, const QList<qint64> &alsoRemove = {});

    // Rewrites first (same id) as the part of its text before original offset `at` and creates
    // second from the rest; mentions, dates and annotations from `at` on move to second, shifted
    // by -at, second gets first's tags. Both are marked for extraction and lose their
    // near-duplicate link. Returns second's id.
    std::optional<qint64> applySplit(const ArticleRecord &first, const ArticleRecord &second, qsizetype at);
    // Rewrites merged (same id as the first of the two) and moves everything of removedId into
    // it, shifted by `shift` (the length of the first's original text), then deletes removedId.
    bool applyJoin(const ArticleRecord &merged, qint64 removedId, qsizetype shift);
    // Whether an article of the file starts in [from, to).
    std::optional<bool> hasArticleBetween(const QString &filePath, qsizetype from, qsizetype to);

    QString errorString() const { return m_error; }

private:
    struct Child
    {
        QString table;
        QString column; // refers to articles.id, or for a grandchild to its parent's key
        QString parent; // empty: refers to articles
        QString parentKey;
        bool hasStart = false; // a "start" offset into the article's original text
        bool hasSentenceStart = false;
        bool refersToEntities = false;
    };
    bool discoverChildren();
    bool fail(const QString &message);
    bool exec(const QString &sql, const QVariantList &binds, int *rowsAffected = nullptr);
    bool writeArticle(const ArticleRecord &record, bool insert, qint64 *id);
    bool insertRow(const QString &table, const QSqlRecord &row, bool *foreignKeyFailed);
    bool ftsByTrigger();

    QSqlDatabase m_db;
    QString m_error;
    QList<Child> m_children;
    bool m_discovered = false;
};

} // namespace Annalist
