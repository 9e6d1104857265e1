#include "ingest/importer.h"
#include "ingest/mime.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Annalist;

namespace {

ReadResult readEml(const QByteArray &bytes)
{
    ImporterRegistry registry;
    return registry.importerFor(QStringLiteral("m.eml"))->read(QStringLiteral("/mail/saved-message.eml"), bytes);
}

// Messages are written with "\n" for readability and sent with CRLF, as on the wire.
QByteArray crlf(QByteArray message)
{
    return message.replace("\n", "\r\n");
}

} // namespace

class TestEmlImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainQuotedPrintable()
    {
        const ReadResult result = readEml(crlf("From: =?utf-8?Q?J=C3=BCrgen_M=C3=BCller?= <jm@example.de>\n"
                                               "To: desk@example.com\n"
                                               "Subject: =?UTF-8?B?WsO8cmljaA==?= talks\n"
                                               "  resume on Monday\n"
                                               "Date: Tue, 14 Jan 2025 23:50:00 -0500 (EST)\n"
                                               "MIME-Version: 1.0\n"
                                               "Content-Type: text/plain; charset=\"iso-8859-1\"\n"
                                               "Content-Transfer-Encoding: quoted-printable\n"
                                               "\n"
                                               "Talks in Z=FCrich resume on Monday, the ministry said. This line is=\n"
                                               " long.\n"
                                               "Second line =3D fine.\n"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const ParsedDocument &doc = result.documents.first();
        QCOMPARE(doc.format, QStringLiteral("eml"));
        QCOMPARE(doc.title, QStringLiteral("Z\u00fcrich talks resume on Monday"));
        QCOMPARE(doc.author, QStringLiteral("J\u00fcrgen M\u00fcller"));
        QCOMPARE(doc.published, QDate(2025, 1, 14)); // as written, not moved to UTC
        QCOMPARE(doc.publishedSource, DateSource::Metadata);
        QCOMPARE(doc.encoding, QStringLiteral("iso-8859-1"));
        const QString body = QStringLiteral(
            "Talks in Z\u00fcrich resume on Monday, the ministry said. This line is long.\nSecond line = fine.\n");
        QCOMPARE(doc.original, body);
        QCOMPARE(doc.content, body);
    }

    void alternativePrefersPlain()
    {
        const ReadResult result = readEml(crlf("From: desk@example.com\n"
                                               "Subject: Both\n"
                                               "Content-Type: multipart/alternative; boundary=\"b1\"\n"
                                               "\n"
                                               "preamble\n"
                                               "--b1\n"
                                               "Content-Type: text/html; charset=utf-8\n"
                                               "\n"
                                               "<p>HTML version</p>\n"
                                               "--b1\n"
                                               "Content-Type: text/plain; charset=utf-8\n"
                                               "\n"
                                               "Plain version\n"
                                               "--b1--\n"
                                               "epilogue\n"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.documents.first().content, QStringLiteral("Plain version"));
        QCOMPARE(result.documents.first().author, QStringLiteral("desk@example.com"));
    }

    void htmlBodyBase64NestedWithAttachment()
    {
        const QByteArray html = QByteArray("<html><body><h1>Weekly brief</h1><p>Exports to Vietnam rose.</p>"
                                           "<script>alert(1)</script></body></html>")
                                    .toBase64();
        const QByteArray message = "From: \"Desk, News\" <news@example.com>\n"
                                   "Subject: Weekly brief\n"
                                   "Date: 3 Feb 2026 08:00:00 +0000\n"
                                   "Content-Type: multipart/mixed; boundary=outer\n"
                                   "\n"
                                   "--outer\n"
                                   "Content-Type: multipart/related; boundary=\"inner\"\n"
                                   "\n"
                                   "--inner\n"
                                   "Content-Type: text/html; charset=UTF-8\n"
                                   "Content-Transfer-Encoding: base64\n"
                                   "\n"
            + html.left(40) + "\n" + html.mid(40) + "\n"
            + "--inner--\n"
              "--outer\n"
              "Content-Type: text/plain; name=notes.txt\n"
              "Content-Disposition: attachment; filename=notes.txt\n"
              "\n"
              "ATTACHED TEXT\n"
              "--outer--\n";
        const ReadResult result = readEml(message);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const ParsedDocument &doc = result.documents.first();
        QCOMPARE(doc.content, QStringLiteral("Weekly brief\n\nExports to Vietnam rose."));
        QVERIFY(doc.original.startsWith(QLatin1String("<html>"))); // the decoded HTML body
        QCOMPARE(doc.author, QStringLiteral("Desk, News"));
        QCOMPARE(doc.published, QDate(2026, 2, 3));
    }

    void flowedAndLegacyCharset()
    {
        const ReadResult result = readEml("Subject: Flowed\n"
                                          "Content-Type: text/plain; charset=windows-1251; format=flowed\n"
                                          "\n"
                                          "\xCC\xEE\xF1\xEA\xE2\xE0 said the talks \n"
                                          "would continue.\n"
                                          "New paragraph.\n");
        QVERIFY2(result.ok(), qPrintable(result.error));
        const ParsedDocument &doc = result.documents.first();
        QCOMPARE(doc.content,
            QStringLiteral("\u041c\u043e\u0441\u043a\u0432\u0430 said the talks would continue.\nNew paragraph.\n"));
        QCOMPARE(doc.original,
            QStringLiteral("\u041c\u043e\u0441\u043a\u0432\u0430 said the talks \nwould continue.\nNew paragraph.\n"));
    }

    void forwardedInline()
    {
        const ReadResult result = readEml("Subject: Fwd: Ministry statement\n"
                                          "Content-Type: message/rfc822\n"
                                          "\n"
                                          "Subject: Ministry statement\n"
                                          "Content-Type: text/plain; charset=utf-8\n"
                                          "\n"
                                          "The ministry confirmed the figures.\n");
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.documents.first().title, QStringLiteral("Fwd: Ministry statement"));
        QCOMPARE(result.documents.first().content, QStringLiteral("The ministry confirmed the figures.\n"));
    }

    void truncatedMultipart()
    {
        const ReadResult result = readEml("Subject: Cut off\n"
                                          "Content-Type: multipart/mixed; boundary=x\n"
                                          "\n"
                                          "--x\n"
                                          "\n"
                                          "A part without a header, and no closing boundary");
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.documents.first().content, QStringLiteral("A part without a header, and no closing boundary"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("0 bytes") << QByteArray() << QStringLiteral("empty file");
        QTest::newRow("no header") << QByteArray("Just a note, not a message.\n")
                                   << QStringLiteral("not an e-mail message (no header lines)");
        QTest::newRow("binary") << QByteArray("Subject: x\n\n\0\0\0\0", 15)
                                << QStringLiteral("not an e-mail message (no header lines)");
        QTest::newRow("attachments only") << QByteArray(
            "Subject: x\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: image/png\n\nPNG\n--b--\n")
                                          << QStringLiteral("the e-mail has no text or HTML body");
        QTest::newRow("empty body") << QByteArray("Subject: x\n\n")
                                    << QStringLiteral("the e-mail's body is empty");
    }

    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        QCOMPARE(readEml(bytes).error, error);
    }

    // Hostile nesting and part counts stay bounded: no crash, no runaway recursion.
    void hostileStructure()
    {
        QByteArray deep = "Subject: deep\n";
        for (int i = 0; i < 5000; ++i)
            deep += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\n\n--b"
                + QByteArray::number(i) + "\n";
        deep += "\nbottom text\n";
        QElapsedTimer timer;
        timer.start();
        ReadResult result = readEml(deep);
        QVERIFY(!result.ok());
        QCOMPARE(result.error, QStringLiteral("the e-mail has no text or HTML body"));

        QByteArray wide = "Subject: wide\nContent-Type: multipart/mixed; boundary=w\n\n";
        for (int i = 0; i < 100000; ++i)
            wide += "--w\nContent-Type: image/gif\n\nGIF\n";
        wide += "--w\nContent-Type: text/plain\n\nlast part\n--w--\n";
        result = readEml(wide);
        QVERIFY(!result.ok()); // the text part lies beyond MaxParts
        QVERIFY(timer.elapsed() < 10000);
    }

    void headerValues()
    {
        const Mime::HeaderValue type
            = Mime::parseHeaderValue("Multipart/Mixed; boundary=\"a;b \\\"c\"; CHARSET=utf-8; empty=");
        QCOMPARE(type.value, QByteArray("multipart/mixed"));
        QCOMPARE(type.parameters.value("boundary"), QByteArray("a;b \"c"));
        QCOMPARE(type.parameters.value("charset"), QByteArray("utf-8"));
        QCOMPARE(Mime::decodeHeaderText("=?utf-8?q?a?= =?utf-8?q?b?= c =?bogus?q?d?="), QStringLiteral("ab c d"));
        QCOMPARE(Mime::displayName(QStringLiteral("jane@example.com (Jane Doe)")), QStringLiteral("Jane Doe"));
        QCOMPARE(Mime::displayName(QStringLiteral("<jane@example.com>")), QStringLiteral("jane@example.com"));
    }
};

QTEST_GUILESS_MAIN(TestEmlImporter)
#include "tst_emlimporter.moc"
