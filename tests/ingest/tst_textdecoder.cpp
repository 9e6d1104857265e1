#include "ingest/textdecoder.h"

#include <QTest>

using namespace Annalist;

namespace {

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray bytes = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (QChar c : text) {
        const char lo = char(c.unicode() & 0xFF), hi = char(c.unicode() >> 8);
        bytes.append(littleEndian ? lo : hi);
        bytes.append(littleEndian ? hi : lo);
    }
    return bytes;
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("bom");
        QTest::newRow("ascii") << QByteArray("Hello\nworld\n") << QStringLiteral("Hello\nworld\n") << false;
        QTest::newRow("multibyte") << QByteArray(
            "Chin\xC3\xA9, \xE2\x80\x9Cquote\xE2\x80\x9D, \xE4\xB8\xAD, \xF0\x9F\x98\x80")
                                   << QStringLiteral("Chin\u00e9, \u201cquote\u201d, \u4e2d, \U0001F600") << false;
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFTitle\n") << QStringLiteral("Title\n") << true;
        QTest::newRow("bom kept inside") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFx")
                                         << (QString(QChar(0xFEFF)) + QLatin1Char('x')) << true;
        QTest::newRow("tabs and escape") << QByteArray("a\tb\x1B[1mc\x0C\r\n") << QStringLiteral("a\tb\x1B[1mc\x0C\r\n")
                                         << false;
    }

    void validUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(bool, bom);
        const DecodedText decoded = decodeText(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.text, text);
        QCOMPARE(decoded.encoding, TextEncoding::Utf8);
        QCOMPARE(decoded.hadByteOrderMark, bom);
        QVERIFY(decoded.warning.isEmpty());
    }

    void utf16WithBom_data()
    {
        QTest::addColumn<bool>("littleEndian");
        QTest::newRow("LE") << true;
        QTest::newRow("BE") << false;
    }

    void utf16WithBom()
    {
        QFETCH(bool, littleEndian);
        const QString text = QStringLiteral("\u201cZhipu\u201d \u4e2d\u56fd \U0001F600\r\nline two\n");
        const DecodedText decoded = decodeText(utf16(text, littleEndian));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.text, text);
        QCOMPARE(decoded.encoding, littleEndian ? TextEncoding::Utf16LE : TextEncoding::Utf16BE);
        QCOMPARE(
            encodingName(decoded.encoding), littleEndian ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"));
        QVERIFY(decoded.hadByteOrderMark);
        QVERIFY(decoded.warning.isEmpty());
    }

    void utf16Malformed()
    {
        // A lone high surrogate and an odd trailing byte become U+FFFD, with a warning.
        const QByteArray bytes("\xFF\xFE"
                               "a\0"
                               "\x3D\xD8"
                               "b\0"
                               "c",
            9);
        const DecodedText decoded = decodeText(bytes);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.text, QStringLiteral("a\uFFFDb\uFFFD"));
        QVERIFY(!decoded.warning.isEmpty());
    }

    void latin1Fallback_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("latin-1") << QByteArray("Caf\xE9 na\xEFve \xFC"
                                               "ber 10\xB0")
                                 << QStringLiteral("Caf\u00e9 na\u00efve \u00fcber 10\u00b0");
        QTest::newRow("windows-1252 quotes") << QByteArray("\x93Quoted\x94 \x96 \x80"
                                                           "5")
                                             << QStringLiteral("\u201cQuoted\u201d \u2013 \u20ac5");
        QTest::newRow("truncated sequence only") << QByteArray("abc\xE2\x80") << QStringLiteral("abc\u00e2\u20ac");
        QTest::newRow("overlong slash") << QByteArray("a\xC0\xAF") << QStringLiteral("a\u00c0\u00af");
        QTest::newRow("encoded surrogate") << QByteArray("a\xED\xA0\x80") << QStringLiteral("a\u00ed\u00a0\u20ac");
        QTest::newRow("above U+10FFFF") << QByteArray("a\xF4\x90\x80\x80")
                                        << QStringLiteral("a\u00f4\u0090\u20ac\u20ac");
    }

    void latin1Fallback()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        const DecodedText decoded = decodeText(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.encoding, TextEncoding::Latin1);
        QCOMPARE(decoded.text, text);
        QCOMPARE(encodingName(decoded.encoding), QStringLiteral("Latin-1"));
        QVERIFY(decoded.warning.contains(QLatin1String("Latin-1")));
    }

    void mixedUtf8AndLatin1()
    {
        // Mostly UTF-8, one pasted Latin-1 byte: the UTF-8 must survive.
        const QByteArray bytes("\xE2\x80\x9C"
                               "China\xE2\x80\x99s AI\xE2\x80\x9D caf\xE9 \xE4\xB8\xAD");
        const DecodedText decoded = decodeText(bytes);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.encoding, TextEncoding::Utf8Mixed);
        QCOMPARE(decoded.text, QStringLiteral("\u201cChina\u2019s AI\u201d caf\u00e9 \u4e2d"));
        QVERIFY(decoded.warning.startsWith(QLatin1String("1 byte(s)")));
    }

    void binary_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("NUL bytes") << QByteArray("abc\0def", 7) << QStringLiteral("binary file, not text");
        QByteArray controls;
        for (int i = 0; i < 100; ++i)
            controls.append(i % 4 == 0 ? '\x01' : 'x');
        QTest::newRow("control characters") << controls << QStringLiteral("binary file, not text");
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n")
                             << QStringLiteral("binary file, not text (looks like a PDF document)");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n....")
                             << QStringLiteral("binary file, not text (looks like a PNG image)");
        QTest::newRow("zip") << QByteArray("PK\x03\x04"
                                           "abc")
                             << QStringLiteral("binary file, not text (looks like a ZIP archive or office document)");
        QTest::newRow("NUL after UTF-8 BOM") << QByteArray("\xEF\xBB\xBF"
                                                           "a\0b",
            6) << QStringLiteral("binary file, not text");
        QTest::newRow("UTF-32") << QByteArray("\xFF\xFE\0\0a\0\0\0", 8)
                                << QStringLiteral("UTF-32 text is not supported; save the file as UTF-8");
    }

    void binary()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const DecodedText decoded = decodeText(bytes);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error, error);
        QVERIFY(decoded.text.isEmpty());
    }

    void fewControlsAreText()
    {
        QByteArray bytes(200, 'x');
        bytes[10] = '\x01'; // 0.5%: a stray control character in a real text
        QVERIFY(decodeText(bytes).ok());
    }

    void emptyFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("zero bytes") << QByteArray();
        QTest::newRow("UTF-8 BOM only") << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("UTF-16 BOM only") << QByteArray("\xFF\xFE");
    }

    void emptyFile()
    {
        QFETCH(QByteArray, bytes);
        QCOMPARE(decodeText(bytes).error, QStringLiteral("empty file"));
    }

    void largeValidFileInOnePiece()
    {
        QByteArray bytes;
        for (int i = 0; i < 20000; ++i)
            bytes.append("Zhipu \xE2\x80\x9C\xE6\x99\xBA\xE8\xB0\xB1\xE2\x80\x9D line\n");
        const DecodedText decoded = decodeText(bytes);
        QCOMPARE(decoded.encoding, TextEncoding::Utf8);
        QCOMPARE(decoded.text, QString::fromUtf8(bytes));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
