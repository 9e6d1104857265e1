// The timeline's non-widget parts: TIMEX3 spans, the time↔pixel mapping, ticks, the index
// and the binning.

#include "timeline/timelinebins.h"
#include "timeline/timelineindex.h"
#include "timeline/timescale.h"
#include "timeline/timespan.h"

#include <QTest>

#include <numeric>

using namespace Annalist;

namespace {

double day(int y, int m, int d)
{
    return TimeScale::dayOf(QDate(y, m, d));
}

TimelineEvent makeEvent(qint64 article, const QString &value, int lane = 0)
{
    return TimelineEvent::fromTimex(article, value, QStringLiteral("Sentence of ") + value, 0, 0, lane);
}

} // namespace

class TestTimeScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void spans_data();
    void spans();
    void isoWeeks_data();
    void isoWeeks();
    void zoomKeepsAnchor_data();
    void zoomKeepsAnchor();
    void zoomLimits();
    void pan_data();
    void pan();
    void fit_data();
    void fit();
    void mapping();
    void tickUnits_data();
    void tickUnits();
    void tickLabels();
    void indexCounts();
    void mass();
    void binsSwitchToDensity();
    void binsEmphasis();
    void lanes();
};

void TestTimeScale::spans_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDate>("begin");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<int>("granularity");

    const auto add = [](const char *name, const char *value, QDate begin, QDate end, TimeSpan::Granularity g) {
        QTest::newRow(name) << QString::fromLatin1(value) << begin << end << int(g);
    };
    add("day", "2025-08-22", QDate(2025, 8, 22), QDate(2025, 8, 22), TimeSpan::Day);
    add("leap day", "2024-02-29", QDate(2024, 2, 29), QDate(2024, 2, 29), TimeSpan::Day);
    add("no leap day", "2025-02-29", QDate(), QDate(), TimeSpan::Invalid);
    add("month", "2025-01", QDate(2025, 1, 1), QDate(2025, 1, 31), TimeSpan::Month);
    add("february leap", "2024-02", QDate(2024, 2, 1), QDate(2024, 2, 29), TimeSpan::Month);
    add("february", "2025-02", QDate(2025, 2, 1), QDate(2025, 2, 28), TimeSpan::Month);
    add("february 1900", "1900-02", QDate(1900, 2, 1), QDate(1900, 2, 28), TimeSpan::Month);
    add("february 2000", "2000-02", QDate(2000, 2, 1), QDate(2000, 2, 29), TimeSpan::Month);
    add("month 13", "2025-13", QDate(), QDate(), TimeSpan::Invalid);
    add("year", "2025", QDate(2025, 1, 1), QDate(2025, 12, 31), TimeSpan::Year);
    add("leap year", "2024", QDate(2024, 1, 1), QDate(2024, 12, 31), TimeSpan::Year);
    add("q1", "2025-Q1", QDate(2025, 1, 1), QDate(2025, 3, 31), TimeSpan::Quarter);
    add("q1 leap", "2024-Q1", QDate(2024, 1, 1), QDate(2024, 3, 31), TimeSpan::Quarter);
    add("q2", "2025-Q2", QDate(2025, 4, 1), QDate(2025, 6, 30), TimeSpan::Quarter);
    add("q3", "2025-Q3", QDate(2025, 7, 1), QDate(2025, 9, 30), TimeSpan::Quarter);
    add("q4", "2025-Q4", QDate(2025, 10, 1), QDate(2025, 12, 31), TimeSpan::Quarter);
    add("q5", "2025-Q5", QDate(), QDate(), TimeSpan::Invalid);
    add("h2", "2025-H2", QDate(2025, 7, 1), QDate(2025, 12, 31), TimeSpan::Half);
    add("decade", "199X", QDate(1990, 1, 1), QDate(1999, 12, 31), TimeSpan::Decade);
    add("week", "2025-W37", QDate(2025, 9, 8), QDate(2025, 9, 14), TimeSpan::Week);
    add("range", "2021/2025", QDate(2021, 1, 1), QDate(2025, 12, 31), TimeSpan::Range);
    add("month range", "2025-03/2025-05", QDate(2025, 3, 1), QDate(2025, 5, 31), TimeSpan::Range);
    add("backwards range", "2025/2021", QDate(), QDate(), TimeSpan::Invalid);
    add("past ref", "PAST_REF", QDate(), QDate(), TimeSpan::Invalid);
    add("present ref", "PRESENT_REF", QDate(), QDate(), TimeSpan::Invalid);
    add("future ref", "FUTURE_REF", QDate(), QDate(), TimeSpan::Invalid);
    add("unknown year", "XXXX-08", QDate(), QDate(), TimeSpan::Invalid);
    add("season", "2025-SU", QDate(), QDate(), TimeSpan::Invalid);
    add("range to ref", "2021/PRESENT_REF", QDate(), QDate(), TimeSpan::Invalid);
    add("empty", "", QDate(), QDate(), TimeSpan::Invalid);
    add("short", "25", QDate(), QDate(), TimeSpan::Invalid);
    add("trailing junk", "2025-01-01T10:00", QDate(), QDate(), TimeSpan::Invalid);
}

