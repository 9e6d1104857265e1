#include "ingest/articlesplitter.h"

#include "ingest/textcleaner.h"
#include "ingest/titleguesser.h"

#include <algorithm>
#include <vector>

namespace Annalist {

namespace {

constexpr qsizetype MinBody = 200; // characters of text a story or summary needs to stand alone

struct Line
{
    qsizetype start;
    qsizetype content; // first non-blank character
    qsizetype end; // after the last non-blank character
};

bool isBlankChar(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == QChar(0xA0);
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

qsizetype wordCount(QStringView s)
{
    return s.isEmpty() ? 0 : s.count(u' ') + 1;
}

bool isByline(QStringView s)
{
    if (!s.startsWith(u"By ") || s.size() > 60 || s.endsWith(u'.') || s.contains(u','))
        return false;
    static constexpr QStringView connectors[]
        = { u"&", u"and", u"de", u"van", u"von", u"da", u"di", u"le", u"la", u"bin" };
    qsizetype words = 0;
    for (QStringView word : s.mid(3).split(u' ', Qt::SkipEmptyParts)) {
        ++words;
        const bool connector = std::find(std::begin(connectors), std::end(connectors), word) != std::end(connectors);
        if (!connector && !word.front().isUpper())
            return false;
    }
    return words >= 1 && words <= 8;
}

bool isJumpLine(QStringView s)
{
    for (QStringView prefix : { QStringView(u"From page "), QStringView(u"Continued from page ") }) {
        if (s.startsWith(prefix) && s.size() > prefix.size() && isDigit(s[prefix.size()]))
            return true;
    }
    return false;
}

// "Hong Kong (AFP) - Investor confidence ..."
bool isDateline(QStringView s)
{
    static constexpr QStringView agencies[] = { u"AFP", u"Reuters", u"AP", u"Xinhua", u"Bloomberg", u"dpa", u"UPI",
        u"PTI", u"ANI", u"IANS", u"Kyodo", u"Yonhap", u"TASS", u"EFE" };
    const qsizetype open = s.indexOf(u" (");
    if (open < 2 || open > 40 || !s.front().isUpper() || s.left(open).contains(u'.'))
        return false;
    const qsizetype close = s.indexOf(u')', open);
    if (close < 0)
        return false;
    const QStringView agency = s.mid(open + 2, close - open - 2);
    if (std::find(std::begin(agencies), std::end(agencies), agency) == std::end(agencies))
        return false;
    const QStringView rest = s.mid(close + 1).trimmed();
    return !rest.isEmpty() && (rest.front() == u'-' || rest.front() == QChar(0x2013) || rest.front() == QChar(0x2014));
}

bool isHeading(QStringView s)
{
    if (s.size() < 3 || s.size() > 120 || wordCount(s) > 15 || isByline(s) || TextCleaner::isFurnitureLine(s))
        return false;
    static constexpr QStringView badEnds = u".,;:-\u2013\u2014";
    const QChar first = s.front();
    return !badEnds.contains(s.back())
        && (first.isUpper() || isDigit(first) || first == u'"' || first == QChar(0x201C));
}

// "[3]" or "[3] Title": the number, and where the rest of the line starts (or -1).
int sourceMarker(QStringView s, qsizetype *restOffset)
{
    if (s.size() < 3 || s[0] != u'[')
        return 0;
    qsizetype i = 1;
    int number = 0;
    while (i < s.size() && i <= 3 && isDigit(s[i]))
        number = number * 10 + (s[i++].unicode() - u'0');
    if (i == 1 || i >= s.size() || s[i] != u']')
        return 0;
    ++i;
    while (i < s.size() && s[i] == u' ')
        ++i;
    *restOffset = i < s.size() ? i : -1;
    return number;
}

class Splitter
{
public:
    explicit Splitter(QStringView text)
        : m_text(text)
    {
        qsizetype start = 0;
        while (start <= text.size()) {
            qsizetype nl = text.indexOf(u'\n', start);
            if (nl < 0)
                nl = text.size();
            qsizetype content = start, end = nl;
            while (content < end && isBlankChar(text[content]))
                ++content;
            while (end > content && isBlankChar(text[end - 1]))
                --end;
            m_lines.push_back({ start, content, end });
            start = nl + 1;
        }
    }

    QList<ArticleRange> run()
    {
        QList<ArticleRange> result = numberedSources();
        if (result.size() < 2)
            result = headedStories();
        if (result.size() < 2)
            result = { ArticleRange { 0, m_text.size(), guessTitle(m_text) } };
        return result;
    }

private:
    QStringView content(size_t i) const { return m_text.mid(m_lines[i].content, m_lines[i].end - m_lines[i].content); }
    bool blank(size_t i) const { return m_lines[i].content == m_lines[i].end; }

    // The end of [from, to) with trailing whitespace dropped.
    qsizetype trimEnd(qsizetype from, qsizetype to) const
    {
        while (to > from && m_text[to - 1].isSpace())
            --to;
        return to;
    }

    // Characters of text in lines [from, to) that are neither furniture nor markers; and the
    // first such line (or `to`).
    qsizetype proseIn(size_t from, size_t to, size_t *firstLine) const
    {
        qsizetype total = 0;
        *firstLine = to;
        qsizetype unused = 0;
        for (size_t i = from; i < to; ++i) {
            const QStringView s = content(i);
            if (s.isEmpty() || TextCleaner::isFurnitureLine(s) || sourceMarker(s, &unused) > 0)
                continue;
            if (*firstLine == to)
                *firstLine = i;
            total += s.size();
        }
        return total;
    }

    // A stand-alone article from lines [from, to) when they hold enough prose.
    void addSummary(QList<ArticleRange> &out, size_t from, size_t to) const
    {
        size_t first = 0;
        if (proseIn(from, to, &first) < MinBody)
            return;
        const qsizetype start = m_lines[first].content;
        const qsizetype end = trimEnd(start, to < m_lines.size() ? m_lines[to].start : m_text.size());
        out.append({ start, end, guessTitle(m_text.mid(start, end - start)) });
    }

    QList<ArticleRange> numberedSources() const
    {
        struct Source
        {
            size_t line;
            qsizetype titleStart;
            QString title;
        };
        std::vector<Source> sources;
        for (size_t i = 0; i < m_lines.size(); ++i) {
            qsizetype rest = -1;
            if (sourceMarker(content(i), &rest) != int(sources.size()) + 1)
                continue;
            size_t titleLine = i;
            qsizetype titleStart = rest >= 0 ? m_lines[i].content + rest : -1;
            if (titleStart < 0) {
                titleLine = i + 1;
                while (titleLine < m_lines.size() && blank(titleLine))
                    ++titleLine;
                qsizetype unused = 0;
                if (titleLine >= m_lines.size() || content(titleLine).size() > 300
                    || sourceMarker(content(titleLine), &unused) > 0)
                    continue;
                titleStart = m_lines[titleLine].content;
            }
            size_t body = titleLine + 1;
            while (body < m_lines.size() && blank(body))
                ++body;
            qsizetype unused = 0;
            if (body >= m_lines.size() || sourceMarker(content(body), &unused) > 0)
                continue; // a title without a body: a reference list, not a source
            const QStringView title = m_text.mid(titleStart, m_lines[titleLine].end - titleStart);
            sources.push_back({ i, titleStart, cleanTitle(title) });
        }
        if (sources.size() < 2)
            return {};

        QList<ArticleRange> out;
        addSummary(out, 0, sources.front().line);
        for (size_t k = 0; k + 1 < sources.size(); ++k) {
            const Source &s = sources[k];
            out.append({ s.titleStart, trimEnd(s.titleStart, m_lines[sources[k + 1].line].start), s.title });
        }
        // The last source ends at the first furniture line after its body; prose after that is
        // the bundle's summary.
        const Source &last = sources.back();
        size_t boundary = last.line + 2;
        while (boundary < m_lines.size() && !TextCleaner::isFurnitureLine(content(boundary)))
            ++boundary;
        out.append({ last.titleStart,
            trimEnd(last.titleStart, boundary < m_lines.size() ? m_lines[boundary].start : m_text.size()),
            last.title });
        addSummary(out, boundary, m_lines.size());
        return out;
    }

    QList<ArticleRange> headedStories() const
    {
        struct Story
        {
            size_t firstLine;
            QString title;
        };
        std::vector<Story> stories;
        for (size_t i = 0; i < m_lines.size(); ++i) {
            const QStringView s = content(i);
            if (!isByline(s) && !isJumpLine(s) && !isDateline(s))
                continue;
            // One to three heading lines right above, blank lines between them allowed.
            size_t first = i;
            QStringView title;
            int headings = 0;
            for (size_t j = i; j > 0 && headings < 3;) {
                --j;
                if (blank(j))
                    continue;
                if (!isHeading(content(j)) || (!stories.empty() && j < stories.back().firstLine))
                    break;
                ++headings;
                first = j;
                if (wordCount(content(j)) > wordCount(title))
                    title = content(j);
            }
            if (headings > 0)
                stories.push_back({ first, cleanTitle(title) });
        }
        if (stories.empty())
            return {};

        // Drop starts whose story is too short to be one: a kicker and a byline with a caption.
        std::vector<Story> kept;
        for (size_t k = 0; k < stories.size(); ++k) {
            const qsizetype from = m_lines[stories[k].firstLine].start;
            const qsizetype to = k + 1 < stories.size() ? m_lines[stories[k + 1].firstLine].start : m_text.size();
            if (to - from >= MinBody)
                kept.push_back(stories[k]);
        }
        if (kept.empty())
            return {};

        QList<ArticleRange> out;
        addSummary(out, 0, kept.front().firstLine); // text above the first headline
        if (out.isEmpty()) // nothing worth an article above: the first story starts the text
            kept.front().firstLine = 0;
        for (size_t k = 0; k < kept.size(); ++k) {
            size_t line = kept[k].firstLine;
            while (line + 1 < m_lines.size() && blank(line))
                ++line;
            const qsizetype start = m_lines[line].content;
            const qsizetype next = k + 1 < kept.size() ? m_lines[kept[k + 1].firstLine].start : m_text.size();
            out.append({ start, trimEnd(start, next), kept[k].title });
        }
        return out;
    }

    QStringView m_text;
    std::vector<Line> m_lines;
};

} // namespace

QList<ArticleRange> ArticleSplitter::split(QStringView original)
{
    return Splitter(original).run();
}

} // namespace Annalist
