#include "ingest/titleguesser.h"

#include <QList>
#include <algorithm>
#include <memory>
#include <vector>

namespace Annalist {

namespace {

constexpr qsizetype ScanChars = 16 * 1024; // titles live at the top; never scan a whole file
constexpr int ScanLines = 200;
constexpr int CandidateLines = 4;

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

QList<QStringView> words(QStringView line)
{
    QList<QStringView> result;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        const bool space = i == line.size() || line.at(i).isSpace();
        if (space && start >= 0) {
            result.append(line.mid(start, i - start));
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    return result;
}

QStringView stripPunctuation(QStringView word)
{
    while (!word.isEmpty() && !word.front().isLetterOrNumber())
        word = word.mid(1);
    while (!word.isEmpty() && !word.back().isLetterOrNumber())
        word.chop(1);
    return word;
}

bool equalsAny(QStringView word, std::initializer_list<const char *> list)
{
    return std::any_of(list.begin(), list.end(),
        [word](const char *s) { return word.compare(QLatin1String(s), Qt::CaseInsensitive) == 0; });
}

bool isAllDigits(QStringView word)
{
    return !word.isEmpty() && std::all_of(word.begin(), word.end(), [](QChar c) {
        return c.isDigit() || c == QLatin1Char(',') || c == QLatin1Char('.');
    });
}

// Page furniture that web and PDF copies carry above the headline.
bool isBoilerplatePhrase(QStringView line)
{
    return equalsAny(stripPunctuation(line),
        { "share", "share this", "share this article", "share on", "copy link", "copy", "print", "email",
            "advertisement", "sponsored", "news article", "listen", "listen to this article", "subscribe", "sign in",
            "log in", "menu", "home", "skip to content", "skip to main content", "read more", "related",
            "related articles", "follow us", "comments", "back to top", "close", "search" });
}

bool isDateWord(QStringView word)
{
    return equalsAny(word,
        { "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
            "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december", "mon",
            "monday", "tue", "tuesday", "wed", "wednesday", "thu", "thursday", "fri", "friday", "sat", "saturday",
            "sun", "sunday", "updated", "published", "am", "pm", "gmt", "utc" });
}

// "02 Jan 2026", "Monday, January 5, 2026 (AFP)", "2026-01-02 10:00": a dateline, not a title.
bool isDateLine(const QList<QStringView> &ws)
{
    if (ws.size() > 7)
        return false;
    bool digits = false;
    for (QStringView w : ws) {
        if (w.startsWith(QLatin1Char('(')) && w.endsWith(QLatin1Char(')')))
            continue; // "(AFP)"
        const QStringView core = stripPunctuation(w);
        if (core.isEmpty())
            continue;
        if (core.front().isDigit()) {
            digits = true;
            continue;
        }
        if (!isDateWord(core))
            return false;
    }
    return digits;
}

bool isByline(const QList<QStringView> &ws)
{
    if (ws.size() < 2 || ws.size() > 8 || ws.front().compare(QLatin1String("by"), Qt::CaseInsensitive) != 0)
        return false;
    return std::all_of(ws.begin() + 1, ws.end(), [](QStringView w) {
        return w.front().isUpper() || equalsAny(w, { "&", "and", ",", "|" });
    });
}

// A short outlet name ("Spike News", "The Daily Post") printed above the headline.
bool isMasthead(const QList<QStringView> &ws)
{
    if (ws.isEmpty() || ws.size() > 4)
        return false;
    return equalsAny(stripPunctuation(ws.back()),
        { "news", "times", "daily", "post", "journal", "tribune", "herald", "gazette", "telegraph", "chronicle",
            "weekly", "magazine", "insider", "today", "wire", "press", "review", "observer", "digest" });
}

struct Line
{
    QString text; // whitespace collapsed
    QList<QStringView> words; // views into text
    bool listItem; // started with "- ", "* ", "• ": never a headline

    Line(QString t, bool isListItem)
        : text(std::move(t))
        , words(Annalist::words(text))
        , listItem(isListItem)
    { }
    Line(const Line &) = delete; // words point into text
};

// Lines that never make a title, whatever follows them.
bool isFurniture(const Line &line)
{
    const QString &t = line.text;
    int letters = 0;
    bool upper = false, lower = false;
    for (QChar c : t) {
        if (c.isLetter()) {
            ++letters;
            upper = upper || c.isUpper();
            lower = lower || c.isLower();
        }
    }
    if (letters < 2)
        return true; // "[1]", "1", "---", "* * *", "12/3"
    if (line.words.size() == 1 && upper && !lower)
        return true; // "INSIGHTS", "OPINION" (scripts without case are never caught here)
    if (line.words.size() <= 3 && isAllDigits(line.words.front()))
        return true; // "2 Sources", "5 min read", "12 Comments"
    return isBoilerplatePhrase(t) || isByline(line.words) || isDateLine(line.words);
}

bool endsSentence(QStringView t)
{
    return t.endsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char(':')) || t.endsWith(QLatin1Char(';'))
        || t.endsWith(QLatin1Char(','));
}

bool isHeadlineLike(const Line &line)
{
    const qsizetype n = line.text.size();
    return n >= 10 && n <= 150 && line.words.size() >= 2 && line.words.size() <= 25 && !endsSentence(line.text)
        && !line.listItem;
}

bool isTitleCase(const Line &line)
{
    int longWords = 0, capitalised = 0;
    for (QStringView w : line.words) {
        const QStringView core = stripPunctuation(w);
        if (core.size() < 4)
            continue;
        ++longWords;
        capitalised += core.front().isUpper();
    }
    return longWords >= 2 && capitalised * 10 >= longWords * 6;
}

bool isLeadParagraph(const Line &line)
{
    return line.text.size() > 150 && line.words.size() > 25;
}

bool isAbbreviation(QStringView word)
{
    const QStringView core = stripPunctuation(word);
    return core.size() <= 1 || core.contains(QLatin1Char('.'))
        || equalsAny(core,
            { "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "vs", "inc", "co", "corp", "ltd", "gen", "gov", "sen",
                "rep", "prof" });
}

QString firstSentence(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size() && i < MaxTitleLength; ++i) {
        const QChar c = text.at(i);
        if ((c != QLatin1Char('.') && c != QLatin1Char('!') && c != QLatin1Char('?')) || !text.at(i + 1).isSpace())
            continue;
        const qsizetype wordStart = text.lastIndexOf(QLatin1Char(' '), i) + 1;
        if (c == QLatin1Char('.') && isAbbreviation(QStringView(text).mid(wordStart, i + 1 - wordStart)))
            continue;
        if (i + 1 >= 20)
            return text.left(i + (c == QLatin1Char('.') ? 0 : 1));
    }
    return QString();
}

// ". Nearly 80 percent", "- item", "• point": debris of extraction and list markers.
QString withoutLeadingPunctuation(QString line)
{
    static const QString debris = QStringLiteral(".,;:!?-*|/\\\u2013\u2014\u2022\u00b7");
    qsizetype i = 0;
    while (i < line.size() && (debris.contains(line.at(i)) || line.at(i).isSpace()))
        ++i;
    return i == 0 ? line : line.mid(i);
}

QString markdownLine(QStringView line)
{
    while (line.startsWith(QLatin1Char('>')))
        line = line.mid(1).trimmed();
    if (line.startsWith(QLatin1Char('#'))) {
        while (line.startsWith(QLatin1Char('#')))
            line = line.mid(1);
        while (line.endsWith(QLatin1Char('#')))
            line.chop(1);
    }
    return stripMarkdownInline(line.trimmed());
}

} // namespace

bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

QString cleanTitle(QStringView title)
{
    QString t = title.toString().simplified();
    if (t.size() <= MaxTitleLength)
        return t;
    qsizetype cut = t.lastIndexOf(QLatin1Char(' '), MaxTitleLength - 1);
    if (cut < MaxTitleLength / 2)
        cut = MaxTitleLength - 1;
    t.truncate(cut);
    while (!t.isEmpty() && !t.back().isLetterOrNumber())
        t.chop(1);
    return t + QChar(0x2026); // …
}

QString stripMarkdownInline(QStringView line)
{
    QString out;
    out.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size() && line.at(i + 1).isPunct()) {
            out.append(line.at(++i));
        } else if (c == QLatin1Char('[') || (c == QLatin1Char('!') && line.mid(i + 1).startsWith(QLatin1Char('[')))) {
            // [text](url) and [text][ref] keep their text; images disappear entirely.
            const bool image = c == QLatin1Char('!');
            const qsizetype open = image ? i + 1 : i;
            const qsizetype close = line.indexOf(QLatin1Char(']'), open);
            if (close < 0) {
                out.append(c);
                continue;
            }
            qsizetype end = close;
            if (close + 1 < line.size()
                && (line.at(close + 1) == QLatin1Char('(') || line.at(close + 1) == QLatin1Char('['))) {
                const QChar closer = line.at(close + 1) == QLatin1Char('(') ? QLatin1Char(')') : QLatin1Char(']');
                const qsizetype e = line.indexOf(closer, close + 1);
                end = e < 0 ? close : e;
            }
            if (!image)
                out.append(stripMarkdownInline(line.mid(open + 1, close - open - 1)));
            i = end;
        } else if (c == QLatin1Char('*') || c == QLatin1Char('`') || c == QLatin1Char('~')) {
            continue;
        } else if (c == QLatin1Char('_')) {
            // snake_case keeps its underscores; _emphasis_ loses them
            const bool inWord = i > 0 && i + 1 < line.size() && line.at(i - 1).isLetterOrNumber()
                && line.at(i + 1).isLetterOrNumber();
            if (inWord)
                out.append(c);
        } else {
            out.append(c);
        }
    }
    return out;
}

