#include "annotationcommands.h"

namespace Annalist {

namespace {

QString shortQuote(const QString &quote)
{
    constexpr qsizetype limit = 40;
    QString text = quote.simplified();
    if (text.size() > limit)
        text = text.left(limit - 1).trimmed() + QChar(0x2026);
    return text;
}

} // namespace

CreateAnnotationCommand::CreateAnnotationCommand(AnnotationEditor *editor, const Annotation &draft,
                                                 const QString &quote, QUndoCommand *parent)
    : QUndoCommand(tr("Highlight “%1”").arg(shortQuote(quote)), parent)
    , m_editor(editor)
    , m_draft(draft)
{
}

void CreateAnnotationCommand::redo()
{
    if (!m_editor) {
        setObsolete(true);
        return;
    }
    if (!m_stored) {
        m_createdTags = m_editor->missingTags(m_draft.tags);
        m_stored = m_editor->create(m_draft);
        if (!m_stored)
            setObsolete(true);
        return;
    }
    if (!m_editor->putBack(*m_stored))
        setObsolete(true);
}

void CreateAnnotationCommand::undo()
{
    if (!m_editor || !m_stored)
        return;
    if (!m_editor->remove(m_stored->id)) {
        setObsolete(true);
        return;
    }
    m_editor->removeUnusedTags(m_createdTags);
}

EditAnnotationCommand::EditAnnotationCommand(AnnotationEditor *editor, const Annotation &before,
                                             const Annotation &after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_editor(editor)
    , m_before(before)
    , m_after(after)
{
    const bool color = before.color != after.color;
    const bool note = before.note != after.note;
    const bool tags = before.tags != after.tags;
    if (note && !color && !tags)
        setText(tr("Edit note"));
    else if (color && !note && !tags)
        setText(tr("Change highlight colour"));
    else if (tags && !color && !note)
        setText(tr("Edit highlight tags"));
    else
        setText(tr("Edit highlight"));
}

bool EditAnnotationCommand::changes(const Annotation &before, const Annotation &after)
{
    return before.color != after.color || before.note != after.note || before.tags != after.tags;
}

void EditAnnotationCommand::redo()
{
    if (!m_editor) {
        setObsolete(true);
        return;
    }
    if (!m_applied) {
        m_createdTags = m_editor->missingTags(m_after.tags);
        const auto stored = m_editor->update(m_after);
        if (!stored) {
            setObsolete(true);
            return;
        }
        m_after = *stored; // with its new modification time, which redo() puts back as it was
        m_applied = true;
        return;
    }
    if (!m_editor->putBack(m_after))
        setObsolete(true);
}

void EditAnnotationCommand::undo()
{
    if (!m_editor || !m_applied)
        return;
    if (!m_editor->putBack(m_before)) {
        setObsolete(true);
        return;
    }
    m_editor->removeUnusedTags(m_createdTags);
}

DeleteAnnotationCommand::DeleteAnnotationCommand(AnnotationEditor *editor, const Annotation &stored,
                                                 QUndoCommand *parent)
    : QUndoCommand(tr("Delete highlight"), parent)
    , m_editor(editor)
    , m_stored(stored)
{
}

void DeleteAnnotationCommand::redo()
{
    if (!m_editor || !m_editor->remove(m_stored.id))
        setObsolete(true);
}

void DeleteAnnotationCommand::undo()
{
    if (m_editor && !m_editor->putBack(m_stored))
        setObsolete(true);
}

} // namespace Annalist
