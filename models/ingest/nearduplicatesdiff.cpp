#include "ingest/nearduplicates.h"

#include <QHash>
#include <algorithm>
#include <vector>

namespace Annalist {

namespace {

// Words, runs of whitespace and single other characters.
std::vector<QStringView> tokenize(QStringView text)
{
    std::vector<QStringView> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const qsizetype start = i;
        if (text[i].isSpace()) {
            while (i < n && text[i].isSpace())
                ++i;
        } else if (text[i].isLetterOrNumber()) {
            while (i < n && text[i].isLetterOrNumber())
                ++i;
        } else {
            ++i;
        }
        tokens.push_back(text.mid(start, i - start));
    }
    return tokens;
}

enum class Op : quint8 { Same, Added, Removed };

// The furthest point a (d-1)-path can be extended to on diagonal k with one edit: down from
// diagonal k + 1 (an addition) or right from k - 1 (a removal), never leaving the n x m grid.
// at(j) is the furthest x on diagonal j after d - 1 edits, or -1. Returns -1 when neither move
// is possible; *from receives the diagonal moved from.
template <typename At>
int extend(At at, int k, int d, int n, int m, int *from)
{
    int best = -1;
    if (k + 1 <= d - 1) {
        const int x = at(k + 1);
        if (x >= 0 && x - k <= m) {
            best = x;
            *from = k + 1;
        }
    }
    if (k - 1 >= -(d - 1)) {
        const int x = at(k - 1);
        if (x >= 0 && x + 1 <= n && x + 1 > best) {
            best = x + 1;
            *from = k - 1;
        }
    }
    return best;
}

// Myers' greedy O(ND) diff of a and b; false when more than maxEdits edits are needed.
bool myers(const std::vector<int> &a, const std::vector<int> &b, int maxEdits, std::vector<Op> &ops)
{
    const int n = int(a.size()), m = int(b.size());
    const int limit = std::min(n + m, maxEdits);
    const int offset = limit + 1;
    std::vector<int> v(size_t(2 * limit + 3), -1);
    auto at = [&v, offset](int k) { return v[size_t(offset + k)]; };
    std::vector<std::vector<int>> trace; // trace[d]: v[-d..d] before step d
    int found = -1;
    for (int d = 0; d <= limit && found < 0; ++d) {
        trace.emplace_back(v.begin() + offset - d, v.begin() + offset + d + 1);
        for (int k = -d; k <= d; k += 2) {
            int from = 0;
            int x = d == 0 ? 0 : extend(at, k, d, n, m, &from);
            if (x < 0) {
                v[size_t(offset + k)] = -1;
                continue;
            }
            int y = x - k;
            while (x < n && y < m && a[size_t(x)] == b[size_t(y)]) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x == n && y == m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0)
        return false;
    int x = n, y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &prev = trace[size_t(d)];
        auto prevAt = [&prev, d](int k) { return prev[size_t(k + d)]; };
        int from = 0;
        const int k = x - y;
        const int moved = extend(prevAt, k, d, n, m, &from); // x right after the edit
        for (; x > moved; --x, --y)
            ops.push_back(Op::Same);
        ops.push_back(from == k + 1 ? Op::Added : Op::Removed);
        x = prevAt(from);
        y = x - from;
    }
    for (; x > 0 && y > 0; --x, --y)
        ops.push_back(Op::Same);
    std::reverse(ops.begin(), ops.end());
    return true;
}

} // namespace

QList<DiffChunk> NearDuplicates::diffWords(QStringView a, QStringView b)
{
    const std::vector<QStringView> ta = tokenize(a);
    const std::vector<QStringView> tb = tokenize(b);
    // Tokens as ids; all whitespace shares one id.
    QHash<QStringView, int> ids;
    auto idsOf = [&ids](const std::vector<QStringView> &tokens) {
        std::vector<int> out;
        out.reserve(tokens.size());
        for (QStringView t : tokens) {
            const QStringView key = t.front().isSpace() ? QStringView(u" ") : t;
            out.push_back(ids.insert(key, ids.value(key, int(ids.size()))).value());
        }
        return out;
    };
    const std::vector<int> ia = idsOf(ta);
    const std::vector<int> ib = idsOf(tb);

    size_t head = 0;
    while (head < ia.size() && head < ib.size() && ia[head] == ib[head])
        ++head;
    size_t tail = 0;
    while (tail < ia.size() - head && tail < ib.size() - head && ia[ia.size() - 1 - tail] == ib[ib.size() - 1 - tail])
        ++tail;
    const std::vector<int> ma(ia.begin() + qsizetype(head), ia.end() - qsizetype(tail));
    const std::vector<int> mb(ib.begin() + qsizetype(head), ib.end() - qsizetype(tail));

    std::vector<Op> middle;
    if (!myers(ma, mb, MaxEditTokens, middle)) {
        middle.assign(ma.size(), Op::Removed);
        middle.insert(middle.end(), mb.size(), Op::Added);
    }
    std::vector<Op> ops(head, Op::Same);
    ops.insert(ops.end(), middle.begin(), middle.end());
    ops.insert(ops.end(), tail, Op::Same);

    QList<DiffChunk> chunks;
    size_t pa = 0, pb = 0;
    for (Op op : ops) {
        const DiffChunk::Kind kind = op == Op::Same ? DiffChunk::Same
            : op == Op::Added                       ? DiffChunk::Added
                                                    : DiffChunk::Removed;
        const QStringView token = op == Op::Removed ? ta[pa] : tb[pb];
        if (op != Op::Added)
            ++pa;
        if (op != Op::Removed)
            ++pb;
        if (chunks.isEmpty() || chunks.last().kind != kind)
            chunks.append({ kind, QString() });
        chunks.last().text.append(token.data(), token.size());
    }
    return chunks;
}

} // namespace Annalist
