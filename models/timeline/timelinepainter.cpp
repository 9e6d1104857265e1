#include "timeline/timelinepainter.h"

#include "timeline/timelineindex.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPaintEngine>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace Annalist {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

constexpr double Swatch = 10;
constexpr double WideMark = 48;

} // namespace

void TimelinePainter::paint(QPainter &painter, const QRectF &rect, TimeScale scale, const TimelineIndex &index,
                            const Style &style, qint64 emphasizedArticle)
{
    const Layout lay = layout(rect, style, index.laneNames());
    scale.setWidth(lay.plot.width());
    TimelineBins bins;
    bins.compute(index, scale, binOptions(lay, style, emphasizedArticle));
    paint(painter, rect, scale, bins, style);
}

void TimelinePainter::paint(QPainter &painter, const QRectF &rect, const TimeScale &scale, const TimelineBins &bins,
                            const Style &style)
{
    painter.save();
    painter.setFont(style.font);
    painter.fillRect(rect, style.background);
    const Layout lay = layout(rect, style, bins.laneNames());

    for (size_t i = 0; i < lay.lanes.size(); ++i) {
        if (i % 2 == 1) {
            painter.fillRect(lay.lanes[i].united(QRectF(lay.gutter.left(), lay.lanes[i].top(), 1, lay.lanes[i].height())),
                             style.alternateLane);
        }
    }
    paintGrid(painter, lay, scale, style);

    painter.save();
    painter.setClipRect(lay.plot);
    for (size_t i = 0; i < lay.lanes.size() && i < bins.lanes().size(); ++i) {
        paintLane(painter, lay.lanes[i], bins.lanes()[i], style);
    }
    painter.restore();

    // Lane names and separators.
    if (!lay.gutter.isEmpty()) {
        const QFontMetricsF metrics(style.font);
        painter.setPen(style.text);
        for (size_t i = 0; i < lay.lanes.size(); ++i) {
            const QRectF nameRect(lay.gutter.left() + 8, lay.lanes[i].top(), lay.gutter.width() - 12, lay.lanes[i].height());
            const QString name = metrics.elidedText(bins.laneNames().value(qsizetype(i)), Qt::ElideRight, nameRect.width());
            painter.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter, name);
        }
        painter.setPen(style.grid);
        painter.drawLine(QPointF(lay.gutter.right() - 0.5, lay.gutter.top()), QPointF(lay.gutter.right() - 0.5, lay.gutter.bottom()));
        for (size_t i = 1; i < lay.lanes.size(); ++i) {
            const double y = std::round(lay.lanes[i].top()) + 0.5;
            painter.drawLine(QPointF(lay.gutter.left(), y), QPointF(lay.plot.right(), y));
        }
    }

    if (bins.isEmpty() || bins.visibleCount() == 0) {
        painter.setPen(style.mutedText);
        painter.drawText(lay.plot, Qt::AlignCenter,
                         bins.isEmpty() ? tr("No dated events") : tr("No events in this range"));
    }
    paintAxis(painter, lay, scale, style);
    if (style.showHeader) {
        paintHeader(painter, lay, bins, style);
    }
    painter.restore();
}

void TimelinePainter::paintGrid(QPainter &painter, const Layout &layout, const TimeScale &scale, const Style &style)
{
    painter.save();
    painter.setClipRect(layout.plot);
    painter.setPen(QPen(style.grid, 1));
    const auto ticks = scale.ticks();
    for (const auto &tick : ticks) {
        const double x = std::round(layout.plot.left() + tick.x) + 0.5;
        painter.drawLine(QPointF(x, layout.plot.top()), QPointF(x, layout.plot.bottom()));
    }
    painter.setPen(QPen(mix(style.grid, style.axis, 0.35), 1));
    const auto context = scale.contextTicks();
    for (const auto &tick : context) {
        const double x = std::round(layout.plot.left() + tick.x) + 0.5;
        painter.drawLine(QPointF(x, layout.plot.top()), QPointF(x, layout.plot.bottom()));
    }
    painter.restore();
}

