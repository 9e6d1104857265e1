// bench_list: ArticleListModel on a big database — first rows, sorting, searching, scrolling.
//
//   bench_list DATABASE [--repeat N]
//
// Times, on the GUI thread's event loop as the window runs it:
//   open   setDatabasePath() until the first loaded() signal, plus the first fetchMore();
//   sort   every column in both orders: sort() until loaded() plus the first fetchMore();
//   search a few searches through setQuery(): until loaded() plus the first fetchMore();
//   scroll fetchMore() batch after batch, as a view scrolling down asks for them.
// For open, sort and search, "first page" is when the first rows are in the model (the list
// shows its first batch before every id of the query is known), "loaded" when all ids are.
// Each figure is the median of N runs (default 5); p95 is printed where it differs. Also
// prints the peak resident memory (VmHWM) of the process.
#include "benchutil.h"

#include "itemmodels/articlelistmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

#include <functional>

using namespace Annalist;

namespace {

// Runs the event loop until the model reports a finished query (or fails); false on timeout.
bool waitForLoaded(ArticleListModel &model, const std::function<void()> &start, QString *error)
{
    QEventLoop loop;
    bool done = false;
    const auto loaded = QObject::connect(&model, &ArticleListModel::loaded, &loop, [&] {
        done = true;
        loop.quit();
    });
    const auto failed = QObject::connect(&model, &ArticleListModel::queryFailed, &loop, [&](const QString &message) {
        *error = message;
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    start();
    if (!done && error->isEmpty())
        loop.exec();
    QObject::disconnect(loaded);
    QObject::disconnect(failed);
    return done;
}

struct Sample
{
    double firstPageMs = 0; // the first rows in the model, while the rest may still load
    double loadedMs = 0;
    double firstRowsMs = 0; // loaded + the first fetchMore()
};

QString line(const QString &label, const QList<Sample> &samples)
{
    QList<double> page, loaded, rows;
    for (const Sample &s : samples) {
        page.append(s.firstPageMs);
        loaded.append(s.loadedMs);
        rows.append(s.firstRowsMs);
    }
    return QStringLiteral("%1 first page p50 %6 ms p95 %7 ms | loaded p50 %2 ms p95 %3 ms | +first rows p50 %4 ms "
                          "p95 %5 ms")
        .arg(label, -28)
        .arg(Bench::percentile(loaded, 50), 8, 'f', 1)
        .arg(Bench::percentile(loaded, 95), 8, 'f', 1)
        .arg(Bench::percentile(rows, 50), 8, 'f', 1)
        .arg(Bench::percentile(rows, 95), 8, 'f', 1)
        .arg(Bench::percentile(page, 50), 8, 'f', 1)
        .arg(Bench::percentile(page, 95), 8, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString path;
    int repeat = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--repeat") && i + 1 < args.size())
            repeat = std::max(1, args.at(++i).toInt());
        else if (path.isEmpty() && !args.at(i).startsWith(QLatin1Char('-')))
            path = args.at(i);
        else {
            err << "usage: bench_list DATABASE [--repeat N]\n";
            return 2;
        }
    }
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        err << "bench_list: give an existing database, e.g. one made by annalist import --db DB /tmp/c100k\n";
        return 2;
    }

    QString error;
    int total = 0;
    // Measures one query: start() until the first rows are in the model (the first page, as a
    // view takes it on the reset), until loaded(), then the first batch of rows after that.
    auto measure = [&](ArticleListModel &model, const std::function<void()> &start, Sample *sample) {
        QElapsedTimer timer;
        timer.start();
        sample->firstPageMs = -1;
        const auto reset = QObject::connect(&model, &QAbstractItemModel::modelReset, &model, [&] {
            if (sample->firstPageMs >= 0)
                return;
            if (model.canFetchMore({}))
                model.fetchMore({});
            sample->firstPageMs = double(timer.nsecsElapsed()) / 1e6;
        });
        const bool ok = waitForLoaded(model, start, &error);
        QObject::disconnect(reset);
        if (!ok)
            return false;
        if (sample->firstPageMs < 0) // no reset: the query kept the rows it had
            sample->firstPageMs = double(timer.nsecsElapsed()) / 1e6;
        sample->loadedMs = double(timer.nsecsElapsed()) / 1e6;
        if (model.canFetchMore({}))
            model.fetchMore({});
        sample->firstRowsMs = double(timer.nsecsElapsed()) / 1e6;
        total = model.totalCount();
        return model.rowCount() > 0 || total == 0;
    };

    QList<Sample> opens;
    for (int r = 0; r < repeat; ++r) {
        ArticleListModel model;
        Sample sample;
        if (!measure(model, [&] {
                if (!model.setDatabasePath(path))
                    error = model.errorString();
            }, &sample)) {
            err << "bench_list: " << error << '\n';
            return 1;
        }
        opens.append(sample);
    }
    out << "database " << path << ": " << total << " articles\n";
    out << line(QStringLiteral("open (default sort)"), opens) << '\n';

    ArticleListModel model;
    Sample ignored;
    if (!measure(model, [&] { model.setDatabasePath(path); }, &ignored)) {
        err << "bench_list: " << error << '\n';
        return 1;
    }
    // Changes the query and waits for it; nothing to wait for when it is already in force.
    auto switchTo = [&](const ArticleQuery &query) {
        if (query == model.query())
            return;
        waitForLoaded(model, [&] { model.setQuery(query); }, &error);
    };
    auto sorted = [&](int column, Qt::SortOrder order) {
        ArticleQuery query = model.query();
        query.sort = ArticleListModel::sortForColumn(column);
        query.order = order;
        return query;
    };

    QList<Sample> allSorts;
    for (int column = 0; column < ArticleListModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QList<Sample> samples;
            for (int r = 0; r < repeat; ++r) {
                // Alternate with another sort so that every run really re-queries.
                switchTo(sorted((column + 1) % ArticleListModel::ColumnCount, order));
                Sample sample;
                if (!measure(model, [&] { model.sort(column, order); }, &sample)) {
                    err << "bench_list: sort " << column << ": " << error << '\n';
                    return 1;
                }
                samples.append(sample);
            }
            allSorts += samples;
            const QString label = QStringLiteral("sort %1 %2")
                                      .arg(model.headerData(column, Qt::Horizontal).toString(),
                                           order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc"));
            out << line(label, samples) << '\n';
        }
    }
    out << line(QStringLiteral("sort, all columns"), allSorts) << '\n';

    switchTo(sorted(ArticleListModel::ImportedColumn, Qt::DescendingOrder));
    for (const char *text : {"china", "\"export controls\"", "dingkun", "nano*", "zzyzx"}) {
        QList<Sample> samples;
        for (int r = 0; r < repeat; ++r) {
            ArticleQuery query = model.query();
            query.search = QString();
            switchTo(query);
            query.search = QString::fromUtf8(text);
            Sample sample;
            if (!measure(model, [&] { model.setQuery(query); }, &sample)) {
                err << "bench_list: search " << text << ": " << error << '\n';
                return 1;
            }
            samples.append(sample);
        }
        out << line(QStringLiteral("search %1 (%2)").arg(QString::fromUtf8(text)).arg(total), samples) << '\n';
    }

    // Scrolling to the end: every batch the view would ask for.
    ArticleQuery everything = model.query();
    everything.search.clear();
    switchTo(everything);
    QList<double> batches;
    QElapsedTimer all;
    all.start();
    while (model.canFetchMore({})) {
        QElapsedTimer timer;
        timer.start();
        model.fetchMore({});
        batches.append(double(timer.nsecsElapsed()) / 1e6);
    }
    out << QStringLiteral("scroll to the end: %1 batches of rows, %2 ms in all; per batch p50 %3 ms p95 %4 ms max %5 ms\n")
               .arg(batches.size())
               .arg(double(all.nsecsElapsed()) / 1e6, 0, 'f', 0)
               .arg(Bench::percentile(batches, 50), 0, 'f', 2)
               .arg(Bench::percentile(batches, 95), 0, 'f', 2)
               .arg(Bench::percentile(batches, 100), 0, 'f', 2);
    out << "rows materialised " << model.rowCount() << ", RSS now " << QString::number(Bench::currentRssMb(), 'f', 0)
        << " MB, peak " << QString::number(Bench::peakRssMb(), 'f', 0) << " MB\n";
    return 0;
}
