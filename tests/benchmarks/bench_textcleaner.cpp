// bench_textcleaner: single-thread throughput of the per-article text pieces of the import:
// TextCleaner::clean, ArticleSplitter::split and NearDuplicates::signature.
//
//   bench_textcleaner [DIR] [--mb N]
//
// Reads the seed corpus (../shared/corpus, or every *.txt under DIR, e.g. a corpus made by
// ../shared/tools/make-corpus.py) and runs each stage over the files, one call per file as the
// import does, until at least N MB (default 50) of UTF-8 input have gone through it. Prints
// MB/s per stage (UTF-8 input bytes; CPU time of this thread, wall clock beside it).
#include "ingest/articlesplitter.h"
#include "ingest/nearduplicates.h"
#include "ingest/textcleaner.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Annalist;

namespace {

double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Input
{
    QString text;
    qint64 utf8Bytes;
};

// Runs stage over the inputs round-robin until mb megabytes went through; prints the rate.
void measure(
    const char *name, const QList<Input> &inputs, double mb, const std::function<qint64(const QString &)> &stage)
{
    qint64 bytes = 0, calls = 0, sink = 0;
    const double cpuStart = threadCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    while (double(bytes) < mb * 1e6) {
        for (const Input &in : inputs) {
            sink += stage(in.text);
            bytes += in.utf8Bytes;
            ++calls;
        }
    }
    const double cpu = threadCpuSeconds() - cpuStart;
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    std::printf("%-22s %8.1f MB in %6.2f s CPU (%6.2f s wall): %7.1f MB/s, %9.0f articles/s  [%lld]\n", name,
        double(bytes) / 1e6, cpu, seconds, double(bytes) / 1e6 / cpu, double(calls) / cpu,
        static_cast<long long>(sink % 10));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString dir = QStringLiteral(ANNALIST_SHARED_DIR "/corpus");
    double mb = 50;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--mb") && i + 1 < args.size())
            mb = args[++i].toDouble();
        else
            dir = args[i];
    }
    QList<Input> inputs;
    qint64 total = 0;
    QDirIterator it(dir, { QStringLiteral("*.txt") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext() && inputs.size() < 20000) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = file.readAll();
        inputs.append({ QString::fromUtf8(data), data.size() });
        total += data.size();
    }
    if (inputs.isEmpty()) {
        std::fprintf(stderr, "bench_textcleaner: no *.txt files under %s\n", qPrintable(dir));
        return 1;
    }
    std::printf(
        "%lld files, %.2f MB, from %s\n", static_cast<long long>(inputs.size()), double(total) / 1e6, qPrintable(dir));

    measure("TextCleaner::clean", inputs, mb, [](const QString &t) { return TextCleaner::clean(t).text.size(); });
    measure("ArticleSplitter::split", inputs, mb, [](const QString &t) { return ArticleSplitter::split(t).size(); });
    measure("signature", inputs, mb, [](const QString &t) { return NearDuplicates::signature(t).wordCount(); });
    measure("split+clean+signature", inputs, mb, [](const QString &t) {
        qint64 n = 0;
        for (const ArticleRange &r : ArticleSplitter::split(t)) {
            const CleanText clean = TextCleaner::clean(QStringView(t).mid(r.start, r.end - r.start));
            n += NearDuplicates::signature(clean.text).wordCount();
        }
        return n;
    });

    // The pipeline's use of the index: query, then add, for every article.
    QList<Signature> signatures;
    for (const Input &in : std::as_const(inputs))
        signatures.append(NearDuplicates::signature(in.text));
    NearDuplicateIndex index;
    qint64 flagged = 0;
    const double cpuStart = threadCpuSeconds();
    for (qsizetype i = 0; i < signatures.size(); ++i) {
        flagged += index.matches(signatures[i]).isEmpty() ? 0 : 1;
        index.add(i, signatures[i]);
    }
    const double cpu = threadCpuSeconds() - cpuStart;
    std::printf("index matches+add       %lld articles in %.2f s CPU: %.1f us/article, %lld flagged at 0.8\n",
        static_cast<long long>(signatures.size()), cpu, cpu * 1e6 / double(signatures.size()),
        static_cast<long long>(flagged));
    return 0;
}