void TimelinePainter::paintAxis(QPainter &painter, const Layout &layout, const TimeScale &scale, const Style &style)
{
    const QFontMetricsF metrics(style.font);
    const QRectF &axis = layout.axis;
    painter.save();
    painter.setClipRect(axis.adjusted(0, 0, 0, 1));
    painter.setPen(QPen(style.axis, 1));
    const double baseY = std::round(axis.top()) + 0.5;
    painter.drawLine(QPointF(axis.left(), baseY), QPointF(axis.right(), baseY));

    const double line1 = axis.top() + style.tickLength + metrics.ascent() + 1;
    const double line2 = line1 + std::ceil(metrics.height());
    const auto ticks = scale.ticks();
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        const double x = std::round(axis.left() + ticks[i].x) + 0.5;
        if (ticks[i].x < 0) {
            continue;
        }
        painter.setPen(QPen(style.axis, 1));
        painter.drawLine(QPointF(x, baseY), QPointF(x, baseY + style.tickLength));
        const double next = i + 1 < ticks.size() ? axis.left() + ticks[i + 1].x : axis.right();
        if (metrics.horizontalAdvance(ticks[i].label) + 6 <= next - x) {
            painter.setPen(style.text);
            painter.drawText(QPointF(x + 3, line1), ticks[i].label);
        }
    }

    // Context row (years above months, months above days), with the interval the left edge
    // falls into labelled at the edge so the reader always knows which year they look at.
    const auto context = scale.contextTicks();
    double pinnedRight = axis.right();
    for (const auto &tick : context) {
        if (tick.x > 0) {
            pinnedRight = axis.left() + tick.x;
            break;
        }
    }
    painter.setPen(style.mutedText);
    const QString pinned = scale.contextLabel(scale.firstDate());
    if (!pinned.isEmpty() && (context.isEmpty() || context.constFirst().x != 0.0)) {
        if (metrics.horizontalAdvance(pinned) <= pinnedRight - axis.left() - 8) { // whole or not at all
            painter.drawText(QPointF(axis.left() + 3, line2), pinned);
        }
    }
    for (qsizetype i = 0; i < context.size(); ++i) {
        const auto &tick = context[i];
        if (tick.x < 0) {
            continue;
        }
        const double x = std::round(axis.left() + tick.x) + 0.5;
        painter.setPen(QPen(style.axis, 1));
        painter.drawLine(QPointF(x, baseY), QPointF(x, line2 + metrics.descent()));
        const double next = i + 1 < context.size() ? axis.left() + context[i + 1].x : axis.right();
        const QString text = metrics.elidedText(tick.label, Qt::ElideRight, next - x - 8);
        painter.setPen(style.mutedText);
        painter.drawText(QPointF(x + 4, line2), text);
    }
    painter.restore();
}

void TimelinePainter::paintHeader(QPainter &painter, const Layout &layout, const TimelineBins &bins,
                                  const Style &style)
{
    const QFontMetricsF metrics(style.font);
    const QRectF &header = layout.header;
    const double centreY = header.center().y();
    double x = header.left() + 8;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const auto legend = [&](const QColor &fill, const QColor &outline, const QString &label) {
        painter.setPen(QPen(outline, 1));
        painter.setBrush(fill);
        painter.drawRoundedRect(QRectF(x, centreY - Swatch / 2 + 0.5, Swatch, Swatch - 1), 2, 2);
        x += Swatch + 5;
        painter.setPen(style.text);
        painter.drawText(QPointF(x, centreY - metrics.height() / 2 + metrics.ascent()), label);
        x += metrics.horizontalAdvance(label) + 16;
    };
    legend(style.mentioned, style.mentioned, tr("Date in text"));
    legend(style.published, style.published, tr("Publication date"));
    if (bins.options().emphasizedArticle >= 0) {
        legend(style.emphasized, style.emphasizedOutline, tr("Selected article"));
    }

    if (!bins.isEmpty()) {
        const QLocale locale;
        qsizetype total = 0;
        double binWidth = 0; // the widest histogram bin of any lane
        for (const auto &lane : bins.lanes()) {
            total += lane.visibleCount;
            binWidth = std::max(binWidth, lane.binWidth);
        }
        QString text = tr("%1 events in view").arg(locale.toString(total));
        if (binWidth > 0) {
            text += tr(" · histogram: events per %1 px, vague dates spread over their span").arg(binWidth);
        }
        const QRectF textRect(x, header.top(), header.right() - style.headerRightInset - 8 - x, header.height());
        painter.setPen(style.mutedText);
        painter.drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, metrics.elidedText(text, Qt::ElideLeft, textRect.width()));
    }
    painter.restore();
}

void TimelinePainter::paintLane(QPainter &painter, const QRectF &laneRect, const TimelineBins::Lane &lane,
                                const Style &style)
{
    if (lane.mode == TimelineBins::Mode::Density) {
        const QRectF area = laneRect.adjusted(0, style.lanePadding, 0, -style.lanePadding);
        paintHistogram(painter, area, lane, style);
    }
    paintMarks(painter, laneRect, lane, style);
}

void TimelinePainter::paintMarks(QPainter &painter, const QRectF &laneRect, const TimelineBins::Lane &lane,
                                 const Style &style)
{
    if (lane.marks.empty()) {
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    // Single days are solid; longer spans are a lighter bar with a solid edge: the event is
    // somewhere in (or all over) that span, which is all the text said. With an article
    // selected, everything else steps back.
    const bool dim = std::any_of(lane.marks.begin(), lane.marks.end(), [](const auto &m) { return m.emphasized; });
    const auto draw = [&](const TimelineBins::Mark &mark, QColor colour, QColor outline) {
        QRectF r = markRect(laneRect, style, lane, mark);
        if (r.width() > 4) {
            r.adjust(0.5, 0, -0.5, 0);
        }
        if (mark.multiDay && r.width() > WideMark) {
            r.adjust(0, 1.5, 0, -1.5); // long spans are context: thinner, so days stand out
        }
        if (dim && !mark.emphasized) {
            colour.setAlphaF(colour.alphaF() * 0.45f);
            outline.setAlphaF(outline.alphaF() * 0.45f);
        }
        if (!mark.multiDay || r.width() <= 5) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(mark.multiDay ? outline : colour);
            painter.drawRoundedRect(r, 1.5, 1.5);
            return;
        }
        painter.setPen(QPen(outline, 1));
        painter.setBrush(withAlpha(colour, mark.emphasized ? 150 : 60));
        painter.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
    };
    for (const int pass : {0, 1, 2}) {
        for (const auto &mark : lane.marks) {
            const int markPass = mark.emphasized ? 2 : (mark.kind == TimelineEvent::Published ? 1 : 0);
            if (markPass != pass) {
                continue;
            }
            if (mark.emphasized) {
                draw(mark, style.emphasized, style.emphasizedOutline);
            } else {
                const QColor &base = mark.kind == TimelineEvent::Published ? style.published : style.mentioned;
                draw(mark, base, base);
            }
        }
    }
    painter.restore();
}

