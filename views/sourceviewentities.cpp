// The entity side of SourceView: overlays, mentions of the active entity, tooltips and the
// overlay toggles of the context menu.
#include "sourceview.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>
#include <memory>

namespace Annalist {

bool SourceView::setAnnotations(const QList<MentionRow> &mentions, const QList<TimexRow> &timexes,
                                const QString &readableText)
{
    // Offsets into another text (HTML: markup shown, extracted text annotated) would land on
    // the wrong characters. Comparing is cheap when both share the same data, as they usually do.
    if (readableText != m_text) {
        m_overlays.clear();
        updateExtraSelections();
        return false;
    }
    m_overlays.set(mentions, timexes, [this](qsizetype offset) { return documentPosition(offset); });
    updateExtraSelections();
    return true;
}

void SourceView::setOverlayTypeVisible(const QString &type, bool visible)
{
    m_overlays.setTypeVisible(type, visible);
    updateExtraSelections();
}

bool SourceView::isOverlayTypeVisible(const QString &type) const
{
    return m_overlays.isTypeVisible(type);
}

void SourceView::setDateOverlayVisible(bool visible)
{
    m_overlays.setDatesVisible(visible);
    updateExtraSelections();
}

bool SourceView::isDateOverlayVisible() const
{
    return m_overlays.datesVisible();
}

void SourceView::setActiveEntity(qint64 entityId)
{
    m_activeEntity = entityId;
    setMentionPositions(entityId ? m_overlays.mentionsOf(entityId) : QList<QPair<int, int>>());
}

void SourceView::setEntityMentions(const QList<Range> &ranges)
{
    m_activeEntity = 0;
    QList<QPair<int, int>> positions;
    for (const Range &range : ranges) {
        const int start = documentPosition(range.first);
        const int end = documentPosition(range.first + range.second);
        if (range.first >= 0 && end > start)
            positions.append({start, end - start});
    }
    std::sort(positions.begin(), positions.end());
    setMentionPositions(positions);
}

void SourceView::setMentionPositions(const QList<QPair<int, int>> &positions)
{
    m_mentionPositions = positions;
    if (positions.isEmpty()) {
        m_currentMention = -1;
        updateExtraSelections();
        Q_EMIT currentMentionChanged(-1, 0);
        return;
    }
    goToMention(0);
}

void SourceView::goToMention(int index)
{
    const int count = int(m_mentionPositions.size());
    if (count == 0)
        return;
    m_currentMention = (index % count + count) % count;
    const auto [start, length] = m_mentionPositions.at(m_currentMention);
    QTextCursor cursor(document());
    const int end = document()->characterCount() - 1;
    cursor.setPosition(std::min(start, end));
    setTextCursor(cursor);
    centerCursor();
    updateExtraSelections();
    Q_EMIT currentMentionChanged(m_currentMention, count);
}

void SourceView::nextMention()
{
    goToMention(m_currentMention + 1);
}

void SourceView::previousMention()
{
    goToMention(m_currentMention - 1);
}

bool SourceView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && (!m_overlays.isEmpty() || !m_passages.isEmpty())) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = positionAt(help->pos());
        // The analyst's note first, then what the overlays say about the words under the mouse.
        QString tip = m_passages.toolTipAt(position);
        const QString overlays = m_overlays.toolTipAt(position);
        if (!overlays.isEmpty()) {
            if (!tip.isEmpty())
                tip += QLatin1String("<hr/>");
            tip += QLatin1String("<p style='white-space:pre'>") + overlays.toHtmlEscaped() + QLatin1String("</p>");
        }
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void SourceView::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    addPassageActions(menu.get(), event->pos());
    QMenu *highlight = menu->addMenu(tr("Entity Marks"));
    const QList<QPair<QString, QString>> types = {
        {QStringLiteral("PERSON"), tr("People")},     {QStringLiteral("ORG"), tr("Organisations")},
        {QStringLiteral("PLACE"), tr("Places")},      {QStringLiteral("PRODUCT"), tr("Products")},
        {QStringLiteral("EVENT"), tr("Events")}};
    for (const auto &[type, label] : types) {
        QAction *action = highlight->addAction(label);
        action->setCheckable(true);
        action->setChecked(isOverlayTypeVisible(type));
        connect(action, &QAction::toggled, this, [this, type = type](bool on) { setOverlayTypeVisible(type, on); });
    }
    highlight->addSeparator();
    QAction *dates = highlight->addAction(tr("Dates"));
    dates->setCheckable(true);
    dates->setChecked(isDateOverlayVisible());
    connect(dates, &QAction::toggled, this, &SourceView::setDateOverlayVisible);
    highlight->setEnabled(!m_overlays.isEmpty());
    menu->exec(event->globalPos());
}

} // namespace Annalist
