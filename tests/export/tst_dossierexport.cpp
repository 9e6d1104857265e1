#include "dossierfixture.h"

#include "export/dossierdata.h"
#include "export/dossierjob.h"
#include "export/dossierstyle.h"
#include "export/dossierwriter.h"
#include "export/pdfannotator.h"
#include "store/entitystore.h"
#include "syntax/syntaxspans.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAnnotationObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#if ANNALIST_QT_MAJOR == 6
#include <poppler-annotation.h>
#include <poppler-qt6.h>
#else
#include <poppler-annotation.h>
#include <poppler-qt5.h>
#endif

using namespace Annalist;

namespace {

std::unique_ptr<Poppler::Document> openPdf(const QString &path)
{
    return std::unique_ptr<Poppler::Document>(Poppler::Document::load(path));
}

std::unique_ptr<Poppler::Page> pageOf(const Poppler::Document &document, int number)
{
    return std::unique_ptr<Poppler::Page>(document.page(number - 1));
}

QString pageText(const Poppler::Document &document, int number)
{
    const auto page = pageOf(document, number);
    return page ? page->text(QRectF()) : QString();
}

QString simplified(const QString &text)
{
    return text.simplified();
}

struct Word
{
    QString text;
    QRectF box; // points
};

QList<Word> words(const Poppler::Page &page)
{
    QList<Word> result;
#if ANNALIST_QT_MAJOR == 6
    for (const auto &box : page.textList())
        result.append({box->text(), box->boundingBox()});
#else
    const QList<Poppler::TextBox *> boxes = page.textList();
    for (Poppler::TextBox *box : boxes)
        result.append({box->text(), box->boundingBox()});
    qDeleteAll(boxes);
#endif
    return result;
}

QList<Poppler::HighlightAnnotation *> highlights(const Poppler::Page &page, std::vector<std::unique_ptr<Poppler::Annotation>> &owner)
{
    QList<Poppler::HighlightAnnotation *> result;
#if ANNALIST_QT_MAJOR == 6
    owner = page.annotations();
#else
    for (Poppler::Annotation *annotation : page.annotations())
        owner.emplace_back(annotation);
#endif
    for (const auto &annotation : owner) {
        if (annotation->subType() == Poppler::Annotation::AHighlight)
            result.append(static_cast<Poppler::HighlightAnnotation *>(annotation.get()));
    }
    return result;
}

// /NM -> /Subj of every /Highlight annotation, read with qpdf (Poppler's Qt API has no
// subject); an annotation without /Subj maps to "".
QHash<QString, QString> highlightSubjects(const QString &path)
{
    QHash<QString, QString> result;
    QPDF pdf;
    pdf.processFile(QFile::encodeName(path).constData());
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        for (QPDFAnnotationObjectHelper &annotation : page.getAnnotations("/Highlight")) {
            QPDFObjectHandle object = annotation.getObjectHandle();
            QPDFObjectHandle subject = object.getKey("/Subj");
            result.insert(QString::fromStdString(object.getKey("/NM").getUTF8Value()),
                          subject.isString() ? QString::fromStdString(subject.getUTF8Value()) : QString());
        }
    }
    return result;
}

} // namespace

class TestDossierExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void singleArticleWithThreeAnnotations();
    void multiArticleDossier();
    void letterPaperWithoutExtras();
    void syntaxColorsInPrint();
    void scopeErrors();
    void backgroundJobCancels();
    void renderFirstPage();

private:
    QTemporaryDir m_dir;
    QString m_db;
    TestSupport::DossierFixture m_fixture;
    QString m_multiPdf;
};

void TestDossierExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("dossier.db"));
    m_fixture = TestSupport::buildDossierFixture(m_db);
    QVERIFY2(m_fixture.error.isEmpty(), qPrintable(m_fixture.error));
    QCOMPARE(m_fixture.annotations.size(), 3);
}

