#pragma once

#include <QDate>
#include <QStringView>

namespace Annalist {

// The stretch of calendar a TIMEX3 DATE value covers. A value is as precise as the text it
// came from: "2025-01" is all of January, not the 1st, so the timeline draws it as a span.
struct TimeSpan
{
    enum Granularity { Invalid, Day, Week, Month, Quarter, Half, Year, Decade, Range };

    QDate begin; // first day covered
    QDate end; // last day covered (inclusive)
    Granularity granularity = Invalid;

    bool isValid() const { return granularity != Invalid; }
    qint64 dayCount() const { return isValid() ? begin.daysTo(end) + 1 : 0; }

    // Parses "YYYY-MM-DD", "YYYY-MM", "YYYY", "YYYY-Www" (ISO 8601 week), "YYYY-Qn",
    // "YYYY-Hn", decades "YYYX" ("199X") and ranges "A/B" of any two of these ("2021/2025").
    // Everything else — "PAST_REF", "PRESENT_REF", "FUTURE_REF", "XXXX-08", seasons — cannot
    // be placed on a calendar and gives an invalid span.
    static TimeSpan fromTimex(QStringView value);

    // Monday of ISO week 1 of isoYear (the week holding 4 January).
    static QDate isoWeekOneMonday(int isoYear);
    static int isoWeeksInYear(int isoYear); // 52 or 53

    friend bool operator==(const TimeSpan &a, const TimeSpan &b)
    {
        return a.granularity == b.granularity && a.begin == b.begin && a.end == b.end;
    }
    friend bool operator!=(const TimeSpan &a, const TimeSpan &b) { return !(a == b); }
};

} // namespace Annalist
