// bench_staged_import: the full two-stage import (stage 1: files → listable, searchable
// articles; stage 2: entities, dates and near-duplicate signatures on every core) against the
// FTS5 floor on the same corpus, in one run.
//
//   bench_staged_import CORPUS_DIR [--runs N] [--floor SCRIPT] [--work DIR] [--threads N]
//
// Each run first times ../shared/tools/fts5-floor.py on CORPUS_DIR (its import only, as it
// reports it), then runs ImportRunner and ExtractionRunner in this process on a new database,
// back to back, as `annalist import` does. Prints both stages, their sum, the ratio of the sum
// to the floor (target: at most 2.0) and the CPU seconds of each side (the machine may be busy:
// CPU time shows what the work cost, wall time what the analyst waits).
#include "benchutil.h"
#include "floorrunner.h"

#include "pipeline/extractionrunner.h"
#include "pipeline/importrunner.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>


using namespace Annalist;

using Bench::cpuSeconds;
using Bench::removeDatabase;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QString corpus;
    QString floorScript = QStringLiteral(ANNALIST_SHARED_DIR "/tools/fts5-floor.py");
    QString workDir = QDir::tempPath();
    int runs = 1;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (arg == QLatin1String("--runs") && hasValue)
            runs = std::max(1, args.at(++i).toInt());
        else if (arg == QLatin1String("--floor") && hasValue)
            floorScript = args.at(++i);
        else if (arg == QLatin1String("--work") && hasValue)
            workDir = args.at(++i);
        else if (arg == QLatin1String("--threads") && hasValue)
            QThreadPool::globalInstance()->setMaxThreadCount(std::max(1, args.at(++i).toInt()));
        else if (!arg.startsWith(QLatin1Char('-')) && corpus.isEmpty())
            corpus = arg;
        else {
            err << "usage: bench_staged_import CORPUS_DIR [--runs N] [--floor SCRIPT] [--work DIR] [--threads N]\n";
            return 2;
        }
    }
    if (corpus.isEmpty() || !QFileInfo(corpus).isDir()) {
        err << "bench_staged_import: give the corpus folder, e.g. one made by make-corpus.py /tmp/c100k 100000\n";
        return 2;
    }
    QTemporaryDir work(workDir + QStringLiteral("/bench_staged_import-XXXXXX"));
    if (!work.isValid()) {
        err << "bench_staged_import: cannot create a folder in " << workDir << '\n';
        return 1;
    }
    const QString floorDb = work.filePath(QStringLiteral("floor.db"));
    const QString appDb = work.filePath(QStringLiteral("app.db"));
    // Loaded once per process, like the app does at its first extraction: not part of a run.
    ExtractionRunner::engine();

    out << "corpus " << QDir(corpus).absolutePath() << "\nthreads " << QThreadPool::globalInstance()->maxThreadCount()
        << "\nrun  floor_s  floor_cpu  stage1_s  stage2_s  total_s  cpu1_s  cpu2_s  ratio  cpu_ratio" << Qt::endl;
    QList<double> floorTimes, totals, stage1Times, stage2Times, ratios;
    qint64 articles = 0;
    for (int run = 1; run <= runs; ++run) {
        const Bench::Timing floor = Bench::runFloor(floorScript, corpus, floorDb);
        if (!floor.ok) {
            err << "bench_staged_import: " << floor.error << '\n';
            return 1;
        }
        removeDatabase(appDb);
        const double cpuBefore = cpuSeconds(RUSAGE_SELF);
        QElapsedTimer timer;
        timer.start();
        ImportRunner importer(appDb);
        ImportSummary summary;
        if (!importer.run({corpus}, summary)) {
            err << "bench_staged_import: " << importer.errorString() << '\n';
            return 1;
        }
        const double stage1 = double(timer.nsecsElapsed()) / 1e9;
        const double stage1Cpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
        ExtractionRunner extraction(appDb);
        if (!extraction.run()) {
            err << "bench_staged_import: " << extraction.errorString() << '\n';
            return 1;
        }
        const double total = double(timer.nsecsElapsed()) / 1e9;
        const double appCpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
        const qint64 stored = qint64(summary.imported.size() + summary.duplicates.size());
        if (stored != floor.articles)
            err << "bench_staged_import: stage 1 stored " << stored << " articles, the floor " << floor.articles << '\n';
        if (extraction.extractedCount() != summary.imported.size())
            err << "bench_staged_import: stage 2 extracted " << extraction.extractedCount() << " of "
                << summary.imported.size() << " articles\n";
        removeDatabase(appDb);
        articles = floor.articles;
        floorTimes << floor.wallSeconds;
        stage1Times << stage1;
        stage2Times << total - stage1;
        totals << total;
        ratios << total / floor.wallSeconds;
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9  %10")
                   .arg(run, 3)
                   .arg(floor.wallSeconds, 7, 'f', 1)
                   .arg(floor.cpuSeconds, 9, 'f', 1)
                   .arg(stage1, 8, 'f', 1)
                   .arg(total - stage1, 8, 'f', 1)
                   .arg(total, 7, 'f', 1)
                   .arg(stage1Cpu, 6, 'f', 1)
                   .arg(appCpu - stage1Cpu, 6, 'f', 1)
                   .arg(ratios.last(), 5, 'f', 2)
                   .arg(appCpu / floor.cpuSeconds, 9, 'f', 2)
            << Qt::endl;
    }
    const double floorMedian = Bench::median(floorTimes);
    const double totalMedian = Bench::median(totals);
    out << QStringLiteral("articles %1\nfloor median %2 s\nstage 1 median %3 s, stage 2 median %4 s\n"
                          "two-stage import median %5 s\nratio of medians %6 (target <= 2.00); per-run ratio median "
                          "%7\npeak RSS %8 MB\n")
               .arg(articles)
               .arg(floorMedian, 0, 'f', 1)
               .arg(Bench::median(stage1Times), 0, 'f', 1)
               .arg(Bench::median(stage2Times), 0, 'f', 1)
               .arg(totalMedian, 0, 'f', 1)
               .arg(totalMedian / floorMedian, 0, 'f', 2)
               .arg(Bench::median(ratios), 0, 'f', 2)
               .arg(Bench::peakRssMb(), 0, 'f', 0);
    return 0;
}
