// bench_startup: how soon the main window is usable on a big database, and how it scrolls.
//
//   bench_startup DATABASE [--scroll-steps N]
//
// Does what `annalist --db DATABASE` does at start (the same MainWindow from annalist_app),
// under QT_QPA_PLATFORM=offscreen unless another platform is set, and prints:
//   - milliseconds from process start (from /proc/self/stat) and from main() to: the window
//     constructed, the database opened, the window shown, the first rows in the list, the
//     first article shown in the reader;
//   - the longest the event loop was blocked between show and one second after the first rows;
//   - scrolling: the view scrolled to its end N times (default 100; each asks the model for the
//     next batch), the time each step blocks the GUI thread (p50/p95/max; wall and CPU);
//   - the peak resident memory (VmHWM).
// Window settings are kept under a separate application name so the user's are not touched.
// Articles not extracted yet make the window start stage two in the background, as it would.
#include "benchutil.h"
#include "mainwindow.h"

#include "itemmodels/articlelistmodel.h"
#include "articlelistpane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScrollBar>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <ctime>
#include <unistd.h>

using namespace Annalist;

namespace {

// Milliseconds this process has been running, from the kernel's start time; -1 if unknown.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22 (starttime, in clock ticks since boot) counted after the ")" that ends field 2.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startSeconds = fields.at(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return (upSeconds - startSeconds) * 1000.0;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    const double processMsAtMain = msSinceProcessStart();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Annalist"));
    QCoreApplication::setApplicationName(QStringLiteral("AnnalistBenchmark"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QString path;
    int scrollSteps = 100;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--scroll-steps") && i + 1 < args.size())
            scrollSteps = std::max(0, args.at(++i).toInt());
        else if (path.isEmpty() && !args.at(i).startsWith(QLatin1Char('-')))
            path = args.at(i);
        else {
            err << "usage: bench_startup DATABASE [--scroll-steps N]\n";
            return 2;
        }
    }
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        err << "bench_startup: give an existing database, e.g. one made by annalist import --db DB /tmp/c100k\n";
        return 2;
    }

    struct Mark
    {
        const char *what;
        double ms;
    };
    QList<Mark> marks;
    auto mark = [&](const char *what) { marks.append({what, double(sinceMain.nsecsElapsed()) / 1e6}); };
    mark("QApplication");

    MainWindow window;
    mark("window constructed");
    if (!window.openDatabase(path)) {
        err << "bench_startup: cannot open " << path << '\n';
        return 1;
    }
    mark("database opened");
    auto *model = window.findChild<ArticleListModel *>();
    QTreeView *view = window.articleList()->view();
    if (!model || !view) {
        err << "bench_startup: the window has no article list\n";
        return 1;
    }
    window.show();
    mark("window shown");

    // The event loop's longest stall: a 5 ms timer notes how late it fires.
    QElapsedTimer tick;
    double longestStallMs = 0;
    bool watching = true;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&] {
        if (watching)
            longestStallMs = std::max(longestStallMs, double(tick.nsecsElapsed()) / 1e6 - 5.0);
        tick.restart();
    });
    tick.start();
    heartbeat.start();

    bool haveRows = false;
    bool haveArticle = false;
    auto checkRows = [&] {
        if (!haveRows && model->rowCount() > 0) {
            haveRows = true;
            mark("first rows in the list");
            // Keep watching the event loop for another second, then stop.
            QTimer::singleShot(1000, &app, [&] {
                watching = false;
                app.quit();
            });
        }
    };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, &app, checkRows);
    QObject::connect(&window, &MainWindow::articleShown, &app, [&] {
        if (!haveArticle) {
            haveArticle = true;
            mark("first article in the reader");
        }
    });
    QTimer::singleShot(0, &app, checkRows);
    QTimer::singleShot(60000, &app, [&] {
        err << "bench_startup: no rows after 60 s\n";
        app.exit(1);
    });
    if (app.exec() != 0)
        return 1;
    heartbeat.stop();

    out << "database " << path << ", " << model->totalCount() << " articles in the list\n";
    out << QStringLiteral("process start to main(): %1 ms\n").arg(processMsAtMain, 0, 'f', 0);
    for (const Mark &m : std::as_const(marks))
        out << QStringLiteral("%1 %2 ms after main(), %3 ms after process start\n")
                   .arg(QString::fromLatin1(m.what), -30)
                   .arg(m.ms, 8, 'f', 1)
                   .arg(m.ms + processMsAtMain, 8, 'f', 1);
    out << QStringLiteral("longest event-loop stall from show to 1 s after the first rows: %1 ms\n")
               .arg(longestStallMs, 0, 'f', 1);
    out << "peak RSS after start " << QString::number(Bench::peakRssMb(), 'f', 0) << " MB\n";

    // Scrolling: each step moves to the end of what is loaded, so the view fetches a batch.
    QList<double> steps, stepsCpu;
    for (int i = 0; i < scrollSteps && model->canFetchMore({}); ++i) {
        const double cpuBefore = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        view->scrollToBottom();
        QCoreApplication::processEvents();
        view->viewport()->repaint();
        steps.append(double(timer.nsecsElapsed()) / 1e6);
        stepsCpu.append(threadCpuMs() - cpuBefore);
    }
    if (!steps.isEmpty())
        out << QStringLiteral("scroll: %1 steps to row %2 of %3; per step p50 %4 ms p95 %5 ms max %6 ms\n")
                   .arg(steps.size())
                   .arg(model->rowCount())
                   .arg(model->totalCount())
                   .arg(Bench::percentile(steps, 50), 0, 'f', 2)
                   .arg(Bench::percentile(steps, 95), 0, 'f', 2)
                   .arg(Bench::percentile(steps, 100), 0, 'f', 2)
            << QStringLiteral("scroll, GUI thread CPU per step: p50 %1 ms p95 %2 ms max %3 ms\n")
                   .arg(Bench::percentile(stepsCpu, 50), 0, 'f', 2)
                   .arg(Bench::percentile(stepsCpu, 95), 0, 'f', 2)
                   .arg(Bench::percentile(stepsCpu, 100), 0, 'f', 2);
    out << "background extraction running at exit: " << (window.isExtracting() ? "yes" : "no") << '\n';
    out << "peak RSS " << QString::number(Bench::peakRssMb(), 'f', 0) << " MB\n";
    return 0;
}
