#include "ingest/pdflayout.h"

#include "ingest/textcleanerwords.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Annalist {

namespace {

constexpr double MarginZone = 0.1; // top and bottom tenth of the page hold running heads

double centerY(const QRectF &r)
{
    return r.top() + r.height() / 2;
}

double xOverlap(const QRectF &a, const QRectF &b)
{
    return std::min(a.right(), b.right()) - std::max(a.left(), b.left());
}

// Digits stand for any number: "Page 3 of 9" and "Page 4 of 9" are the same furniture.
QString furnitureKey(const QString &text)
{
    QString key;
    key.reserve(text.size());
    for (QChar c : text) {
        if (c.isDigit()) {
            if (!key.endsWith(QLatin1Char('#')))
                key.append(QLatin1Char('#'));
        } else if (!c.isSpace()) {
            key.append(c.toLower());
        }
    }
    return key;
}

// Marks lines that are running headers, footers or page numbers; returns how many.
int markFurniture(const QList<PdfPage> &pages, std::vector<std::vector<bool>> *drop)
{
    QHash<QString, QSet<int>> pagesByKey;
    for (int p = 0; p < pages.size(); ++p) {
        const PdfPage &page = pages.at(p);
        (*drop)[size_t(p)].assign(size_t(page.lines.size()), false);
        for (const PdfLine &line : page.lines) {
            const double y = centerY(line.box) / std::max(1.0, page.size.height());
            if (y < MarginZone || y > 1 - MarginZone)
                pagesByKey[QLatin1Char(y < 0.5 ? 't' : 'b') + furnitureKey(line.text)].insert(p);
        }
    }
    // Two pages suffice for short documents; longer ones need three, so that a heading
    // that happens to open two pages is not taken for a running head.
    const int needed = pages.size() <= 3 ? 2 : 3;
    int count = 0;
    for (int p = 0; p < pages.size(); ++p) {
        const PdfPage &page = pages.at(p);
        for (int i = 0; i < page.lines.size(); ++i) {
            const PdfLine &line = page.lines.at(i);
            const double y = centerY(line.box) / std::max(1.0, page.size.height());
            if (y >= MarginZone && y <= 1 - MarginZone)
                continue;
            const QString key = QLatin1Char(y < 0.5 ? 't' : 'b') + furnitureKey(line.text);
            if (isPageNumberLine(line.text) || pagesByKey.value(key).size() >= needed) {
                (*drop)[size_t(p)][size_t(i)] = true;
                ++count;
            }
        }
    }
    return count;
}

// Pieces of one line that the text engine split at a wide space are rejoined; pieces
// separated by a column gutter (more than about an em) stay apart.
QList<PdfLine> mergeLinePieces(QList<PdfLine> lines)
{
    std::sort(lines.begin(), lines.end(), [](const PdfLine &a, const PdfLine &b) {
        const double h = std::min(a.box.height(), b.box.height());
        if (std::abs(centerY(a.box) - centerY(b.box)) > 0.3 * h)
            return centerY(a.box) < centerY(b.box);
        return a.box.left() < b.box.left();
    });
    QList<PdfLine> merged;
    for (PdfLine &line : lines) {
        if (!merged.isEmpty()) {
            PdfLine &last = merged.last();
            const double h = std::min(last.box.height(), line.box.height());
            const double gap = line.box.left() - last.box.right();
            if (std::abs(centerY(last.box) - centerY(line.box)) < 0.3 * h && gap >= -0.5 * h && gap < 1.0 * h
                && std::abs(last.box.height() - line.box.height()) < 0.25 * h) {
                last.text += QLatin1Char(' ') + line.text;
                last.box = last.box.united(line.box);
                continue;
            }
        }
        merged.append(std::move(line));
    }
    return merged;
}

struct Block
{
    QRectF box;
    QList<const PdfLine *> lines;
    double lineHeight = 0;
};

QList<Block> groupIntoBlocks(const QList<PdfLine> &lines)
{
    QList<Block> blocks;
    for (const PdfLine &line : lines) { // sorted top to bottom
        const double h = line.box.height();
        Block *best = nullptr;
        double bestGap = 0;
        for (Block &block : blocks) {
            const QRectF &last = block.lines.last()->box;
            const double lh = std::min(h, last.height());
            const double gap = line.box.top() - last.bottom();
            const bool below = centerY(line.box) > centerY(last) + 0.3 * lh;
            const bool sameSize = std::abs(h - block.lineHeight) <= 0.2 * std::max(h, block.lineHeight);
            const bool aligned = xOverlap(line.box, block.box) >= 0.5 * std::min(line.box.width(), block.box.width());
            if (below && gap < 0.8 * lh && sameSize && aligned && (!best || gap < bestGap)) {
                best = &block;
                bestGap = gap;
            }
        }
        if (!best) {
            blocks.append(Block { line.box, { &line }, h });
        } else {
            best->lines.append(&line);
            best->box = best->box.united(line.box);
        }
    }
    return blocks;
}

// Breuel's partial order: a before b when they share columns and a is higher, or when a
// lies wholly left of b and nothing spanning both lies between them vertically.
QList<int> readingOrder(const QList<Block> &blocks)
{
    const int n = int(blocks.size());
    std::vector<std::vector<int>> after(static_cast<size_t>(n));
    std::vector<int> indegree(size_t(n), 0);
    const bool small = n <= 150; // the spanning test is cubic; huge pages fall back to rows
    for (int a = 0; a < n && small; ++a) {
        const QRectF &A = blocks.at(a).box;
        for (int b = 0; b < n; ++b) {
            if (a == b)
                continue;
            const QRectF &B = blocks.at(b).box;
            bool before = false;
            if (xOverlap(A, B) > 0) {
                before = centerY(A) < centerY(B);
            } else if (A.right() <= B.left()) {
                const double low = std::min(centerY(A), centerY(B));
                const double high = std::max(centerY(A), centerY(B));
                before = std::none_of(blocks.cbegin(), blocks.cend(), [&](const Block &c) {
                    const double y = centerY(c.box);
                    return y > low && y < high && xOverlap(c.box, A) > 0 && xOverlap(c.box, B) > 0;
                });
            }
            if (before) {
                after[size_t(a)].push_back(b);
                ++indegree[size_t(b)];
            }
        }
    }
    // Kahn's algorithm; among the free blocks the topmost (then leftmost) goes first, and a
    // cycle (overlapping boxes) is broken the same way.
    auto earlier = [&](int a, int b) {
        const QRectF &A = blocks.at(a).box;
        const QRectF &B = blocks.at(b).box;
        return A.top() != B.top() ? A.top() < B.top() : A.left() < B.left();
    };
    QList<int> order;
    std::vector<bool> done(size_t(n), false);
    while (order.size() < n) {
        int next = -1;
        for (int i = 0; i < n; ++i) {
            if (!done[size_t(i)] && indegree[size_t(i)] == 0 && (next < 0 || earlier(i, next)))
                next = i;
        }
        if (next < 0) {
            for (int i = 0; i < n; ++i) {
                if (!done[size_t(i)] && (next < 0 || earlier(i, next)))
                    next = i;
            }
        }
        done[size_t(next)] = true;
        order.append(next);
        for (int b : after[size_t(next)])
            --indegree[size_t(b)];
    }
    return order;
}

bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010);
}

