#include "timeline/timelineindex.h"

#include "timeline/timescale.h"

#include <array>
#include <limits>

namespace Annalist {

namespace {

// Upper bounds of the length classes, in days: day, week, month, quarter, half, year, decade, longer.
constexpr std::array<qint64, 8> ClassLimits{1, 7, 31, 92, 184, 366, 3660, std::numeric_limits<qint64>::max()};

size_t classOf(qint64 length)
{
    return size_t(std::lower_bound(ClassLimits.begin(), ClassLimits.end(), length) - ClassLimits.begin());
}

} // namespace

void TimelineIndex::clear()
{
    *this = TimelineIndex();
}

void TimelineIndex::build(const QList<TimelineEvent> &events, const QStringList &laneNames)
{
    clear();
    m_laneNames = laneNames;
    const int lanes = std::max(1, int(laneNames.size()));
    const bool useLanes = !laneNames.isEmpty();
    const auto count = size_t(events.size());
    m_begin.resize(count);
    m_end.resize(count);
    m_lane.resize(count);
    m_kind.resize(count);
    m_byArticle.reserve(count);
    m_lanes.resize(size_t(lanes));

    // First pass: days, lanes and class sizes, so the second pass fills reserved vectors.
    std::vector<std::array<size_t, ClassLimits.size()>> classSizes(static_cast<size_t>(lanes));
    m_firstDay = std::numeric_limits<qint64>::max();
    m_lastDay = std::numeric_limits<qint64>::min();
    for (size_t i = 0; i < count; ++i) {
        const TimelineEvent &event = events[qsizetype(i)];
        const int lane = useLanes ? event.lane : 0;
        const bool placed = event.isPlaceable() && lane >= 0 && lane < lanes;
        m_lane[i] = placed ? lane : -1;
        m_kind[i] = quint8(event.kind == TimelineEvent::Published ? 1 : 0);
        if (!placed) {
            m_begin[i] = m_end[i] = 0;
            continue;
        }
        m_begin[i] = event.begin.toJulianDay();
        m_end[i] = event.end.toJulianDay() + 1;
        m_firstDay = std::min(m_firstDay, m_begin[i]);
        m_lastDay = std::max(m_lastDay, m_end[i]);
        ++classSizes[size_t(lane)][classOf(m_end[i] - m_begin[i])];
        m_byArticle.emplace_back(event.articleId, int(i));
        ++m_placed;
    }

    for (size_t lane = 0; lane < size_t(lanes); ++lane) {
        m_lanes[lane].classes.resize(ClassLimits.size());
        for (size_t c = 0; c < ClassLimits.size(); ++c) {
            m_lanes[lane].classes[c].events.reserve(classSizes[lane][c]);
        }
    }
    for (size_t i = 0; i < count; ++i) {
        if (m_lane[i] < 0) {
            continue;
        }
        Lane &lane = m_lanes[size_t(m_lane[i])];
        KindIndex &kind = lane.kinds[m_kind[i]];
        kind.begins.push_back(m_begin[i]);
        kind.ends.push_back(m_end[i]);
        LengthClass &lengthClass = lane.classes[classOf(m_end[i] - m_begin[i])];
        lengthClass.events.push_back(int(i));
        lengthClass.maxLength = std::max(lengthClass.maxLength, m_end[i] - m_begin[i]);
    }
    for (Lane &lane : m_lanes) {
        for (KindIndex &kind : lane.kinds) {
            std::sort(kind.begins.begin(), kind.begins.end());
            std::sort(kind.ends.begin(), kind.ends.end());
        }
        for (LengthClass &lengthClass : lane.classes) {
            std::stable_sort(lengthClass.events.begin(), lengthClass.events.end(),
                             [this](int a, int b) { return m_begin[size_t(a)] < m_begin[size_t(b)]; });
            lengthClass.begins.reserve(lengthClass.events.size());
            for (const int event : lengthClass.events) {
                lengthClass.begins.push_back(m_begin[size_t(event)]);
            }
        }
        // Empty classes cost a binary search each on every query; drop them.
        lane.classes.erase(std::remove_if(lane.classes.begin(), lane.classes.end(),
                                          [](const LengthClass &c) { return c.events.empty(); }),
                           lane.classes.end());
    }
    std::sort(m_byArticle.begin(), m_byArticle.end());
    if (m_placed == 0) {
        m_firstDay = m_lastDay = 0;
        return;
    }

    // Mass per day through a difference array (+1/length where an event begins, -1/length where
    // it ends), summed twice: once to per-day mass, once to the cumulative mass.
    const auto days = size_t(m_lastDay - m_firstDay);
    for (Lane &lane : m_lanes) {
        for (KindIndex &kind : lane.kinds) {
            kind.cumulativeMass.assign(kind.begins.empty() ? 0 : days + 1, 0.0);
        }
    }
    for (size_t i = 0; i < count; ++i) {
        if (m_lane[i] < 0) {
            continue;
        }
        auto &mass = m_lanes[size_t(m_lane[i])].kinds[m_kind[i]].cumulativeMass;
        const double weight = 1.0 / double(m_end[i] - m_begin[i]);
        mass[size_t(m_begin[i] - m_firstDay)] += weight;
        mass[size_t(m_end[i] - m_firstDay)] -= weight;
    }
    for (Lane &lane : m_lanes) {
        for (KindIndex &kind : lane.kinds) {
            auto &mass = kind.cumulativeMass;
            double perDay = 0;
            double total = 0;
            for (double &value : mass) {
                const double delta = value;
                value = total; // mass before this day
                perDay += delta;
                total += perDay;
            }
        }
    }
}

double TimelineIndex::KindIndex::massBefore(double day, qint64 firstDay) const
{
    if (cumulativeMass.empty()) {
        return 0;
    }
    const double offset = std::clamp(day - double(firstDay), 0.0, double(cumulativeMass.size() - 1));
    const auto whole = size_t(offset);
    if (whole + 1 >= cumulativeMass.size()) {
        return cumulativeMass.back();
    }
    const double fraction = offset - double(whole);
    return cumulativeMass[whole] + fraction * (cumulativeMass[whole + 1] - cumulativeMass[whole]);
}

QDate TimelineIndex::firstDate() const
{
    return m_placed ? QDate::fromJulianDay(m_firstDay) : QDate();
}

QDate TimelineIndex::lastDate() const
{
    return m_placed ? QDate::fromJulianDay(m_lastDay - 1) : QDate();
}

qsizetype TimelineIndex::countOverlapping(int lane, TimelineEvent::Kind kind, double from, double to) const
{
    if (lane < 0 || lane >= laneCount() || !(from < to)) {
        return 0;
    }
    const KindIndex &index = m_lanes[size_t(lane)].kinds[kind == TimelineEvent::Published ? 1 : 0];
    // Overlapping = begun before `to` minus ended by `from` (those have begun before `to` too).
    const auto begun = std::lower_bound(index.begins.begin(), index.begins.end(), qint64(std::ceil(to)));
    const auto ended = std::upper_bound(index.ends.begin(), index.ends.end(), qint64(std::floor(from)));
    return qsizetype(begun - index.begins.begin()) - qsizetype(ended - index.ends.begin());
}

void TimelineIndex::countColumns(int lane, TimelineEvent::Kind kind, const TimeScale &scale, double binWidth,
                                 std::vector<int> &out) const
{
    const auto columns = size_t(std::max(1.0, std::ceil(scale.width() / binWidth)));
    out.assign(columns, 0);
    if (lane < 0 || lane >= laneCount()) {
        return;
    }
    const KindIndex &index = m_lanes[size_t(lane)].kinds[kind == TimelineEvent::Published ? 1 : 0];
    if (index.begins.empty()) {
        return;
    }
    // Columns move left to right, so each search starts where the previous one ended.
    auto begun = index.begins.begin();
    auto ended = index.ends.begin();
    for (size_t c = 0; c < columns; ++c) {
        const double from = scale.dayForX(double(c) * binWidth);
        const double to = scale.dayForX(double(c + 1) * binWidth);
        begun = std::lower_bound(begun, index.begins.end(), qint64(std::ceil(to)));
        ended = std::upper_bound(ended, index.ends.end(), qint64(std::floor(from)));
        out[c] = int((begun - index.begins.begin()) - (ended - index.ends.begin()));
    }
}

void TimelineIndex::massColumns(int lane, TimelineEvent::Kind kind, const TimeScale &scale, double binWidth,
                                std::vector<double> &out) const
{
    const auto columns = size_t(std::max(1.0, std::ceil(scale.width() / binWidth)));
    out.assign(columns, 0.0);
    if (lane < 0 || lane >= laneCount()) {
        return;
    }
    const KindIndex &index = m_lanes[size_t(lane)].kinds[kind == TimelineEvent::Published ? 1 : 0];
    double before = index.massBefore(scale.dayForX(0), m_firstDay);
    for (size_t c = 0; c < columns; ++c) {
        const double after = index.massBefore(scale.dayForX(double(c + 1) * binWidth), m_firstDay);
        out[c] = after - before;
        before = after;
    }
}

std::vector<int> TimelineIndex::overlapping(int lane, double from, double to) const
{
    std::vector<int> result;
    forEachOverlapping(lane, from, to, [&result](int event) { result.push_back(event); });
    std::sort(result.begin(), result.end(), [this](int a, int b) {
        return m_begin[size_t(a)] != m_begin[size_t(b)] ? m_begin[size_t(a)] < m_begin[size_t(b)] : a < b;
    });
    return result;
}

std::vector<int> TimelineIndex::eventsOfArticle(qint64 articleId) const
{
    const auto range = std::equal_range(m_byArticle.begin(), m_byArticle.end(), std::pair<qint64, int>(articleId, 0),
                                        [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<int> result;
    for (auto it = range.first; it != range.second; ++it) {
        result.push_back(it->second);
    }
    return result;
}

} // namespace Annalist
