// bench_import: `annalist import` against the FTS5 floor on the same corpus, in one run.
//
//   bench_import CORPUS_DIR [--runs N] [--with-extraction] [--annalist PATH] [--floor SCRIPT]
//                [--work DIR]
//
// Each run imports CORPUS_DIR (e.g. made by ../shared/tools/make-corpus.py /tmp/c100k 100000)
// twice, back to back: first with ../shared/tools/fts5-floor.py (bulk insert into FTS5, one
// transaction, no extraction), then with `annalist import --no-extract` into a new database.
// The floor time is what the script reports for its import (its query loop is excluded); the
// app time is the whole process, start to exit. Prints every run, the medians and their ratio
// (target: at most 1.3). --with-extraction also times the default `annalist import`, which runs
// stage two (entities and dates) after the import; that has no floor and is printed apart.
// CPU seconds are the children's user+system time: meaningful when the machine is busy.
#include "benchutil.h"
#include "floorrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

using Bench::removeDatabase;
using Bench::runFloor;
using Bench::runProcess;
using Bench::Timing;

Timing runApp(const QString &annalist, const QString &corpus, const QString &database, bool extract)
{
    removeDatabase(database);
    QStringList arguments{QStringLiteral("import"), QStringLiteral("--db"), database};
    if (!extract)
        arguments << QStringLiteral("--no-extract");
    arguments << corpus;
    QByteArray output;
    Timing timing = runProcess(annalist, arguments, &output);
    removeDatabase(database);
    if (!timing.ok)
        return timing;
    // "100000 imported, 0 duplicates, 0 failed, 0 skipped (100000 files read)"
    static const QRegularExpression pattern(QStringLiteral("^(\\d+) imported, (\\d+) duplicates"),
                                            QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(output));
    if (!match.hasMatch()) {
        timing.ok = false;
        timing.error = QStringLiteral("unexpected import output: ") + QString::fromUtf8(output.left(2000));
        return timing;
    }
    timing.articles = match.captured(1).toLongLong() + match.captured(2).toLongLong();
    return timing;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QString corpus;
    QString annalist = QStringLiteral(ANNALIST_EXECUTABLE);
    QString floorScript = QStringLiteral(ANNALIST_SHARED_DIR "/tools/fts5-floor.py");
    QString workDir = QDir::tempPath();
    int runs = 1;
    bool withExtraction = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (arg == QLatin1String("--runs") && hasValue)
            runs = std::max(1, args.at(++i).toInt());
        else if (arg == QLatin1String("--annalist") && hasValue)
            annalist = args.at(++i);
        else if (arg == QLatin1String("--floor") && hasValue)
            floorScript = args.at(++i);
        else if (arg == QLatin1String("--work") && hasValue)
            workDir = args.at(++i);
        else if (arg == QLatin1String("--with-extraction"))
            withExtraction = true;
        else if (!arg.startsWith(QLatin1Char('-')) && corpus.isEmpty())
            corpus = arg;
        else {
            err << "usage: bench_import CORPUS_DIR [--runs N] [--with-extraction] [--annalist PATH] "
                   "[--floor SCRIPT] [--work DIR]\n";
            return 2;
        }
    }
    if (corpus.isEmpty() || !QFileInfo(corpus).isDir()) {
        err << "bench_import: give the corpus folder, e.g. one made by make-corpus.py /tmp/c100k 100000\n";
        return 2;
    }
    QTemporaryDir work(workDir + QStringLiteral("/bench_import-XXXXXX"));
    if (!work.isValid()) {
        err << "bench_import: cannot create a folder in " << workDir << '\n';
        return 1;
    }
    const QString floorDb = work.filePath(QStringLiteral("floor.db"));
    const QString appDb = work.filePath(QStringLiteral("app.db"));

    out << "corpus " << QDir(corpus).absolutePath() << "\nannalist " << annalist << "\n";
    out << "run  floor_s  floor_cpu  app_s  app_cpu  ratio" << (withExtraction ? "  full_s  full_cpu" : "") << Qt::endl;
    QList<double> floorTimes, appTimes, fullTimes, ratios;
    qint64 articles = 0;
    for (int run = 1; run <= runs; ++run) {
        const Timing floor = runFloor(floorScript, corpus, floorDb);
        if (!floor.ok) {
            err << "bench_import: " << floor.error << '\n';
            return 1;
        }
        const Timing imported = runApp(annalist, corpus, appDb, false);
        if (!imported.ok) {
            err << "bench_import: " << imported.error << '\n';
            return 1;
        }
        if (imported.articles != floor.articles)
            err << "bench_import: the app stored " << imported.articles << " articles, the floor "
                << floor.articles << '\n';
        Timing full;
        if (withExtraction) {
            full = runApp(annalist, corpus, appDb, true);
            if (!full.ok) {
                err << "bench_import: " << full.error << '\n';
                return 1;
            }
            fullTimes.append(full.wallSeconds);
        }
        articles = floor.articles;
        floorTimes.append(floor.wallSeconds);
        appTimes.append(imported.wallSeconds);
        ratios.append(imported.wallSeconds / floor.wallSeconds);
        out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                   .arg(run, 3)
                   .arg(floor.wallSeconds, 7, 'f', 1)
                   .arg(floor.cpuSeconds, 9, 'f', 1)
                   .arg(imported.wallSeconds, 5, 'f', 1)
                   .arg(imported.cpuSeconds, 7, 'f', 1)
                   .arg(ratios.last(), 5, 'f', 2);
        if (withExtraction)
            out << QStringLiteral("  %1  %2").arg(full.wallSeconds, 6, 'f', 1).arg(full.cpuSeconds, 8, 'f', 1);
        out << Qt::endl;
    }
    const double floorMedian = Bench::median(floorTimes);
    const double appMedian = Bench::median(appTimes);
    out << QStringLiteral("articles %1\nfloor median %2 s\napp median %3 s (import --no-extract)\n"
                          "ratio of medians %4 (target <= 1.30); per-run ratio median %5\n")
               .arg(articles)
               .arg(floorMedian, 0, 'f', 1)
               .arg(appMedian, 0, 'f', 1)
               .arg(appMedian / floorMedian, 0, 'f', 2)
               .arg(Bench::median(ratios), 0, 'f', 2);
    if (withExtraction)
        out << QStringLiteral("full import with extraction median %1 s\n").arg(Bench::median(fullTimes), 0, 'f', 1);
    return 0;
}