void TestDossierExport::singleArticleWithThreeAnnotations()
{
    DossierSpec spec;
    spec.articleIds = {m_fixture.articles.constFirst()};
    spec.title = QStringLiteral("Chip controls — briefing");
    spec.author = QStringLiteral("A. Analyst");
    const QString pdf = m_dir.filePath(QStringLiteral("single.pdf"));
    const DossierExportResult result = exportDossier(m_db, spec, pdf);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.annotations, 3);

    const auto document = openPdf(pdf);
    QVERIFY(document);
    const DossierLayout &layout = result.layout;
    QCOMPARE(document->numPages(), layout.pageCount);
    // Cover, contents, the article's pages, index, timeline: the contents' last entry is the
    // timeline, which is the last page.
    QCOMPARE(layout.contents.constLast().page, document->numPages());
    QCOMPARE(layout.articlePages.constFirst(), 3);
    QVERIFY(pageText(*document, layout.articlePages.constFirst()).contains(QStringLiteral("US tightens AI chip export controls")));
    QVERIFY(pageText(*document, 2).contains(QStringLiteral("Contents")));
    QVERIFY(pageText(*document, 2).contains(QStringLiteral("Page 2 of %1").arg(layout.pageCount)));

    // Metadata.
    QCOMPARE(document->info(QStringLiteral("Title")), spec.title);
    QCOMPARE(document->info(QStringLiteral("Author")), spec.author);
    QCOMPARE(document->info(QStringLiteral("Creator")), QStringLiteral("Annalist"));
    QVERIFY(document->info(QStringLiteral("Keywords")).contains(QStringLiteral("policy/export-controls")));

    // The article's text is in the text column, paragraph by paragraph; note markers (small
    // digits after a passage) are taken out of the page text for the comparison.
    const QRectF column = DossierStyle::forPage(spec.pageSize(), 72).text;
    QString all;
    for (int page = layout.articlePages.constFirst(); page < layout.indexPage; ++page)
        all += pageOf(*document, page)->text(column) + QLatin1Char(' ');
    all = simplified(all);
    all.remove(QRegularExpression(QStringLiteral("(?<=[A-Za-z.])[1-3](?=[\\s,.])")));
    all.remove(QRegularExpression(QStringLiteral("(?<=\\s)[1-3]\\s")));
    all.remove(QRegularExpression(QStringLiteral("\\s+(?=[.,])")));
    all.replace(QStringLiteral("- "), QStringLiteral("-")); // "high-" at a line's end, "end" on the next
    const QString text = TestSupport::exportArticleText(0);
    for (const QString &paragraph : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        const QString expected = simplified(paragraph);
        QVERIFY2(all.contains(expected), qPrintable(expected.left(80) + QStringLiteral(" … in … ") + all.left(400)));
    }

    // Exactly three highlight annotations; contents are the notes; the quads cover the quote.
    const QHash<QString, QString> subjects = highlightSubjects(pdf);
    QCOMPARE(subjects.size(), 3);
    QCOMPARE(std::count(subjects.cbegin(), subjects.cend(), QStringLiteral("policy/export-controls")), 1);
    QStringList contents;
    int found = 0;
    for (int number = 1; number <= document->numPages(); ++number) {
        const auto page = pageOf(*document, number);
        std::vector<std::unique_ptr<Poppler::Annotation>> owner;
        const QList<Poppler::HighlightAnnotation *> annotations = highlights(*page, owner);
        const QSizeF size = page->pageSizeF();
        const QList<Word> pageWords = words(*page);
        for (Poppler::HighlightAnnotation *annotation : annotations) {
            ++found;
            contents << annotation->contents();
            QCOMPARE(annotation->author(), QStringLiteral("A. Analyst"));
            const auto layoutHighlight = std::find_if(layout.highlights.begin(), layout.highlights.end(),
                                                      [&](const DossierLayout::Highlight &h) {
                                                          return PdfAnnotator::contents(h) == annotation->contents();
                                                      });
            QVERIFY(layoutHighlight != layout.highlights.end());
            // The tags are the annotation's subject (absent when it has none).
            QVERIFY(subjects.contains(annotation->uniqueName()));
            QCOMPARE(subjects.value(annotation->uniqueName()), layoutHighlight->tags.join(QStringLiteral(", ")));
            // Words whose centre lies in a quad, in reading order, must be the quote's words.
            QStringList covered;
            const QList<Poppler::HighlightAnnotation::Quad> quads = annotation->highlightQuads();
            QVERIFY(!quads.isEmpty());
            for (const Word &word : pageWords) {
                const QPointF centre(word.box.center().x() / size.width(), word.box.center().y() / size.height());
                for (const auto &quad : quads) {
                    const QRectF rect = QRectF(quad.points[0], quad.points[2]).normalized();
                    if (rect.contains(centre)) {
                        covered << word.text;
                        break;
                    }
                }
            }
            QString coveredText = covered.join(QLatin1Char(' '));
            // A note marker directly after the passage is part of its last word's box.
            coveredText.remove(QRegularExpression(QStringLiteral("(?<=\\D)\\d$")));
            QCOMPARE(coveredText, simplified(layoutHighlight->quote));
            if (layoutHighlight->quote.size() > 150)
                QVERIFY2(quads.size() >= 2, "the long passage spans several lines");
        }
    }
    QCOMPARE(found, 3);
    QVERIFY(contents.contains(QStringLiteral("Check against the Federal Register notice.")));
    QVERIFY(contents.contains(m_fixture.chineseNote));
    QVERIFY(contents.contains(QStringLiteral("Effective date — confirm.")));
    // The Chinese note is printed (in the margin) and extractable as text.
    QVERIFY(pageText(*document, layout.articlePages.constFirst()).contains(m_fixture.chineseNote.left(6)));
}