void TestTimeScale::spans()
{
    QFETCH(QString, value);
    QFETCH(QDate, begin);
    QFETCH(QDate, end);
    QFETCH(int, granularity);
    const TimeSpan span = TimeSpan::fromTimex(value);
    QCOMPARE(int(span.granularity), granularity);
    QCOMPARE(span.begin, begin);
    QCOMPARE(span.end, end);
    QCOMPARE(span.isValid(), begin.isValid());
    QCOMPARE(TimelineEvent::fromTimex(1, value).isPlaceable(), begin.isValid());
}

void TestTimeScale::isoWeeks_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDate>("monday");

    // Week 1 holds 4 January, so it can start in December...
    QTest::newRow("2020-W01") << QStringLiteral("2020-W01") << QDate(2019, 12, 30);
    QTest::newRow("2025-W01") << QStringLiteral("2025-W01") << QDate(2024, 12, 30);
    // ...or as late as 4 January.
    QTest::newRow("2021-W01") << QStringLiteral("2021-W01") << QDate(2021, 1, 4);
    QTest::newRow("2026-W01") << QStringLiteral("2026-W01") << QDate(2025, 12, 29);
    // Years starting (or leap years starting on Wednesday and) on Thursday have 53 weeks.
    QTest::newRow("2020-W53") << QStringLiteral("2020-W53") << QDate(2020, 12, 28);
    QTest::newRow("2015-W53") << QStringLiteral("2015-W53") << QDate(2015, 12, 28);
    QTest::newRow("2026-W53") << QStringLiteral("2026-W53") << QDate(2026, 12, 28);
    QTest::newRow("2025-W53 does not exist") << QStringLiteral("2025-W53") << QDate();
    QTest::newRow("2025-W52") << QStringLiteral("2025-W52") << QDate(2025, 12, 22);
    QTest::newRow("week 0") << QStringLiteral("2025-W00") << QDate();
}

void TestTimeScale::isoWeeks()
{
    QFETCH(QString, value);
    QFETCH(QDate, monday);
    const TimeSpan span = TimeSpan::fromTimex(value);
    QCOMPARE(span.begin, monday);
    if (monday.isValid()) {
        QCOMPARE(span.begin.dayOfWeek(), 1);
        QCOMPARE(span.end, monday.addDays(6));
        QCOMPARE(span.dayCount(), qint64(7));
        int weekYear = 0;
        QCOMPARE(span.begin.weekNumber(&weekYear), value.mid(6).toInt());
        QCOMPARE(weekYear, value.left(4).toInt());
    }
}

void TestTimeScale::zoomKeepsAnchor_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("factor");

    QTest::newRow("in at left") << 0.0 << 2.0;
    QTest::newRow("in at middle") << 400.0 << 1.25;
    QTest::newRow("in at right") << 800.0 << 4.0;
    QTest::newRow("out at middle") << 400.0 << 0.5;
    QTest::newRow("out at 123") << 123.0 << 0.8;
    QTest::newRow("far in") << 600.0 << 1000.0; // hits MinDayCount, anchor still holds
    QTest::newRow("far out") << 200.0 << 0.0001; // hits MaxDayCount
}

void TestTimeScale::zoomKeepsAnchor()
{
    QFETCH(double, x);
    QFETCH(double, factor);
    TimeScale scale(day(2020, 1, 1), 3653, 800);
    const double before = scale.dayForX(x);
    const double countBefore = scale.dayCount();
    scale.zoomAround(x, factor);
    QVERIFY(qAbs(scale.dayForX(x) - before) < 1e-6);
    const double expected = std::clamp(countBefore / factor, TimeScale::MinDayCount, TimeScale::MaxDayCount);
    QVERIFY(qAbs(scale.dayCount() - expected) < 1e-6);
    QCOMPARE(scale.width(), 800.0);
}

