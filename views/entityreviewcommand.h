#pragma once

#include "itemmodels/entityreview.h"

#include <QPointer>
#include <QUndoCommand>

#include <optional>

namespace Annalist {

// One review action on the undo stack; Edit ▸ Undo shows its text ("Undo Merge “Zhipu” into
// “Zhipu AI”"). redo() records the corrections in the user dictionary, undo() removes exactly
// those again; both mark the affected articles for re-extraction and let the reviewer announce
// correctionsChanged(), on which the window starts its background extraction, which restores
// the previous state after an undo. QUndoCommand lives in QtWidgets in Qt 5, so this is views/.
class EntityReviewCommand final : public QUndoCommand
{
public:
    EntityReviewCommand(EntityReviewer *reviewer, ReviewAction action, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const ReviewAction &action() const { return m_action; }
    // False when the last redo() failed (the command is then obsolete and leaves the stack).
    bool succeeded() const { return m_applied.has_value(); }

private:
    QPointer<EntityReviewer> m_reviewer;
    ReviewAction m_action;
    std::optional<AppliedReview> m_applied;
};

} // namespace Annalist
