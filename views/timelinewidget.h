#pragma once

#include "timeline/timelinepainter.h"

#include "timeline/timelinebins.h"
#include "timeline/timelineevent.h"
#include "timeline/timelineindex.h"
#include "timeline/timescale.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QToolButton;

namespace Annalist {

class TimelineModel;

// A zoomable time axis of dated events, painted by TimelinePainter from binned data so that
// a million events repaint in a few milliseconds.
//
// Feeding it: setEvents(), or setModel() to share a TimelineModel; setLanes() for one lane per
// entity (events carry the lane index); setEmphasizedArticle() for the selected article.
// Mouse: the wheel zooms around the cursor, dragging pans, a click on an event activates it,
// a double click zooms in. Brushing a range: drag along the date axis below the lanes, or
// Shift+drag anywhere; Escape, a click on the axis or "Clear selection" clears it.
// Keyboard: Left/Right pan, +/- zoom, Home fits all events, Escape clears the selection.
class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget *parent = nullptr);
    ~TimelineWidget() override;

    TimelineModel *model() const { return m_model; }
    // Shares a model (not owned); nullptr goes back to the widget's own.
    void setModel(TimelineModel *model);
    void setEvents(QList<TimelineEvent> events); // into model()

    QStringList lanes() const { return m_lanes; }
    void setLanes(const QStringList &names); // empty: one unnamed lane for everything

    qint64 emphasizedArticle() const { return m_emphasized; }
    void setEmphasizedArticle(qint64 articleId); // -1: none

    const TimeScale &scale() const { return m_scale; }
    void setVisibleRange(QDate first, QDate last); // inclusive

    bool hasBrush() const { return m_brushFrom.isValid(); }
    QDate brushFrom() const { return m_brushFrom; }
    QDate brushTo() const { return m_brushTo; }
    void setBrush(QDate from, QDate to); // shows a range without emitting rangeSelected

    QAction *fitAction() const { return m_fitAction; }
    QAction *clearBrushAction() const { return m_clearBrushAction; }

    // Events under a point (widget coordinates), the one drawn on top first.
    QList<TimelineEvent> eventsAt(const QPoint &pos) const;
    QString toolTipTextAt(const QPoint &pos) const;
    const TimelinePainter::Layout &currentLayout() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void fit();
    void zoomIn();
    void zoomOut();
    void clearBrush();

Q_SIGNALS:
    void rangeSelected(QDate from, QDate to); // a brush was drawn; both inclusive
    void rangeCleared();
    void eventActivated(const Annalist::TimelineEvent &event);
    void visibleRangeChanged(QDate first, QDate last);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    enum class Drag { None, Pending, Pan, Brush };

    void rebuildIndex();
    void updateStyle();
    void relayout();
    void ensureBins() const;
    void invalidate(); // bins are stale: scale, data, emphasis or size changed
    void scaleChanged(); // after the user moved the view
    std::vector<int> hitEvents(const QPointF &pos, bool marksOnly) const;
    void setHoverEvent(int event);
    void paintOverlays(QPainter &painter) const;
    void updateAccessibleDescription();
    void updateBrushAction();

    TimelineModel *m_model = nullptr;
    std::unique_ptr<TimelineModel> m_ownModel;
    QList<QMetaObject::Connection> m_modelConnections;
    QStringList m_lanes;
    qint64 m_emphasized = -1;

    TimelineIndex m_index;
    TimeScale m_scale;
    TimelinePainter::Style m_style;
    TimelinePainter::Layout m_layout;
    mutable TimelineBins m_bins;
    mutable bool m_binsDirty = true;
    bool m_autoFit = true; // fit new data until the user moves the view

    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    double m_lastX = 0;
    double m_brushAnchorDay = 0;
    QDate m_brushFrom;
    QDate m_brushTo;
    int m_hoverEvent = -1;

    QAction *m_fitAction = nullptr;
    QAction *m_clearBrushAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QToolButton *m_fitButton = nullptr;
    QToolButton *m_clearButton = nullptr;
};

} // namespace Annalist