class Joiner
{
public:
    explicit Joiner(const QSet<QString> &vocabulary)
        : m_vocabulary(vocabulary)
    { }

    // Appends the next line of a paragraph to text.
    void append(QString *text, const QString &line) const
    {
        if (text->isEmpty()) {
            text->append(line);
            return;
        }
        const QChar last = text->back();
        if (last == QChar(0x00AD)) { // a soft hyphen only ever marks a break inside a word
            text->chop(1);
            text->append(line);
            return;
        }
        if (isHyphen(last) && text->size() >= 2 && text->at(text->size() - 2).isLetter()) {
            qsizetype start = text->size() - 2;
            while (start > 0 && text->at(start - 1).isLetter())
                --start;
            const QString head = text->mid(start, text->size() - 1 - start);
            qsizetype end = 0;
            while (end < line.size() && line.at(end).isLetter())
                ++end;
            const QString tail = line.left(end);
            if (!tail.isEmpty() && tail.at(0).isLower() && isWord(head + tail))
                text->chop(1); // "devel-" + "opment"
            text->append(line); // a compound keeps its hyphen: "open-source"
            return;
        }
        text->append(QLatin1Char(' '));
        text->append(line);
    }

private:
    bool isWord(const QString &word) const
    {
        return m_vocabulary.contains(word.toLower()) || CleanerWords::isWord(word);
    }

