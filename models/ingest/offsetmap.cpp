#include "ingest/offsetmap.h"

#include <QtEndian>
#include <algorithm>

namespace Annalist {

OffsetMap OffsetMap::identity(qsizetype length)
{
    OffsetMap map;
    map.m_length[Original] = map.m_length[Clean] = length;
    return map;
}

qsizetype OffsetMap::map(int from, qsizetype position, Edge edge) const
{
    const int to = 1 - from;
    position = std::clamp<qsizetype>(position, 0, m_length[from]);
    // The last edit starting at or before position; before the first edit both texts agree.
    auto it = std::upper_bound(
        m_edits.cbegin(), m_edits.cend(), position, [from](qsizetype pos, const Edit &e) { return pos < e.pos[from]; });
    if (it == m_edits.cbegin())
        return position;
    const Edit &e = *(it - 1);
    const qsizetype editEnd = e.pos[from] + e.len[from];
    const qsizetype counterpartEnd = e.pos[to] + e.len[to];
    if (position == e.pos[from]) {
        // At an edit's start. For an insertion (nothing on this side) a span starting here
        // leaves the inserted text out; everything else maps to the counterpart's start.
        if (e.len[from] == 0 && edge == Edge::Start)
            return counterpartEnd;
        return e.pos[to];
    }
    if (position < editEnd)
        return edge == Edge::End ? counterpartEnd : e.pos[to];
    return position - editEnd + counterpartEnd;
}

TextSpan OffsetMap::mapSpan(int from, TextSpan span) const
{
    if (span.length <= 0) {
        const qsizetype p = mapPoint(from, span.start);
        return { p, 0 };
    }
    const qsizetype start = map(from, span.start, Edge::Start);
    const qsizetype end = std::max(start, map(from, span.end(), Edge::End));
    return { start, end - start };
}

bool operator==(const OffsetMap &a, const OffsetMap &b)
{
    if (a.m_length[0] != b.m_length[0] || a.m_length[1] != b.m_length[1] || a.m_edits.size() != b.m_edits.size())
        return false;
    return std::equal(a.m_edits.cbegin(), a.m_edits.cend(), b.m_edits.cbegin(),
        [](const OffsetMap::Edit &x, const OffsetMap::Edit &y) {
            return x.pos[0] == y.pos[0] && x.pos[1] == y.pos[1] && x.len[0] == y.len[0] && x.len[1] == y.len[1];
        });
}

// Layout: "OMAP", version, originalLength, cleanLength, editCount, then per edit the original
// position delta from the previous edit's end, original length, clean length; all quint32 LE.
// Clean positions follow from the lengths, so they are not stored.
namespace {
constexpr quint32 MapMagic = 0x50414d4f; // "OMAP" read little-endian
constexpr quint32 MapVersion = 1;

void putU32(QByteArray &out, qsizetype value)
{
    char buf[4];
    qToLittleEndian<quint32>(quint32(value), buf);
    out.append(buf, 4);
}
} // namespace

QByteArray OffsetMap::toBytes() const
{
    QByteArray out;
    out.reserve(qsizetype(20 + m_edits.size() * 12));
    putU32(out, MapMagic);
    putU32(out, MapVersion);
    putU32(out, m_length[Original]);
    putU32(out, m_length[Clean]);
    putU32(out, qsizetype(m_edits.size()));
    qsizetype previousEnd = 0;
    for (const Edit &e : m_edits) {
        putU32(out, e.pos[Original] - previousEnd);
        putU32(out, e.len[Original]);
        putU32(out, e.len[Clean]);
        previousEnd = e.pos[Original] + e.len[Original];
    }
    return out;
}

std::optional<OffsetMap> OffsetMap::fromBytes(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype words = bytes.size() / 4;
    auto word = [data](qsizetype i) { return qsizetype(qFromLittleEndian<quint32>(data + 4 * i)); };
    if (bytes.size() % 4 != 0 || words < 5 || word(0) != MapMagic || word(1) != MapVersion)
        return std::nullopt;
    const qsizetype count = word(4);
    if (count != (words - 5) / 3 || (words - 5) % 3 != 0)
        return std::nullopt;
    OffsetMap map;
    map.m_length[Original] = word(2);
    map.m_length[Clean] = word(3);
    map.m_edits.reserve(size_t(count));
    qsizetype origEnd = 0, cleanEnd = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype gap = word(5 + 3 * i);
        if (i > 0 && gap == 0)
            return std::nullopt; // edits never touch
        Edit e { { origEnd + gap, cleanEnd + gap }, { word(6 + 3 * i), word(7 + 3 * i) } };
        origEnd = e.pos[Original] + e.len[Original];
        cleanEnd = e.pos[Clean] + e.len[Clean];
        if (origEnd > map.m_length[Original] || cleanEnd > map.m_length[Clean])
            return std::nullopt;
        map.m_edits.push_back(e);
    }
    if (map.m_length[Original] - origEnd != map.m_length[Clean] - cleanEnd)
        return std::nullopt;
    return map;
}

OffsetMap::Builder::Builder(QStringView original)
    : m_original(original)
{
    m_text.reserve(original.size());
}

void OffsetMap::Builder::keep(qsizetype originalEnd)
{
    originalEnd = std::clamp(originalEnd, m_cursor, m_original.size());
    m_text.append(m_original.mid(m_cursor, originalEnd - m_cursor));
    m_cursor = originalEnd;
}

void OffsetMap::Builder::replace(qsizetype originalEnd, QStringView replacement)
{
    originalEnd = std::clamp(originalEnd, m_cursor, m_original.size());
    const QStringView replaced = m_original.mid(m_cursor, originalEnd - m_cursor);
    if (replaced == replacement) {
        keep(originalEnd);
        return;
    }
    // Trim what the replacement shares with the original at both ends, so edits stay minimal
    // and exact mapping extends to the unchanged characters.
    qsizetype head = 0;
    while (head < replaced.size() && head < replacement.size() && replaced[head] == replacement[head])
        ++head;
    qsizetype tail = 0;
    while (tail < replaced.size() - head && tail < replacement.size() - head
        && replaced[replaced.size() - 1 - tail] == replacement[replacement.size() - 1 - tail])
        ++tail;
    keep(m_cursor + head);
    const qsizetype origLen = replaced.size() - head - tail;
    const qsizetype cleanLen = replacement.size() - head - tail;
    Edit e { { m_cursor, m_text.size() }, { origLen, cleanLen } };
    auto &edits = m_map.m_edits;
    if (!edits.empty() && edits.back().pos[Original] + edits.back().len[Original] == e.pos[Original]) {
        edits.back().len[Original] += origLen; // touching edits merge into one
        edits.back().len[Clean] += cleanLen;
    } else {
        edits.push_back(e);
    }
    m_text.append(replacement.mid(head, cleanLen));
    m_cursor += origLen;
    keep(m_cursor + tail);
}

OffsetMap::Builder::Result OffsetMap::Builder::finish()
{
    keep(m_original.size());
    m_map.m_length[Original] = m_original.size();
    m_map.m_length[Clean] = m_text.size();
    return { std::move(m_text), std::move(m_map) };
}

} // namespace Annalist
