#include "ingest/nearduplicates.h"

#include <QtEndian>
#include <algorithm>

namespace Annalist {

namespace {

constexpr quint64 mix64(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

constexpr int HashCount = Signature::FullHashes + Signature::LeadHashes;

// Multiply-shift hash functions h(x) = (a * x + b) >> 32, a odd; constants from splitmix64 so
// every build and platform computes the same signatures.
struct Seeds
{
    quint64 a[HashCount];
    quint64 b[HashCount];
};

constexpr Seeds makeSeeds()
{
    Seeds seeds {};
    quint64 state = 0x416E6E616C697374ULL; // "Annalist"
    for (int i = 0; i < HashCount; ++i) {
        state += 0x9E3779B97F4A7C15ULL;
        seeds.a[i] = mix64(state) | 1;
        state += 0x9E3779B97F4A7C15ULL;
        seeds.b[i] = mix64(state);
    }
    return seeds;
}

constexpr Seeds seeds = makeSeeds();

bool isIdeograph(char16_t u)
{
    return (u >= 0x3040 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF);
}

// Calls onWord(hash) for every word: letters and digits, case folded; "." and apostrophes
// between word characters join ("U.S." = "US", "China's" = "Chinas"); each CJK character is
// a word of its own.
template <typename OnWord>
void forEachWord(QStringView text, OnWord onWord)
{
    constexpr quint64 FnvOffset = 0xCBF29CE484222325ULL, FnvPrime = 0x100000001B3ULL;
    quint64 hash = FnvOffset;
    bool inWord = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char16_t u = text[i].unicode();
        bool wordChar;
        if (u < 0x80) {
            if (u >= u'A' && u <= u'Z')
                u |= 0x20;
            wordChar = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9');
        } else if (isIdeograph(u)) {
            if (inWord)
                onWord(hash);
            onWord(mix64(u));
            hash = FnvOffset;
            inWord = false;
            continue;
        } else {
            wordChar = QChar::isLetterOrNumber(u);
            if (wordChar)
                u = char16_t(QChar::toCaseFolded(char32_t(u)));
        }
        if (wordChar) {
            hash = (hash ^ u) * FnvPrime;
            inWord = true;
            continue;
        }
        const bool joiner = u == u'.' || u == u'\'' || u == 0x2019;
        if (inWord && joiner && i + 1 < n && text[i + 1].isLetterOrNumber())
            continue;
        if (inWord)
            onWord(hash);
        hash = FnvOffset;
        inWord = false;
    }
    if (inWord)
        onWord(hash);
}

void addShingle(std::array<quint32, Signature::FullHashes> &minima, quint64 x, int seedOffset)
{
    for (int i = 0; i < Signature::FullHashes; ++i) {
        const auto v = quint32((seeds.a[seedOffset + i] * x + seeds.b[seedOffset + i]) >> 32);
        minima[size_t(i)] = std::min(minima[size_t(i)], v);
    }
}

void addLeadShingle(std::array<quint32, Signature::LeadHashes> &minima, quint64 x)
{
    for (int i = 0; i < Signature::LeadHashes; ++i) {
        const int s = Signature::FullHashes + i;
        minima[size_t(i)] = std::min(minima[size_t(i)], quint32((seeds.a[s] * x + seeds.b[s]) >> 32));
    }
}

int countEqual(const quint32 *a, const quint32 *b, int n)
{
    int equal = 0;
    for (int i = 0; i < n; ++i)
        equal += a[i] == b[i] ? 1 : 0;
    return equal;
}

} // namespace

Signature NearDuplicates::signature(QStringView text)
{
    Signature sig;
    sig.m_full.fill(0xFFFFFFFFU);
    sig.m_lead.fill(0xFFFFFFFFU);
    constexpr int K = Signature::ShingleWords;
    quint64 window[K] = {};
    quint32 words = 0;
    auto shingle = [&window](quint32 last) {
        quint64 x = 0x5A17ULL;
        for (int k = K - 1; k >= 0; --k)
            x = mix64(x ^ window[(last - quint32(k)) % K]);
        return x;
    };
    forEachWord(text, [&](quint64 wordHash) {
        window[words % K] = wordHash;
        ++words;
        if (words < quint32(K))
            return;
        const quint64 x = shingle(words - 1);
        addShingle(sig.m_full, x, 0);
        if (words <= quint32(Signature::LeadWords))
            addLeadShingle(sig.m_lead, x);
    });
    if (words > 0 && words < quint32(K)) { // a very short text is one shingle
        quint64 x = 0x5A17ULL;
        for (quint32 k = 0; k < words; ++k)
            x = mix64(x ^ window[k]);
        addShingle(sig.m_full, x, 0);
        addLeadShingle(sig.m_lead, x);
    }
    sig.m_words = words;
    return sig;
}

double Signature::jaccard(const Signature &other) const
{
    if (isEmpty() || other.isEmpty())
        return 0.0;
    return countEqual(m_full.data(), other.m_full.data(), FullHashes) / double(FullHashes);
}

double Signature::similarity(const Signature &other) const
{
    if (isEmpty() || other.isEmpty())
        return 0.0;
    const int equal = countEqual(m_full.data(), other.m_full.data(), FullHashes);
    const double resemblance = equal / double(FullHashes);
    const Signature &shorter = m_words <= other.m_words ? *this : other;
    const Signature &longer = m_words <= other.m_words ? other : *this;
    if (equal == 0 || shorter.m_words < 25)
        return resemblance;
    // Where the minima differ, the shorter text holding the smaller one means that shingle
    // is missing from the longer text: equal / (equal + those) estimates containment.
    int shorterOnly = 0;
    for (int i = 0; i < FullHashes; ++i)
        shorterOnly += shorter.m_full[size_t(i)] < longer.m_full[size_t(i)] ? 1 : 0;
    const double containment = equal / double(equal + shorterOnly);
    // Containment alone would let a text that reuses a few paragraphs of a longer one match
    // it; an excerpt starts like its source, so the leads must agree too. Their bar is modest:
    // a dateline ("Hong Kong (AFP) -") added in front and the lead's end falling on different
    // words cost a fifth of the lead's shingles.
    const double lead = countEqual(m_lead.data(), other.m_lead.data(), LeadHashes) / double(LeadHashes);
    return lead >= 0.6 ? std::max(resemblance, containment) : resemblance;
}

namespace {
constexpr quint32 SignatureMagic = 0x3153444EU; // "NDS1" read little-endian
}

QByteArray Signature::toBytes() const
{
    QByteArray out(4 * (2 + FullHashes + LeadHashes), Qt::Uninitialized);
    auto *p = reinterpret_cast<uchar *>(out.data());
    qToLittleEndian<quint32>(SignatureMagic, p);
    qToLittleEndian<quint32>(m_words, p + 4);
    qToLittleEndian<quint32>(m_full.data(), FullHashes, p + 8);
    qToLittleEndian<quint32>(m_lead.data(), LeadHashes, p + 8 + 4 * FullHashes);
    return out;
}

Signature Signature::fromBytes(const QByteArray &bytes, bool *ok)
{
    Signature sig;
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const bool valid
        = bytes.size() == 4 * (2 + FullHashes + LeadHashes) && qFromLittleEndian<quint32>(p) == SignatureMagic;
    if (ok)
        *ok = valid;
    if (!valid)
        return sig;
    sig.m_words = qFromLittleEndian<quint32>(p + 4);
    qFromLittleEndian<quint32>(p + 8, FullHashes, sig.m_full.data());
    qFromLittleEndian<quint32>(p + 8 + 4 * FullHashes, LeadHashes, sig.m_lead.data());
    return sig;
}

// --- NearDuplicateIndex -------------------------------------------------------------------

namespace {
constexpr quint64 SlotMask = 0xFFFFFFULL; // low 24 bits: slot + 1; the rest: the band key
}

std::array<quint64, NearDuplicateIndex::Bands> NearDuplicateIndex::bandKeys(const Signature &signature)
{
    std::array<quint64, Bands> keys {};
    constexpr int FullRows = Signature::FullHashes / FullBands;
    constexpr int LeadRows = Signature::LeadHashes / LeadBands;
    for (int band = 0; band < Bands; ++band) {
        const bool full = band < FullBands;
        const quint32 *values = full ? signature.full().data() + band * FullRows
                                     : signature.lead().data() + (band - FullBands) * LeadRows;
        quint64 h = mix64(quint64(band) + 1);
        for (int r = 0; r < (full ? FullRows : LeadRows); ++r)
            h = mix64(h ^ values[r]);
        keys[size_t(band)] = h & ~SlotMask;
    }
    return keys;
}

void NearDuplicateIndex::insertKey(quint64 key, quint32 slot)
{
    const size_t mask = m_table.size() - 1;
    size_t pos = size_t(key >> 24) & mask;
    while (m_table[pos] != 0)
        pos = (pos + 1) & mask;
    m_table[pos] = key | (quint64(slot) + 1);
    ++m_used;
}

void NearDuplicateIndex::grow()
{
    std::vector<quint64> old = std::move(m_table);
    m_table.assign(std::max<size_t>(1024, old.size() * 2), 0);
    m_used = 0;
    for (quint64 entry : old) {
        if (entry != 0)
            insertKey(entry & ~SlotMask, quint32((entry & SlotMask) - 1));
    }
}

void NearDuplicateIndex::add(qint64 id, const Signature &signature)
{
    QWriteLocker locker(&m_lock);
    if (const auto it = m_slotOf.constFind(id); it != m_slotOf.cend())
        m_removed[it.value()] = true;
    const auto slot = quint32(m_signatures.size());
    if (slot >= SlotMask)
        return; // 16 million articles: beyond what one index is meant to hold
    m_signatures.push_back(signature);
    m_ids.push_back(id);
    m_removed.push_back(false);
    m_slotOf.insert(id, slot);
    if (signature.isEmpty())
        return;
    if (size_t(m_used + Bands) * 10 >= m_table.size() * 7)
        grow();
    for (quint64 key : bandKeys(signature))
        insertKey(key, slot);
}

void NearDuplicateIndex::remove(qint64 id)
{
    QWriteLocker locker(&m_lock);
    if (const auto it = m_slotOf.constFind(id); it != m_slotOf.cend()) {
        m_removed[it.value()] = true;
        m_slotOf.erase(it);
    }
}

qsizetype NearDuplicateIndex::size() const
{
    QReadLocker locker(&m_lock);
    return m_slotOf.size();
}

std::vector<quint32> NearDuplicateIndex::candidates(const Signature &signature) const
{
    std::vector<quint32> found;
    if (m_table.empty())
        return found;
    const size_t mask = m_table.size() - 1;
    for (quint64 key : bandKeys(signature)) {
        for (size_t pos = size_t(key >> 24) & mask; m_table[pos] != 0; pos = (pos + 1) & mask) {
            if ((m_table[pos] & ~SlotMask) == key)
                found.push_back(quint32((m_table[pos] & SlotMask) - 1));
        }
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    found.erase(std::remove_if(found.begin(), found.end(), [this](quint32 slot) { return bool(m_removed[slot]); }),
                found.end());
    return found;
}

QList<QPair<qint64, double>> NearDuplicateIndex::matches(const Signature &signature, double threshold) const
{
    QList<QPair<qint64, double>> result;
    if (signature.isEmpty())
        return result;
    QReadLocker locker(&m_lock);
    for (quint32 slot : candidates(signature)) {
        const double score = signature.similarity(m_signatures[slot]);
        if (score >= threshold)
            result.append({ m_ids[slot], score });
    }
    std::sort(result.begin(), result.end(),
        [](const auto &a, const auto &b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    return result;
}

std::optional<QPair<qint64, double>> NearDuplicateIndex::earliestMatch(const Signature &signature, qint64 before,
                                                                        double threshold) const
{
    if (signature.isEmpty())
        return std::nullopt;
    QReadLocker locker(&m_lock);
    std::vector<quint32> found = candidates(signature);
    // Lowest id first: in a group of many copies the first one tried is usually the answer.
    std::sort(found.begin(), found.end(), [this](quint32 a, quint32 b) { return m_ids[a] < m_ids[b]; });
    for (quint32 slot : found) {
        if (m_ids[slot] >= before)
            break;
        const double score = signature.similarity(m_signatures[slot]);
        if (score >= threshold)
            return QPair<qint64, double>(m_ids[slot], score);
    }
    return std::nullopt;
}

} // namespace Annalist
