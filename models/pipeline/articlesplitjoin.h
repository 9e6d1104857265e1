#pragma once

#include "store/splitjoinstore.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Annalist {

// One manual correction of how a file was cut into articles, with what it takes to undo and
// redo it exactly.
struct ArticleEdit
{
    enum class Kind { Split, Join };
    Kind kind = Kind::Split;
    // Split: the article that was split (it keeps its id and the first part) and the new one
    // holding the rest. Join: the article that holds both parts now, and the one merged into it
    // (gone until the join is undone).
    qint64 first = 0;
    qint64 second = 0;
    ArticleSnapshot before; // the articles as they were
    ArticleSnapshot after; // and as the edit left them
};

// Splits an article in two at an offset of its original text, or joins two adjacent articles
// of the same file into one (with the markers and blank lines between them, read again from the
// file when the import left them out), each in a transaction of its own. The parts are cleaned, titled and
// dated as the import would have done; mentions, dates and annotations follow their text. The
// changed articles are marked for extraction (stage two picks them up). Undo and redo restore the
// exact state recorded around the edit. Use on the thread that owns the connection.
class ArticleSplitJoin
{
public:
    explicit ArticleSplitJoin(QSqlDatabase db);

    std::optional<ArticleEdit> split(qint64 articleId, qsizetype at);
    std::optional<ArticleEdit> join(qint64 articleId, qint64 otherId);
    bool undo(const ArticleEdit &edit);
    bool redo(const ArticleEdit &edit);

    // Why split() would refuse (empty: it would not): for a view to enable its action.
    static QString splitProblem(const ArticleRecord &article, qsizetype at);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);
    bool restore(const ArticleSnapshot &snapshot, const QList<qint64> &alsoRemove);
    bool reanchor(const QList<qint64> &articleIds);
    std::optional<QString> fileText(const QString &path, const ArticleRecord &a, const ArticleRecord &b);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace Annalist
