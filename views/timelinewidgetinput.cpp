// TimelineWidget: mouse, wheel and keyboard handling.

#include "timelinewidget.h"

#include "timeline/timelinemodel.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QWheelEvent>

#include <cmath>

namespace Annalist {

namespace {

constexpr double DragThreshold = 4; // pixels before a press becomes a drag
constexpr double WheelZoomPerNotch = 1.2; // 120 units of angleDelta
constexpr double KeyPanFraction = 0.125;

QPointF mousePosition(const QMouseEvent *event)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return event->position();
#else
    return event->localPos();
#endif
}

} // namespace

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPointF pos = mousePosition(event);
    m_pressPos = pos;
    m_lastX = pos.x();
    // Brushing starts on the axis strip, or anywhere with Shift held.
    const bool brush = m_layout.axis.contains(pos) || (event->modifiers() & Qt::ShiftModifier);
    m_drag = brush ? Drag::Brush : Drag::Pending;
    m_brushAnchorDay = m_scale.dayForX(pos.x() - m_layout.plot.left());
    event->accept();
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = mousePosition(event);
    if (m_drag == Drag::None) {
        const auto hits = hitEvents(pos, true);
        setHoverEvent(hits.empty() ? -1 : hits.front());
        setCursor(m_layout.axis.contains(pos) ? Qt::IBeamCursor : Qt::ArrowCursor);
        return;
    }
    const bool moved = std::abs(pos.x() - m_pressPos.x()) >= DragThreshold;
    if (m_drag == Drag::Pending && moved) {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
        setHoverEvent(-1);
    }
    if (m_drag == Drag::Pan) {
        m_scale.pan(pos.x() - m_lastX);
        m_lastX = pos.x();
        m_autoFit = false;
        scaleChanged();
    } else if (m_drag == Drag::Brush && moved) {
        const double day = m_scale.dayForX(pos.x() - m_layout.plot.left());
        setBrush(TimeScale::dateOf(std::min(day, m_brushAnchorDay)), TimeScale::dateOf(std::max(day, m_brushAnchorDay)));
    }
    event->accept();
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::None) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const QPointF pos = mousePosition(event);
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    const bool moved = std::abs(pos.x() - m_pressPos.x()) >= DragThreshold;
    if (drag == Drag::Brush) {
        if (moved) {
            const double day = m_scale.dayForX(pos.x() - m_layout.plot.left());
            setBrush(TimeScale::dateOf(std::min(day, m_brushAnchorDay)),
                     TimeScale::dateOf(std::max(day, m_brushAnchorDay)));
            Q_EMIT rangeSelected(m_brushFrom, m_brushTo);
        } else {
            clearBrush(); // a plain click on the axis
        }
    } else if (drag == Drag::Pending) {
        // A click: the mark under the cursor, or the only event in a histogram bin.
        auto hits = hitEvents(pos, true);
        if (hits.empty()) {
            hits = hitEvents(pos, false);
            if (hits.size() != 1) {
                hits.clear();
            }
        }
        if (!hits.empty()) {
            Q_EMIT eventActivated(m_model->event(hits.front()));
        }
    }
    event->accept();
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPointF pos = mousePosition(event);
    if (event->button() == Qt::LeftButton && m_layout.plot.contains(pos) && hitEvents(pos, true).empty()) {
        m_scale.zoomAround(pos.x() - m_layout.plot.left(), 2);
        m_autoFit = false;
        scaleChanged();
    }
    event->accept();
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const double x = event->position().x() - m_layout.plot.left();
    if (delta.y() != 0 && !(event->modifiers() & Qt::ShiftModifier)) {
        m_scale.zoomAround(x, std::pow(WheelZoomPerNotch, delta.y() / 120.0));
    } else if (delta.x() != 0 || delta.y() != 0) {
        // Horizontal wheels and Shift+wheel pan; a notch moves a tenth of the view.
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        m_scale.pan(d / 120.0 * m_scale.width() / 10);
    } else {
        event->ignore();
        return;
    }
    m_autoFit = false;
    scaleChanged();
    event->accept();
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        m_scale.pan(m_scale.width() * KeyPanFraction);
        m_autoFit = false;
        scaleChanged();
        break;
    case Qt::Key_Right:
        m_scale.pan(-m_scale.width() * KeyPanFraction);
        m_autoFit = false;
        scaleChanged();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        break;
    case Qt::Key_Home:
        fit();
        break;
    case Qt::Key_Escape:
        if (!hasBrush()) {
            QWidget::keyPressEvent(event);
            return;
        }
        clearBrush();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineWidget::leaveEvent(QEvent *event)
{
    setHoverEvent(-1);
    QWidget::leaveEvent(event);
}

void TimelineWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(m_zoomInAction);
    menu.addAction(m_zoomOutAction);
    menu.addAction(m_fitAction);
    menu.addSeparator();
    menu.addAction(m_clearBrushAction);
    menu.exec(event->globalPos());
}

} // namespace Annalist
