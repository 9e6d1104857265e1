#include "ingest/docximporter.h"
#include "ingest/importer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace Annalist;

namespace {

using Entries = QList<QPair<QByteArray, QByteArray>>;

// A zip archive built with libzip in a temporary file and read back.
QByteArray makeZip(const Entries &entries)
{
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("out.zip")).toLocal8Bit();
    int error = 0;
    zip_t *archive = zip_open(path.constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return QByteArray();
    for (const auto &entry : entries) {
        // libzip reads the buffer at zip_close(); entries outlives the archive.
        zip_source_t *source
            = zip_source_buffer(archive, entry.second.constData(), zip_uint64_t(entry.second.size()), 0);
        zip_file_add(archive, entry.first.constData(), source, ZIP_FL_OVERWRITE);
    }
    zip_close(archive);
    QFile file(QString::fromLocal8Bit(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                     "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

QByteArray documentXml(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document " + W + "><w:body>" + body
        + "</w:body></w:document>";
}

const QByteArray CoreXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                           "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
                           "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                           "xmlns:dcterms=\"http://purl.org/dc/terms/\">"
                           "<dc:title>Quarterly Shipping Review</dc:title><dc:creator>Anna de Vries</dc:creator>"
                           "<dcterms:created>2025-10-01T08:00:00Z</dcterms:created></cp:coreProperties>";

ReadResult readDocx(const QByteArray &bytes)
{
    ImporterRegistry registry;
    return registry.importerFor(QStringLiteral("a.docx"))->read(QStringLiteral("/docs/review.docx"), bytes);
}

} // namespace

class TestDocxImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paragraphsAndMetadata()
    {
        const QByteArray body = documentXml(
            "<w:p><w:pPr><w:pStyle w:val=\"Title\"/><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs>"
            "</w:pPr><w:r><w:t>Styled Title</w:t></w:r></w:p>"
            "<w:p><w:r><w:t xml:space=\"preserve\">Hel</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>lo, </w:t></w:r>"
            "<w:del><w:r><w:delText>deleted </w:delText></w:r></w:del>"
            "<w:r><w:t>world &amp; co.</w:t><w:tab/><w:t>tabbed</w:t><w:br/><w:t>next line</w:t></w:r></w:p>"
            "<w:p/>"
            "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
            "<w:r><w:t>well</w:t><w:noBreakHyphen/><w:t>known</w:t></w:r></w:p>"
            "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>"
            "<w:p><w:r><w:t>Text box</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
            "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Text box</w:t></w:r></w:p></w:txbxContent>"
            "</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell A</w:t></w:r></w:p></w:tc>"
            "<w:tc><w:p><w:r><w:t>Cell B</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");
        const ReadResult result = readDocx(makeZip(
            { { "[Content_Types].xml", "<Types/>" }, { "word/document.xml", body }, { "docProps/core.xml", CoreXml } }));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const ParsedDocument &doc = result.documents.first();
        QCOMPARE(doc.format, QStringLiteral("docx"));
        QCOMPARE(doc.content,
            QStringLiteral("Styled Title\nHello, world & co.\ttabbed\nnext line\nwell-known\nText box\nCell A\nCell B"));
        QCOMPARE(doc.original, doc.content);
        QCOMPARE(doc.title, QStringLiteral("Quarterly Shipping Review"));
        QCOMPARE(doc.author, QStringLiteral("Anna de Vries"));
        QCOMPARE(doc.published, QDate(2025, 10, 1));
        QCOMPARE(doc.publishedSource, DateSource::Metadata);
    }

    void titleStyleAndRelationships()
    {
        // No core.xml; the main part found through _rels/.rels under another name.
        const QByteArray rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                                "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                                "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                                "Target=\"/word/main.xml\"/></Relationships>";
        const QByteArray body = documentXml("<w:p><w:r><w:t>First line of the body</w:t></w:r></w:p>"
                                            "<w:p><w:pPr><w:pStyle w:val=\"title\"/></w:pPr>"
                                            "<w:r><w:t>The Real Title</w:t></w:r></w:p>");
        const ReadResult result = readDocx(makeZip({ { "_rels/.rels", rels }, { "word/main.xml", body } }));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.documents.first().title, QStringLiteral("The Real Title"));
        QCOMPARE(result.documents.first().publishedSource, DateSource::None);
    }

    void zipBombs_data()
    {
        QTest::addColumn<qsizetype>("size");
        // Larger than MaxPartBytes: refused from the declared size, nothing inflated.
        QTest::newRow("80 MB") << qsizetype(80 * 1024 * 1024);
        // Within the limit but 1000:1: refused by the ratio.
        QTest::newRow("20 MB of one byte") << qsizetype(20 * 1024 * 1024);
    }

    void zipBombs()
    {
        QFETCH(qsizetype, size);
        QByteArray bomb = documentXml("<w:p><w:r><w:t>") + QByteArray(size, ' ') + "</w:t></w:r></w:p>";
        const QByteArray zip = makeZip({ { "word/document.xml", bomb } });
        bomb.clear();
        QVERIFY(zip.size() < size / 200);
        QElapsedTimer timer;
        timer.start();
        const ReadResult result = readDocx(zip);
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("zip bomb")), qPrintable(result.error));
    }

    void tooManyEntries()
    {
        Entries entries { { "word/document.xml", documentXml("<w:p><w:r><w:t>x</w:t></w:r></w:p>") } };
        for (int i = 0; i <= 20000; ++i)
            entries.append({ "junk/" + QByteArray::number(i), QByteArray() });
        const ReadResult result = readDocx(makeZip(entries));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("more than 20000 entries")), qPrintable(result.error));
    }

    // "Billion laughs": no DTD is accepted, so no entity is ever expanded.
    void entityExpansion()
    {
        const QByteArray xml = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">"
                               "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                               "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><w:document "
            + W + "><w:body><w:p><w:r><w:t>&d;&d;&d;&d;</w:t></w:r></w:p></w:body></w:document>";
        const ReadResult result = readDocx(makeZip({ { "word/document.xml", xml } }));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("DTD")), qPrintable(result.error));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("0 bytes") << QByteArray() << QStringLiteral("empty file");
        QTest::newRow("OLE (encrypted or .doc)") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 more bytes")
                                                 << QStringLiteral("not a .docx archive: a password-protected "
                                                                   "document or an old Word (.doc) file");
        QTest::newRow("no word part") << makeZip({ { "content.xml", "<x/>" } })
                                      << QStringLiteral("not a Word document (no word/document.xml in the archive)");
        QTest::newRow("damaged XML") << makeZip({ { "word/document.xml", documentXml("<w:p><w:r>").left(150) } })
                                     << QStringLiteral("the document's XML is damaged: Premature end of document.");
        QTest::newRow("no text") << makeZip({ { "word/document.xml", documentXml("<w:p/>") } })
                                 << QStringLiteral("the document has no text");
    }

    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        QCOMPARE(readDocx(bytes).error, error);
    }

    void notAZip()
    {
        const ReadResult result = readDocx("PK but not really a zip archive");
        QVERIFY(result.error.startsWith(QLatin1String("not a valid .docx file: not a zip archive")));
        // A truncated archive: the central directory at the end is gone.
        const QByteArray zip = makeZip({ { "word/document.xml", documentXml("<w:p><w:r><w:t>x</w:t></w:r></w:p>") } });
        QVERIFY(!readDocx(zip.left(zip.size() / 2)).ok());
    }
};

QTEST_GUILESS_MAIN(TestDocxImporter)
#include "tst_docximporter.moc"
