#include "timeline/timelinepainter.h"

#include "timeline/typecolors.h"

#include "timeline/timelineindex.h"

#include <QFontMetricsF>
#include <QPalette>

#include <algorithm>
#include <cmath>

// Where things go: colours from the palette, the layout of header, lanes and axis, mark
// rectangles and hit testing — shared by painting and the widget's mouse handling.

namespace Annalist {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

constexpr double GutterMax = 160;

} // namespace

TimelinePainter::Style TimelinePainter::Style::fromPalette(const QPalette &palette, const QFont &font)
{
    const bool dark = TypeColors::isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    Style style;
    style.font = font;
    style.background = base;
    style.text = text;
    style.mutedText = mix(text, base, 0.4);
    style.grid = mix(text, base, dark ? 0.86 : 0.9);
    style.axis = mix(text, base, 0.55);
    style.alternateLane = mix(text, base, dark ? 0.95 : 0.97);
    style.mentioned = TypeColors::dateColor(dark);
    style.published = TypeColors::publicationColor(dark);
    style.emphasized = palette.color(QPalette::Highlight);
    style.emphasizedOutline = dark ? style.emphasized.lighter(150) : style.emphasized.darker(160);
    return style;
}

TimelinePainter::Layout TimelinePainter::layout(const QRectF &rect, const Style &style, const QStringList &laneNames)
{
    const QFontMetricsF metrics(style.font);
    Layout result;
    const double headerHeight = style.showHeader ? std::ceil(metrics.height()) + 8 : 0;
    const double axisHeight = style.tickLength + 2 * std::ceil(metrics.height()) + 6;
    result.header = QRectF(rect.left(), rect.top(), rect.width(), headerHeight);

    double gutterWidth = 0;
    if (!laneNames.isEmpty()) {
        for (const QString &name : laneNames) {
            gutterWidth = std::max(gutterWidth, metrics.horizontalAdvance(name));
        }
        gutterWidth = std::min(std::ceil(gutterWidth) + 16, GutterMax);
    }
    const double top = result.header.bottom();
    const double bottom = std::max(top + 1, rect.bottom() - axisHeight);
    result.gutter = QRectF(rect.left(), top, gutterWidth, bottom - top);
    result.plot = QRectF(rect.left() + gutterWidth, top, std::max(1.0, rect.width() - gutterWidth), bottom - top);
    result.axis = QRectF(result.plot.left(), bottom, result.plot.width(), axisHeight);

    const int laneCount = std::max(1, int(laneNames.size()));
    const double laneHeight = result.plot.height() / laneCount;
    for (int i = 0; i < laneCount; ++i) {
        result.lanes.emplace_back(result.plot.left(), result.plot.top() + i * laneHeight, result.plot.width(), laneHeight);
    }
    return result;
}

TimelineBins::Options TimelinePainter::binOptions(const Layout &layout, const Style &style, qint64 emphasizedArticle)
{
    TimelineBins::Options options;
    const double laneHeight = layout.lanes.empty() ? 0 : layout.lanes.front().height();
    options.maxRows = std::max(1, int((laneHeight - 2 * style.lanePadding + style.rowGap) / style.rowPitch()));
    options.minMarkWidth = 3;
    options.emphasizedArticle = emphasizedArticle;
    return options;
}

QRectF TimelinePainter::markRect(const QRectF &laneRect, const Style &style, const TimelineBins::Lane &lane,
                                 const TimelineBins::Mark &mark)
{
    // Marks stack up from the bottom like a histogram would; in histogram lanes the few
    // emphasised marks hang from the top, above the bars.
    const double y = lane.mode == TimelineBins::Mode::Marks
        ? laneRect.bottom() - style.lanePadding - (mark.row + 1) * style.rowPitch() + style.rowGap
        : laneRect.top() + style.lanePadding + mark.row * style.rowPitch();
    return QRectF(laneRect.left() + mark.x0, y, mark.x1 - mark.x0, style.markHeight);
}

std::vector<int> TimelinePainter::eventsAt(const QPointF &pos, const QRectF &rect, const TimelineBins &bins,
                                           const TimelineIndex &index, const Style &style, bool marksOnly)
{
    const Layout lay = layout(rect, style, bins.laneNames());
    std::vector<int> result;
    if (!lay.plot.contains(pos)) {
        return result;
    }
    for (size_t l = 0; l < lay.lanes.size() && l < bins.lanes().size(); ++l) {
        if (!lay.lanes[l].contains(pos)) {
            continue;
        }
        const auto &lane = bins.lanes()[l];
        // Marks hit with two pixels of slack; emphasised and then narrower marks come first
        // (they are drawn on top, and a day sits inside the year around it).
        std::vector<const TimelineBins::Mark *> hits;
        for (const auto &mark : lane.marks) {
            if (markRect(lay.lanes[l], style, lane, mark).adjusted(-2, -2, 2, 2).contains(pos)) {
                hits.push_back(&mark);
            }
        }
        std::stable_sort(hits.begin(), hits.end(), [](const auto *a, const auto *b) {
            if (a->emphasized != b->emphasized) {
                return a->emphasized;
            }
            return a->x1 - a->x0 < b->x1 - b->x0;
        });
        for (const auto *mark : hits) {
            result.push_back(mark->event);
        }
        if (lane.mode == TimelineBins::Mode::Density && !marksOnly) {
            const double binWidth = lane.binWidth;
            const double x = std::floor((pos.x() - lay.plot.left()) / binWidth) * binWidth;
            const auto &scale = bins.scale();
            for (const int event : index.overlapping(int(l), scale.dayForX(x), scale.dayForX(x + binWidth))) {
                if (std::find(result.begin(), result.end(), event) == result.end()) {
                    result.push_back(event);
                }
            }
        }
    }
    return result;
}

} // namespace Annalist
