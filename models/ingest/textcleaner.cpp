#include "ingest/textcleaner.h"

#include "ingest/textcleanerinline.h"
#include "ingest/textcleanerwords.h"

#include <vector>

namespace Annalist {

namespace {

enum class Kind : quint8 { Blank, Text, Digits, Dot, Furniture };

struct Line
{
    qsizetype start; // first character of the line
    qsizetype content; // first non-blank character
    qsizetype end; // after the last non-blank character
    Kind kind;
    bool kept;
};

bool isBlankChar(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\f' || c == u'\v' || c == 0xA0;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

Kind classify(QStringView s)
{
    if (s.isEmpty())
        return Kind::Blank;
    if (s.size() <= 2 && isAsciiDigit(s[0]) && (s.size() == 1 || isAsciiDigit(s[1])))
        return Kind::Digits;
    if (s[0] == u'.' && (s.size() == 1 || s[1] != u'.'))
        return Kind::Dot;
    if (s.size() <= 20 && TextCleaner::isFurnitureLine(s))
        return Kind::Furniture;
    return Kind::Text;
}

bool endsSentence(QChar c)
{
    static constexpr QStringView marks = u".!?:;\"')]\u201D\u2019";
    return marks.contains(c);
}

bool isListItem(QStringView s)
{
    if (s.startsWith(u"- ") || s.startsWith(u"* ") || s.startsWith(u"\u2022") || s.startsWith(u"\u2013 "))
        return true;
    qsizetype i = 0;
    while (i < s.size() && i < 3 && isAsciiDigit(s[i]))
        ++i;
    return i > 0 && i + 1 < s.size() && (s[i] == u'.' || s[i] == u')') && s[i + 1] == u' ';
}

class Cleaner
{
public:
    explicit Cleaner(QStringView text)
        : m_text(text)
        , m_builder(text)
    { }

    CleanText run()
    {
        splitLines();
        dropDebris();
        detectWrapWidth();
        assemble();
        auto result = m_builder.finish();
        return { std::move(result.text), std::move(result.map) };
    }

private:
    struct Join
    {
        qsizetype gapStart; // where the previous line's copy stops
        qsizetype gapEnd; // where the next line's copy starts
        QStringView separator;
    };

    QStringView content(const Line &l) const { return m_text.mid(l.content, l.end - l.content); }
    qsizetype length(const Line &l) const { return l.end - l.content; }

    void splitLines()
    {
        qsizetype start = 0;
        const qsizetype size = m_text.size();
        m_lines.reserve(size_t(size / 64 + 1));
        while (start <= size) {
            qsizetype nl = m_text.indexOf(u'\n', start);
            if (nl < 0)
                nl = size;
            qsizetype content = start;
            while (content < nl && isBlankChar(m_text[content].unicode()))
                ++content;
            qsizetype end = nl;
            while (end > content && isBlankChar(m_text[end - 1].unicode()))
                --end;
            const Kind kind = classify(m_text.mid(content, end - content));
            m_lines.push_back({ start, content, end, kind, kind == Kind::Text || kind == Kind::Dot });
            start = nl + 1;
        }
    }

    bool isProse(const Line &l) const
    {
        if ((l.kind != Kind::Text && l.kind != Kind::Dot) || length(l) < 40)
            return false;
        return content(l).count(u' ') >= 5;
    }

    // Citation digits go when they stand between paragraphs; a list number before a short
    // label ("1\nPolicy and Regulation") stays.
    void dropDebris()
    {
        const qsizetype n = qsizetype(m_lines.size());
        qsizetype lastKept = -1;
        for (qsizetype i = 0; i < n; ++i) {
            Line &l = m_lines[size_t(i)];
            if (l.kind == Kind::Digits) {
                qsizetype next = i + 1;
                while (next < n
                    && (m_lines[size_t(next)].kind == Kind::Blank || m_lines[size_t(next)].kind == Kind::Digits))
                    ++next;
                const bool before = lastKept >= 0 && isProse(m_lines[size_t(lastKept)]);
                const bool after
                    = next < n && (m_lines[size_t(next)].kind == Kind::Dot || isProse(m_lines[size_t(next)]));
                l.kept = !(before && after);
            }
            if (l.kept)
                lastKept = i;
        }
    }

    // A hard-wrapped text has most of its lines just below one width; then a line that could
    // not have taken the next word was wrapped, not ended.
    void detectWrapWidth()
    {
        constexpr int MaxWidth = 200;
        int histogram[MaxWidth + 2] = {};
        int count = 0;
        for (const Line &l : m_lines) {
            if (l.kept && l.kind == Kind::Text) {
                ++histogram[std::min<qsizetype>(length(l), MaxWidth + 1)];
                ++count;
            }
        }
        if (count < 8)
            return;
        constexpr int Window = 20;
        int best = 0, bestWidth = 0, inWindow = 0;
        for (int width = 0; width <= MaxWidth; ++width) {
            inWindow += histogram[width] - (width > Window ? histogram[width - Window - 1] : 0);
            if (inWindow > best) {
                best = inWindow;
                bestWidth = width;
            }
        }
        int longer = 0;
        for (int width = bestWidth + 6; width <= MaxWidth + 1; ++width)
            longer += histogram[width];
        if (bestWidth >= 30 && best * 2 >= count && longer * 10 <= count)
            m_wrapWidth = bestWidth;
    }

    Join join(const Line &a, const Line &b, int blanks, int dropped) const
    {
        const bool adjacent = blanks == 0 && dropped == 0;
        // "...intelligence\n3\n. Wu" and "...months3\n.": the period goes back to its sentence.
        const bool aText = a.kind == Kind::Text || a.kind == Kind::Dot; // ". The pair ..." is prose too
        if (b.kind == Kind::Dot && aText) {
            qsizetype stop = a.end;
            while (stop > a.end - 2 && stop - 1 > a.content && isAsciiDigit(m_text[stop - 1]))
                --stop;
            if (stop == a.end || !m_text[stop - 1].isLetter())
                stop = a.end;
            return { stop, b.content, u"" };
        }
        const QChar first = m_text[b.content];
        if (aText && b.kind == Kind::Text && length(a) >= 2 && m_text[a.end - 1] == u'-'
            && !isBlankChar(m_text[a.end - 2].unicode()) && first.isLetter()) {
            if (m_text[a.end - 2].isLetter() && first.isLower()) {
                qsizetype head = a.end - 1;
                while (head > a.content && m_text[head - 1].isLetter())
                    --head;
                qsizetype tail = b.content;
                while (tail < b.end && m_text[tail].isLetter())
                    ++tail;
                if (CleanerWords::isWord(m_text.mid(head, a.end - 1 - head), m_text.mid(b.content, tail - b.content)))
                    return { a.end - 1, b.content, u"" };
            }
            if (adjacent)
                return { a.end, b.content, u"" }; // a compound broken at its hyphen
        }
        if (adjacent && aText && b.kind == Kind::Text && !isListItem(content(b))) {
            qsizetype word = b.content;
            while (word < b.end && !isBlankChar(m_text[word].unicode()))
                ++word;
            const qsizetype la = length(a);
            const bool terminal = endsSentence(m_text[a.end - 1]);
            const bool wrapped = m_wrapWidth > 0
                && (la + 1 + (word - b.content) > m_wrapWidth || (la * 5 >= m_wrapWidth * 4 && !terminal));
            const bool continued = !terminal && first.isLower() && la >= 20;
            if (wrapped || continued)
                return { a.end, b.content, u" " };
        }
        return { a.end, b.start, blanks > 0 ? QStringView(u"\n\n") : QStringView(u"\n") };
    }

    void assemble()
    {
        const qsizetype n = qsizetype(m_lines.size());
        qsizetype copyFrom = -1; // start of the current kept line's copy
        qsizetype previous = -1;
        int blanks = 0, dropped = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const Line &l = m_lines[size_t(i)];
            if (!l.kept) {
                (l.kind == Kind::Blank ? blanks : dropped) += 1;
                continue;
            }
            if (previous < 0) {
                m_builder.replace(l.content, {});
                copyFrom = l.content;
            } else {
                const Line &p = m_lines[size_t(previous)];
                const Join j = join(p, l, blanks, dropped);
                CleanerInline::copyRepaired(m_builder, m_text, copyFrom, j.gapStart, p.content);
                m_builder.replace(j.gapEnd, j.separator);
                copyFrom = j.gapEnd;
            }
            if (l.kind == Kind::Dot && l.content + 1 < l.end && m_text[l.content + 1].isLetter()) {
                // ".DeepSeek and other..." after the period was glued back: a space before the word.
                CleanerInline::copyRepaired(m_builder, m_text, copyFrom, l.content + 1, l.content);
                m_builder.insert(u" ");
                copyFrom = l.content + 1;
            }
            previous = i;
            blanks = dropped = 0;
        }
        if (previous >= 0)
            CleanerInline::copyRepaired(
                m_builder, m_text, copyFrom, m_lines[size_t(previous)].end, m_lines[size_t(previous)].content);
        m_builder.replace(m_text.size(), {});
    }

    QStringView m_text;
    OffsetMap::Builder m_builder;
    std::vector<Line> m_lines;
    qsizetype m_wrapWidth = 0;
};

} // namespace

bool TextCleaner::isFurnitureLine(QStringView s)
{
    if (s == u"Share" || s == u"Copy Link" || s == u"Copy link")
        return true;
    // "4 Sources", "12 sources", "1 Source"
    qsizetype digits = 0;
    while (digits < s.size() && s[digits] >= u'0' && s[digits] <= u'9')
        ++digits;
    if (digits == 0 || digits > 3)
        return false;
    const QStringView rest = s.mid(digits);
    return rest.compare(u" Sources", Qt::CaseInsensitive) == 0 || rest.compare(u" Source", Qt::CaseInsensitive) == 0;
}

CleanText TextCleaner::clean(QStringView original)
{
    return Cleaner(original).run();
}

} // namespace Annalist
