#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QReadWriteLock>
#include <QString>
#include <QStringView>
#include <array>
#include <optional>
#include <vector>

namespace Annalist {

// MinHash sketch of an article: word 5-gram shingles over normalised text (case folded,
// punctuation dropped, "U.S." = "US"), 128 minima for the whole text and 64 for its lead (the
// first 60 words), plus the word count. Stable across runs and platforms: seeds are constants.
class Signature
{
public:
    static constexpr int FullHashes = 128;
    static constexpr int LeadHashes = 64;
    static constexpr int LeadWords = 60;
    static constexpr int ShingleWords = 5;

    bool isEmpty() const { return m_words == 0; }
    quint32 wordCount() const { return m_words; }
    const std::array<quint32, FullHashes> &full() const { return m_full; }
    const std::array<quint32, LeadHashes> &lead() const { return m_lead; }

    // Estimated Jaccard resemblance of the two shingle sets.
    double jaccard(const Signature &other) const;
    // Near-duplicate score in [0, 1]: the resemblance, or - for an excerpt of a longer text,
    // such as a wire story's first paragraphs quoted by an aggregator - the estimated share of
    // the shorter text's shingles found in the longer one, provided the leads resemble each
    // other (at least 0.6) and the shorter text has 25 words or more.
    double similarity(const Signature &other) const;

    // 4 + 4 + 4 * 192 = 776 bytes, little-endian; for a BLOB column.
    QByteArray toBytes() const;
    static Signature fromBytes(const QByteArray &bytes, bool *ok = nullptr);

    friend bool operator==(const Signature &a, const Signature &b)
    {
        return a.m_words == b.m_words && a.m_full == b.m_full && a.m_lead == b.m_lead;
    }

private:
    friend class NearDuplicates;
    quint32 m_words = 0;
    std::array<quint32, FullHashes> m_full {};
    std::array<quint32, LeadHashes> m_lead {};
};

struct DiffChunk
{
    enum Kind { Same, Added, Removed };
    Kind kind = Same;
    QString text;

    friend bool operator==(const DiffChunk &a, const DiffChunk &b) { return a.kind == b.kind && a.text == b.text; }
};

class NearDuplicates final
{
public:
    // Linear in the text; thread-safe. Texts without words give an empty signature, which
    // matches nothing.
    static Signature signature(QStringView text);

    // Word-level differences turning a into b ("show differences" between two versions).
    // Tokens are words, single punctuation marks and runs of whitespace (any whitespace equals
    // any other). Myers' O(ND) algorithm after stripping the common head and tail; beyond
    // MaxEditTokens differing tokens the middle is reported as one removal plus one addition.
    // Concatenating Same + Added chunks gives b; Same + Removed gives a up to whitespace (the
    // text of Same chunks comes from b).
    static QList<DiffChunk> diffWords(QStringView a, QStringView b);
    static constexpr int MaxEditTokens = 2000;
};

// Incremental index over signatures: LSH banding (16 bands x 8 rows over the full sketch,
// 16 bands x 4 rows over the lead) finds candidates, the signatures then give the score.
// Candidates: 95% of pairs at resemblance 0.8, 99.9% of pairs whose leads resemble at 0.75.
// About 1 KB per article. Thread-safe: concurrent matches(), add() and remove() serialise.
class NearDuplicateIndex
{
public:
    NearDuplicateIndex() = default;
    Q_DISABLE_COPY_MOVE(NearDuplicateIndex)

    void add(qint64 id, const Signature &signature); // an id added again replaces the old entry
    void remove(qint64 id);
    qsizetype size() const;

    // Ids scoring at least threshold (Signature::similarity), best first.
    QList<QPair<qint64, double>> matches(const Signature &signature, double threshold = 0.8) const;
    // The lowest id below before scoring at least threshold, with its score: what matches()
    // would give, without scoring every other member of a big group of copies.
    std::optional<QPair<qint64, double>> earliestMatch(const Signature &signature, qint64 before,
                                                       double threshold = 0.8) const;

private:
    static constexpr int FullBands = 16;
    static constexpr int LeadBands = 16;
    static constexpr int Bands = FullBands + LeadBands;

    static std::array<quint64, Bands> bandKeys(const Signature &signature);
    std::vector<quint32> candidates(const Signature &signature) const; // live slots sharing a band, under m_lock
    void insertKey(quint64 key, quint32 slot);
    void grow();

    mutable QReadWriteLock m_lock;
    std::vector<Signature> m_signatures; // by slot
    std::vector<qint64> m_ids; // by slot
    std::vector<bool> m_removed; // by slot
    QHash<qint64, quint32> m_slotOf; // live ids
    std::vector<quint64> m_table; // open addressing: band key (high 40 bits) | slot + 1 (low 24)
    qsizetype m_used = 0; // filled table entries
};

} // namespace Annalist