void TestDossierExport::multiArticleDossier()
{
    DossierSpec spec;
    spec.scope = DossierSpec::Scope::Tag;
    spec.tag = QStringLiteral("policy");
    spec.author = QStringLiteral("A. Analyst");
    m_multiPdf = m_dir.filePath(QStringLiteral("multi.pdf"));
    const DossierExportResult result = exportDossier(m_db, spec, m_multiPdf);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.articles, 3);
    const auto document = openPdf(m_multiPdf);
    QVERIFY(document);
    const DossierLayout &layout = result.layout;
    QCOMPARE(document->numPages(), layout.pageCount);

    // The contents page lists every article with the page it starts on, and that page shows
    // the article's title; the articles come in order of publication.
    const QString contents = simplified(pageText(*document, 2));
    const QStringList titles = {QStringLiteral("US tightens AI chip export controls"),
                                QStringLiteral("China condemns chip restrictions"),
                                QStringLiteral("Japan to review export rules")};
    QCOMPARE(layout.articlePages.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(layout.contents.at(i).page, layout.articlePages.at(i));
        QVERIFY2(contents.contains(QStringLiteral("%1. %2 %3").arg(i + 1).arg(titles.at(i)).arg(layout.articlePages.at(i))),
                 qPrintable(contents));
        const QString page = pageText(*document, layout.articlePages.at(i));
        QVERIFY(page.contains(titles.at(i)));
        QVERIFY(page.contains(QStringLiteral("ARTICLE %1 OF 3").arg(i + 1)));
        if (i > 0)
            QVERIFY(!pageText(*document, layout.articlePages.at(i) - 1).contains(QStringLiteral("ARTICLE %1 OF 3").arg(i + 1)));
    }
    QVERIFY(layout.articlePages.at(0) < layout.articlePages.at(1));
    QVERIFY(contents.contains(QStringLiteral("Index of entities %1").arg(layout.indexPage)));
    QVERIFY(contents.contains(QStringLiteral("Timeline %1").arg(layout.timelinePage)));

    // The entity index: each listed page mentions the entity, and the index pages print it.
    QVERIFY(!layout.index.isEmpty());
    QString indexText;
    for (int page = layout.indexPage; page < layout.timelinePage; ++page)
        indexText += pageText(*document, page);
    indexText = simplified(indexText);
    bool checkedHuawei = false;
    QHash<qint64, QStringList> surfaces; // entity -> how the articles write it
    {
        Database db(m_db);
        QVERIFY(db.open());
        EntityStore store(db.connection());
        for (int i = 0; i < 3; ++i) {
            const QString text = TestSupport::exportArticleText(i);
            const auto mentions = store.mentions(m_fixture.articles.at(i));
            QVERIFY(mentions);
            for (const MentionRow &mention : *mentions)
                surfaces[mention.entityId].append(simplified(text.mid(mention.start, mention.length)));
        }
    }
    for (const DossierLayout::IndexEntry &entry : layout.index) {
        QVERIFY2(indexText.contains(entry.name), qPrintable(entry.name));
        QVERIFY(!entry.pages.isEmpty());
        for (int page : entry.pages) {
            QVERIFY(page >= layout.articlePages.constFirst() && page < layout.indexPage);
        }
        if (entry.name == QLatin1String("Huawei")) {
            // Huawei appears in the second article only.
            checkedHuawei = true;
            const int last = layout.articlePages.at(2) - 1;
            for (int page : entry.pages)
                QVERIFY(page >= layout.articlePages.at(1) && page <= last);
            QVERIFY(pageText(*document, entry.pages.constFirst()).contains(QStringLiteral("Huawei")));
        }
        // Every listed page shows the entity as the text names it there (one of its mentions).
        for (int page : entry.pages) {
            const QString text = simplified(pageText(*document, page));
            const QStringList forms = surfaces.value(entry.entityId);
            QVERIFY(!forms.isEmpty());
            const bool shown = std::any_of(forms.begin(), forms.end(),
                                           [&text](const QString &form) { return text.contains(form); });
            QVERIFY2(shown, qPrintable(entry.name + QStringLiteral(" on page ") + QString::number(page)));
        }
    }
    QVERIFY2(checkedHuawei, "the extractor finds Huawei in the second article");

    // The timeline page holds the figure: its heading, lane names and axis labels are text,
    // drawn as vectors (no images on the page).
    const QString timeline = pageText(*document, layout.timelinePage);
    QVERIFY(timeline.contains(QStringLiteral("Timeline")));
    QVERIFY(timeline.contains(QStringLiteral("Chronology")));
    QVERIFY(timeline.contains(QStringLiteral("2025")));
}

