#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <utility>

namespace Annalist {

// Maps calendar time to horizontal pixels and back, for a view `width` pixels wide showing
// `dayCount` days starting at `firstDay`. Days are Julian day numbers as doubles: day d covers
// [d, d + 1), so a date's left edge is its Julian day and a span [begin, end] covers
// [jd(begin), jd(end) + 1). A plain value type so the mapping is testable without widgets.
class TimeScale
{
public:
    enum class TickUnit { Day, Week, Month, Quarter, Year };

    struct Tick
    {
        double x = 0;
        QDate date; // first day of the interval the tick starts
        QString label;
    };

    // Smallest and largest visible range; zooming and fitting clamp to these.
    static constexpr double MinDayCount = 3.0;
    static constexpr double MaxDayCount = 366.0 * 400;

    TimeScale() = default;
    TimeScale(double firstDay, double dayCount, double width);

    static double dayOf(QDate date) { return double(date.toJulianDay()); }
    static QDate dateOf(double day);

    double firstDay() const { return m_firstDay; }
    double dayCount() const { return m_dayCount; }
    double lastDay() const { return m_firstDay + m_dayCount; } // exclusive
    double width() const { return m_width; }
    double pixelsPerDay() const { return m_width / m_dayCount; }
    QDate firstDate() const { return dateOf(m_firstDay); }
    QDate lastDate() const { return dateOf(lastDay() - 1e-9); } // inclusive

    // Resizing keeps the visible range and stretches it, as a chart does.
    void setWidth(double width);
    void setVisibleRange(double firstDay, double dayCount);
    void setVisibleDates(QDate first, QDate last); // both inclusive

    double xForDay(double day) const { return (day - m_firstDay) * m_width / m_dayCount; }
    double dayForX(double x) const { return m_firstDay + x * m_dayCount / m_width; }
    double xForDate(QDate date) const { return xForDay(dayOf(date)); } // left edge of the day
    QDate dateForX(double x) const { return dateOf(dayForX(x)); }
    // [left, right) pixel extent of the days begin..end inclusive.
    std::pair<double, double> xRangeForSpan(QDate begin, QDate end) const;

    // factor > 1 zooms in. The day under x stays under x (unless a limit is hit).
    void zoomAround(double x, double factor);
    // Moves the content dx pixels to the right: positive dx shows earlier dates.
    void pan(double dx);
    // Shows begin..end (inclusive) with `margin` of the range added on each side.
    void fit(QDate begin, QDate end, double margin = 0.04);

    // Ticks at least minSpacing pixels apart, in the finest unit that allows it; contextTicks
    // label the next coarser unit (years above months, months above days).
    TickUnit tickUnit(double minSpacing = DefaultTickSpacing) const;
    int tickStep(double minSpacing = DefaultTickSpacing) const; // units per tick (years: 1, 2, 5, 10...)
    QList<Tick> ticks(double minSpacing = DefaultTickSpacing) const;
    QList<Tick> contextTicks(double minSpacing = DefaultTickSpacing) const;
    // Label for the coarser unit around `date`, for a context label pinned at the left edge.
    QString contextLabel(QDate date, double minSpacing = DefaultTickSpacing) const;

    static constexpr double DefaultTickSpacing = 56.0;

    friend bool operator==(const TimeScale &a, const TimeScale &b)
    {
        return a.m_firstDay == b.m_firstDay && a.m_dayCount == b.m_dayCount && a.m_width == b.m_width;
    }
    friend bool operator!=(const TimeScale &a, const TimeScale &b) { return !(a == b); }

private:
    std::pair<TickUnit, int> chooseUnit(double minSpacing) const;

    double m_firstDay = dayOf(QDate(2000, 1, 1));
    double m_dayCount = 366.0;
    double m_width = 1.0;
};

} // namespace Annalist
