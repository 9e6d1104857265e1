#pragma once

// The FTS5 floor (../shared/tools/fts5-floor.py) and other programs run from a benchmark, timed
// by wall clock and by the CPU time the child used. Shared by bench_import and
// bench_staged_import, which both put Annalist's import next to the floor in one run.

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <sys/resource.h>

namespace Bench {

struct Timing
{
    bool ok = false;
    double wallSeconds = 0; // what the run reports as its time
    double cpuSeconds = 0;
    qint64 articles = -1;
    QString error;
};

// User + system seconds of this process (RUSAGE_SELF) or its finished children (RUSAGE_CHILDREN).
inline double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    const auto seconds = [](const timeval &tv) { return double(tv.tv_sec) + double(tv.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// A SQLite database with its WAL and shared-memory files.
inline void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// Runs a program to completion; wall time from start to exit.
inline Timing runProcess(const QString &program, const QStringList &arguments, QByteArray *output)
{
    Timing timing;
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        timing.error = program + QStringLiteral(": ") + process.errorString();
        return timing;
    }
    process.waitForFinished(-1);
    timing.wallSeconds = double(timer.nsecsElapsed()) / 1e9;
    timing.cpuSeconds = cpuSeconds(RUSAGE_CHILDREN) - cpuBefore;
    *output = process.readAllStandardOutput();
    const QByteArray errors = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        timing.error = QStringLiteral("%1 exited with %2: %3")
                           .arg(QFileInfo(program).fileName())
                           .arg(process.exitCode())
                           .arg(QString::fromLocal8Bit(errors.left(2000)));
        return timing;
    }
    timing.ok = true;
    return timing;
}

// The floor on corpus into database (removed before and after). Its wall time is the import
// time the script reports (its query loop excluded); its CPU time is the whole script's.
inline Timing runFloor(const QString &script, const QString &corpus, const QString &database)
{
    removeDatabase(database);
    QByteArray output;
    Timing timing = runProcess(QStringLiteral("python3"), {script, corpus, database}, &output);
    removeDatabase(database);
    if (!timing.ok)
        return timing;
    // "articles=100000 import_s=34.1 per_s=2932 query_ms=..."
    static const QRegularExpression pattern(QStringLiteral("articles=(\\d+) import_s=([0-9.]+)"));
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(output));
    if (!match.hasMatch()) {
        timing.ok = false;
        timing.error = QStringLiteral("unexpected floor output: ") + QString::fromUtf8(output);
        return timing;
    }
    timing.articles = match.captured(1).toLongLong();
    timing.wallSeconds = match.captured(2).toDouble();
    return timing;
}

} // namespace Bench
