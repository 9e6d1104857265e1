#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <optional>
#include <vector>

namespace Annalist {

// A [start, start + length) stretch of UTF-16 code units.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype length = 0;

    qsizetype end() const { return start + length; }
    friend bool operator==(const TextSpan &a, const TextSpan &b) { return a.start == b.start && a.length == b.length; }
    friend bool operator!=(const TextSpan &a, const TextSpan &b) { return !(a == b); }
};

// Maps offsets between an original text and a text derived from it by local edits (the cleaner's
// output). Only the edits are stored, sorted, with at least one unchanged character between two
// of them; between edits both texts are identical, so a lookup is one binary search.
//
// Positions are boundaries between characters (0..length). Guarantees:
//  - Unchanged text maps exactly, and so do the edges of every edit.
//  - A position strictly inside an edited stretch maps to the start of its counterpart.
//  - A span maps to the smallest span covering everything it touches: a start inside an edit
//    goes to the edit's start, an end inside an edit to the edit's end, while a span that only
//    borders an edit leaves it out. A span that lies inside deleted text maps to an empty span.
//  - Round trip: mapping a span to the other side and back returns the same span when neither
//    end is strictly inside an edit and the span neither starts nor ends with text that has no
//    counterpart (deleted text, seen from the original; inserted text, seen from the clean
//    side) - such text is left out on the way back, as the smallest covering span demands.
//    Every whitespace-separated token of a TextCleaner result qualifies.
class OffsetMap
{
public:
    class Builder;

    OffsetMap() = default;
    static OffsetMap identity(qsizetype length);

    qsizetype originalLength() const { return m_length[Original]; }
    qsizetype cleanLength() const { return m_length[Clean]; }
    bool isIdentity() const { return m_edits.empty(); }
    qsizetype editCount() const { return qsizetype(m_edits.size()); }
    // Calls f(originalStart, originalLength, cleanStart, cleanLength) for each edit, in order.
    template<typename F>
    void forEachEdit(F f) const
    {
        for (const Edit &e : m_edits)
            f(e.pos[Original], e.len[Original], e.pos[Clean], e.len[Clean]);
    }

    qsizetype toClean(qsizetype originalPosition) const { return mapPoint(Original, originalPosition); }
    qsizetype toOriginal(qsizetype cleanPosition) const { return mapPoint(Clean, cleanPosition); }
    TextSpan toClean(TextSpan original) const { return mapSpan(Original, original); }
    TextSpan toOriginal(TextSpan clean) const { return mapSpan(Clean, clean); }

    // Compact little-endian serialisation, so a store can keep the map next to the clean text.
    QByteArray toBytes() const;
    static std::optional<OffsetMap> fromBytes(const QByteArray &bytes);

    friend bool operator==(const OffsetMap &a, const OffsetMap &b);

private:
    enum Side { Original = 0, Clean = 1 };
    enum class Edge { Point, Start, End };
    struct Edit
    {
        qsizetype pos[2];
        qsizetype len[2];
    };

    qsizetype map(int from, qsizetype position, Edge edge) const;
    qsizetype mapPoint(int from, qsizetype position) const { return map(from, position, Edge::Point); }
    TextSpan mapSpan(int from, TextSpan span) const;

    std::vector<Edit> m_edits;
    qsizetype m_length[2] = { 0, 0 };
};

// Builds a derived text from left to right together with its OffsetMap:
//   OffsetMap::Builder b(original); b.keep(10); b.replace(12, u" "); b.keep(original.size());
class OffsetMap::Builder
{
public:
    explicit Builder(QStringView original);

    qsizetype position() const { return m_cursor; } // in the original
    const QString &text() const { return m_text; } // derived text so far

    // Copies the original up to originalEnd unchanged.
    void keep(qsizetype originalEnd);
    // Replaces the original up to originalEnd by replacement: empty replacement deletes,
    // originalEnd == position() inserts. A replacement equal to the original is a keep.
    void replace(qsizetype originalEnd, QStringView replacement);
    void insert(QStringView text) { replace(m_cursor, text); }

    // Keeps the rest of the original, then hands out text and map (the builder is spent).
    struct Result
    {
        QString text;
        OffsetMap map;
    };
    Result finish();

private:
    QStringView m_original;
    qsizetype m_cursor = 0;
    QString m_text;
    OffsetMap m_map;
};

} // namespace Annalist
