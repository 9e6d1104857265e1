#pragma once

#include "timeline/timelinebins.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QStringList>

#include <vector>

class QPainter;
class QPalette;

namespace Annalist {

class TimelineIndex;
class TimeScale;

// Paints a timeline onto any QPainter — the widget, a QImage in the benchmark, a QPdfWriter
// for vector output — from precomputed TimelineBins, so all of them draw the same thing.
// Geometry (where the lanes, rows and axis are) also lives here, so hit testing in the widget
// agrees with what was painted.
class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)

public:
    struct Style
    {
        QFont font;
        QColor background;
        QColor text;
        QColor mutedText;
        QColor grid;
        QColor axis;
        QColor alternateLane;
        QColor mentioned;
        QColor published;
        QColor emphasized;
        QColor emphasizedOutline;
        double markHeight = 7;
        double rowGap = 2;
        double lanePadding = 6;
        double tickLength = 5;
        double headerRightInset = 0; // room kept free at the right of the header (the widget's buttons)
        bool showHeader = true; // legend and count line above the lanes

        double rowPitch() const { return markHeight + rowGap; }
        // Colours from a palette: light or dark follows the palette's window colour.
        static Style fromPalette(const QPalette &palette, const QFont &font);
    };

    struct Layout
    {
        QRectF header; // legend and counts
        QRectF gutter; // lane names; empty without lanes
        QRectF plot; // the lanes; its width is the TimeScale's width
        QRectF axis; // tick marks and labels below the plot
        std::vector<QRectF> lanes;
    };

    static Layout layout(const QRectF &rect, const Style &style, const QStringList &laneNames);
    // Bin options that fit the rows of the given layout.
    static TimelineBins::Options binOptions(const Layout &layout, const Style &style, qint64 emphasizedArticle = -1);

    // Paints the bins into rect. bins must have been computed for a scale as wide as
    // layout(rect, style, bins.laneNames()).plot.
    static void paint(QPainter &painter, const QRectF &rect, const TimeScale &scale, const TimelineBins &bins,
                      const Style &style);
    // One-shot convenience for exports: lays out, bins for `scale` (its width is adjusted to
    // the plot) and paints.
    static void paint(QPainter &painter, const QRectF &rect, TimeScale scale, const TimelineIndex &index,
                      const Style &style, qint64 emphasizedArticle = -1);

    // The rectangle a mark of `lane` occupies when painted into laneRect.
    static QRectF markRect(const QRectF &laneRect, const Style &style, const TimelineBins::Lane &lane,
                           const TimelineBins::Mark &mark);
    // Events under pos, the one drawn on top first: marks hit by pos (with a little slack), or
    // in histogram lanes every event in the bin under pos (unless marksOnly).
    static std::vector<int> eventsAt(const QPointF &pos, const QRectF &rect, const TimelineBins &bins,
                                     const TimelineIndex &index, const Style &style, bool marksOnly = false);

private:
    static void paintHeader(QPainter &painter, const Layout &layout, const TimelineBins &bins, const Style &style);
    static void paintGrid(QPainter &painter, const Layout &layout, const TimeScale &scale, const Style &style);
    static void paintAxis(QPainter &painter, const Layout &layout, const TimeScale &scale, const Style &style);
    static void paintLane(QPainter &painter, const QRectF &laneRect, const TimelineBins::Lane &lane,
                          const Style &style);
    static void paintMarks(QPainter &painter, const QRectF &laneRect, const TimelineBins::Lane &lane,
                           const Style &style);
    static void paintHistogram(QPainter &painter, const QRectF &area, const TimelineBins::Lane &lane,
                               const Style &style);
};

} // namespace Annalist
