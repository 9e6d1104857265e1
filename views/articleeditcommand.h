#pragma once

#include "pipeline/articlesplitjoin.h"

#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace Annalist {

// A manual split or join of articles on the undo stack ("Undo Split “Title”"). The first
// redo() performs the edit in its own transaction; undo() and later redo() restore the exact
// rows recorded around it. After each step `changed` is told which articles to refresh (and
// re-extract, for those marked pending) and which one to select; a failure goes to `failed`
// and leaves the database as it was (a failed first redo makes the command obsolete).
class ArticleEditCommand final : public QUndoCommand
{
public:
    using Changed = std::function<void(const QList<qint64> &articles, qint64 select)>;
    using Failed = std::function<void(const QString &message)>;

    static ArticleEditCommand *split(QSqlDatabase db, qint64 articleId, qsizetype at, const QString &title);
    static ArticleEditCommand *join(QSqlDatabase db, qint64 articleId, qint64 otherId, const QString &title);

    void setCallbacks(Changed changed, Failed failed);

    void redo() override;
    void undo() override;

    bool succeeded() const { return m_edit.has_value(); }
    const std::optional<ArticleEdit> &edit() const { return m_edit; }

private:
    ArticleEditCommand(QSqlDatabase db, ArticleEdit::Kind kind, qint64 first, qint64 second, const QString &text);
    void report(qint64 select);

    QSqlDatabase m_db;
    ArticleEdit::Kind m_kind;
    qint64 m_firstId; // the article split, or one of the two to join
    qint64 m_secondArg; // the offset of the split, or the other article to join
    std::optional<ArticleEdit> m_edit;
    Changed m_changed;
    Failed m_failed;
};

} // namespace Annalist