void TestTimeScale::zoomLimits()
{
    TimeScale scale(day(2020, 1, 1), 30, 800);
    for (int i = 0; i < 100; ++i) {
        scale.zoomAround(300, 2);
    }
    QCOMPARE(scale.dayCount(), TimeScale::MinDayCount);
    scale.zoomAround(300, 0); // nonsense factors change nothing
    scale.zoomAround(300, -2);
    QCOMPARE(scale.dayCount(), TimeScale::MinDayCount);
}

void TestTimeScale::pan_data()
{
    QTest::addColumn<double>("dx");
    QTest::addColumn<double>("expectedFirstDay");

    // 100 days over 1000 px: 10 px per day.
    QTest::newRow("none") << 0.0 << day(2025, 1, 1);
    QTest::newRow("right shows earlier") << 100.0 << day(2024, 12, 22);
    QTest::newRow("left shows later") << -310.0 << day(2025, 2, 1);
    QTest::newRow("fraction") << 5.0 << day(2025, 1, 1) - 0.5;
}

void TestTimeScale::pan()
{
    QFETCH(double, dx);
    QFETCH(double, expectedFirstDay);
    TimeScale scale(day(2025, 1, 1), 100, 1000);
    const double anchor = scale.dayForX(500);
    scale.pan(dx);
    QCOMPARE(scale.firstDay(), expectedFirstDay);
    QCOMPARE(scale.dayCount(), 100.0);
    // What was under x is now under x + dx.
    QVERIFY(qAbs(scale.dayForX(500 + dx) - anchor) < 1e-9);
}

void TestTimeScale::fit_data()
{
    QTest::addColumn<QDate>("begin");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<double>("margin");
    QTest::addColumn<double>("expectedFirst");
    QTest::addColumn<double>("expectedCount");

    QTest::newRow("year no margin") << QDate(2025, 1, 1) << QDate(2025, 12, 31) << 0.0 << day(2025, 1, 1) << 365.0;
    QTest::newRow("100 days 10%") << QDate(2025, 1, 1) << QDate(2025, 4, 10) << 0.1 << day(2025, 1, 1) - 10 << 120.0;
    QTest::newRow("reversed") << QDate(2025, 4, 10) << QDate(2025, 1, 1) << 0.1 << day(2025, 1, 1) - 10 << 120.0;
    QTest::newRow("single day is widened") << QDate(2025, 6, 15) << QDate(2025, 6, 15) << 0.05
                                           << day(2025, 6, 15) + 0.5 - 7 << 14.0;
    QTest::newRow("decade") << QDate(2015, 1, 1) << QDate(2024, 12, 31) << 0.05 << day(2015, 1, 1) - 182.65 << 4018.3;
}

void TestTimeScale::fit()
{
    QFETCH(QDate, begin);
    QFETCH(QDate, end);
    QFETCH(double, margin);
    QFETCH(double, expectedFirst);
    QFETCH(double, expectedCount);
    TimeScale scale(day(1990, 1, 1), 10, 640);
    scale.fit(begin, end, margin);
    QVERIFY2(qAbs(scale.firstDay() - expectedFirst) < 1e-9, qPrintable(QString::number(scale.firstDay(), 'f', 3)));
    QVERIFY2(qAbs(scale.dayCount() - expectedCount) < 1e-9, qPrintable(QString::number(scale.dayCount(), 'f', 3)));
    // Everything fitted is inside the view.
    QVERIFY(scale.xForDate(std::min(begin, end)) >= 0);
    QVERIFY(scale.xRangeForSpan(begin, std::max(begin, end)).second <= scale.width() + 1e-9);
}

