#include "ingest/importer.h"

#include <QFile>
#include <QTest>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Annalist;

namespace {

// A TCP port on the loopback interface that notices any connection attempt: the proof that
// an import fetched nothing.
class Tripwire
{
public:
    Tripwire()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), length) != 0 || ::listen(m_fd, 16) != 0
            || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
    }
    ~Tripwire()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Tripwire(const Tripwire &) = delete;
    Tripwire &operator=(const Tripwire &) = delete;

    int port() const { return m_port; }
    bool touched() const
    {
        pollfd p { m_fd, POLLIN, 0 };
        return ::poll(&p, 1, 200) > 0; // a pending connection makes the socket readable
    }

private:
    int m_fd = -1;
    int m_port = 0;
};

ParsedDocument readHtml(const QByteArray &html, ReadResult *resultOut = nullptr)
{
    ImporterRegistry registry;
    const ReadResult result
        = registry.importerFor(QStringLiteral("page.html"))->read(QStringLiteral("page.html"), html);
    if (resultOut)
        *resultOut = result;
    return result.ok() ? result.documents.first() : ParsedDocument();
}

} // namespace

class TestHtmlImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedArticle()
    {
        QFile file(QStringLiteral(ANNALIST_TEST_DATA_DIR "/saved-article.html"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ImporterRegistry registry;
        const ReadResult result = registry.readFile(file.fileName());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.warnings.isEmpty());
        const ParsedDocument &doc = result.documents.first();

        QCOMPARE(doc.format, QStringLiteral("html"));
        QCOMPARE(doc.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(doc.original, QString::fromUtf8(bytes));
        QCOMPARE(doc.title, QStringLiteral("Zhipu Added to US Entity List")); // JSON-LD headline
        QCOMPARE(doc.published, QDate(2026, 1, 16)); // JSON-LD beats <meta name=date> and <time>
        QCOMPARE(doc.publishedSource, DateSource::Metadata);
        QCOMPARE(doc.author, QStringLiteral("Jane Doe, Li Wei"));
        QCOMPARE(doc.source, QStringLiteral("Example Tech Wire"));
        QCOMPARE(doc.url, QStringLiteral("https://wire.example.com/2026/01/zhipu-entity-list"));

        // Main content only: the <nav> above and the <footer> below the article are dropped.
        const QString expected = QStringLiteral(
            "Zhipu Added to US Entity List\n\n"
            "By Jane Doe and Li Wei \u00b7 Jan 17, 2026\n\n"
            "The United States Department of Commerce added Zhipu, a Chinese AI startup, to its entity list on "
            "Wednesday.\n\n"
            "The company said the move \u201clacked factual basis\u201d & would appeal.\n\n"
            "What it means\n\n"
            "Export licences are now required.\nPartners must review contracts.\n\n"
            "Year Listings\n2025 12\n\n"
            "  indented\n    code\n\n"
            "Line one\nline two");
        QCOMPARE(doc.content, expected);
    }

    // A news page with the usual furniture: only the article reaches the text.
    void mainContent()
    {
        ImporterRegistry registry;
        const ReadResult result = registry.readFile(QStringLiteral(ANNALIST_TEST_DATA_DIR "/news-page.html"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const ParsedDocument &doc = result.documents.first();
        QCOMPARE(doc.title, QStringLiteral("Port of Rotterdam Sets Cargo Record"));
        QCOMPARE(doc.published, QDate(2025, 11, 3)); // JSON-LD, the second object of the array
        QCOMPARE(doc.publishedSource, DateSource::Metadata);
        QCOMPARE(doc.author, QStringLiteral("Anna de Vries")); // rel="author"
        QVERIFY(doc.original.contains(QLatin1String("cookie-banner"))); // the source, untouched
        const QString expected = QStringLiteral(
            "Port of Rotterdam Sets Cargo Record\n\n"
            "The Port of Rotterdam handled 470 million tonnes of cargo in the first ten months of the year, a record "
            "for Europe's largest port, its operator said on Monday.\n\n"
            "Container volumes rose by six percent, driven by transshipment from Asia, while dry bulk, including coal "
            "and iron ore, fell for the third year in a row.\n\n"
            "Cranes at the Maasvlakte terminal.\n\n"
            "Chief executive Boudewijn Siemons said the port would invest in shore power, hydrogen imports and a new "
            "rail link to Germany, pending approval by the city council.\n\n"
            "Analysts at ING expect growth to slow next year as European industry weakens, but said the port's "
            "energy transition projects could offset part of the decline.");
        QCOMPARE(doc.content, expected);
        for (const char *boilerplate : { "cookies", "Accept", "Markets", "Ports", "Share on", "briefing", "Comments",
                 "emissions", "Most read", "Antwerp", "Related", "\u00a9", "Terms" })
            QVERIFY2(!doc.content.contains(QString::fromUtf8(boilerplate)), boilerplate);
    }

    void byline_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("author");
        QTest::newRow("byline class") << QByteArray(
            "<article><p class='byline'>By Jane Doe and Li Wei \xC2\xB7 Jan 17, 2026</p><p>Text</p></article>")
                                      << QStringLiteral("Jane Doe, Li Wei");
        QTest::newRow("itemprop author") << QByteArray("<p>Text <span itemprop='author'>Wang Fang</span></p>")
                                         << QStringLiteral("Wang Fang");
        QTest::newRow("rel author beats byline")
            << QByteArray("<p class='byline'>By Someone Else</p><a rel='author' href='/x'>Li Wei</a>")
            << QStringLiteral("Li Wei");
        QTest::newRow("meta beats all") << QByteArray(
            "<meta name='author' content='Meta Name'><p class='byline'>By Other</p>") << QStringLiteral("Meta Name");
        QTest::newRow("byline with a date is not a name")
            << QByteArray("<p class='byline'>Updated 2026-01-02 10:00</p>") << QString();
    }

    void byline()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, author);
        QCOMPARE(readHtml(html).author, author);
    }

    // Nothing runs, nothing is fetched, and none of the invisible parts reach the text.
    void hostilePage()
    {
        Tripwire tripwire;
        QVERIFY(tripwire.port() > 0);
        const QByteArray host = "http://127.0.0.1:" + QByteArray::number(tripwire.port());
        QFile fixture(QStringLiteral(ANNALIST_TEST_DATA_DIR "/hostile.html"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QByteArray html = fixture.readAll();
        html.replace("HOST", host);

        ReadResult result;
        const ParsedDocument doc = readHtml(html, &result);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY2(!tripwire.touched(), "the import connected to a remote resource");
        QCOMPARE(doc.title, QStringLiteral("Hostile Page"));
        QCOMPARE(doc.original, QString::fromUtf8(html));
        QCOMPARE(
            doc.content, QStringLiteral("Visible Heading\n\nVisible paragraph with an image.\n\nClosing paragraph."));
        // The tripwire itself works: a real connection is noticed.
        const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(quint16(tripwire.port()));
        QCOMPARE(::connect(probe, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        QVERIFY(tripwire.touched());
        ::close(probe);

        for (const char *hidden :
            { "INJECTED", "document.write", "STYLE-TEXT", "ONLOAD", "ALT-TEXT", "ONERROR", "IFRAME", "NOSCRIPT",
                "TEMPLATE", "SVG-", "OBJECT-TEXT", "VIDEO-TEXT", "HIDDEN-TEXT", "SCRIPT-AFTER", "127.0.0.1" })
            QVERIFY2(!doc.content.contains(QLatin1String(hidden)), hidden);
    }

    void title_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("title");
        QTest::newRow("og:title first") << QByteArray(
            "<title>Title Element</title><meta property='og:title' content='OG Title'><h1>Heading</h1>")
                                        << QStringLiteral("OG Title");
        QTest::newRow("title element") << QByteArray(
            "<head><title> Title\n  Element </title></head><body><h1>Heading</h1></body>")
                                       << QStringLiteral("Title Element");
        QTest::newRow("site name removed from title") << QByteArray(
            "<title>Story Headline | The Site</title><meta property='og:site_name' content='The Site'>"
            "<p>x</p>") << QStringLiteral("Story Headline");
        QTest::newRow("first h1") << QByteArray("<body><p>Intro</p><h1>First <em>Heading</em></h1><h1>Second</h1>")
                                  << QStringLiteral("First Heading");
        QTest::newRow("svg title is not the page title")
            << QByteArray("<body><svg><title>Icon</title></svg><p>SHARE</p><p>Real First Line</p></body>")
            << QStringLiteral("Real First Line");
        QTest::newRow("first meaningful line")
            << QByteArray("<div>INSIGHTS</div><div>Share</div><p>The Line</p>") << QStringLiteral("The Line");
    }

    void title()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, title);
        QCOMPARE(readHtml(html).title, title);
    }

    void date_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QDate>("date");
        QTest::newRow("article:published_time beats JSON-LD") << QByteArray(
            "<meta property='article:published_time' content='2026-01-02T23:30:00-05:00'>"
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":"
            "\"2025-12-01\"}</script><p>x</p>") << QDate(2026, 1, 2);
        QTest::newRow("JSON-LD array, raw line break in a string") << QByteArray(
            "<script type=\"application/ld+json\">[{\"@type\":\"Organization\",\"name\":\"A\"},"
            "{\"@type\":\"Article\",\"description\":\"two\nlines\",\"datePublished\":\"2025-03-04\"}]"
            "</script><p>x</p>") << QDate(2025, 3, 4);
        QTest::newRow("broken JSON-LD ignored")
            << QByteArray("<script type='application/ld+json'>{\"datePublished\": </script>"
                          "<meta name='date' content='2024-05-06'><p>x</p>")
            << QDate(2024, 5, 6);
        QTest::newRow("meta date") << QByteArray("<meta name='DATE' content='2024-05-06'><p>x</p>")
                                   << QDate(2024, 5, 6);
        QTest::newRow("meta date, RFC 2822")
            << QByteArray("<meta name='pubdate' content='Fri, 02 Jan 2026 09:30:00 +0000'><p>x</p>")
            << QDate(2026, 1, 2);
        QTest::newRow("itemprop datePublished")
            << QByteArray("<p>By X <span itemprop='datePublished' content='2023-07-08'>July 8</span></p>")
            << QDate(2023, 7, 8);
        QTest::newRow("time in article") << QByteArray(
            "<footer><time datetime='2020-01-01'>x</time></footer><article><p>Text</p>"
            "<time datetime='2026-02-03T10:00'>Feb 3</time></article>")
                                         << QDate(2026, 2, 3);
        QTest::newRow("time outside article ignored")
            << QByteArray("<p>x</p><time datetime='2020-01-01'>then</time>") << QDate();
        QTest::newRow("unparsable date") << QByteArray("<meta name='date' content='soon'><p>x</p>") << QDate();
    }

    void date()
    {
        QFETCH(QByteArray, html);
        QFETCH(QDate, date);
        const ParsedDocument doc = readHtml(html);
        QCOMPARE(doc.published, date);
        QCOMPARE(doc.publishedSource, date.isValid() ? DateSource::Metadata : DateSource::None);
    }

    void authorAndUrl()
    {
        const ParsedDocument doc
            = readHtml("<meta property='article:author' content='https://facebook.com/someone'>"
                       "<meta property='og:url' content='https://example.com/a'>"
                       "<script type='application/ld+json'>{\"@type\":\"BlogPosting\",\"author\":\"Wang Fang\","
                       "\"publisher\":{\"name\":\"The Blog\"}}</script><p>x</p>");
        QCOMPARE(doc.author, QStringLiteral("Wang Fang"));
        QCOMPARE(doc.url, QStringLiteral("https://example.com/a"));
        QCOMPARE(doc.source, QStringLiteral("The Blog"));
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("warning");
        QTest::newRow("UTF-8 bytes, Latin-1 declared")
            << QByteArray("<meta charset='iso-8859-1'><p>Z\xC3\xBCrich \xE2\x80\x9Cquote\xE2\x80\x9D</p>")
            << QStringLiteral("Z\u00fcrich \u201cquote\u201d") << QStringLiteral("UTF-8") << false;
        QTest::newRow("Latin-1 declared and used")
            << QByteArray("<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'><p>Z\xFCrich</p>")
            << QStringLiteral("Z\u00fcrich") << QStringLiteral("Latin-1") << false;
        QTest::newRow("Latin-1 undeclared")
            << QByteArray("<p>Z\xFCrich</p>") << QStringLiteral("Z\u00fcrich") << QStringLiteral("Latin-1") << true;
        QTest::newRow("windows-1251") << QByteArray("<meta charset=\"windows-1251\"><p>\xCC\xEE\xF1\xEA\xE2\xE0</p>")
                                      << QStringLiteral("\u041c\u043e\u0441\u043a\u0432\u0430")
                                      << QStringLiteral("windows-1251") << false;
        QTest::newRow("unknown charset") << QByteArray("<meta charset='x-bogus'><p>plain</p>")
                                         << QStringLiteral("plain") << QStringLiteral("UTF-8") << true;
        QTest::newRow("UTF-16LE with BOM") << QByteArray("\xFF\xFE<\0p\0>\0\xFC\0<\0/\0p\0>\0", 18)
                                           << QStringLiteral("\u00fc") << QStringLiteral("UTF-16LE") << false;
    }

    void encodings()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        QFETCH(bool, warning);
        ReadResult result;
        const ParsedDocument doc = readHtml(html, &result);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(doc.content, text);
        QCOMPARE(doc.encoding, encoding);
        QCOMPARE(!result.warnings.isEmpty(), warning);
    }

    void deepNesting()
    {
        // Hundreds of unclosed tags, as old generated pages have them: the text after them counts.
        QByteArray html = "<p>Start</p>";
        for (int i = 0; i < 1000; ++i)
            html += "<div><font>";
        html += "deep text";
        QCOMPARE(readHtml(html).content, QStringLiteral("Start\n\ndeep text"));

        // Hostile depth: no crash, no hang.
        html.clear();
        for (int i = 0; i < 100000; ++i)
            html += "<div>";
        html += "bottom";
        ReadResult result;
        readHtml(html, &result);
        QVERIFY(result.ok() || !result.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHtmlImporter)
#include "tst_htmlimporter.moc"