// Coloured (clearly non-grey) pixels of the page where the text is found, rendered at 72 dpi.
static int colouredPixels(const QString &pdf, const QString &text)
{
    const auto document = openPdf(pdf);
    for (int number = 1; document && number <= document->numPages(); ++number) {
        if (!simplified(pageText(*document, number)).contains(text))
            continue;
        const QImage image = pageOf(*document, number)->renderToImage(72, 72);
        int coloured = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                coloured += c.saturation() > 80 && c.value() < 200 ? 1 : 0;
            }
        }
        return coloured;
    }
    return -1;
}

void TestDossierExport::syntaxColorsInPrint()
{
    const Syntax::PrintColors colors;
    const QString text = TestSupport::exportArticleText(0);
    const QList<Syntax::Span> spans = colors.spans(QStringLiteral("txt"), text);
    if (!Syntax::PrintColors::available()) {
        QVERIFY(spans.isEmpty());
        QSKIP("This build has no KSyntaxHighlighting: the dossier prints without syntax colours.");
    }
    // The news-text definition colours the quoted speech and the figures; Markdown its markup.
    const qsizetype quote = text.indexOf(QStringLiteral("“We are not"));
    QVERIFY(std::any_of(spans.cbegin(), spans.cend(), [quote](const Syntax::Span &span) {
        return span.start <= quote && quote < span.start + span.length && span.format.hasProperty(QTextFormat::ForegroundBrush);
    }));
    QVERIFY(!colors.spans(QStringLiteral("md"), QStringLiteral("# Heading\n\nSome **bold** text.\n")).isEmpty());

    // Printed: the page with the quote has more coloured ink with syntax colours than without.
    DossierSpec spec;
    spec.articleIds = {m_fixture.articles.constFirst()};
    spec.entityColors = false;
    spec.notes = false;
    spec.entityIndex = false;
    spec.timeline = false;
    const QString plain = m_dir.filePath(QStringLiteral("plain.pdf"));
    QVERIFY(exportDossier(m_db, spec, plain).ok);
    spec.syntaxColors = true;
    const QString coloured = m_dir.filePath(QStringLiteral("syntax.pdf"));
    const DossierExportResult result = exportDossier(m_db, spec, coloured);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QString where = QStringLiteral("strategic competitor");
    const int without = colouredPixels(plain, where);
    const int with = colouredPixels(coloured, where);
    QVERIFY(without >= 0);
    QVERIFY2(with > without + 50, qPrintable(QStringLiteral("%1 vs %2").arg(with).arg(without)));
}