void TestTimeScale::mapping()
{
    // January 2025 over 310 px: 10 px per day.
    TimeScale scale;
    scale.setWidth(310);
    scale.setVisibleDates(QDate(2025, 1, 1), QDate(2025, 1, 31));
    QCOMPARE(scale.dayCount(), 31.0);
    QCOMPARE(scale.xForDate(QDate(2025, 1, 1)), 0.0);
    QCOMPARE(scale.xForDate(QDate(2025, 1, 11)), 100.0);
    QCOMPARE(scale.dateForX(0), QDate(2025, 1, 1));
    QCOMPARE(scale.dateForX(9.99), QDate(2025, 1, 1));
    QCOMPARE(scale.dateForX(10), QDate(2025, 1, 2));
    QCOMPARE(scale.dateForX(309.9), QDate(2025, 1, 31));
    QCOMPARE(scale.firstDate(), QDate(2025, 1, 1));
    QCOMPARE(scale.lastDate(), QDate(2025, 1, 31));
    const auto [left, right] = scale.xRangeForSpan(QDate(2025, 1, 5), QDate(2025, 1, 6));
    QCOMPARE(left, 40.0);
    QCOMPARE(right, 60.0);
    // A month-granularity event is the whole month wide, not a point.
    const TimeSpan january = TimeSpan::fromTimex(u"2025-01");
    const auto [jl, jr] = scale.xRangeForSpan(january.begin, january.end);
    QCOMPARE(jl, 0.0);
    QCOMPARE(jr, 310.0);
    // Resizing stretches the same range.
    scale.setWidth(620);
    QCOMPARE(scale.xForDate(QDate(2025, 1, 11)), 200.0);
    QCOMPARE(scale.lastDate(), QDate(2025, 1, 31));
}

void TestTimeScale::tickUnits_data()
{
    QTest::addColumn<double>("dayCount");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("step");

    // 1200 px wide, ticks at least 56 px apart.
    QTest::newRow("eleven years") << 4018.0 << int(TimeScale::TickUnit::Year) << 1;
    QTest::newRow("forty years") << 14610.0 << int(TimeScale::TickUnit::Year) << 2;
    QTest::newRow("century") << 36525.0 << int(TimeScale::TickUnit::Year) << 5;
    QTest::newRow("four years") << 1461.0 << int(TimeScale::TickUnit::Quarter) << 1;
    QTest::newRow("one year") << 365.0 << int(TimeScale::TickUnit::Month) << 1;
    QTest::newRow("quarter") << 91.0 << int(TimeScale::TickUnit::Week) << 1;
    QTest::newRow("fortnight") << 14.0 << int(TimeScale::TickUnit::Day) << 1;
}

void TestTimeScale::tickUnits()
{
    QFETCH(double, dayCount);
    QFETCH(int, unit);
    QFETCH(int, step);
    const TimeScale scale(day(2015, 1, 1), dayCount, 1200);
    QCOMPARE(int(scale.tickUnit()), unit);
    QCOMPARE(scale.tickStep(), step);
    const auto ticks = scale.ticks();
    QVERIFY(!ticks.isEmpty());
    for (qsizetype i = 1; i < ticks.size(); ++i) {
        QVERIFY(ticks[i].x - ticks[i - 1].x >= TimeScale::DefaultTickSpacing - 6); // months differ by days
        QVERIFY(ticks[i].x <= scale.width());
        QVERIFY(!ticks[i].label.isEmpty());
    }
    QCOMPARE(scale.contextTicks().isEmpty(), unit == int(TimeScale::TickUnit::Year));
}

void TestTimeScale::tickLabels()
{
    TimeScale scale(day(2015, 1, 1), 4018, 1200);
    QCOMPARE(scale.ticks().constFirst().label, QStringLiteral("2015"));
    QCOMPARE(scale.ticks().constFirst().x, 0.0);

    // Zooming in moves from years to quarters to months to weeks to days.
    QList<TimeScale::TickUnit> seen;
    for (int i = 0; i < 40; ++i) {
        if (seen.isEmpty() || seen.constLast() != scale.tickUnit()) {
            seen.append(scale.tickUnit());
        }
        scale.zoomAround(600, 1.3);
    }
    const QList<TimeScale::TickUnit> expected{TimeScale::TickUnit::Year, TimeScale::TickUnit::Quarter,
                                              TimeScale::TickUnit::Month, TimeScale::TickUnit::Week,
                                              TimeScale::TickUnit::Day};
    QCOMPARE(seen, expected);

    scale.setVisibleDates(QDate(2026, 1, 1), QDate(2026, 12, 31));
    const auto months = scale.ticks();
    QCOMPARE(months.size(), 12);
    QCOMPARE(months.at(1).date, QDate(2026, 2, 1));
    QCOMPARE(months.at(1).label, QStringLiteral("Feb"));
    QCOMPARE(scale.contextTicks().size(), 1);
    QCOMPARE(scale.contextTicks().constFirst().label, QStringLiteral("2026"));

    scale.setVisibleDates(QDate(2026, 1, 1), QDate(2026, 3, 31));
    const auto weeks = scale.ticks();
    QCOMPARE(weeks.constFirst().date, QDate(2025, 12, 29)); // the Monday starting the first visible week
    QCOMPARE(weeks.at(1).label, QStringLiteral("5"));
    QCOMPARE(scale.contextLabel(QDate(2026, 2, 1)), QStringLiteral("February 2026"));
}

