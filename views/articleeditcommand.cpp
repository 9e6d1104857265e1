#include "articleeditcommand.h"

#include <QCoreApplication>

namespace Annalist {

ArticleEditCommand::ArticleEditCommand(QSqlDatabase db, ArticleEdit::Kind kind, qint64 first, qint64 second,
                                       const QString &text)
    : QUndoCommand(text)
    , m_db(std::move(db))
    , m_kind(kind)
    , m_firstId(first)
    , m_secondArg(second)
{
}

ArticleEditCommand *ArticleEditCommand::split(QSqlDatabase db, qint64 articleId, qsizetype at, const QString &title)
{
    return new ArticleEditCommand(std::move(db), ArticleEdit::Kind::Split, articleId, qint64(at),
                                  QCoreApplication::translate("Annalist::ArticleEditCommand", "Split “%1”").arg(title));
}

ArticleEditCommand *ArticleEditCommand::join(QSqlDatabase db, qint64 articleId, qint64 otherId, const QString &title)
{
    return new ArticleEditCommand(std::move(db), ArticleEdit::Kind::Join, articleId, otherId,
                                  QCoreApplication::translate("Annalist::ArticleEditCommand", "Join “%1”").arg(title));
}

void ArticleEditCommand::setCallbacks(Changed changed, Failed failed)
{
    m_changed = std::move(changed);
    m_failed = std::move(failed);
}

void ArticleEditCommand::report(qint64 select)
{
    if (!m_changed || !m_edit)
        return;
    QList<qint64> articles = m_edit->before.articleIds;
    for (qint64 id : m_edit->after.articleIds) {
        if (!articles.contains(id))
            articles.append(id);
    }
    m_changed(articles, select);
}

void ArticleEditCommand::redo()
{
    ArticleSplitJoin editor(m_db);
    if (m_edit) {
        if (editor.redo(*m_edit)) {
            report(m_edit->first);
        } else {
            if (m_failed)
                m_failed(editor.errorString());
            setObsolete(true);
        }
        return;
    }
    m_edit = m_kind == ArticleEdit::Kind::Split ? editor.split(m_firstId, qsizetype(m_secondArg))
                                                 : editor.join(m_firstId, m_secondArg);
    if (!m_edit) {
        if (m_failed)
            m_failed(editor.errorString());
        setObsolete(true); // nothing changed: the stack drops it
        return;
    }
    report(m_kind == ArticleEdit::Kind::Split ? m_edit->second : m_edit->first);
}

void ArticleEditCommand::undo()
{
    if (!m_edit)
        return;
    ArticleSplitJoin editor(m_db);
    if (editor.undo(*m_edit)) {
        report(m_edit->first);
        return;
    }
    if (m_failed)
        m_failed(editor.errorString());
    setObsolete(true); // the database is not what redo() left; do not pretend otherwise
}

} // namespace Annalist
