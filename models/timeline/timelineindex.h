#pragma once

#include "timeline/timelineevent.h"

#include <QList>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Annalist {

class TimeScale;

// Read-only search structure over a list of events, built once per event list so that every
// repaint only does binary searches: per lane and kind the begin days and end days sorted on
// their own (overlap counts for any range are two lower_bounds), and per lane the events sorted
// by begin within length classes (events overlapping a range are found without scanning
// everything, even when a few events span decades). Event numbers are indices into the list
// given to build(). Days are Julian day numbers; an event covers [beginDay, endDay).
class TimelineIndex
{
public:
    // With no lane names, every event goes into one lane. With lane names, an event is put in
    // lane event.lane and left out when that is not a valid index. Unplaceable events are
    // left out.
    void build(const QList<TimelineEvent> &events, const QStringList &laneNames = {});
    void clear();

    int laneCount() const { return int(m_lanes.size()); } // at least 1 once built
    const QStringList &laneNames() const { return m_laneNames; }
    qsizetype size() const { return qsizetype(m_lane.size()); } // events given to build()
    qsizetype placedCount() const { return m_placed; }
    bool isEmpty() const { return m_placed == 0; }
    QDate firstDate() const; // earliest begin of a placed event
    QDate lastDate() const; // latest end (inclusive)

    bool isPlaced(int event) const { return m_lane[size_t(event)] >= 0; }
    int lane(int event) const { return m_lane[size_t(event)]; }
    qint64 beginDay(int event) const { return m_begin[size_t(event)]; }
    qint64 endDay(int event) const { return m_end[size_t(event)]; } // exclusive
    TimelineEvent::Kind kind(int event) const { return TimelineEvent::Kind(m_kind[size_t(event)]); }

    // Events of `kind` in `lane` whose span overlaps [from, to) (fractional days).
    qsizetype countOverlapping(int lane, TimelineEvent::Kind kind, double from, double to) const;
    // Overlap counts for consecutive pixel columns binWidth wide; out.size() = column count.
    void countColumns(int lane, TimelineEvent::Kind kind, const TimeScale &scale, double binWidth,
                      std::vector<int> &out) const;
    // Event mass per column: each event counts once in total, spread evenly over its days, so
    // a "2025" mention adds 1/365 to each day of 2025 while "2025-03-04" adds 1 to that day.
    // This is what the histogram shows: precise dates make peaks, vague ones a low plateau.
    void massColumns(int lane, TimelineEvent::Kind kind, const TimeScale &scale, double binWidth,
                     std::vector<double> &out) const;
    // Calls fn(int event) for each event in `lane` overlapping [from, to), in no particular order.
    template<typename Fn>
    void forEachOverlapping(int lane, double from, double to, Fn &&fn) const;
    std::vector<int> overlapping(int lane, double from, double to) const; // sorted by begin
    // Placed events of one article, in event order.
    std::vector<int> eventsOfArticle(qint64 articleId) const;

private:
    struct LengthClass
    {
        qint64 maxLength = 0; // longest event in the class, in days
        std::vector<qint64> begins; // sorted
        std::vector<int> events; // parallel to begins
    };
    struct KindIndex
    {
        std::vector<qint64> begins; // sorted
        std::vector<qint64> ends; // sorted, exclusive
        std::vector<double> cumulativeMass; // [k]: mass on the days before m_firstDay + k
        double massBefore(double day, qint64 firstDay) const;
    };
    struct Lane
    {
        KindIndex kinds[2];
        std::vector<LengthClass> classes;
    };

    QStringList m_laneNames;
    std::vector<qint64> m_begin;
    std::vector<qint64> m_end;
    std::vector<int> m_lane; // -1: not placed
    std::vector<quint8> m_kind;
    std::vector<std::pair<qint64, int>> m_byArticle; // sorted (articleId, event)
    std::vector<Lane> m_lanes;
    qsizetype m_placed = 0;
    qint64 m_firstDay = 0;
    qint64 m_lastDay = 0; // exclusive
};

template<typename Fn>
void TimelineIndex::forEachOverlapping(int lane, double from, double to, Fn &&fn) const
{
    if (lane < 0 || lane >= laneCount() || !(from < to)) {
        return;
    }
    const auto first = qint64(std::floor(from));
    const auto last = qint64(std::ceil(to)); // begin < to  <=>  begin < ceil(to) for whole days
    for (const LengthClass &lengthClass : m_lanes[size_t(lane)].classes) {
        // An overlapping event begins after from - maxLength, so start the scan there.
        auto it = std::lower_bound(lengthClass.begins.begin(), lengthClass.begins.end(), first - lengthClass.maxLength);
        for (; it != lengthClass.begins.end() && *it < last; ++it) {
            const int event = lengthClass.events[size_t(it - lengthClass.begins.begin())];
            if (double(m_end[size_t(event)]) > from) {
                fn(event);
            }
        }
    }
}

} // namespace Annalist
