// bench_extract: words per second per core of Extract::Engine::extract().
//
//   bench_extract [DIR] [--mb N]
//
// Reads the seed corpus (../shared/corpus, or every *.txt under DIR, e.g. a corpus made by
// ../shared/tools/make-corpus.py) and repeats it until at least N MB (default 50) of text have
// been extracted on one thread, each article with its own publication date as the import does.
// Prints words, megabytes, seconds and words/s/core, then the throughput of the near-duplicate
// signatures stage two computes next to extraction.
#include "extract/engine.h"
#include "ingest/nearduplicates.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <ctime>

namespace {

// CPU time of this thread: words/s per core stays meaningful on a machine that is busy with
// other work (wall-clock time is printed too).
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

qint64 countWords(const QString &text)
{
    qint64 words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString dir = QStringLiteral(ANNALIST_SHARED_DIR "/corpus");
    double megabytes = 50;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--mb") && i + 1 < args.size())
            megabytes = args[++i].toDouble();
        else
            dir = args[i];
    }

    QList<QString> texts;
    QDirIterator it(dir, {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
    qint64 bytes = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        bytes += data.size();
        texts.append(QString::fromUtf8(data));
        if (bytes > qint64(megabytes * 1e6))
            break;
    }
    if (texts.isEmpty()) {
        std::fprintf(stderr, "bench_extract: no *.txt under %s\n", qPrintable(dir));
        return 1;
    }
    QList<qint64> words;
    QList<qint64> sizes;
    for (const QString &t : std::as_const(texts)) {
        words.append(countWords(t));
        sizes.append(t.toUtf8().size());
    }

    QElapsedTimer load;
    load.start();
    const Annalist::Extract::Engine engine;
    (void)engine.extract(texts.first(), QDate(2026, 1, 2)); // loads the gazetteers
    const qint64 loadMs = load.elapsed();

    const qint64 target = qint64(megabytes * 1e6);
    qint64 doneBytes = 0;
    qint64 doneWords = 0;
    qint64 entities = 0;
    qint64 dates = 0;
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadCpuSeconds();
    for (qsizetype i = 0; doneBytes < target; i = (i + 1) % texts.size()) {
        const QDate dct = Annalist::Extract::detectPublicationDate(texts[i]).date;
        const auto result = engine.extract(texts[i], dct.isValid() ? dct : QDate(2026, 1, 2));
        entities += result.entities.size();
        dates += result.timex.size();
        doneBytes += sizes[i];
        doneWords += words[i];
    }
    const double cpu = threadCpuSeconds() - cpuStart;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QTextStream out(stdout);
    out << "engine load: " << loadMs << " ms\n"
        << "extracted " << doneWords << " words, " << QString::number(double(doneBytes) / 1e6, 'f', 1) << " MB in "
        << QString::number(seconds, 'f', 2) << " s wall, " << QString::number(cpu, 'f', 2) << " s CPU (" << entities
        << " entities, " << dates << " dates)\n"
        << "words/s/core: " << QString::number(double(doneWords) / cpu, 'f', 0) << " (CPU time; "
        << QString::number(double(doneWords) / seconds, 'f', 0) << " by wall clock)\n"
        << "MB/s/core: " << QString::number(double(doneBytes) / 1e6 / cpu, 'f', 1) << '\n';

    // The near-duplicate signature stage two computes next to extraction, over the same text.
    qint64 signedBytes = 0;
    quint32 checksum = 0;
    const double signStart = threadCpuSeconds();
    for (qsizetype i = 0; signedBytes < target; i = (i + 1) % texts.size()) {
        checksum ^= Annalist::NearDuplicates::signature(texts[i]).full()[0];
        signedBytes += sizes[i];
    }
    const double signCpu = threadCpuSeconds() - signStart;
    out << "near-duplicate signatures: " << QString::number(double(signedBytes) / 1e6 / signCpu, 'f', 1)
        << " MB/s/core (checksum " << Qt::hex << checksum << Qt::dec << ")\n";
    return 0;
}
