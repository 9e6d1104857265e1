// Timeline repaint cost: 1,000,000 events spread over 2015–2026, binned and painted into a
// 1600×300 QImage at several zoom levels, the way TimelineWidget::paintEvent does it
// (TimelineBins::compute + TimelinePainter::paint). The target is < 16 ms per repaint.
//
//   bench_timeline [events] [iterations]      (defaults: 1000000 200)
//
// The view pans a little between iterations so no two repaints see the same range.

#include "benchutil.h"
#include "timeline/timelinepainter.h"

#include "timeline/timelinebins.h"
#include "timeline/timelineindex.h"
#include "timeline/timescale.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QRandomGenerator>

#include <cstdio>
#include <ctime>

using namespace Annalist;

namespace {

QList<TimelineEvent> makeEvents(qsizetype count, quint32 seed)
{
    QRandomGenerator random(seed);
    const QDate first(2015, 1, 1);
    const int days = int(first.daysTo(QDate(2026, 12, 31)));
    const QString sentence = QStringLiteral("A sentence that mentions the date, shared by every event.");
    QList<TimelineEvent> events;
    events.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const QDate date = first.addDays(random.bounded(days));
        TimelineEvent event;
        event.articleId = i / 4;
        event.sentence = sentence;
        event.kind = i % 4 == 0 ? TimelineEvent::Published : TimelineEvent::Mentioned;
        const int form = int(random.bounded(100));
        if (event.kind == TimelineEvent::Published || form < 65) {
            event.begin = event.end = date;
        } else if (form < 85) {
            event.begin = QDate(date.year(), date.month(), 1);
            event.end = event.begin.addMonths(1).addDays(-1);
        } else if (form < 95) {
            event.begin = QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
            event.end = event.begin.addMonths(3).addDays(-1);
        } else {
            event.begin = QDate(date.year(), 1, 1);
            event.end = QDate(date.year(), 12, 31);
        }
        event.value = event.begin.toString(Qt::ISODate);
        events.append(event);
    }
    return events;
}

// CPU time of this thread: on a shared, busy machine wall time mostly measures the neighbours.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Level
{
    const char *name;
    double days;
};

void run(const char *dataset, const TimelineIndex &index, int iterations, const TimelinePainter::Style &style)
{
    const QRectF rect(0, 0, 1600, 300);
    QImage image(rect.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    const auto layout = TimelinePainter::layout(rect, style, index.laneNames());
    const auto options = TimelinePainter::binOptions(layout, style, 1234);
    const Level levels[] = {{"all 12 years", 4400}, {"1 year", 365}, {"1 quarter", 91}, {"1 month", 31},
                            {"1 week", 7}};
    std::printf("%s: %lld events\n", dataset, qlonglong(index.placedCount()));
    std::printf("  %-14s %9s | %8s %8s | %8s %8s %8s | %7s  %s\n", "zoom", "in view", "cpu mean", "cpu p95",
                "wall mean", "wall p95", "wall max", "bin ms", "mode");
    for (const Level &level : levels) {
        TimeScale scale(TimeScale::dayOf(QDate(2015, 1, 1)), level.days, layout.plot.width());
        QList<double> total;
        QList<double> cpu;
        QList<double> binning;
        TimelineBins bins;
        qsizetype visible = 0;
        for (int i = 0; i < iterations; ++i) {
            // Walk across the whole range so every part of the data gets painted.
            const double span = 4383 - level.days;
            scale.setVisibleRange(TimeScale::dayOf(QDate(2015, 1, 1)) + std::fmod(i * 37.3, std::max(span, 1.0)),
                                  level.days);
            const double cpuStart = threadCpuMs();
            QElapsedTimer timer;
            timer.start();
            bins.compute(index, scale, options);
            const qint64 binned = timer.nsecsElapsed();
            QPainter painter(&image);
            TimelinePainter::paint(painter, rect, scale, bins, style);
            painter.end();
            total.append(double(timer.nsecsElapsed()) / 1e6);
            cpu.append(threadCpuMs() - cpuStart);
            binning.append(double(binned) / 1e6);
            visible += bins.visibleCount();
        }
        double sum = 0;
        for (const double t : std::as_const(total)) {
            sum += t;
        }
        double cpuSum = 0;
        for (const double t : std::as_const(cpu)) {
            cpuSum += t;
        }
        double binSum = 0;
        for (const double t : std::as_const(binning)) {
            binSum += t;
        }
        const bool density = bins.lanes().front().mode == TimelineBins::Mode::Density;
        std::printf("  %-14s %9lld | %8.2f %8.2f | %8.2f %8.2f %8.2f | %7.2f  %s\n", level.name,
                    qlonglong(visible / iterations), cpuSum / double(iterations), Bench::percentile(cpu, 95),
                    sum / double(iterations), Bench::percentile(total, 95), *std::max_element(total.begin(), total.end()),
                    binSum / double(iterations), density ? "histogram" : "marks");
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    const qsizetype count = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    const int iterations = args.size() > 2 ? args.at(2).toInt() : 200;
    const auto style = TimelinePainter::Style::fromPalette(QGuiApplication::palette(), QGuiApplication::font());

    QElapsedTimer timer;
    timer.start();
    const QList<TimelineEvent> events = makeEvents(count, 2026);
    std::printf("generated %lld events in %.0f ms\n", qlonglong(count), double(timer.elapsed()));
    timer.restart();
    TimelineIndex index;
    index.build(events);
    std::printf("index built once per event list in %.0f ms (peak RSS %.0f MB)\n\n", double(timer.elapsed()),
                Bench::peakRssMb());
    run("dense", index, iterations, style);

    // A corpus-sized list, where the marks path (packing and drawing each event) is measured.
    TimelineIndex sparse;
    sparse.build(makeEvents(3000, 7));
    std::printf("\n");
    run("sparse", sparse, iterations, style);
    return 0;
}
