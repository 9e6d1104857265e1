#include "ingest/importer.h"
#include "ingest/pdflayout.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <thread>
#include <vector>

using namespace Annalist;

Q_DECLARE_METATYPE(QList<Annalist::PdfPage>)

namespace {

// A PDF drawn with QPdfWriter at 72 dpi, so that painter coordinates are points.
QByteArray drawPdf(const QString &title, const std::function<void(QPainter &, QPdfWriter &)> &paint)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("tst_pdfimporter"));
    QPainter painter(&writer);
    paint(painter, writer);
    painter.end();
    return buffer.data();
}

QFont font(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Serif"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// Lines drawn from baseline y down, 13 pt apart; an empty string is a paragraph gap.
void column(QPainter &painter, qreal x, qreal y, const QStringList &lines)
{
    painter.setFont(font(9));
    for (const QString &line : lines) {
        if (!line.isEmpty())
            painter.drawText(QPointF(x, y), line);
        y += 13;
    }
}

void furniture(QPainter &painter, int page)
{
    painter.setFont(font(8));
    painter.drawText(QPointF(45, 30), QStringLiteral("THE HARBOUR GAZETTE"));
    painter.drawText(QPointF(470, 30), QStringLiteral("Weekly Review"));
    painter.drawText(QPointF(270, 815), QStringLiteral("Page %1 of 2").arg(page));
}

constexpr qreal Left = 45;
constexpr qreal Right = 315;

// Two pages of two columns with aligned baselines and aligned paragraph gaps (where a
// naive cut into horizontal bands interleaves the columns), a headline across both columns,
// a section heading across the page between two pairs of columns, running headers and
// footers, and words hyphenated at line ends.
QByteArray twoColumnPdf()
{
    return drawPdf(QStringLiteral("Rotterdam Port Sets New Cargo Record"), [](QPainter &p, QPdfWriter &writer) {
        furniture(p, 1);
        p.setFont(font(18, true));
        p.drawText(QPointF(Left, 90), QStringLiteral("Rotterdam Port Sets New Cargo Record"));
        column(p, Left, 130,
            { QStringLiteral("The Port of Rotterdam handled a record"),
                QStringLiteral("volume of cargo in the first ten months"),
                QStringLiteral("of the year, its operator said on Monday."), QString(),
                QStringLiteral("Container traffic grew strongly, and the"), QStringLiteral("port plans further devel-"),
                QStringLiteral("opment of its rail links to Germany.") });
        column(p, Right, 130,
            { QStringLiteral("Dry bulk volumes, including coal and"),
                QStringLiteral("iron ore, fell for the third year in a"), QStringLiteral("row, the operator said."),
                QString(), QStringLiteral("The port also released open-"),
                QStringLiteral("source tools for tracking ship emissions"), QStringLiteral("across the harbour.") });
        writer.newPage();
        furniture(p, 2);
        column(p, Left, 100,
            { QStringLiteral("Shipping lines welcomed the figures,"),
                QStringLiteral("saying that the port remains the main"),
                QStringLiteral("gateway for Asian goods into Europe.") });
        column(p, Right, 100,
            { QStringLiteral("Rail operators reported that their"),
                QStringLiteral("share of hinterland transport rose to"),
                QStringLiteral("a new high of fourteen percent.") });
        p.setFont(font(14, true));
        p.drawText(QPointF(Left, 190), QStringLiteral("Analysts Expect Slower Growth Next Year"));
        column(p, Left, 220,
            { QStringLiteral("Economists at ING said that growth"), QStringLiteral("would slow as European industry"),
                QStringLiteral("weakens in the coming months.") });
        column(p, Right, 220,
            { QStringLiteral("They added that energy projects could"),
                QStringLiteral("offset part of the expected decline"), QStringLiteral("in container volumes.") });
    });
}

const QString Page1 = QStringLiteral(
    "Rotterdam Port Sets New Cargo Record\n\n"
    "The Port of Rotterdam handled a record volume of cargo in the first ten months of the year, its operator "
    "said on Monday.\n\n"
    "Container traffic grew strongly, and the port plans further development of its rail links to Germany.\n\n"
    "Dry bulk volumes, including coal and iron ore, fell for the third year in a row, the operator said.\n\n"
    "The port also released open-source tools for tracking ship emissions across the harbour.");
const QString Page2 = QStringLiteral(
    "Shipping lines welcomed the figures, saying that the port remains the main gateway for Asian goods into "
    "Europe.\n\n"
    "Rail operators reported that their share of hinterland transport rose to a new high of fourteen percent.\n\n"
    "Analysts Expect Slower Growth Next Year\n\n"
    "Economists at ING said that growth would slow as European industry weakens in the coming months.\n\n"
    "They added that energy projects could offset part of the expected decline in container volumes.");

// A minimal hand-written PDF (one page, Helvetica) with a correct cross-reference table.
QByteArray handMadePdf(const QByteArray &info, const QByteArray &trailerExtra = QByteArray(),
    const QByteArray &encrypt = QByteArray())
{
    const QByteArray stream = "BT /F1 12 Tf 72 700 Td (Hello from a hand-made PDF.) Tj ET";
    QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        info,
    };
    if (!encrypt.isEmpty())
        objects.append(encrypt);
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Info 6 0 R " + trailerExtra
        + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

ReadResult readPdf(const QByteArray &bytes)
{
    ImporterRegistry registry;
    return registry.importerFor(QStringLiteral("x.pdf"))->read(QStringLiteral("/tmp/report-2026.pdf"), bytes);
}

} // namespace

class TestPdfImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoColumns()
    {
        const ReadResult result = readPdf(twoColumnPdf());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(result.documents.size(), 1);
        const ParsedDocument &doc = result.documents.first();
        QCOMPARE(doc.format, QStringLiteral("pdf"));
        QCOMPARE(doc.content, Page1 + QLatin1String("\n\n") + Page2);
        QCOMPARE(doc.original, doc.content);
        QCOMPARE(doc.pageStarts, (QList<qsizetype> { 0, Page1.size() + 2 }));
        QCOMPARE(doc.title, QStringLiteral("Rotterdam Port Sets New Cargo Record"));
        QCOMPARE(doc.publishedSource, DateSource::Metadata);
        QVERIFY(qAbs(doc.published.daysTo(QDate::currentDate())) <= 1); // QPdfWriter stamps "now"
        for (const char *furniture : { "HARBOUR GAZETTE", "Weekly Review", "Page 1", "Page 2", "of 2" })
            QVERIFY2(!doc.content.contains(QLatin1String(furniture)), furniture);
    }

    void metadata()
    {
        const ReadResult result = readPdf(handMadePdf(
            "<< /Title (Microsoft Word - draft7.docx) /Author (Jane Doe) /CreationDate (D:20240105093000+08'00') >>"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const ParsedDocument &doc = result.documents.first();
        QCOMPARE(doc.content, QStringLiteral("Hello from a hand-made PDF."));
        QCOMPARE(doc.title, QStringLiteral("Hello from a hand-made PDF.")); // the file-name title is ignored
        QCOMPARE(doc.author, QStringLiteral("Jane Doe"));
        QCOMPARE(doc.published, QDate(2024, 1, 5)); // the date as written, whatever the time zone
        QCOMPARE(doc.pageStarts, QList<qsizetype> { 0 });
    }

    void passwordProtected()
    {
        // The standard security handler with a user password: without it nothing decrypts.
        const QByteArray key32 = QByteArray(32, '\x5a').toHex();
        const ReadResult result = readPdf(handMadePdf("<< /Title (Secret) >>",
            "/Encrypt 7 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]",
            "<< /Filter /Standard /V 1 /R 2 /O <" + key32 + "> /U <" + key32 + "> /P -44 >>"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("password")), qPrintable(result.error));
    }

    void imageOnly()
    {
        QImage scan(400, 300, QImage::Format_RGB32);
        scan.fill(Qt::white);
        QPainter ink(&scan);
        ink.fillRect(40, 40, 300, 10, Qt::black);
        ink.end();
        const ReadResult result = readPdf(
            drawPdf(QStringLiteral("Scan"), [&](QPainter &p, QPdfWriter &) { p.drawImage(QPointF(50, 50), scan); }));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("no text layer")), qPrintable(result.error));
    }

    void truncated()
    {
        const QByteArray pdf = twoColumnPdf();
        for (const double fraction : { 0.9, 0.5, 0.1, 0.01 }) {
            QElapsedTimer timer;
            timer.start();
            const ReadResult result = readPdf(pdf.left(qsizetype(pdf.size() * fraction)));
            QVERIFY(timer.elapsed() < 10000);
            // Either refused with a reason, or read with a warning that text may be missing.
            if (result.ok())
                QVERIFY(!result.warnings.isEmpty());
            else
                QVERIFY(!result.error.isEmpty());
        }
    }

    void notPdf_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("0 bytes") << QByteArray() << QStringLiteral("empty file");
        QTest::newRow("text") << QByteArray("just some text\n") << QStringLiteral("not a PDF file (no %PDF header)");
        QTest::newRow("header only") << QByteArray("%PDF-1.7\n")
                                     << QStringLiteral("the PDF is damaged or truncated and cannot be read");
    }

    void notPdf()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        QCOMPARE(readPdf(bytes).error, error);
    }

    void emptyFileThroughRegistry()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("empty.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const ReadResult result = ImporterRegistry().readFile(file.fileName());
        QCOMPARE(result.error, QStringLiteral("empty file"));
    }

    // Importers run on several threads at once.
    void concurrentReads()
    {
        const QByteArray pdf = twoColumnPdf();
        const ImporterRegistry registry;
        const Importer *importer = registry.importerFor(QStringLiteral("a.pdf"));
        std::vector<QString> contents(6);
        std::vector<std::thread> threads;
        for (size_t i = 0; i < contents.size(); ++i) {
            threads.emplace_back([&, i] {
                const ReadResult result = importer->read(QStringLiteral("a.pdf"), pdf);
                contents[i] = result.ok() ? result.documents.first().content : result.error;
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        for (const QString &content : contents)
            QCOMPARE(content, Page1 + QLatin1String("\n\n") + Page2);
    }

    // layOutPdf() on lines placed by hand: the rules one at a time.
    void layout_data()
    {
        QTest::addColumn<QList<PdfPage>>("pages");
        QTest::addColumn<QString>("text");
        auto line = [](const char *text, qreal x, qreal y, qreal width = 200) {
            return PdfLine { QString::fromUtf8(text), QRectF(x, y, width, 11) };
        };
        const QSizeF a4(595, 842);
        QTest::newRow("lone page number dropped, number in the text kept")
            << QList<PdfPage> { { { line("Revenue rose 12 percent.", 50, 100), line("12", 290, 810, 10) }, a4 } }
            << QStringLiteral("Revenue rose 12 percent.");
        QList<PdfPage> four;
        for (int i = 0; i < 4; ++i) {
            four.append(PdfPage { { line("Annual Report 2025", 50, 30), line("Body text.", 50, 100),
                                      line(i == 0 ? "Only on the first page" : "Other", 50, 800) },
                a4 });
        }
        QTest::newRow("header on four pages, footer on three")
            << four << QStringLiteral("Body text.\n\nOnly on the first page\n\nBody text.\n\nBody text.\n\nBody text.");
        QTest::newRow("the document's own words confirm a join")
            << QList<PdfPage> { { { line("Kaltenbrunner said the talks", 50, 100),
                                      line("with Kaltenbrun-", 50, 113), line("ner went well.", 50, 126) },
                   a4 } }
            << QStringLiteral("Kaltenbrunner said the talks with Kaltenbrunner went well.");
        QTest::newRow("capitalised second half keeps the hyphen")
            << QList<PdfPage> { { { line("the Anglo-", 50, 100), line("Saxon tradition", 50, 113) }, a4 } }
            << QStringLiteral("the Anglo-Saxon tradition");
        QTest::newRow("pieces of one line rejoined, columns kept apart")
            << QList<PdfPage> { { { line("left one", 50, 100, 100), line("and more", 155, 100, 100),
                                      line("right column", 300, 100, 100), line("left two", 50, 113, 100),
                                      line("right again", 300, 113, 100) },
                   a4 } }
            << QStringLiteral("left one and more left two\n\nright column right again");
    }

    void layout()
    {
        QFETCH(QList<PdfPage>, pages);
        QFETCH(QString, text);
        QCOMPARE(layOutPdf(pages).text, text);
    }

    void pageNumbers_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("pageNumber");
        QTest::newRow("bare") << QStringLiteral("12") << true;
        QTest::newRow("dashes") << QStringLiteral("- 12 -") << true;
        QTest::newRow("Page N") << QStringLiteral("Page 12") << true;
        QTest::newRow("N of M") << QStringLiteral("12 of 40") << true;
        QTest::newRow("N / M") << QStringLiteral("12 / 40") << true;
        QTest::newRow("roman") << QStringLiteral("xiv") << true;
        QTest::newRow("year in text") << QStringLiteral("In 2025") << false;
        QTest::newRow("sentence") << QStringLiteral("Page one of the report") << false;
    }

    void pageNumbers()
    {
        QFETCH(QString, line);
        QFETCH(bool, pageNumber);
        QCOMPARE(isPageNumberLine(line), pageNumber);
    }
};

QTEST_MAIN(TestPdfImporter)
#include "tst_pdfimporter.moc"
