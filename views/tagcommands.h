#pragma once

#include "itemmodels/analysteditor.h"

#include <QPointer>
#include <QUndoCommand>

#include <optional>

namespace Annalist {

// The analyst's tag and metadata edits on the window's undo stack. Each redo()/undo() is one
// transaction in AnalystEditor; a redo() that changes nothing or fails makes the command
// obsolete, so the stack drops it (the editor's failed() signal says why). QUndoCommand lives
// in QtWidgets in Qt 5, hence views/.

// Gives a tag to (or takes it from) the selected articles: one command per selection.
class TagAssignCommand final : public QUndoCommand
{
public:
    enum class Kind { Add, Remove };
    // Add: path is the tag as typed (created when new). Remove: tagId of an existing tag.
    static TagAssignCommand *add(AnalystEditor *editor, const QList<qint64> &articles, const QString &path);
    static TagAssignCommand *remove(AnalystEditor *editor, const QList<qint64> &articles, qint64 tagId,
                                    const QString &path);
    // A new tag without articles (the tag manager's New Tag).
    static TagAssignCommand *create(AnalystEditor *editor, const QString &path);

    void redo() override;
    void undo() override;
    const TagAssignment &assignment() const { return m_assignment; }

private:
    TagAssignCommand(AnalystEditor *editor, Kind kind, TagAssignment assignment, const QString &text);

    QPointer<AnalystEditor> m_editor;
    Kind m_kind;
    TagAssignment m_assignment;
    bool m_applied = false;
};

class TagRenameCommand final : public QUndoCommand
{
public:
    TagRenameCommand(AnalystEditor *editor, qint64 tagId, const QString &from, const QString &to);
    void redo() override;
    void undo() override;

private:
    QPointer<AnalystEditor> m_editor;
    TagRename m_rename;
    bool m_applied = false;
};

class TagColorCommand final : public QUndoCommand
{
public:
    TagColorCommand(AnalystEditor *editor, const Tag &tag, const QString &color);
    void redo() override;
    void undo() override;

private:
    QPointer<AnalystEditor> m_editor;
    qint64 m_tagId;
    QString m_from;
    QString m_to;
    bool m_applied = false;
};

// Deletes a tag with its descendants; undo restores them (same ids, colours, assignments).
class TagDeleteCommand final : public QUndoCommand
{
public:
    TagDeleteCommand(AnalystEditor *editor, const Tag &tag);
    void redo() override;
    void undo() override;

private:
    QPointer<AnalystEditor> m_editor;
    qint64 m_tagId;
    std::optional<TagStore::Snapshot> m_snapshot;
};

class MetadataEditCommand final : public QUndoCommand
{
public:
    MetadataEditCommand(AnalystEditor *editor, qint64 articleId, const ArticleMetadata &before,
                        const ArticleMetadata &after);
    void redo() override;
    void undo() override;

private:
    QPointer<AnalystEditor> m_editor;
    qint64 m_articleId;
    ArticleMetadata m_before;
    ArticleMetadata m_after;
    bool m_applied = false;
};

} // namespace Annalist