    const QSet<QString> &m_vocabulary;
};

// Every word of the document in lower case: a hyphenated word that appears whole elsewhere
// is a word even when the dictionary does not know it (names, jargon).
QSet<QString> vocabularyOf(const QList<PdfPage> &pages)
{
    QSet<QString> words;
    for (const PdfPage &page : pages) {
        for (const PdfLine &line : page.lines) {
            const QString &t = line.text;
            qsizetype i = 0;
            while (i < t.size()) {
                if (!t.at(i).isLetter()) {
                    ++i;
                    continue;
                }
                qsizetype j = i;
                while (j < t.size() && t.at(j).isLetter())
                    ++j;
                // A word that ends the line with a hyphen is half a word.
                const bool broken = j + 1 == t.size() && (isHyphen(t.at(j)) || t.at(j) == QChar(0x00AD));
                if (j - i >= 2 && !broken)
                    words.insert(t.mid(i, j - i).toLower());
                i = j;
            }
        }
    }
    return words;
}

} // namespace

bool isPageNumberLine(const QString &text)
{
    QString s = text.simplified().toLower();
    for (const char *prefix : { "page ", "p. ", "p.", "pg. ", "seite ", "s. " }) {
        if (s.startsWith(QLatin1String(prefix))) {
            s = s.mid(QLatin1String(prefix).size());
            break;
        }
    }
    auto isDecoration = [](QChar c) {
        return c.isSpace() || c == QLatin1Char('-') || c == QChar(0x2013) || c == QChar(0x2014)
            || c == QLatin1Char('|') || c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('(')
            || c == QLatin1Char(')') || c == QChar(0x00b7);
    };
    qsizetype from = 0;
    qsizetype to = s.size();
    while (from < to && isDecoration(s.at(from)))
        ++from;
    while (to > from && isDecoration(s.at(to - 1)))
        --to;
    s = s.mid(from, to - from);
    for (const char *separator : { " of ", "/" }) {
        const qsizetype at = s.indexOf(QLatin1String(separator));
        if (at > 0)
            s = s.left(at).trimmed();
    }
    if (s.isEmpty() || s.size() > 6)
        return false;
    const bool digits = std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
    const bool roman = std::all_of(s.cbegin(), s.cend(), [](QChar c) {
        return c == QLatin1Char('i') || c == QLatin1Char('v') || c == QLatin1Char('x') || c == QLatin1Char('l');
    });
    return digits || roman;
}

PdfText layOutPdf(QList<PdfPage> pages)
{
    PdfText result;
    std::vector<std::vector<bool>> drop(size_t(pages.size()));
    result.furnitureLines = markFurniture(pages, &drop);
    const QSet<QString> vocabulary = vocabularyOf(pages);
    const Joiner joiner(vocabulary);

    for (int p = 0; p < pages.size(); ++p) {
        QList<PdfLine> kept;
        const QList<PdfLine> &lines = pages.at(p).lines;
        for (int i = 0; i < lines.size(); ++i) {
            if (!drop[size_t(p)][size_t(i)] && !lines.at(i).text.trimmed().isEmpty())
                kept.append(lines.at(i));
        }
        kept = mergeLinePieces(std::move(kept));
        const QList<Block> blocks = groupIntoBlocks(kept);
        if (!result.text.isEmpty() && !blocks.isEmpty())
            result.text.append(QLatin1String("\n\n"));
        result.pageStarts.append(result.text.size());
        bool first = true;
        for (int b : readingOrder(blocks)) {
            QString paragraph;
            for (const PdfLine *line : blocks.at(b).lines)
                joiner.append(&paragraph, line->text.simplified());
            if (!first)
                result.text.append(QLatin1String("\n\n"));
            result.text.append(paragraph);
            first = false;
        }
    }
    return result;
}

} // namespace Annalist
