#include "ingest/importer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace Annalist;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray utf16WithBom(const QString &text, bool littleEndian)
{
    QByteArray bytes = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (QChar c : text) {
        const char lo = char(c.unicode() & 0xFF), hi = char(c.unicode() >> 8);
        bytes.append(littleEndian ? lo : hi);
        bytes.append(littleEndian ? hi : lo);
    }
    return bytes;
}

const QString SeedDir = QStringLiteral(ANNALIST_SHARED_DIR "/corpus");

} // namespace

class TestImporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void registry()
    {
        QVERIFY(m_registry.importerFor(QStringLiteral("/a/b.txt")));
        QCOMPARE(m_registry.importerFor(QStringLiteral("/a/B.TXT"))->format(), QStringLiteral("txt"));
        QCOMPARE(m_registry.importerFor(QStringLiteral("x.text"))->format(), QStringLiteral("txt"));
        QCOMPARE(m_registry.importerFor(QStringLiteral("x.md"))->format(), QStringLiteral("md"));
        QCOMPARE(m_registry.importerFor(QStringLiteral("x.markdown"))->format(), QStringLiteral("md"));
        QCOMPARE(m_registry.importerFor(QStringLiteral("x.html"))->format(), QStringLiteral("html"));
        QCOMPARE(m_registry.importerFor(QStringLiteral("dir.d/x.htm"))->format(), QStringLiteral("html"));
        QCOMPARE(m_registry.importerFor(QStringLiteral("x.PDF"))->format(), QStringLiteral("pdf"));
        QCOMPARE(m_registry.importerFor(QStringLiteral("x.eml"))->format(), QStringLiteral("eml"));
        QCOMPARE(m_registry.importerFor(QStringLiteral("x.docx"))->format(), QStringLiteral("docx"));
        QVERIFY(!m_registry.importerFor(QStringLiteral("x.doc")));
        QVERIFY(!m_registry.importerFor(QStringLiteral("txt")));
        QVERIFY(!m_registry.importerFor(QStringLiteral("/a/.txt")));
        QVERIFY(!m_registry.importerFor(QStringLiteral("/a.txt/README")));
        const QStringList suffixes = m_registry.suffixes();
        for (const char *s : { "txt", "text", "md", "markdown", "html", "htm", "pdf", "eml", "docx" })
            QVERIFY2(suffixes.contains(QLatin1String(s)), s);
    }

    void dateSourceNames()
    {
        for (DateSource s : { DateSource::None, DateSource::Metadata, DateSource::Text, DateSource::User })
            QCOMPARE(dateSourceFromName(dateSourceName(s)), s);
        QCOMPARE(dateSourceName(DateSource::Metadata), QStringLiteral("metadata"));
        QCOMPARE(dateSourceName(DateSource::Text), QStringLiteral("text"));
        QCOMPARE(dateSourceFromName(QStringLiteral("bogus")), DateSource::None);
    }

    // Expectations written from reading each seed file.
    void seedCorpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        // "INSIGHTS" section label, then the headline, then a byline
        QTest::newRow("000") << QStringLiteral("000_3b67bf4b971ef594.txt")
                             << QStringLiteral("Anthropic's Ban Fails to Curb China's Booming AI Industry");
        // "Spike News" masthead above the headline
        QTest::newRow("001") << QStringLiteral("001_5868bf6f1cea2fa0.txt")
                             << QStringLiteral("Chinas AI Leaps Ahead, Reshaping Global Tech Landscape");
        // a long lead paragraph first, the headline on the next line
        QTest::newRow("002") << QStringLiteral("002_750cc09941e4e104.txt")
                             << QStringLiteral("China Narrows the Cybersecurity Gap with Anthropic Elevating AI "
                                               "Defense Capabilities");
        // "4 Sources" twice and "[1]" above the first bundled article's title
        QTest::newRow("003") << QStringLiteral("003_5fe6dabfaf29de00.txt")
                             << QStringLiteral("Thousands of Companies Are Driving China's AI Boom. A Government "
                                               "Registry Tracks Them All");
        // headline first, then "2 Sources" and "Share"
        QTest::newRow("004") << QStringLiteral("004_14ae249b47b11dee.txt")
                             << QStringLiteral("US Blacklists Chinese AI Startup Zhipu, Deepening Tech Restrictions");
    }

    void seedCorpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        const QString path = SeedDir + QLatin1Char('/') + file;
        const QByteArray bytes = readAll(path);
        QVERIFY2(!bytes.isEmpty(), qPrintable(path));

        const ReadResult result = m_registry.readFile(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.warnings.isEmpty());
        QCOMPARE(result.documents.size(), 1);
        const ParsedDocument &doc = result.documents.first();
        QCOMPARE(doc.title, title);
        QCOMPARE(doc.format, QStringLiteral("txt"));
        QCOMPARE(doc.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(doc.original, QString::fromUtf8(bytes));
        QCOMPARE(doc.content, doc.original);
        QVERIFY(!doc.published.isValid()); // dates in the text are the extraction engine's job
        QCOMPARE(doc.publishedSource, DateSource::None);

        // The same text in the other Unicode encodings reads the same.
        const QString text = doc.original;
        const struct
        {
            const char *name;
            QByteArray bytes;
            const char *encoding;
        } variants[] = {
            { "utf16le.txt", utf16WithBom(text, true), "UTF-16LE" },
            { "utf16be.txt", utf16WithBom(text, false), "UTF-16BE" },
            { "utf8bom.txt", QByteArray("\xEF\xBB\xBF") + bytes, "UTF-8" },
        };
        for (const auto &variant : variants) {
            const QString variantPath = m_dir.filePath(file + QLatin1Char('.') + QLatin1String(variant.name));
            QVERIFY(writeFile(variantPath, variant.bytes));
            const ReadResult r = m_registry.readFile(variantPath);
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.documents.first().original, text);
            QCOMPARE(r.documents.first().title, title);
            QCOMPARE(r.documents.first().encoding, QLatin1String(variant.encoding));
        }
    }

    void latin1File()
    {
        const QString path = m_dir.filePath(QStringLiteral("latin1.txt"));
        QVERIFY(writeFile(path,
            "INSIGHTS\n\nCaf\xE9 Soci\xE9t\xE9 \x93"
            "Expands\x94 in Z\xFCrich\n\nBody \xA3"
            "5.\n"));
        const ReadResult result = m_registry.readFile(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const ParsedDocument &doc = result.documents.first();
        QCOMPARE(doc.title, QStringLiteral("Caf\u00e9 Soci\u00e9t\u00e9 \u201cExpands\u201d in Z\u00fcrich"));
        QCOMPARE(doc.encoding, QStringLiteral("Latin-1"));
        QVERIFY(doc.original.endsWith(QStringLiteral("Body \u00a35.\n")));
        QCOMPARE(result.warnings, QStringList(QStringLiteral("not valid UTF-8, decoded as Latin-1 (Windows-1252)")));
    }

    void markdown_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("author");
        QTest::newRow("h1") << QByteArray("Intro line\n\n# The *Real* Title #\n\n## Section\n")
                            << QStringLiteral("The Real Title") << QDate() << QString();
        QTest::newRow("setext") << QByteArray("The Title\n=========\n\nText\n") << QStringLiteral("The Title")
                                << QDate() << QString();
        QTest::newRow("h1 in code is not a title") << QByteArray("```sh\n# comment\n```\n\nFirst Real Line\n")
                                                   << QStringLiteral("First Real Line") << QDate() << QString();
        QTest::newRow("h2 only") << QByteArray("## Only a Section\n\ntext\n") << QStringLiteral("Only a Section")
                                 << QDate() << QString();
        QTest::newRow("front matter") << QByteArray(
            "---\ntitle: \"From Front Matter\"\ndate: 2026-01-08\nauthor: Jane Doe\ntags:\n  - ai\n---\n"
            "# Heading\n") << QStringLiteral("From Front Matter")
                                      << QDate(2026, 1, 8) << QStringLiteral("Jane Doe");
        QTest::newRow("front matter without title")
            << QByteArray("---\ndate: Jan 8, 2026\n---\n\n# Heading Title\n") << QStringLiteral("Heading Title")
            << QDate(2026, 1, 8) << QString();
        QTest::newRow("rule is not front matter")
            << QByteArray("---\nNot Front Matter\n") << QStringLiteral("Not Front Matter") << QDate() << QString();
    }

    void markdown()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, title);
        QFETCH(QDate, date);
        QFETCH(QString, author);
        const ReadResult result = m_registry.importerFor(QStringLiteral("a.md"))->read(QStringLiteral("a.md"), bytes);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const ParsedDocument &doc = result.documents.first();
        QCOMPARE(doc.title, title);
        QCOMPARE(doc.published, date);
        QCOMPARE(doc.publishedSource, date.isValid() ? DateSource::Metadata : DateSource::None);
        QCOMPARE(doc.author, author);
        QCOMPARE(doc.format, QStringLiteral("md"));
        QCOMPARE(doc.original, QString::fromUtf8(bytes));
        QCOMPARE(doc.content, doc.original);
    }

    void titleFallsBackToFileName()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes-2026.txt"));
        QVERIFY(writeFile(path, "1\n2\n[3]\n"));
        const ReadResult result = m_registry.readFile(path);
        QVERIFY(result.ok());
        QCOMPARE(result.documents.first().title, QStringLiteral("notes-2026"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QStringLiteral("empty.txt") << QByteArray() << QStringLiteral("empty file");
        QTest::newRow("empty html") << QStringLiteral("empty.html") << QByteArray() << QStringLiteral("empty file");
        QTest::newRow("whitespace") << QStringLiteral("blank.md") << QByteArray(" \n\t\r\n")
                                    << QStringLiteral("empty file (only whitespace)");
        QTest::newRow("binary") << QStringLiteral("data.txt") << QByteArray("\x01\x02\x03\0\0\0binary", 12)
                                << QStringLiteral("binary file, not text");
        QTest::newRow("image named .txt") << QStringLiteral("photo.txt") << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF", 10)
                                          << QStringLiteral("binary file, not text (looks like a JPEG image)");
        QTest::newRow("binary html") << QStringLiteral("page.html")
                                     << QByteArray("\0\0\0\x18"
                                                   "ftypmp42",
                                            12)
                                     << QStringLiteral("binary file, not text");
        QTest::newRow("html without text")
            << QStringLiteral("images.html")
            << QByteArray("<html><body><img src=a.png><script>x()</script></body></html>")
            << QStringLiteral("no readable text in the HTML page");
        QTest::newRow("unknown type") << QStringLiteral("paper.odt") << QByteArray("PK\x03\x04")
                                      << QStringLiteral("unknown file type (.odt)");
    }

    void errors()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const QString path = m_dir.filePath(name);
        QVERIFY(writeFile(path, bytes));
        const ReadResult result = m_registry.readFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error, error);
        QVERIFY(result.documents.isEmpty());
    }

    void missingFile()
    {
        const ReadResult result = m_registry.readFile(m_dir.filePath(QStringLiteral("gone.txt")));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(QLatin1String("cannot open the file: ")), qPrintable(result.error));
    }

    void unreadableFile()
    {
        if (::geteuid() == 0)
            QSKIP("running as root: file permissions do not block reading");
        const QString path = m_dir.filePath(QStringLiteral("secret.txt"));
        QVERIFY(writeFile(path, "Secret Title\n"));
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        const ReadResult result = m_registry.readFile(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(!result.ok());
        QCOMPARE(result.error, QStringLiteral("cannot open the file: Permission denied"));
    }

    void tooLarge()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(ImporterRegistry::MaxFileSize + 1)); // sparse: costs no disk space
        file.close();
        const ReadResult result = m_registry.readFile(path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(QLatin1String("file too large")), qPrintable(result.error));
    }

    // Importers are called from a worker pool: the same registry, many threads at once.
    void concurrentReads()
    {
        QStringList paths = QDir(SeedDir).entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
        for (QString &path : paths)
            path = SeedDir + QLatin1Char('/') + path;
        paths << QStringLiteral(ANNALIST_TEST_DATA_DIR "/saved-article.html")
              << QStringLiteral(ANNALIST_TEST_DATA_DIR "/hostile.html");
        QList<ParsedDocument> expected;
        for (const QString &path : paths)
            expected.append(m_registry.readFile(path).documents.value(0));

        std::atomic_int mismatches { 0 };
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&] {
                for (int round = 0; round < 20; ++round) {
                    for (qsizetype i = 0; i < paths.size(); ++i) {
                        const ReadResult result = m_registry.readFile(paths.at(i));
                        const ParsedDocument doc = result.documents.value(0);
                        if (!result.ok() || doc.title != expected.at(i).title || doc.content != expected.at(i).content)
                            ++mismatches;
                    }
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(mismatches.load(), 0);
    }

private:
    ImporterRegistry m_registry;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
