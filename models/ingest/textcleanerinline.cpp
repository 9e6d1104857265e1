#include "ingest/textcleanerinline.h"

#include "ingest/textcleanerwords.h"

namespace Annalist::CleanerInline {

namespace {

// Windows-1252 bytes 0x80..0x9F; 0 where the code page leaves the byte undefined (decoders then
// pass it through as the C1 control of the same value).
constexpr char16_t Cp1252High[32] = { 0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161,
    0x203A, 0x0153, 0, 0x017E, 0x0178 };

// The Windows-1252 byte a character came from, or -1.
int cp1252Byte(char16_t c)
{
    if (c < 0x100)
        return c;
    for (int i = 0; i < 32; ++i) {
        if (Cp1252High[i] == c)
            return 0x80 + i;
    }
    return -1;
}

bool isContinuation(int byte)
{
    return byte >= 0x80 && byte <= 0xBF;
}

// Lead bytes worth repairing. Two-byte sequences only for Latin-1 (Â, Ã), Latin Extended-A
// (Ä, Å: Polish, Czech) and Greek/Cyrillic: other Latin-1 capitals followed by a
// punctuation mark ("É»") occur in real text.
int sequenceLength(char16_t lead)
{
    if ((lead >= 0xC2 && lead <= 0xC5) || (lead >= 0xCE && lead <= 0xD1))
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

QStringView ligature(char16_t c)
{
    switch (c) {
    case 0xFB00:
        return u"ff";
    case 0xFB01:
        return u"fi";
    case 0xFB02:
        return u"fl";
    case 0xFB03:
        return u"ffi";
    case 0xFB04:
        return u"ffl";
    case 0xFB05:
    case 0xFB06:
        return u"st";
    default:
        return {};
    }
}

bool isConjunction(QStringView word)
{
    static constexpr QStringView words[] = { u"and", u"or", u"nor", u"to", u"but", u"vs", u"as", u"than", u"if" };
    for (QStringView w : words) {
        if (word == w)
            return true;
    }
    return false;
}

} // namespace

qsizetype decodeMojibake(QStringView text, qsizetype i, qsizetype end, char32_t *codePoint)
{
    const int length = sequenceLength(text[i].unicode());
    if (length == 0 || i + 1 >= end)
        return 0;
    char32_t cp = text[i].unicode() & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
    for (int k = 1; k < length; ++k) {
        const int byte = i + k < end ? cp1252Byte(text[i + k].unicode()) : -1;
        if (!isContinuation(byte)) {
            // "â€" whose third byte (0x9D, undefined in Windows-1252) was lost: a closing quote.
            if (k == 2 && text[i] == QChar(0xE2) && text[i + 1] == QChar(0x20AC)) {
                *codePoint = 0x201D;
                return i + 2 < end && text[i + 2] == QChar(0xFFFD) ? 3 : 2;
            }
            return 0;
        }
        cp = (cp << 6) | char32_t(byte & 0x3F);
    }
    const bool valid = (length == 2 && cp >= 0x80) || (length == 3 && cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF))
        || (length == 4 && cp >= 0x10000 && cp <= 0x10FFFF);
    if (!valid)
        return 0;
    *codePoint = cp;
    return length;
}

void copyRepaired(OffsetMap::Builder &builder, QStringView text, qsizetype from, qsizetype to, qsizetype contentStart)
{
    auto isLetter = [text](qsizetype k) { return text[k].isLetter(); };
    for (qsizetype i = from; i < to; ++i) {
        const char16_t u = text[i].unicode();
        if (u < 0x80) {
            if (u == ' ' && i > contentStart && i + 1 < to && text[i + 1] == u' ') {
                qsizetype j = i + 1;
                while (j < to && text[j] == u' ')
                    ++j;
                builder.keep(i);
                builder.replace(j, u" ");
                i = j - 1;
            } else if (u == '-' && i > from && i + 2 < to && text[i + 1] == u' ' && isLetter(i - 1)) {
                qsizetype j = i + 1;
                while (j < to && text[j] == u' ')
                    ++j;
                if (j >= to || !text[j].isLower())
                    continue;
                qsizetype suffixEnd = j;
                while (suffixEnd < to && isLetter(suffixEnd))
                    ++suffixEnd;
                qsizetype prefixStart = i;
                while (prefixStart > from && isLetter(prefixStart - 1))
                    --prefixStart;
                const QStringView suffix = text.mid(j, suffixEnd - j);
                if (isConjunction(suffix))
                    continue;
                const bool word = CleanerWords::isWord(text.mid(prefixStart, i - prefixStart), suffix);
                builder.keep(word ? i : i + 1);
                builder.replace(j, {});
                i = j - 1;
            } else if (u == '\\' && i + 1 < to && text[i + 1] == u'$') {
                builder.keep(i);
                builder.replace(i + 1, {});
            }
            continue;
        }
        if (u == 0x00AD || u == 0x200B || u == 0x2060 || u == 0xFEFF) {
            builder.keep(i);
            builder.replace(i + 1, {});
        } else if (u >= 0xFB00 && u <= 0xFB06) {
            builder.keep(i);
            builder.replace(i + 1, ligature(u));
        } else if (u >= 0xC2 && u <= 0xF4) {
            char32_t cp = 0;
            const qsizetype length = decodeMojibake(text, i, to, &cp);
            if (length == 0)
                continue;
            char16_t units[2];
            qsizetype n = 1;
            if (QChar::requiresSurrogates(cp)) {
                units[0] = QChar::highSurrogate(cp);
                units[1] = QChar::lowSurrogate(cp);
                n = 2;
            } else {
                units[0] = char16_t(cp);
            }
            builder.keep(i);
            builder.replace(i + length, QStringView(units, n));
            i += length - 1;
        }
    }
    builder.keep(to);
}

} // namespace Annalist::CleanerInline