void TimelinePainter::paintHistogram(QPainter &painter, const QRectF &area, const TimelineBins::Lane &lane,
                                     const Style &style)
{
    if (lane.peak <= 0) {
        return;
    }
    const double binWidth = lane.binWidth;
    const double scaleY = area.height() / lane.peak;
    const double bottom = area.bottom();
    const size_t count = lane.mentioned.size();
    const QColor mentionedFill = withAlpha(style.mentioned, 150);
    const QColor publishedFill = withAlpha(style.published, 200);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    // Bar tops in whole pixels below area.top(): publications stacked on the mentions.
    const int height = std::max(1, int(std::round(area.height())));
    std::vector<int> mentionedTop(count);
    std::vector<int> publishedTop(count);
    for (size_t c = 0; c < count; ++c) {
        mentionedTop[c] = height - int(std::round(lane.mentioned[c] * scaleY));
        publishedTop[c] = height - int(std::round((lane.mentioned[c] + lane.published[c]) * scaleY));
    }
    QPolygonF outline; // the mentions' top edge, drawn last and crisp
    outline.reserve(qsizetype(2 * count));
    for (size_t c = 0; c < count; ++c) {
        const double x0 = area.left() + double(c) * binWidth;
        outline << QPointF(x0, area.top() + mentionedTop[c] + 0.5) << QPointF(x0 + binWidth, area.top() + mentionedTop[c] + 0.5);
    }

    if (painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster) {
        // On screen and into images: fill one pixel column per bin directly and blit once. The
        // cost is the same for any shape, where scan-converting a jagged polygon with a step
        // per bin is not, and each separate tall fill would go through Qt's fill thread pool.
        QImage bars(int(count), height, QImage::Format_ARGB32_Premultiplied);
        bars.fill(Qt::transparent);
        const QRgb mentionedPixel = qPremultiply(mentionedFill.rgba());
        const QRgb publishedPixel = qPremultiply(publishedFill.rgba());
        for (int y = 0; y < height; ++y) {
            auto *line = reinterpret_cast<QRgb *>(bars.scanLine(y));
            for (size_t c = 0; c < count; ++c) {
                if (y >= mentionedTop[c]) {
                    line[c] = mentionedPixel;
                } else if (y >= publishedTop[c]) {
                    line[c] = publishedPixel;
                }
            }
        }
        painter.drawImage(QRectF(area.left(), area.top(), double(count) * binWidth, height), bars);
    } else {
        // Vector devices (PDF, SVG) get real shapes: two stacked step polygons.
        QPolygonF lower;
        QPolygonF upper;
        for (size_t c = 0; c < count; ++c) {
            const double x0 = area.left() + double(c) * binWidth;
            lower << QPointF(x0, area.top() + mentionedTop[c]) << QPointF(x0 + binWidth, area.top() + mentionedTop[c]);
            upper << QPointF(x0, area.top() + publishedTop[c]) << QPointF(x0 + binWidth, area.top() + publishedTop[c]);
        }
        QPolygonF mentionedArea = lower;
        mentionedArea << QPointF(area.left() + double(count) * binWidth, bottom) << QPointF(area.left(), bottom);
        for (qsizetype i = lower.size() - 1; i >= 0; --i) {
            upper << lower[i]; // back along the mentions' tops: encloses just the publications
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(mentionedFill);
        painter.drawPolygon(mentionedArea);
        painter.setBrush(publishedFill);
        painter.drawPolygon(upper);
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(style.mentioned, 1));
    painter.drawPolyline(outline);

    // The scale of the bars: the peak's count at the peak's height.
    const QFontMetricsF metrics(style.font);
    const QString peak = tr("peak %1").arg(QLocale().toString(lane.peak, 'f', lane.peak >= 10 ? 0 : 1));
    painter.setPen(QPen(style.grid, 1, Qt::DashLine));
    painter.drawLine(QPointF(area.left(), area.top() + 0.5), QPointF(area.right(), area.top() + 0.5));
    painter.setPen(style.mutedText);
    painter.drawText(QPointF(area.left() + 6, area.top() + metrics.ascent() + 2), peak);
    painter.restore();
}

} // namespace Annalist