void TestTimeScale::indexCounts()
{
    QList<TimelineEvent> events{makeEvent(1, QStringLiteral("2025-01")), makeEvent(2, QStringLiteral("2025-01-15")),
                                makeEvent(3, QStringLiteral("2025-02-01")), makeEvent(4, QStringLiteral("2021/2025")),
                                makeEvent(5, QStringLiteral("PAST_REF"))};
    events.append(TimelineEvent::published(6, QDate(2025, 1, 20)));
    TimelineIndex index;
    index.build(events);
    QCOMPARE(index.laneCount(), 1);
    QCOMPARE(index.size(), 6);
    QCOMPARE(index.placedCount(), 5);
    QVERIFY(!index.isPlaced(4));
    QCOMPARE(index.firstDate(), QDate(2021, 1, 1));
    QCOMPARE(index.lastDate(), QDate(2025, 12, 31));

    // 10..20 January: the month, the 15th and the range, plus the publication on the 20th.
    const double from = day(2025, 1, 10);
    const double to = day(2025, 1, 21);
    QCOMPARE(index.countOverlapping(0, TimelineEvent::Mentioned, from, to), 3);
    QCOMPARE(index.countOverlapping(0, TimelineEvent::Published, from, to), 1);
    QCOMPARE(index.overlapping(0, from, to), (std::vector<int>{3, 0, 1, 5}));
    // A span ending on the 31st does not overlap 1 February; one starting on 1 February does.
    QCOMPARE(index.overlapping(0, day(2025, 2, 1), day(2025, 2, 2)), (std::vector<int>{3, 2}));
    QCOMPARE(index.countOverlapping(0, TimelineEvent::Mentioned, day(2026, 1, 1), day(2027, 1, 1)), 0);
    QCOMPARE(index.eventsOfArticle(2), std::vector<int>{1});
    QCOMPARE(index.eventsOfArticle(5), std::vector<int>{}); // unplaceable

    // Column counts agree with direct counts.
    const TimeScale scale(day(2024, 12, 1), 120, 240);
    std::vector<int> columns;
    index.countColumns(0, TimelineEvent::Mentioned, scale, 3, columns);
    QCOMPARE(columns.size(), size_t(80));
    for (size_t c = 0; c < columns.size(); ++c) {
        const double a = scale.dayForX(double(c) * 3);
        const double b = scale.dayForX(double(c + 1) * 3);
        QCOMPARE(qsizetype(columns[c]), index.countOverlapping(0, TimelineEvent::Mentioned, a, b));
    }
}

void TestTimeScale::mass()
{
    // A month counts 1/31 on each of its days, a day 1 on its day, a year 1/365.
    const QList<TimelineEvent> events{makeEvent(1, QStringLiteral("2025-01")), makeEvent(2, QStringLiteral("2025-01-15")),
                                      makeEvent(3, QStringLiteral("2025"))};
    TimelineIndex index;
    index.build(events);
    const TimeScale scale(day(2024, 12, 30), 40, 400); // 10 px per day
    std::vector<double> columns;
    index.massColumns(0, TimelineEvent::Mentioned, scale, 10, columns);
    QCOMPARE(columns.size(), size_t(40));
    QVERIFY(qAbs(columns[0]) < 1e-12); // 30 December 2024
    QVERIFY(qAbs(columns[2] - (1.0 / 31 + 1.0 / 365)) < 1e-12); // 1 January
    QVERIFY(qAbs(columns[16] - (1 + 1.0 / 31 + 1.0 / 365)) < 1e-12); // 15 January
    QVERIFY(qAbs(columns[33] - 1.0 / 365) < 1e-12); // 1 February
    // Half-day bins get half a day's mass.
    index.massColumns(0, TimelineEvent::Mentioned, scale, 5, columns);
    QVERIFY(qAbs(columns[32] - 0.5) < 1e-9 + 0.5 / 31 + 0.5 / 365);
    // The whole range holds all the mass there is.
    index.massColumns(0, TimelineEvent::Mentioned, TimeScale(day(2020, 1, 1), 3653, 1000), 1000, columns);
    QVERIFY(qAbs(columns[0] - 3) < 1e-9);
    index.massColumns(0, TimelineEvent::Published, scale, 10, columns);
    QCOMPARE(std::accumulate(columns.begin(), columns.end(), 0.0), 0.0);
}

