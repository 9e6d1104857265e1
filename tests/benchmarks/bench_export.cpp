// Annotated PDF export of a ~100-page dossier: layout (QTextDocument on QPdfWriter), painting,
// and Poppler adding the /Highlight annotations. Target: under 5 s.
//
//   build/<dir>/benchmarks/bench_export [ARTICLES]
//
// Builds a database of ARTICLES (default 36, about 100 pages) news articles of about three pages each, with
// tags, three annotations per article (two with notes, one in Chinese) and extracted entities
// and dates, then exports all of them three times and reports the median.

#include "../export/dossierfixture.h"
#include "benchutil.h"

#include "export/dossierjob.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace Annalist;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 36;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    QElapsedTimer setup;
    setup.start();
    const TestSupport::DossierFixture fixture = TestSupport::buildDossierFixture(path);
    if (!fixture.error.isEmpty()) {
        std::fprintf(stderr, "fixture: %s\n", qPrintable(fixture.error));
        return 1;
    }
    QList<qint64> ids;
    {
        Database db(path);
        if (!db.open())
            return 1;
        ArticleStore articles(db.connection());
        AnnotationStore annotations(db.connection());
        for (int i = 0; i < count; ++i) {
            ArticleRecord record;
            const int variant = i % 3;
            record.title = QStringLiteral("Dispatch %1: export controls, day %2").arg(i + 1).arg(i / 3 + 1);
            record.source = QStringLiteral("Wire Service");
            record.url = QStringLiteral("https://news.example/dispatch/%1").arg(i + 1);
            record.published = QDate(2025, 6, 1).addDays(i);
            record.publishedSource = QStringLiteral("metadata");
            record.importedAt = QDateTime::currentDateTimeUtc();
            record.filePath = QStringLiteral("/bench/dispatch-%1.txt").arg(i + 1);
            record.format = QStringLiteral("text");
            record.original = TestSupport::exportArticleText(variant) + TestSupport::exportArticleText((variant + 1) % 3)
                + QStringLiteral("Dispatch number %1.\n").arg(i + 1);
            record.content = record.original;
            record.contentHash = ArticleStore::contentHash(record.content);
            const auto inserted = articles.insert(record);
            if (inserted.status != ArticleStore::InsertStatus::Inserted)
                return 1;
            ids.append(inserted.id);
            const QStringList quotes = {QStringLiteral("export"), QStringLiteral("Beijing"), QStringLiteral("October 2023")};
            const QStringList notes = {QStringLiteral("Compare with the previous dispatch."), QStringLiteral("需要核实。"), QString()};
            for (int a = 0; a < quotes.size(); ++a) {
                Annotation annotation;
                annotation.articleId = inserted.id;
                annotation.start = record.original.indexOf(quotes.at(a), a * 400);
                if (annotation.start < 0)
                    continue;
                annotation.length = quotes.at(a).size() + 40;
                annotation.color = highlightColorNames().at(a);
                annotation.note = notes.at(a);
                annotation.author = QStringLiteral("Bench");
                if (!annotations.create(annotation))
                    return 1;
            }
        }
    }
    ExtractionRunner extraction(path);
    if (!extraction.run())
        return 1;
    std::printf("setup: %d articles in %.1f s\n", count, double(setup.elapsed()) / 1000);

    DossierSpec spec;
    spec.articleIds = ids;
    spec.title = QStringLiteral("Benchmark dossier");
    spec.author = QStringLiteral("Bench");
    QList<double> seconds;
    int pages = 0;
    int highlights = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const DossierExportResult result = exportDossier(path, spec, dir.filePath(QStringLiteral("bench.pdf")));
        seconds.append(double(timer.nsecsElapsed()) / 1e9);
        if (!result.ok) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(result.error));
            return 1;
        }
        pages = result.layout.pageCount;
        highlights = int(result.layout.highlights.size());
    }
    std::printf("export: %d pages, %d highlights: median %.2f s (runs %.2f / %.2f / %.2f), peak RSS %.0f MB\n", pages,
                highlights, Bench::median(seconds), seconds.at(0), seconds.at(1), seconds.at(2), Bench::peakRssMb());
    return 0;
}
