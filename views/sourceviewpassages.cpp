// The passage-annotation side of SourceView: highlights, the selection as a text range, and the
// highlight actions of the context menu. What the actions do is up to whoever listens.
#include "highlightcolors.h"
#include "passagemargin.h"
#include "sourceview.h"

#include <QAction>
#include <QMenu>
#include <QTextBlock>

#include <algorithm>

namespace Annalist {

void SourceView::setPassageAnnotations(const QList<Annotation> &annotations)
{
    m_passages.set(annotations, [this](qsizetype offset) { return documentPosition(offset); });
    updateExtraSelections();
    m_margin->update();
}

SourceView::Range SourceView::selectedRange() const
{
    const QTextCursor cursor = textCursor();
    int start = cursor.selectionStart();
    int end = cursor.selectionEnd();
    QTextDocument *doc = document();
    while (start < end && doc->characterAt(start).isSpace())
        ++start;
    while (end > start && doc->characterAt(end - 1).isSpace())
        --end;
    if (end <= start)
        return {textOffset(cursor.position()), 0};
    const qsizetype from = textOffset(start);
    return {from, textOffset(end) - from};
}

void SourceView::selectRange(const Range &range)
{
    const int end = document()->characterCount() - 1;
    const int from = std::clamp(documentPosition(range.first), 0, end);
    const int to = std::clamp(documentPosition(range.first + range.second), from, end);
    // Centre the passage's start first, then select, so a long passage starts in view.
    QTextCursor cursor(document());
    cursor.setPosition(from);
    setTextCursor(cursor);
    centerCursor();
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    updateExtraSelections();
}

int SourceView::positionAt(const QPoint &viewportPoint) const
{
    const QTextCursor cursor = cursorForPosition(viewportPoint);
    // The cursor lands between characters: the one under the point is before it when the point is
    // left of the cursor.
    int position = cursor.position();
    if (position > 0 && cursorRect(cursor).left() > viewportPoint.x())
        --position;
    return position;
}

qint64 SourceView::passageAt(const QPoint &viewportPoint) const
{
    const QList<qint64> ids = m_passages.idsAt(positionAt(viewportPoint));
    return ids.isEmpty() ? 0 : ids.constFirst();
}

void SourceView::setSelectionActions(const QList<QAction *> &actions)
{
    m_selectionActions = actions;
}

QWidget *SourceView::passageMargin() const
{
    return m_margin;
}

int SourceView::marginWidth() const
{
    return PassageMargin::preferredWidth;
}

void SourceView::addPassageActions(QMenu *menu, const QPoint &viewportPoint)
{
    QAction *before = menu->actions().isEmpty() ? nullptr : menu->actions().constFirst();
    bool added = false;
    if (textCursor().hasSelection() && !m_selectionActions.isEmpty()) {
        menu->insertActions(before, m_selectionActions);
        added = true;
    }
    if (const qint64 id = passageAt(viewportPoint)) {
        if (added)
            menu->insertSeparator(before);
        addAnnotationActions(menu, id, before);
        added = true;
    }
    if (added && before)
        menu->insertSeparator(before);
}

void SourceView::addAnnotationActions(QMenu *menu, qint64 annotationId, QAction *before)
{
    const auto annotation = m_passages.annotation(annotationId);
    if (!annotation)
        return;
    auto *edit = new QAction(tr("Edit Highlight…"), menu);
    connect(edit, &QAction::triggered, this, [this, annotationId] { Q_EMIT editPassageRequested(annotationId); });
    menu->insertAction(before, edit);
    auto *colours = new QMenu(tr("Highlight Colour"), menu);
    const QStringList names = highlightColorNames();
    for (const QString &name : names) {
        QAction *action = colours->addAction(HighlightColors::swatch(name, palette()), HighlightColors::label(name));
        action->setCheckable(true);
        action->setChecked(name == annotation->color);
        connect(action, &QAction::triggered, this, [this, annotationId, name, current = annotation->color] {
            if (name != current)
                Q_EMIT recolorPassageRequested(annotationId, name);
        });
    }
    menu->insertMenu(before, colours);
    auto *remove = new QAction(tr("Delete Highlight"), menu);
    connect(remove, &QAction::triggered, this, [this, annotationId] { Q_EMIT deletePassageRequested(annotationId); });
    menu->insertAction(before, remove);
}

} // namespace Annalist