QString guessTitle(QStringView text, TextFlavor flavor)
{
    text = text.left(ScanChars);
    std::vector<std::unique_ptr<Line>> lines; // the first meaningful lines
    bool inFence = false;
    int lineCount = 0;
    for (qsizetype pos = 0; pos < text.size() && lineCount < ScanLines && lines.size() < CandidateLines; ++lineCount) {
        qsizetype end = pos;
        while (end < text.size() && !isLineBreak(text.at(end)))
            ++end;
        const QStringView raw = text.mid(pos, end - pos).trimmed();
        pos = end + 1;
        if (raw.isEmpty())
            continue;
        if (flavor == TextFlavor::Markdown) {
            if (raw.startsWith(QLatin1String("```")) || raw.startsWith(QLatin1String("~~~"))) {
                inFence = !inFence;
                continue;
            }
            if (inFence || raw.startsWith(QLatin1String("<!--")))
                continue;
        }
        const bool listItem = raw.size() > 1 && raw.at(1).isSpace()
            && (raw.front() == QLatin1Char('-') || raw.front() == QLatin1Char('*') || raw.front() == QLatin1Char('+')
                || raw.front() == QChar(0x2022));
        auto line = std::make_unique<Line>(
            withoutLeadingPunctuation(
                flavor == TextFlavor::Markdown ? markdownLine(raw).simplified() : raw.toString().simplified()),
            listItem);
        if (line->words.isEmpty() || isFurniture(*line))
            continue;
        lines.push_back(std::move(line));
    }
    if (lines.empty())
        return QString();

    size_t pick = 0;
    if (lines.size() > 1 && isMasthead(lines[0]->words) && isHeadlineLike(*lines[1]))
        pick = 1;
    const Line &candidate = *lines[pick];
    if (isLeadParagraph(candidate)) {
        for (size_t k = pick + 1; k < lines.size() && k <= pick + 2; ++k) {
            if (isHeadlineLike(*lines[k]) && isTitleCase(*lines[k]))
                return cleanTitle(lines[k]->text);
        }
    }
    if (candidate.text.size() <= MaxTitleLength)
        return candidate.text;
    const QString sentence = firstSentence(candidate.text);
    return sentence.isEmpty() ? cleanTitle(candidate.text) : sentence;
}

} // namespace Annalist
