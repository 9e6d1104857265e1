#include "entityreviewcommand.h"

namespace Annalist {

EntityReviewCommand::EntityReviewCommand(EntityReviewer *reviewer, ReviewAction action, QUndoCommand *parent)
    : QUndoCommand(action.text, parent)
    , m_reviewer(reviewer)
    , m_action(std::move(action))
{
}

void EntityReviewCommand::redo()
{
    m_applied.reset();
    if (m_reviewer)
        m_applied = m_reviewer->apply(m_action);
    // Nothing was recorded (the reviewer reported why): the stack drops the command.
    if (!m_applied)
        setObsolete(true);
}

void EntityReviewCommand::undo()
{
    if (!m_reviewer || !m_applied)
        return;
    if (m_reviewer->revert(m_action, *m_applied))
        m_applied.reset();
    else
        setObsolete(true); // the dictionary is not what redo() left; do not pretend otherwise
}

} // namespace Annalist
