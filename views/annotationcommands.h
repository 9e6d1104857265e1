#pragma once

#include "itemmodels/annotationeditor.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

#include <optional>

namespace Annalist {

// The analyst's passage-annotation edits on the window's undo stack. Each redo()/undo() is one
// transaction through AnnotationEditor; every command keeps the stored state it replaces, so
// undo and redo restore the database exactly (same id, times and tags; a tag the command
// created is removed again on undo when nothing else carries it). A command whose first redo()
// fails is obsolete and leaves the stack; AnnotationEditor::editFailed() said why.
// QUndoCommand lives in QtWidgets in Qt 5, so this is views/.

// "Highlight “…”": a new annotation.
class CreateAnnotationCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateAnnotationCommand)
public:
    // draft: articleId, start, length, colour, tags, note; the store takes quote and context.
    CreateAnnotationCommand(AnnotationEditor *editor, const Annotation &draft, const QString &quote,
                            QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 annotationId() const { return m_stored ? m_stored->id : 0; }

private:
    QPointer<AnnotationEditor> m_editor;
    Annotation m_draft;
    std::optional<Annotation> m_stored;
    QStringList m_createdTags;
};

// "Edit note", "Change highlight colour", "Edit highlight tags" or "Edit highlight".
class EditAnnotationCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditAnnotationCommand)
public:
    // before: as stored now; after: the same annotation with the analyst's changes.
    EditAnnotationCommand(AnnotationEditor *editor, const Annotation &before, const Annotation &after,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    // True when after differs from before in anything the analyst edits.
    static bool changes(const Annotation &before, const Annotation &after);

private:
    QPointer<AnnotationEditor> m_editor;
    Annotation m_before;
    Annotation m_after;
    bool m_applied = false; // the first redo() ran: m_after is the stored state
    QStringList m_createdTags;
};

// "Delete highlight".
class DeleteAnnotationCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteAnnotationCommand)
public:
    DeleteAnnotationCommand(AnnotationEditor *editor, const Annotation &stored, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QPointer<AnnotationEditor> m_editor;
    Annotation m_stored;
};

} // namespace Annalist
