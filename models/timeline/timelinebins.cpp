#include "timeline/timelinebins.h"

#include "timeline/timelineindex.h"

#include <algorithm>

namespace Annalist {

void TimelineBins::clear()
{
    *this = TimelineBins();
}

qsizetype TimelineBins::visibleCount() const
{
    qsizetype total = 0;
    for (const Lane &lane : m_lanes) {
        total += lane.visibleCount;
    }
    return total;
}

void TimelineBins::compute(const TimelineIndex &index, const TimeScale &scale, const Options &options)
{
    m_scale = scale;
    m_options = options;
    m_options.binWidth = std::max(1.0, options.binWidth);
    m_options.maxRows = std::max(1, options.maxRows);
    m_laneNames = index.laneNames();
    m_placed = index.placedCount();
    m_lanes.resize(size_t(index.laneCount()));

    const double from = scale.firstDay();
    const double to = scale.lastDay();
    std::vector<int> emphasized;
    if (options.emphasizedArticle >= 0) {
        emphasized = index.eventsOfArticle(options.emphasizedArticle);
        std::sort(emphasized.begin(), emphasized.end(),
                  [&index](int a, int b) { return index.beginDay(a) < index.beginDay(b); });
    }

    for (int l = 0; l < index.laneCount(); ++l) {
        Lane &lane = m_lanes[size_t(l)];
        lane.marks.clear();
        lane.rowCount = 0;
        lane.peak = 0;
        lane.binWidth = 0;
        lane.visibleCount = index.countOverlapping(l, TimelineEvent::Mentioned, from, to)
            + index.countOverlapping(l, TimelineEvent::Published, from, to);

        std::vector<int> laneEmphasized;
        for (const int event : emphasized) {
            if (index.lane(event) == l && double(index.endDay(event)) > from && double(index.beginDay(event)) < to) {
                laneEmphasized.push_back(event);
            }
        }

        bool fits = lane.visibleCount <= m_options.maxMarks;
        if (fits) {
            lane.mode = Mode::Marks;
            lane.mentioned.clear();
            lane.published.clear();
            // Narrow marks sit nearest the axis; wide spans (a quarter, a year) go in rows above
            // them, so they never push the precise dates away from the axis.
            std::vector<int> narrow;
            std::vector<int> wide;
            for (const int event : index.overlapping(l, from, to)) {
                const double pixels = double(index.endDay(event) - index.beginDay(event)) * scale.pixelsPerDay();
                (pixels <= m_options.wideSpan ? narrow : wide).push_back(event);
            }
            packMarks(index, narrow, false, 0, lane, fits);
            if (fits) {
                packMarks(index, wide, false, lane.rowCount, lane, fits);
            }
            if (fits && !laneEmphasized.empty()) {
                std::vector<int> lookup = laneEmphasized;
                std::sort(lookup.begin(), lookup.end());
                for (Mark &mark : lane.marks) {
                    mark.emphasized = std::binary_search(lookup.begin(), lookup.end(), mark.event);
                }
            }
        }
        if (fits) {
            continue;
        }
        lane.mode = Mode::Density;
        lane.marks.clear();
        lane.rowCount = 0;
        // A few hundred events in 2 px bins are a comb of single spikes; give sparser views wider bins.
        const double perPixel = double(lane.visibleCount) / scale.width();
        lane.binWidth = m_options.binWidth * (perPixel >= 2 ? 1 : perPixel >= 0.5 ? 2 : 4);
        index.massColumns(l, TimelineEvent::Mentioned, scale, lane.binWidth, lane.mentioned);
        index.massColumns(l, TimelineEvent::Published, scale, lane.binWidth, lane.published);
        for (size_t c = 0; c < lane.mentioned.size(); ++c) {
            lane.peak = std::max(lane.peak, lane.mentioned[c] + lane.published[c]);
        }
        bool ignored = true;
        packMarks(index, laneEmphasized, true, 0, lane, ignored);
    }
}

// Greedy first-fit into rows, in begin order: each mark goes into the first row whose last
// mark ends (plus the gap) before it starts, rows counted from firstRow. Sets `fits` to false
// when more than maxRows rows would be needed; emphasised marks (in histogram lanes, at most
// three rows) beyond the last row are stacked into it regardless.
void TimelineBins::packMarks(const TimelineIndex &index, const std::vector<int> &events, bool emphasized,
                             int firstRow, Lane &lane, bool &fits) const
{
    const int maxRows = (emphasized ? std::min(m_options.maxRows, 3) : m_options.maxRows) - firstRow;
    if (maxRows <= 0 && !events.empty()) {
        fits = false;
        return;
    }
    std::vector<double> rowEnds;
    lane.marks.reserve(lane.marks.size() + events.size());
    for (const int event : events) {
        auto [x0, x1] = std::pair(m_scale.xForDay(double(index.beginDay(event))),
                                  m_scale.xForDay(double(index.endDay(event))));
        if (x1 - x0 < m_options.minMarkWidth) {
            const double centre = (x0 + x1) / 2;
            x0 = centre - m_options.minMarkWidth / 2;
            x1 = centre + m_options.minMarkWidth / 2;
        }
        size_t row = 0;
        while (row < rowEnds.size() && rowEnds[row] + m_options.markGap > x0) {
            ++row;
        }
        if (row == rowEnds.size()) {
            if (int(row) >= maxRows) {
                fits = false;
                if (!emphasized) {
                    return;
                }
                row = size_t(maxRows - 1);
            } else {
                rowEnds.push_back(x1);
            }
        }
        rowEnds[row] = std::max(rowEnds[row], x1);
        const bool multiDay = index.endDay(event) - index.beginDay(event) > 1;
        lane.marks.push_back({x0, x1, firstRow + int(row), event, index.kind(event), emphasized, multiDay});
        lane.rowCount = std::max(lane.rowCount, firstRow + int(row) + 1);
    }
}

} // namespace Annalist