void TestDossierExport::letterPaperWithoutExtras()
{
    DossierSpec spec;
    spec.scope = DossierSpec::Scope::Query;
    spec.query = QStringLiteral("Huawei");
    spec.paper = DossierSpec::Paper::Letter;
    spec.entityIndex = false;
    spec.timeline = false;
    spec.entityColors = false;
    const QString pdf = m_dir.filePath(QStringLiteral("letter.pdf"));
    const DossierExportResult result = exportDossier(m_db, spec, pdf);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.articles, 1);
    const auto document = openPdf(pdf);
    QVERIFY(document);
    const QSizeF size = pageOf(*document, 1)->pageSizeF();
    QCOMPARE(qRound(size.width()), 612);
    QCOMPARE(qRound(size.height()), 792);
    QCOMPARE(result.layout.indexPage, 0);
    QCOMPARE(result.layout.timelinePage, 0);
    QCOMPARE(document->numPages(), result.layout.pageCount);
    QVERIFY(!simplified(pageText(*document, 2)).contains(QStringLiteral("Index of entities")));
}

void TestDossierExport::scopeErrors()
{
    DossierSpec spec;
    spec.scope = DossierSpec::Scope::Tag;
    spec.tag = QStringLiteral("no/such/tag");
    const QString pdf = m_dir.filePath(QStringLiteral("none.pdf"));
    DossierExportResult result = exportDossier(m_db, spec, pdf);
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(QStringLiteral("no/such/tag")));
    QVERIFY(!QFile::exists(pdf));

    spec.scope = DossierSpec::Scope::Query;
    spec.query = QStringLiteral("zzzznothing");
    result = exportDossier(m_db, spec, pdf);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("no article")), qPrintable(result.error));

    spec.query = QStringLiteral("\"unbalanced");
    result = exportDossier(m_db, spec, pdf);
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(!QFile::exists(pdf));
}

void TestDossierExport::backgroundJobCancels()
{
    DossierSpec spec;
    spec.articleIds = m_fixture.articles;
    const QString pdf = m_dir.filePath(QStringLiteral("job.pdf"));
    {
        DossierExportJob job(m_db, spec, pdf);
        QSignalSpy finished(&job, &DossierExportJob::finished);
        QSignalSpy progress(&job, &ThreadedJob::progress);
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().at(3).toString(), QString());
        QVERIFY(finished.constFirst().at(1).toInt() > 3);
        QVERIFY(!progress.isEmpty());
        QVERIFY(QFile::exists(pdf));
    }
    const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    DossierExportJob job(m_db, spec, cancelled);
    QSignalSpy finished(&job, &DossierExportJob::finished);
    // Cancelled as soon as it runs: waiting for a progress signal to cancel on raced a fast
    // export, which could finish before the queued signal arrived.
    job.start();
    job.cancel();
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.constFirst().at(2).toBool());
    QVERIFY(!QFile::exists(cancelled));
}

void TestDossierExport::renderFirstPage()
{
    QVERIFY(!m_multiPdf.isEmpty());
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed");
    QString artifacts = qEnvironmentVariable("ANNALIST_ARTIFACT_DIR");
    if (artifacts.isEmpty())
        artifacts = m_dir.path();
    QVERIFY(QDir().mkpath(artifacts));
    const QString prefix = QDir(artifacts).filePath(QStringLiteral("dossier"));
    for (const QString &old : QDir(artifacts).entryList({QStringLiteral("dossier-*.png")}))
        QFile::remove(QDir(artifacts).filePath(old));
    // Page 1 (cover), the contents, the first article page and the timeline.
    const DossierExportResult layoutOnly = exportDossier(m_db, [] {
        DossierSpec spec;
        spec.scope = DossierSpec::Scope::Tag;
        spec.tag = QStringLiteral("policy");
        spec.author = QStringLiteral("A. Analyst");
        return spec;
    }(), m_multiPdf);
    QVERIFY(layoutOnly.ok);
    QProcess process;
    process.start(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"), m_multiPdf, prefix});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QStringList pngs = QDir(artifacts).entryList({QStringLiteral("dossier-*.png")});
    QCOMPARE(pngs.size(), layoutOnly.layout.pageCount);
    QVERIFY(QFileInfo(QDir(artifacts).filePath(pngs.constFirst())).size() > 1000);
}

QTEST_MAIN(TestDossierExport)
#include "tst_dossierexport.moc"
