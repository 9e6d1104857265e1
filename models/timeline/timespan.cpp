#include "timeline/timespan.h"

#include <optional>

namespace Annalist {

namespace {

// Exactly `count` ASCII digits at `pos`, or nothing.
std::optional<int> digits(QStringView text, qsizetype pos, qsizetype count)
{
    if (pos < 0 || pos + count > text.size()) {
        return std::nullopt;
    }
    int value = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
        value = value * 10 + int(c - u'0');
    }
    return value;
}

TimeSpan make(QDate begin, QDate end, TimeSpan::Granularity granularity)
{
    if (!begin.isValid() || !end.isValid() || end < begin) {
        return {};
    }
    return {begin, end, granularity};
}

TimeSpan parseSingle(QStringView v)
{
    // Decade: three digits and an X ("199X").
    if (v.size() == 4 && v[3] == u'X') {
        const auto decade = digits(v, 0, 3);
        if (!decade) {
            return {};
        }
        const int year = *decade * 10;
        return make(QDate(year, 1, 1), QDate(year + 9, 12, 31), TimeSpan::Decade);
    }
    const auto year = digits(v, 0, 4);
    if (!year || *year == 0) {
        return {};
    }
    if (v.size() == 4) {
        return make(QDate(*year, 1, 1), QDate(*year, 12, 31), TimeSpan::Year);
    }
    if (v[4] != u'-') {
        return {};
    }
    if (v.size() == 7) {
        const QChar marker = v[5];
        if (marker == u'Q' || marker == u'H') {
            const auto n = digits(v, 6, 1);
            const int parts = marker == u'Q' ? 4 : 2;
            if (!n || *n < 1 || *n > parts) {
                return {};
            }
            const int months = 12 / parts;
            const QDate begin(*year, (*n - 1) * months + 1, 1);
            return make(begin, begin.addMonths(months).addDays(-1),
                        marker == u'Q' ? TimeSpan::Quarter : TimeSpan::Half);
        }
        const auto month = digits(v, 5, 2);
        if (!month || *month < 1 || *month > 12) {
            return {};
        }
        const QDate begin(*year, *month, 1);
        return make(begin, QDate(*year, *month, begin.daysInMonth()), TimeSpan::Month);
    }
    if (v.size() == 8 && v[5] == u'W') {
        const auto week = digits(v, 6, 2);
        if (!week || *week < 1 || *week > TimeSpan::isoWeeksInYear(*year)) {
            return {};
        }
        const QDate monday = TimeSpan::isoWeekOneMonday(*year).addDays(7 * (*week - 1));
        return make(monday, monday.addDays(6), TimeSpan::Week);
    }
    if (v.size() == 10 && v[7] == u'-') {
        const auto month = digits(v, 5, 2);
        const auto day = digits(v, 8, 2);
        if (!month || !day) {
            return {};
        }
        const QDate date(*year, *month, *day); // invalid for 2025-02-29
        return make(date, date, TimeSpan::Day);
    }
    return {};
}

} // namespace

QDate TimeSpan::isoWeekOneMonday(int isoYear)
{
    const QDate fourth(isoYear, 1, 4);
    return fourth.addDays(1 - fourth.dayOfWeek());
}

int TimeSpan::isoWeeksInYear(int isoYear)
{
    // 28 December always lies in the last ISO week of its year.
    return QDate(isoYear, 12, 28).weekNumber();
}

TimeSpan TimeSpan::fromTimex(QStringView value)
{
    value = value.trimmed();
    const qsizetype slash = value.indexOf(u'/');
    if (slash < 0) {
        return parseSingle(value);
    }
    const TimeSpan from = parseSingle(value.left(slash));
    const TimeSpan to = parseSingle(value.mid(slash + 1));
    if (!from.isValid() || !to.isValid()) {
        return {};
    }
    return make(from.begin, to.end, Range);
}

} // namespace Annalist
