#include "ingest/textdecoder.h"

#include <QCoreApplication>
#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#include <QStringDecoder>
#else
#include <QTextCodec>
#endif

#include <cstring>

namespace Annalist {

namespace {

constexpr qsizetype BinarySniffSize = 1024;

// Windows-1252 assigns printable characters to most of 0x80-0x9F, where Latin-1 has C1
// controls. Files that are "Latin-1" in the wild are nearly always Windows-1252 (curly
// quotes, dashes, the euro sign), which is why HTML5 decodes the label that way too.
// The five unassigned bytes keep their Latin-1 meaning.
constexpr char16_t Windows1252High[32] = {
    0x20AC,
    0x0081,
    0x201A,
    0x0192,
    0x201E,
    0x2026,
    0x2020,
    0x2021,
    0x02C6,
    0x2030,
    0x0160,
    0x2039,
    0x0152,
    0x008D,
    0x017D,
    0x008F,
    0x0090,
    0x2018,
    0x2019,
    0x201C,
    0x201D,
    0x2022,
    0x2013,
    0x2014,
    0x02DC,
    0x2122,
    0x0161,
    0x203A,
    0x0153,
    0x009D,
    0x017E,
    0x0178,
};

char16_t windows1252(uchar byte)
{
    return (byte >= 0x80 && byte < 0xA0) ? Windows1252High[byte - 0x80] : char16_t(byte);
}

struct Signature
{
    const char *magic;
    size_t length;
    const char *what;
};

// Formats that start with printable bytes often enough to slip past looksBinary().
constexpr Signature BinarySignatures[] = {
    { "%PDF-", 5, QT_TRANSLATE_NOOP("Annalist::Ingest", "a PDF document") },
    { "PK\x03\x04", 4, QT_TRANSLATE_NOOP("Annalist::Ingest", "a ZIP archive or office document") },
    { "\x89PNG\r\n\x1a\n", 8, QT_TRANSLATE_NOOP("Annalist::Ingest", "a PNG image") },
    { "\xFF\xD8\xFF", 3, QT_TRANSLATE_NOOP("Annalist::Ingest", "a JPEG image") },
    { "GIF87a", 6, QT_TRANSLATE_NOOP("Annalist::Ingest", "a GIF image") },
    { "GIF89a", 6, QT_TRANSLATE_NOOP("Annalist::Ingest", "a GIF image") },
    { "\x1F\x8B", 2, QT_TRANSLATE_NOOP("Annalist::Ingest", "a gzip archive") },
    { "\177ELF", 4, QT_TRANSLATE_NOOP("Annalist::Ingest", "a program") },
    { "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, QT_TRANSLATE_NOOP("Annalist::Ingest", "an old Office document") },
    { "Rar!\x1A\x07", 6, QT_TRANSLATE_NOOP("Annalist::Ingest", "a RAR archive") },
    { "7z\xBC\xAF\x27\x1C", 6, QT_TRANSLATE_NOOP("Annalist::Ingest", "a 7-Zip archive") },
};

const char *binarySignature(const char *data, qsizetype size)
{
    for (const Signature &s : BinarySignatures) {
        if (size >= qsizetype(s.length) && std::memcmp(data, s.magic, s.length) == 0)
            return s.what;
    }
    return nullptr;
}

// Length of the well-formed UTF-8 sequence at p (RFC 3629: no overlongs, no surrogates,
// nothing above U+10FFFF), or 0 when the bytes there are not one.
int utf8SequenceLength(const uchar *p, qsizetype remaining)
{
    const uchar b = p[0];
    if (b < 0x80)
        return 1;
    auto cont
        = [&](qsizetype i, uchar lo = 0x80, uchar hi = 0xBF) { return i < remaining && p[i] >= lo && p[i] <= hi; };
    if (b >= 0xC2 && b <= 0xDF)
        return cont(1) ? 2 : 0;
    if (b >= 0xE0 && b <= 0xEF) {
        const uchar lo = b == 0xE0 ? 0xA0 : 0x80;
        const uchar hi = b == 0xED ? 0x9F : 0xBF;
        return cont(1, lo, hi) && cont(2) ? 3 : 0;
    }
    if (b >= 0xF0 && b <= 0xF4) {
        const uchar lo = b == 0xF0 ? 0x90 : 0x80;
        const uchar hi = b == 0xF4 ? 0x8F : 0xBF;
        return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}

// The common case in one pass: decode as UTF-8 and learn from the decoder whether the
// bytes were valid. Returns false (and leaves out alone) when they were not.
bool decodeStrictUtf8(const char *data, qsizetype size, QString *out)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    // Stateless: a sequence cut off at the end counts as an error instead of being kept
    // for a next call. ConvertInitialBom: the caller has removed the one BOM already.
    QStringDecoder decoder(
        QStringConverter::Utf8, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(QByteArrayView(data, size));
    if (decoder.hasError())
        return false;
#else
    QTextCodec::ConverterState state(QTextCodec::IgnoreHeader);
    QString text = QTextCodec::codecForMib(106)->toUnicode(data, int(size), &state);
    if (state.invalidChars != 0 || state.remainingChars != 0)
        return false;
#endif
    *out = std::move(text);
    return true;
}

QString decodeLatin1(const char *data, qsizetype size)
{
    QString text = QString::fromLatin1(data, size);
    QChar *c = text.data();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = c[i].unicode();
        if (u >= 0x80 && u < 0xA0)
            c[i] = QChar(windows1252(uchar(u)));
    }
    return text;
}

// Valid UTF-8 sequences decoded as such, every stray byte as Windows-1252: the best reading
// of a UTF-8 file into which some Latin-1 text was pasted.
QString decodeMixed(const uchar *p, qsizetype size)
{
    QString text;
    text.reserve(size);
    for (qsizetype i = 0; i < size;) {
        const int n = utf8SequenceLength(p + i, size - i);
        if (n == 0) {
            text.append(QChar(windows1252(p[i])));
            ++i;
            continue;
        }
        char32_t cp = n == 1 ? p[i] : n == 2 ? p[i] & 0x1F : n == 3 ? p[i] & 0x0F : p[i] & 0x07;
        for (int k = 1; k < n; ++k)
            cp = (cp << 6) | (p[i + k] & 0x3F);
        if (cp > 0xFFFF) {
            text.append(QChar(QChar::highSurrogate(cp)));
            text.append(QChar(QChar::lowSurrogate(cp)));
        } else {
            text.append(QChar(char16_t(cp)));
        }
        i += n;
    }
    return text;
}

// UTF-16 by hand: both byte orders, unpaired surrogates and an odd last byte become U+FFFD
// so that nothing malformed reaches the database.
QString decodeUtf16(const uchar *p, qsizetype size, bool littleEndian, int *invalid)
{
    const qsizetype units = size / 2;
    QString text(units, Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < units; ++i) {
        const uchar a = p[2 * i], b = p[2 * i + 1];
        out[i] = QChar(char16_t(littleEndian ? (b << 8 | a) : (a << 8 | b)));
    }
    for (qsizetype i = 0; i < units; ++i) {
        if (out[i].isHighSurrogate() && i + 1 < units && out[i + 1].isLowSurrogate()) {
            ++i;
        } else if (out[i].isSurrogate()) {
            out[i] = QChar(QChar::ReplacementCharacter);
            ++*invalid;
        }
    }
    if (size % 2 != 0) {
        text.append(QChar(QChar::ReplacementCharacter));
        ++*invalid;
    }
    return text;
}

DecodedText fail(const QString &error)
{
    DecodedText result;
    result.error = error;
    return result;
}

} // namespace

bool looksBinary(const char *data, qsizetype size)
{
    const qsizetype n = qMin(size, BinarySniffSize);
    if (n == 0)
        return false;
    if (std::memchr(data, '\0', size_t(n)))
        return true;
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const uchar b = uchar(data[i]);
        // Tab, line feed, vertical tab, form feed, carriage return and escape (coloured
        // terminal logs) occur in real text; the other C0 controls and DEL do not.
        if ((b < 0x20 && (b < 0x09 || b > 0x0D) && b != 0x1B) || b == 0x7F)
            ++controls;
    }
    return controls * 10 > n; // more than 10%
}

DecodedText decodeText(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return fail(QCoreApplication::translate("Annalist::Ingest", "empty file"));

    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    DecodedText result;

    if (size >= 4 && p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0)
        return fail(
            QCoreApplication::translate("Annalist::Ingest", "UTF-32 text is not supported; save the file as UTF-8"));
    if (size >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
        const bool le = p[0] == 0xFF;
        int invalid = 0;
        result.text = decodeUtf16(p + 2, size - 2, le, &invalid);
        result.encoding = le ? TextEncoding::Utf16LE : TextEncoding::Utf16BE;
        result.hadByteOrderMark = true;
        if (invalid > 0)
            result.warning = QCoreApplication::translate(
                "Annalist::Ingest", "%n malformed UTF-16 code unit(s) replaced", nullptr, invalid);
        if (result.text.isEmpty())
            return fail(QCoreApplication::translate("Annalist::Ingest", "empty file"));
        return result;
    }

    qsizetype offset = 0;
    if (size >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
        offset = 3;
        result.hadByteOrderMark = true;
        if (size == 3)
            return fail(QCoreApplication::translate("Annalist::Ingest", "empty file"));
    }
    const char *data = bytes.constData() + offset;
    const qsizetype length = size - offset;

    if (const char *what = binarySignature(data, length))
        return fail(QCoreApplication::translate("Annalist::Ingest", "binary file, not text (looks like %1)")
                        .arg(QCoreApplication::translate("Annalist::Ingest", what)));
    if (looksBinary(data, length))
        return fail(QCoreApplication::translate("Annalist::Ingest", "binary file, not text"));

    if (decodeStrictUtf8(data, length, &result.text))
        return result;

    // Rare path: not valid UTF-8. Count what is there to choose between Latin-1 and a
    // UTF-8 file with a few stray bytes; a real Latin-1 text practically never contains
    // well-formed multi-byte UTF-8 sequences.
    const auto *q = reinterpret_cast<const uchar *>(data);
    qsizetype multiByte = 0, invalid = 0;
    for (qsizetype i = 0; i < length;) {
        const int n = utf8SequenceLength(q + i, length - i);
        if (n == 0) {
            ++invalid;
            ++i;
        } else {
            multiByte += n > 1;
            i += n;
        }
    }
    // A byte order mark declares UTF-8, so keep its sequences whatever the counts say.
    if (!result.hadByteOrderMark && (multiByte == 0 || invalid >= multiByte)) {
        result.text = decodeLatin1(data, length);
        result.encoding = TextEncoding::Latin1;
        result.warning
            = QCoreApplication::translate("Annalist::Ingest", "not valid UTF-8, decoded as Latin-1 (Windows-1252)");
    } else {
        result.text = decodeMixed(q, length);
        result.encoding = TextEncoding::Utf8Mixed;
        result.warning = QCoreApplication::translate("Annalist::Ingest",
            "%n byte(s) that are not valid UTF-8 decoded as Latin-1 (Windows-1252)", nullptr, int(invalid));
    }
    return result;
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Latin1:
        return QStringLiteral("Latin-1");
    case TextEncoding::Utf8Mixed:
        return QStringLiteral("UTF-8 with Latin-1 bytes");
    }
    return QString();
}

} // namespace Annalist
