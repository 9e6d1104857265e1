#include "tagcommands.h"

#include <QCoreApplication>

namespace Annalist {

TagAssignCommand::TagAssignCommand(AnalystEditor *editor, Kind kind, TagAssignment assignment, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_kind(kind)
    , m_assignment(std::move(assignment))
{
}

TagAssignCommand *TagAssignCommand::add(AnalystEditor *editor, const QList<qint64> &articles, const QString &path)
{
    TagAssignment assignment;
    assignment.path = TagStore::normalizedPath(path);
    assignment.requested = articles;
    const QString text = QCoreApplication::translate("Annalist::TagCommands", "Tag %n article(s) “%1”", nullptr,
                                                     int(articles.size()))
                             .arg(assignment.path);
    return new TagAssignCommand(editor, Kind::Add, std::move(assignment), text);
}

TagAssignCommand *TagAssignCommand::remove(AnalystEditor *editor, const QList<qint64> &articles, qint64 tagId,
                                           const QString &path)
{
    TagAssignment assignment;
    assignment.path = path;
    assignment.tagId = tagId;
    assignment.requested = articles;
    const QString text = QCoreApplication::translate("Annalist::TagCommands", "Remove Tag “%1” from %n Article(s)",
                                                     nullptr, int(articles.size()))
                             .arg(path);
    return new TagAssignCommand(editor, Kind::Remove, std::move(assignment), text);
}

TagAssignCommand *TagAssignCommand::create(AnalystEditor *editor, const QString &path)
{
    TagAssignment assignment;
    assignment.path = TagStore::normalizedPath(path);
    const QString text =
        QCoreApplication::translate("Annalist::TagCommands", "New Tag “%1”").arg(assignment.path);
    return new TagAssignCommand(editor, Kind::Add, std::move(assignment), text);
}

void TagAssignCommand::redo()
{
    m_applied = false;
    if (m_editor) {
        m_applied = m_kind == Kind::Add ? m_editor->applyAdd(m_assignment) : m_editor->applyRemove(m_assignment);
    }
    // Nothing changed (every article had the tag already, or none had it): not worth an undo step.
    const bool noop = m_assignment.changed.isEmpty() && !m_assignment.createdRoot;
    if (!m_applied || noop)
        setObsolete(true);
}

void TagAssignCommand::undo()
{
    if (!m_editor || !m_applied)
        return;
    const bool ok =
        m_kind == Kind::Add ? m_editor->unapplyAdd(m_assignment) : m_editor->unapplyRemove(m_assignment);
    if (ok)
        m_applied = false;
    else
        setObsolete(true); // the database is not what redo() left; do not pretend otherwise
}

TagRenameCommand::TagRenameCommand(AnalystEditor *editor, qint64 tagId, const QString &from, const QString &to)
    : QUndoCommand(QCoreApplication::translate("Annalist::TagCommands", "Rename Tag “%1” to “%2”")
                       .arg(from, TagStore::normalizedPath(to)))
    , m_editor(editor)
{
    m_rename.tagId = tagId;
    m_rename.from = from;
    m_rename.to = to;
}

void TagRenameCommand::redo()
{
    m_applied = m_editor && m_editor->applyRename(m_rename);
    if (!m_applied)
        setObsolete(true);
}

void TagRenameCommand::undo()
{
    if (!m_editor || !m_applied)
        return;
    if (m_editor->unapplyRename(m_rename))
        m_applied = false;
    else
        setObsolete(true);
}

TagColorCommand::TagColorCommand(AnalystEditor *editor, const Tag &tag, const QString &color)
    : QUndoCommand(QCoreApplication::translate("Annalist::TagCommands", "Recolour Tag “%1”").arg(tag.name))
    , m_editor(editor)
    , m_tagId(tag.id)
    , m_from(tag.color)
    , m_to(color)
{
}

void TagColorCommand::redo()
{
    m_applied = m_editor && m_from != m_to && m_editor->setColor(m_tagId, m_to);
    if (!m_applied)
        setObsolete(true);
}

void TagColorCommand::undo()
{
    if (!m_editor || !m_applied)
        return;
    if (m_editor->setColor(m_tagId, m_from))
        m_applied = false;
    else
        setObsolete(true);
}

TagDeleteCommand::TagDeleteCommand(AnalystEditor *editor, const Tag &tag)
    : QUndoCommand(QCoreApplication::translate("Annalist::TagCommands", "Delete Tag “%1”").arg(tag.name))
    , m_editor(editor)
    , m_tagId(tag.id)
{
}

void TagDeleteCommand::redo()
{
    m_snapshot.reset();
    if (m_editor)
        m_snapshot = m_editor->removeTag(m_tagId);
    if (!m_snapshot)
        setObsolete(true);
}

void TagDeleteCommand::undo()
{
    if (!m_editor || !m_snapshot)
        return;
    if (m_editor->restoreTag(*m_snapshot))
        m_snapshot.reset();
    else
        setObsolete(true);
}

MetadataEditCommand::MetadataEditCommand(AnalystEditor *editor, qint64 articleId, const ArticleMetadata &before,
                                         const ArticleMetadata &after)
    : QUndoCommand(QCoreApplication::translate("Annalist::TagCommands", "Edit Metadata of “%1”")
                       .arg(before.title.isEmpty() ? after.title : before.title))
    , m_editor(editor)
    , m_articleId(articleId)
    , m_before(before)
    , m_after(after)
{
}

void MetadataEditCommand::redo()
{
    m_applied = m_editor && m_before != m_after && m_editor->writeMetadata(m_articleId, m_after);
    if (!m_applied)
        setObsolete(true);
}

void MetadataEditCommand::undo()
{
    if (!m_editor || !m_applied)
        return;
    if (m_editor->writeMetadata(m_articleId, m_before))
        m_applied = false;
    else
        setObsolete(true);
}

} // namespace Annalist
