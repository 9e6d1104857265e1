#include "timeline/timescale.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace Annalist {

namespace {

constexpr double AverageMonth = 365.2425 / 12;
// Dates outside these are not useful on a news timeline and keep QDate arithmetic sane.
const double EarliestDay = TimeScale::dayOf(QDate(100, 1, 1));
const double LatestDay = TimeScale::dayOf(QDate(9999, 12, 31));
constexpr double MinFitDays = 14.0; // a lone day is shown with its fortnight around it

QDate startOfUnit(QDate date, TimeScale::TickUnit unit, int step)
{
    switch (unit) {
    case TimeScale::TickUnit::Day:
        return date;
    case TimeScale::TickUnit::Week:
        return date.addDays(1 - date.dayOfWeek());
    case TimeScale::TickUnit::Month:
        return QDate(date.year(), date.month(), 1);
    case TimeScale::TickUnit::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    case TimeScale::TickUnit::Year: {
        int year = date.year();
        year -= ((year % step) + step) % step;
        return QDate(std::max(year, 1), 1, 1);
    }
    }
    return date;
}

QDate nextUnit(QDate date, TimeScale::TickUnit unit, int step)
{
    switch (unit) {
    case TimeScale::TickUnit::Day:
        return date.addDays(step);
    case TimeScale::TickUnit::Week:
        return date.addDays(7 * step);
    case TimeScale::TickUnit::Month:
        return date.addMonths(step);
    case TimeScale::TickUnit::Quarter:
        return date.addMonths(3 * step);
    case TimeScale::TickUnit::Year:
        return date.addYears(step);
    }
    return date.addDays(1);
}

QString labelFor(QDate date, TimeScale::TickUnit unit)
{
    const QLocale locale;
    switch (unit) {
    case TimeScale::TickUnit::Day:
    case TimeScale::TickUnit::Week:
        return QString::number(date.day());
    case TimeScale::TickUnit::Month:
        return locale.standaloneMonthName(date.month(), QLocale::ShortFormat);
    case TimeScale::TickUnit::Quarter:
        return QChar(u'Q') + QString::number((date.month() - 1) / 3 + 1);
    case TimeScale::TickUnit::Year:
        return QString::number(date.year());
    }
    return {};
}

} // namespace

TimeScale::TimeScale(double firstDay, double dayCount, double width)
{
    setWidth(width);
    setVisibleRange(firstDay, dayCount);
}

QDate TimeScale::dateOf(double day)
{
    return QDate::fromJulianDay(qint64(std::floor(day)));
}

void TimeScale::setWidth(double width)
{
    m_width = std::max(1.0, width);
}

void TimeScale::setVisibleRange(double firstDay, double dayCount)
{
    m_dayCount = std::clamp(dayCount, MinDayCount, MaxDayCount);
    m_firstDay = std::clamp(firstDay, EarliestDay, LatestDay - m_dayCount);
}

void TimeScale::setVisibleDates(QDate first, QDate last)
{
    setVisibleRange(dayOf(first), dayOf(last) + 1 - dayOf(first));
}

std::pair<double, double> TimeScale::xRangeForSpan(QDate begin, QDate end) const
{
    return {xForDate(begin), xForDay(dayOf(end) + 1)};
}

void TimeScale::zoomAround(double x, double factor)
{
    if (!(factor > 0)) {
        return;
    }
    const double anchor = dayForX(x);
    const double count = std::clamp(m_dayCount / factor, MinDayCount, MaxDayCount);
    setVisibleRange(anchor - x * count / m_width, count);
}

void TimeScale::pan(double dx)
{
    setVisibleRange(m_firstDay - dx * m_dayCount / m_width, m_dayCount);
}

void TimeScale::fit(QDate begin, QDate end, double margin)
{
    if (!begin.isValid() || !end.isValid()) {
        return;
    }
    if (end < begin) {
        std::swap(begin, end);
    }
    const double first = dayOf(begin);
    const double length = dayOf(end) + 1 - first;
    const double count = std::max(length * (1 + 2 * std::max(margin, 0.0)), MinFitDays);
    setVisibleRange(first + length / 2 - count / 2, count);
}

std::pair<TimeScale::TickUnit, int> TimeScale::chooseUnit(double minSpacing) const
{
    const double perDay = pixelsPerDay();
    if (perDay >= minSpacing) {
        return {TickUnit::Day, 1};
    }
    if (perDay * 7 >= minSpacing) {
        return {TickUnit::Week, 1};
    }
    if (perDay * AverageMonth >= minSpacing) {
        return {TickUnit::Month, 1};
    }
    if (perDay * AverageMonth * 3 >= minSpacing) {
        return {TickUnit::Quarter, 1};
    }
    static constexpr std::array<int, 10> yearSteps{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
    for (const int step : yearSteps) {
        if (perDay * 365.2425 * step >= minSpacing) {
            return {TickUnit::Year, step};
        }
    }
    return {TickUnit::Year, yearSteps.back()};
}

TimeScale::TickUnit TimeScale::tickUnit(double minSpacing) const
{
    return chooseUnit(minSpacing).first;
}

int TimeScale::tickStep(double minSpacing) const
{
    return chooseUnit(minSpacing).second;
}

QList<TimeScale::Tick> TimeScale::ticks(double minSpacing) const
{
    const auto [unit, step] = chooseUnit(minSpacing);
    QList<Tick> result;
    for (QDate date = startOfUnit(firstDate(), unit, step); date.isValid(); date = nextUnit(date, unit, step)) {
        const double x = xForDate(date);
        if (x >= m_width) {
            break;
        }
        result.append({x, date, labelFor(date, unit)});
    }
    return result;
}

QList<TimeScale::Tick> TimeScale::contextTicks(double minSpacing) const
{
    const TickUnit unit = tickUnit(minSpacing);
    if (unit == TickUnit::Year) {
        return {};
    }
    const bool months = unit == TickUnit::Day || unit == TickUnit::Week;
    const TickUnit contextUnit = months ? TickUnit::Month : TickUnit::Year;
    QList<Tick> result;
    for (QDate date = startOfUnit(firstDate(), contextUnit, 1); date.isValid(); date = nextUnit(date, contextUnit, 1)) {
        const double x = xForDate(date);
        if (x >= m_width) {
            break;
        }
        result.append({x, date, contextLabel(date, minSpacing)});
    }
    return result;
}

QString TimeScale::contextLabel(QDate date, double minSpacing) const
{
    switch (tickUnit(minSpacing)) {
    case TickUnit::Day:
    case TickUnit::Week:
        return QLocale().standaloneMonthName(date.month(), QLocale::LongFormat) + QChar(u' ')
            + QString::number(date.year());
    case TickUnit::Month:
    case TickUnit::Quarter:
        return QString::number(date.year());
    case TickUnit::Year:
        break;
    }
    return {};
}

} // namespace Annalist
