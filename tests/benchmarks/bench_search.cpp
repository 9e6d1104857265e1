// bench_search: first-page search latency through ArticleStore on a big database.
//
//   bench_search DATABASE [--repeat N]
//
// DATABASE is e.g. the 100k-article database made by `annalist import --db DB /tmp/c100k`.
// About twenty ordinary queries of six kinds (common and rare words, phrases, prefixes,
// boolean combinations, no match) each run once to warm up, then N times (default 7) through
// ids(query, 50) — what a ranked list asks first — and search(query, 50) — the ranked hits
// with snippets. Prints p50/p95 in ms per kind and overall (target: first page < 50 ms), and
// the first, cold run of every query apart, and the CPU time of the runs (the wall clock of a
// busy machine says little). Also times ids(query) without a limit, which is
// what the article list loads for a search, so its cost is visible next to the first page.
#include "benchutil.h"

#include "store/articlestore.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QTextStream>

#include <ctime>
#include <functional>

using namespace Annalist;

namespace {

struct Query
{
    const char *kind;
    const char *text;
};

// The 100k benchmark corpus is drawn from five seed articles, so even its rarest words are in
// about 3% of the articles; "rare" here means that, and "common" means most articles.
constexpr Query queries[] = {
    {"word-common", "china"},
    {"word-common", "anthropic"},
    {"word-common", "technology"},
    {"word-rare", "dingkun"},
    {"word-rare", "buzz"},
    {"word-rare", "deepen"},
    {"phrase", "\"export controls\""},
    {"phrase", "\"artificial intelligence\""},
    {"phrase", "\"large language model\""},
    {"phrase", "\"supply chain\""},
    {"prefix", "nano*"},
    {"prefix", "cyber*"},
    {"prefix", "semicond*"},
    {"boolean", "zhipu AND \"export controls\""},
    {"boolean", "deepseek OR anthropic"},
    {"boolean", "china NOT beijing"},
    {"boolean", "(zhipu OR moonshot) AND dingkun"},
    {"boolean", "cancer dose"},
    {"none", "zzyzx"},
    {"none", "quantum AND zzyzx"},
};

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Wall-clock milliseconds of work(); its CPU milliseconds on this thread are added to *cpuMs
// (on a busy machine they tell what the wall clock would be on an idle one).
double timeMs(const std::function<bool()> &work, bool *ok, QList<double> *cpuMs = nullptr)
{
    const double cpuBefore = threadCpuMs();
    QElapsedTimer timer;
    timer.start();
    *ok = work() && *ok;
    const double wall = double(timer.nsecsElapsed()) / 1e6;
    if (cpuMs)
        cpuMs->append(threadCpuMs() - cpuBefore);
    return wall;
}

QString row(const QString &label, const QList<double> &samples)
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(label, -26)
        .arg(Bench::percentile(samples, 50), 9, 'f', 2)
        .arg(Bench::percentile(samples, 95), 9, 'f', 2)
        .arg(samples.size(), 6);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString path;
    int repeat = 7;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--repeat") && i + 1 < args.size())
            repeat = std::max(1, args.at(++i).toInt());
        else if (path.isEmpty() && !args.at(i).startsWith(QLatin1Char('-')))
            path = args.at(i);
        else {
            err << "usage: bench_search DATABASE [--repeat N]\n";
            return 2;
        }
    }
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        err << "bench_search: give an existing database, e.g. one made by annalist import --db DB /tmp/c100k\n";
        return 2;
    }

    Database db(path);
    QElapsedTimer openTimer;
    openTimer.start();
    if (!db.open()) {
        err << "bench_search: " << db.errorString() << '\n';
        return 1;
    }
    const double openMs = double(openTimer.nsecsElapsed()) / 1e6;
    ArticleStore store(db.connection());
    out << "database " << path << ": " << store.count() << " articles, opened in "
        << QString::number(openMs, 'f', 1) << " ms\n\n";

    QMap<QString, QList<double>> idsByKind, searchByKind, searchCpuByKind;
    QList<double> idsAll, searchAll, coldAll, allIds, idsCpuAll, searchCpuAll;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("query"), -34)
               .arg(QStringLiteral("hits"), 6)
               .arg(QStringLiteral("cold"), 8)
               .arg(QStringLiteral("ids50"), 8)
               .arg(QStringLiteral("search50"), 9)
               .arg(QStringLiteral("all-ids"), 9)
               .arg(QStringLiteral("matches"), 8);
    bool ok = true;
    for (const Query &q : queries) {
        const QString text = QString::fromUtf8(q.text);
        const QString kind = QString::fromLatin1(q.kind);
        ArticleQuery query;
        query.search = text;
        int hits = 0;
        // Cold: the first time this query reaches the database (pages may be in the OS cache).
        const double cold = timeMs(
            [&] {
                const auto result = store.search(text, 50);
                hits = result ? int(result->size()) : -1;
                return result.has_value();
            },
            &ok);
        coldAll.append(cold);
        QList<double> idsTimes, searchTimes, idsCpu, searchCpu;
        for (int r = 0; r < repeat; ++r) {
            idsTimes.append(timeMs([&] { return store.ids(query, 50).has_value(); }, &ok, &idsCpu));
            searchTimes.append(timeMs([&] { return store.search(text, 50).has_value(); }, &ok, &searchCpu));
        }
        qsizetype matches = 0;
        const double everything = timeMs(
            [&] {
                const auto ids = store.ids(query);
                matches = ids ? ids->size() : -1;
                return ids.has_value();
            },
            &ok);
        allIds.append(everything);
        if (!ok) {
            err << "bench_search: " << text << ": " << store.errorString() << '\n';
            return 1;
        }
        idsByKind[kind] += idsTimes;
        searchByKind[kind] += searchTimes;
        searchCpuByKind[kind] += searchCpu;
        idsAll += idsTimes;
        searchAll += searchTimes;
        idsCpuAll += idsCpu;
        searchCpuAll += searchCpu;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(text, -34)
                   .arg(hits, 6)
                   .arg(cold, 8, 'f', 2)
                   .arg(Bench::median(idsTimes), 8, 'f', 2)
                   .arg(Bench::median(searchTimes), 9, 'f', 2)
                   .arg(everything, 9, 'f', 1)
                   .arg(matches, 8);
    }

    out << "\nfirst page, ms          " << QStringLiteral("%1 %2 %3\n").arg(QStringLiteral("p50"), 9).arg(QStringLiteral("p95"), 9).arg(QStringLiteral("n"), 6);
    for (auto it = idsByKind.cbegin(); it != idsByKind.cend(); ++it) {
        out << row(QStringLiteral("ids(q,50)    ") + it.key(), it.value()) << '\n';
        out << row(QStringLiteral("search(q,50) ") + it.key(), searchByKind.value(it.key())) << '\n';
    }
    out << row(QStringLiteral("ids(q,50)    overall"), idsAll) << '\n';
    out << row(QStringLiteral("search(q,50) overall"), searchAll) << '\n';
    out << row(QStringLiteral("cold search(q,50)"), coldAll) << '\n';
    out << "\nCPU time of the same runs, ms (what the wall clock shows on an idle machine)\n";
    for (auto it = searchCpuByKind.cbegin(); it != searchCpuByKind.cend(); ++it)
        out << row(QStringLiteral("search(q,50) cpu ") + it.key(), it.value()) << '\n';
    out << row(QStringLiteral("ids(q,50)    cpu overall"), idsCpuAll) << '\n';
    out << row(QStringLiteral("search(q,50) cpu overall"), searchCpuAll) << '\n';
    out << row(QStringLiteral("ids(q) all matches"), allIds) << '\n';
    out << "peak RSS " << QString::number(Bench::peakRssMb(), 'f', 0) << " MB\n";
    return 0;
}
