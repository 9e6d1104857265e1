#pragma once

#include "timeline/timelineevent.h"
#include "timeline/timescale.h"

#include <QStringList>

#include <vector>

namespace Annalist {

class TimelineIndex;

// What one repaint of the timeline shows, per lane, for one TimeScale: either individual marks
// packed into rows (few events in view) or a density histogram with one bin per binWidth pixels
// (too many to draw one by one). The events of the emphasised article are always marks.
// Everything is in pixels relative to the scale's x = 0; computing it only touches the index
// through binary searches and the events actually in view.
class TimelineBins
{
public:
    enum class Mode { Marks, Density };

    struct Mark
    {
        double x0 = 0;
        double x1 = 0;
        int row = 0;
        int event = -1; // index into the event list the index was built from
        TimelineEvent::Kind kind = TimelineEvent::Mentioned;
        bool emphasized = false;
        bool multiDay = false; // a span (week, month, ...) rather than one day
    };

    struct Lane
    {
        Mode mode = Mode::Marks;
        qsizetype visibleCount = 0; // events overlapping the visible range
        std::vector<Mark> marks; // Marks mode: all of them; Density mode: the emphasised ones
        int rowCount = 0; // rows the marks occupy
        // Density mode: event mass per bin by kind (see TimelineIndex::massColumns).
        std::vector<double> mentioned;
        std::vector<double> published;
        double peak = 0; // largest mentioned + published bin
        double binWidth = 0; // pixels per bin: wider when few events are in view
    };

    struct Options
    {
        double binWidth = 2.0; // pixels per histogram bin, at the densest
        double minMarkWidth = 3.0; // a day seen from afar is still a visible tick
        double markGap = 0.0; // extra pixels between marks sharing a row (the painter insets spans anyway)
        int maxRows = 8; // more rows than this and the lane becomes a histogram
        qsizetype maxMarks = 3000;
        double wideSpan = 48.0; // marks wider than this are packed above the narrow ones
        qint64 emphasizedArticle = -1;
    };

    void compute(const TimelineIndex &index, const TimeScale &scale, const Options &options);
    void clear();

    const TimeScale &scale() const { return m_scale; }
    const Options &options() const { return m_options; }
    const QStringList &laneNames() const { return m_laneNames; }
    const std::vector<Lane> &lanes() const { return m_lanes; }
    qsizetype visibleCount() const; // over all lanes
    bool isEmpty() const { return m_placed == 0; } // no placed events at all, visible or not

private:
    void packMarks(const TimelineIndex &index, const std::vector<int> &events, bool emphasized, int firstRow,
                   Lane &lane, bool &fits) const;

    TimeScale m_scale;
    Options m_options;
    QStringList m_laneNames;
    std::vector<Lane> m_lanes;
    qsizetype m_placed = 0;
};

} // namespace Annalist
