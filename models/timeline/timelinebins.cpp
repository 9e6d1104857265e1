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
            packMarks(index, index.overlapping(l, from, to), false, m_options.maxRows, lane, fits);
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
        index.countColumns(l, TimelineEvent::Mentioned, scale, m_options.binWidth, lane.mentioned);
        index.countColumns(l, TimelineEvent::Published, scale, m_options.binWidth, lane.published);
        for (size_t c = 0; c < lane.mentioned.size(); ++c) {
            lane.peak = std::max(lane.peak, lane.mentioned[c] + lane.published[c]);
        }
        bool ignored = true;
        packMarks(index, laneEmphasized, true, std::min(m_options.maxRows, 3), lane, ignored);
    }
}

// Greedy first-fit into rows, in begin order: each mark goes into the first row whose last
// mark ends (plus the gap) before it starts. Sets `fits` to false when more than maxRows rows
// would be needed; emphasised marks beyond the last row are stacked into it regardless.
void TimelineBins::packMarks(const TimelineIndex &index, const std::vector<int> &events, bool emphasized,
                             int maxRows, Lane &lane, bool &fits) const
{
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
        lane.marks.push_back({x0, x1, int(row), event, index.kind(event), emphasized});
        lane.rowCount = std::max(lane.rowCount, int(row) + 1);
    }
}

} // namespace Annalist
