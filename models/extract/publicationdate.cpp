#include "extract/publicationdate.h"

#include "extract/lexicon.h"

#include <QList>

#include <algorithm>

namespace Annalist::Extract {

namespace {

using namespace Lexicon;

constexpr qsizetype headLimit = 2000; // characters of the text that are looked at
constexpr int lineLimit = 15; // non-empty lines that are looked at
constexpr qsizetype shortLine = 120; // a line this short may carry a header date anywhere
constexpr qsizetype datelineReach = 60; // in a longer line the date must start this early

enum class Kind { Number, Word, Punct };

struct Token
{
    Kind kind;
    qsizetype start;
    qsizetype end;
};

// Splits one line into digit runs, letter runs (a trailing '.' kept for "Jan.") and single
// punctuation characters; spaces separate.
QList<Token> tokenize(QStringView line, qsizetype offset)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        const QChar c = line[i];
        if (c.isSpace()) {
            ++i;
        } else if (isAsciiDigit(c)) {
            qsizetype j = i;
            while (j < n && isAsciiDigit(line[j]))
                ++j;
            tokens.append({Kind::Number, offset + i, offset + j});
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i;
            while (j < n && line[j].isLetter())
                ++j;
            if (j < n && line[j] == QLatin1Char('.'))
                ++j;
            tokens.append({Kind::Word, offset + i, offset + j});
            i = j;
        } else {
            tokens.append({Kind::Punct, offset + i, offset + i + 1});
            ++i;
        }
    }
    return tokens;
}

struct Match
{
    QDate date;
    qsizetype start = -1;
    qsizetype end = -1;
};

bool plausibleYear(int year) { return year >= 1900 && year <= 2199; }

// Tries the date patterns that begin at token k.
Match matchAt(QStringView text, const QList<Token> &t, qsizetype k)
{
    auto view = [&](qsizetype i) { return text.mid(t[i].start, t[i].end - t[i].start); };
    auto isNum = [&](qsizetype i, int minLen, int maxLen) {
        if (i >= t.size() || t[i].kind != Kind::Number)
            return false;
        const qsizetype len = t[i].end - t[i].start;
        return len >= minLen && len <= maxLen;
    };
    auto isPunct = [&](qsizetype i, char16_t c) {
        return i < t.size() && t[i].kind == Kind::Punct && text[t[i].start].unicode() == c;
    };
    auto isOrdinalSuffix = [&](qsizetype i) {
        if (i >= t.size() || t[i].kind != Kind::Word || t[i].start != t[i - 1].end)
            return false;
        const QStringView w = view(i);
        return w.compare(u"st", Qt::CaseInsensitive) == 0 || w.compare(u"nd", Qt::CaseInsensitive) == 0
            || w.compare(u"rd", Qt::CaseInsensitive) == 0 || w.compare(u"th", Qt::CaseInsensitive) == 0;
    };
    auto month = [&](qsizetype i) {
        return (i < t.size() && t[i].kind == Kind::Word) ? monthFromName(view(i), false) : 0;
    };
    Match m;
    auto make = [&](int y, int mo, int d, qsizetype last) {
        if (!plausibleYear(y))
            return false;
        const QDate date(y, mo, d);
        if (!date.isValid())
            return false;
        m = {date, t[k].start, t[last].end};
        return true;
    };

    // 02 Jan 2026 / 22 Jul, 2025 / 8th January 2026
    if (isNum(k, 1, 2)) {
        qsizetype i = k + 1;
        if (isOrdinalSuffix(i))
            ++i;
        if (const int mo = month(i)) {
            ++i;
            if (isPunct(i, u','))
                ++i;
            if (isNum(i, 4, 4) && make(parseDigits(view(i)), mo, parseDigits(view(k)), i))
                return m;
        }
    }
    // Jan 8, 2026 / January 8th 2026 / Jan. 8 2026
    if (const int mo = month(k)) {
        qsizetype i = k + 1;
        if (isNum(i, 1, 2)) {
            const int day = parseDigits(view(i));
            ++i;
            if (isOrdinalSuffix(i))
                ++i;
            if (isPunct(i, u','))
                ++i;
            if (isNum(i, 4, 4) && make(parseDigits(view(i)), mo, day, i))
                return m;
        }
    }
    // 2026-01-02, 2026/01/02, 2026.01.02 (one separator throughout, nothing glued around)
    if (isNum(k, 4, 4) && k + 4 < t.size() + 0 && isNum(k + 2, 1, 2) && isNum(k + 4, 1, 2)) {
        const QChar sep = text[t[k + 1].start];
        const bool sepOk = t[k + 1].kind == Kind::Punct
            && (sep == QLatin1Char('-') || sep == QLatin1Char('/') || sep == QLatin1Char('.'))
            && isPunct(k + 3, sep.unicode());
        const bool tight = t[k + 1].start == t[k].end && t[k + 2].start == t[k + 1].end
            && t[k + 3].start == t[k + 2].end && t[k + 4].start == t[k + 3].end;
        if (sepOk && tight
            && make(parseDigits(view(k)), parseDigits(view(k + 2)), parseDigits(view(k + 4)), k + 4))
            return m;
    }
    // 08.01.2026 (day first, the European dotted form) and unambiguous slashed forms
    if (isNum(k, 1, 2) && isNum(k + 2, 1, 2) && isNum(k + 4, 4, 4)
        && t[k + 1].kind == Kind::Punct && isPunct(k + 3, text[t[k + 1].start].unicode())) {
        const QChar sep = text[t[k + 1].start];
        const int a = parseDigits(view(k));
        const int b = parseDigits(view(k + 2));
        const int y = parseDigits(view(k + 4));
        if (sep == QLatin1Char('.') && make(y, b, a, k + 4))
            return m;
        if (sep == QLatin1Char('/') && a > 12 && make(y, b, a, k + 4))
            return m;
        if (sep == QLatin1Char('/') && b > 12 && make(y, a, b, k + 4))
            return m;
    }
    return {};
}

