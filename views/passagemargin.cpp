#include "passagemargin.h"

#include "highlightcolors.h"
#include "sourceview.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace Annalist {

namespace {

constexpr int maxLanes = 3;
constexpr int barWidth = 3;
constexpr int laneStep = 4;

} // namespace

PassageMargin::PassageMargin(SourceView *view)
    : QWidget(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("PassageMargin"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QList<PassageMargin::Marker> PassageMargin::visibleMarkers() const
{
    QList<Marker> markers;
    const PassageHighlights &passages = m_view->passages();
    if (passages.items().isEmpty())
        return markers;
    const auto [first, last] = m_view->visiblePositions();
    QTextDocument *document = m_view->document();
    const int end = document->characterCount() - 1;
    QTextCursor cursor(document);
    for (const PassageHighlights::Item &item : passages.itemsIn(first, last)) {
        const Annotation &annotation = passages.annotations().at(item.index);
        cursor.setPosition(std::min(item.start, end));
        const QRect top = m_view->cursorRect(cursor);
        // The last character's line, not the line after it (a highlight may end at a paragraph end).
        cursor.setPosition(std::clamp(item.start + item.length - 1, 0, end));
        const QRect bottom = m_view->cursorRect(cursor);
        Marker marker;
        marker.id = annotation.id;
        marker.color = annotation.color;
        marker.bar = QRect(QPoint(2, top.top() + 1), QPoint(2 + barWidth - 1, std::max(bottom.bottom(), top.bottom()) - 1));
        if (!annotation.note.isEmpty()) {
            const int size = std::min(13, std::max(8, top.height() - 3));
            marker.note = QRect(width() - size - 1, top.top() + (top.height() - size) / 2, size - 2, size);
        }
        markers.append(marker);
    }
    // Highlights sharing a line stand side by side: each bar takes the first lane free at its top.
    std::stable_sort(markers.begin(), markers.end(),
                     [](const Marker &a, const Marker &b) { return a.bar.top() < b.bar.top(); });
    QList<int> laneBottoms;
    for (Marker &marker : markers) {
        auto free = std::find_if(laneBottoms.begin(), laneBottoms.end(),
                                 [&](int bottom) { return bottom < marker.bar.top(); });
        int lane = int(free - laneBottoms.begin());
        if (free == laneBottoms.end()) {
            lane = std::min(int(laneBottoms.size()), maxLanes - 1);
            if (lane == laneBottoms.size())
                laneBottoms.append(marker.bar.bottom());
        }
        laneBottoms[lane] = std::max(laneBottoms.at(lane), marker.bar.bottom());
        marker.bar.translate(lane * laneStep, 0);
    }
    return markers;
}

QList<QPair<qint64, QRect>> PassageMargin::markers() const
{
    QList<QPair<qint64, QRect>> result;
    for (const Marker &marker : visibleMarkers())
        result.append({marker.id, marker.bar.united(marker.note.isNull() ? marker.bar : marker.note)});
    return result;
}

qint64 PassageMargin::annotationAt(const QPoint &point) const
{
    // Notes first (they are the small targets), then the bar covering the height, innermost last drawn.
    const QList<Marker> markers = visibleMarkers();
    for (const Marker &marker : markers) {
        if (!marker.note.isNull() && marker.note.adjusted(-2, -2, 2, 2).contains(point))
            return marker.id;
    }
    qint64 found = 0;
    for (const Marker &marker : markers) {
        if (point.y() >= marker.bar.top() && point.y() <= marker.bar.bottom())
            found = marker.id;
    }
    return found;
}

void PassageMargin::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().color(QPalette::Base));
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colours = m_view->palette();
    for (const Marker &marker : visibleMarkers()) {
        if (!marker.bar.intersects(event->rect()) && !marker.note.intersects(event->rect()))
            continue;
        const QColor strong = HighlightColors::marker(marker.color, colours);
        painter.setPen(Qt::NoPen);
        painter.setBrush(strong);
        painter.drawRoundedRect(QRectF(marker.bar), 1.5, 1.5);
        if (marker.note.isNull())
            continue;
        // A sheet with a folded corner and two lines of "writing".
        const QRectF sheet = QRectF(marker.note).adjusted(0.5, 0.5, -0.5, -0.5);
        const qreal fold = sheet.width() / 3;
        QPainterPath path;
        path.moveTo(sheet.topLeft());
        path.lineTo(sheet.right() - fold, sheet.top());
        path.lineTo(sheet.right(), sheet.top() + fold);
        path.lineTo(sheet.bottomRight());
        path.lineTo(sheet.bottomLeft());
        path.closeSubpath();
        painter.setBrush(HighlightColors::background(marker.color, colours));
        QColor outline = colours.color(QPalette::Text);
        outline.setAlphaF(0.7f);
        painter.setPen(QPen(outline, 1));
        painter.drawPath(path);
        painter.drawLine(QPointF(sheet.left() + 2, sheet.top() + sheet.height() * 0.45),
                         QPointF(sheet.right() - 2, sheet.top() + sheet.height() * 0.45));
        painter.drawLine(QPointF(sheet.left() + 2, sheet.top() + sheet.height() * 0.72),
                         QPointF(sheet.right() - 2, sheet.top() + sheet.height() * 0.72));
    }
}

bool PassageMargin::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qint64 id = annotationAt(help->pos());
        const auto annotation = id ? m_view->passages().annotation(id) : std::nullopt;
        if (annotation)
            QToolTip::showText(help->globalPos(), PassageHighlights::toolTip(*annotation), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void PassageMargin::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    if (const auto annotation = m_view->passages().annotation(annotationAt(event->pos())))
        m_view->selectRange({annotation->start, annotation->length});
}

void PassageMargin::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const qint64 id = annotationAt(event->pos()))
        Q_EMIT m_view->editPassageRequested(id);
    else
        QWidget::mouseDoubleClickEvent(event);
}

void PassageMargin::contextMenuEvent(QContextMenuEvent *event)
{
    const qint64 id = annotationAt(event->pos());
    if (!id)
        return;
    QMenu menu;
    m_view->addAnnotationActions(&menu, id);
    menu.exec(event->globalPos());
}

} // namespace Annalist