void TestTimeScale::binsSwitchToDensity()
{
    // 400 day events in one week cannot be marks in 8 rows at a year's zoom.
    QList<TimelineEvent> events;
    for (int i = 0; i < 400; ++i) {
        events.append(makeEvent(i, QDate(2025, 3, 3).addDays(i % 7).toString(Qt::ISODate)));
    }
    TimelineIndex index;
    index.build(events);
    TimeScale scale(day(2025, 1, 1), 365, 1000);
    TimelineBins bins;
    bins.compute(index, scale, {});
    QCOMPARE(bins.lanes().size(), size_t(1));
    const auto &lane = bins.lanes().front();
    QCOMPARE(lane.mode, TimelineBins::Mode::Density);
    QCOMPARE(lane.visibleCount, 400);
    QCOMPARE(lane.binWidth, 8.0); // 0.4 events per pixel: wider bins
    QCOMPARE(lane.mentioned.size(), size_t(125));
    QVERIFY(lane.peak > 0);
    QVERIFY(lane.marks.empty());

    // Zoomed in to a few hours per event the same week has room: marks again.
    TimelineBins::Options roomy;
    roomy.maxRows = 80;
    scale.setVisibleDates(QDate(2025, 3, 3), QDate(2025, 3, 9));
    bins.compute(index, scale, roomy);
    QCOMPARE(bins.lanes().front().mode, TimelineBins::Mode::Marks);
    QCOMPARE(qsizetype(bins.lanes().front().marks.size()), 400);
    QVERIFY(bins.lanes().front().rowCount <= 80);
    // Marks in one row never overlap.
    auto marks = bins.lanes().front().marks;
    std::sort(marks.begin(), marks.end(), [](const auto &a, const auto &b) {
        return a.row != b.row ? a.row < b.row : a.x0 < b.x0;
    });
    for (size_t i = 1; i < marks.size(); ++i) {
        if (marks[i].row == marks[i - 1].row) {
            QVERIFY(marks[i].x0 >= marks[i - 1].x1);
        }
    }
}

void TestTimeScale::binsEmphasis()
{
    QList<TimelineEvent> events;
    for (int i = 0; i < 5000; ++i) {
        events.append(makeEvent(i % 100, QDate(2020, 1, 1).addDays(i % 2000).toString(Qt::ISODate)));
    }
    events.append(makeEvent(4242, QStringLiteral("2023-05")));
    TimelineIndex index;
    index.build(events);
    const TimeScale scale(day(2020, 1, 1), 2200, 1000);
    TimelineBins::Options options;
    options.emphasizedArticle = 4242;
    TimelineBins bins;
    bins.compute(index, scale, options);
    const auto &lane = bins.lanes().front();
    QCOMPARE(lane.mode, TimelineBins::Mode::Density);
    QCOMPARE(lane.marks.size(), size_t(1));
    QVERIFY(lane.marks.front().emphasized);
    QCOMPARE(lane.marks.front().event, 5000);
    // The month is drawn as a month: 31 days wide.
    QVERIFY(qAbs((lane.marks.front().x1 - lane.marks.front().x0) - 31 * scale.pixelsPerDay()) < 1e-9);
}

void TestTimeScale::lanes()
{
    const QList<TimelineEvent> events{makeEvent(1, QStringLiteral("2025-01"), 0), makeEvent(2, QStringLiteral("2025-02"), 1),
                                      makeEvent(3, QStringLiteral("2025-03"), 1), makeEvent(4, QStringLiteral("2025-04"), 7)};
    TimelineIndex index;
    index.build(events, {QStringLiteral("Zhipu AI"), QStringLiteral("OpenAI")});
    QCOMPARE(index.laneCount(), 2);
    QCOMPARE(index.placedCount(), 3); // lane 7 does not exist
    TimelineBins bins;
    bins.compute(index, TimeScale(day(2025, 1, 1), 365, 730), {});
    QCOMPARE(bins.lanes().size(), size_t(2));
    QCOMPARE(bins.lanes()[0].visibleCount, 1);
    QCOMPARE(bins.lanes()[1].visibleCount, 2);
    QCOMPARE(bins.laneNames().size(), 2);

    // Without lane names everything shares one lane.
    index.build(events);
    QCOMPARE(index.laneCount(), 1);
    QCOMPARE(index.placedCount(), 4);
}

QTEST_GUILESS_MAIN(TestTimeScale)
#include "tst_timescale.moc"