// A dateline is a line that is essentially the date: what remains is at most an outlet in
// parentheses, a time, a place name before it or furniture such as "•" or "|".
bool looksLikeDateline(QStringView line, qsizetype dateStart, qsizetype dateEnd)
{
    int wordsOutside = 0;
    bool inParens = false;
    bool inWord = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (i >= dateStart && i < dateEnd) {
            inWord = false;
            continue;
        }
        const QChar c = line[i];
        if (c == QLatin1Char('('))
            inParens = true;
        else if (c == QLatin1Char(')'))
            inParens = false;
        if (c.isLetter()) {
            if (!inWord && !inParens)
                ++wordsOutside;
            inWord = true;
        } else {
            inWord = false;
        }
    }
    return wordsOutside <= 3;
}

} // namespace

PublicationDate detectPublicationDate(const QString &text)
{
    const QStringView all(text);
    const qsizetype limit = std::min<qsizetype>(all.size(), headLimit);
    qsizetype pos = 0;
    int lines = 0;
    if (text.startsWith(QChar(0xFEFF)))
        pos = 1;
    while (pos < limit && lines < lineLimit) {
        qsizetype end = all.indexOf(QLatin1Char('\n'), pos);
        if (end < 0 || end > limit)
            end = limit;
        const QStringView line = all.mid(pos, end - pos);
        if (!line.trimmed().isEmpty()) {
            ++lines;
            const QList<Token> tokens = tokenize(line, pos);
            const qsizetype lineLength = line.trimmed().size();
            for (qsizetype k = 0; k < tokens.size(); ++k) {
                if (lineLength > shortLine && tokens[k].start - pos > datelineReach)
                    break;
                const Match m = matchAt(all, tokens, k);
                if (!m.date.isValid())
                    continue;
                if (lineLength > shortLine) {
                    // Body text: accept only an AFP-style dateline, "PLACE, Jan 8, 2026 (AFP) -".
                    qsizetype after = m.end;
                    while (after < end && all[after].isSpace())
                        ++after;
                    const QChar next = after < end ? all[after] : QChar();
                    if (next != QLatin1Char('(') && next != QLatin1Char('-') && next != QChar(0x2013)
                        && next != QChar(0x2014) && next != QLatin1Char(':') && next != QChar(0x2022)
                        && next != QLatin1Char('|'))
                        continue;
                }
                PublicationDate result;
                result.date = m.date;
                result.start = m.start;
                result.length = m.end - m.start;
                const bool dateline = lineLength > shortLine || looksLikeDateline(line, m.start - pos, m.end - pos);
                result.method = dateline ? QStringLiteral("dateline") : QStringLiteral("header");
                return result;
            }
        }
        pos = end + 1;
    }
    return {};
}

} // namespace Annalist::Extract
