// anchorPassage(): finding an annotated passage again after the article's text changed.
#include "store/annotationstore.h"

#include <QStringView>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace Annalist {

namespace {

// The most edits a fuzzy match may need: a quarter of the quote, and never so many that a
// long quote scans a long text for minutes. Quotes under four characters must match exactly.
constexpr qsizetype maxEdits = 64;
constexpr qsizetype maxEndsPerRun = 8;

qsizetype editBudget(qsizetype quoteLength)
{
    return std::min(quoteLength / 4, maxEdits);
}

// Plain Levenshtein distance, for the short context strings.
qsizetype editDistance(QStringView a, QStringView b)
{
    std::vector<qsizetype> row(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[size_t(j)] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype up = row[size_t(j)];
            row[size_t(j)] = a.at(i - 1) == b.at(j - 1) ? diagonal
                                                        : std::min({diagonal, up, row[size_t(j - 1)]}) + 1;
            diagonal = up;
        }
    }
    return row[size_t(b.size())];
}

// How far the stored context disagrees with the text around [start, end): edits between the
// prefix and what precedes the passage now, plus the same for the suffix.
qsizetype contextCost(QStringView text, const Annotation &annotation, qsizetype start, qsizetype end)
{
    const qsizetype before = std::max<qsizetype>(0, start - annotation.prefix.size());
    const QStringView prefix = text.mid(before, start - before);
    const QStringView suffix = text.mid(end, std::min<qsizetype>(annotation.suffix.size(), text.size() - end));
    return editDistance(annotation.prefix, prefix) + editDistance(annotation.suffix, suffix);
}

qsizetype matchingContext(QStringView text, const Annotation &annotation, qsizetype start, qsizetype end)
{
    qsizetype matched = 0;
    const QStringView prefix = annotation.prefix;
    while (matched < prefix.size() && start - matched > 0
           && prefix.at(prefix.size() - 1 - matched) == text.at(start - 1 - matched))
        ++matched;
    qsizetype after = 0;
    const QStringView suffix = annotation.suffix;
    while (after < suffix.size() && end + after < text.size() && suffix.at(after) == text.at(end + after))
        ++after;
    return matched + after;
}

// The context the passage had, as far as the text around a position can show it: a prefix
// shorter than contextLength means the passage was near the beginning.
bool contextComplete(QStringView text, const Annotation &annotation, qsizetype start, qsizetype end)
{
    return matchingContext(text, annotation, start, end) == annotation.prefix.size() + annotation.suffix.size();
}

struct Candidate
{
    qsizetype start = 0;
    qsizetype end = 0; // exclusive
    qsizetype cost = 0; // edits between the quote and the text
};

// Where the approximate match ending at `last` (inclusive) best begins: the alignment of the
// reversed quote against the text read backwards from there, free to stop anywhere.
qsizetype bestStart(QStringView text, QStringView quote, qsizetype last, qsizetype budget, qsizetype &cost)
{
    const qsizetype m = quote.size();
    const qsizetype window = std::min(last + 1, m + budget);
    std::vector<qsizetype> previous(size_t(window) + 1), current(size_t(window) + 1);
    for (qsizetype j = 0; j <= window; ++j)
        previous[size_t(j)] = j;
    for (qsizetype i = 1; i <= m; ++i) {
        current[0] = i;
        const QChar q = quote.at(m - i);
        for (qsizetype j = 1; j <= window; ++j) {
            const QChar t = text.at(last - j + 1);
            current[size_t(j)] = q == t ? previous[size_t(j - 1)]
                                        : std::min({previous[size_t(j - 1)], previous[size_t(j)], current[size_t(j - 1)]}) + 1;
        }
        std::swap(previous, current);
    }
    // Fewest edits; among equals, the length nearest the quote's.
    qsizetype bestLength = 0;
    cost = m + 1;
    for (qsizetype j = 1; j <= window; ++j) {
        const qsizetype c = previous[size_t(j)];
        if (c < cost || (c == cost && std::abs(j - m) < std::abs(bestLength - m))) {
            cost = c;
            bestLength = j;
        }
    }
    return last - bestLength + 1;
}

// Approximate occurrences of the quote with at most `budget` edits: the semi-global edit
// distance computed column by column over the text, with Ukkonen's cut-off (only the rows
// that can still stay within the budget are computed), so the scan costs about
// budget × text length. Each run of neighbouring end positions gives one candidate.
QList<Candidate> approximateMatches(QStringView text, QStringView quote, qsizetype budget)
{
    const qsizetype m = quote.size();
    std::vector<qsizetype> column(size_t(m) + 1);
    for (qsizetype i = 0; i <= m; ++i)
        column[size_t(i)] = i;
    qsizetype lastActive = std::min(budget, m);
    // Each run of neighbouring end positions is one place in the text; its ends with the
    // run's fewest edits are the candidates (the context tells them apart later).
    QList<QPair<qsizetype, qsizetype>> ends; // (last index, cost)
    QList<qsizetype> runEnds;
    qsizetype runCost = 0, previousEnd = -2;
    const auto closeRun = [&] {
        for (qsizetype end : std::as_const(runEnds))
            ends.append({end, runCost});
        runEnds.clear();
    };
    for (qsizetype j = 0; j < text.size(); ++j) {
        const QChar t = text.at(j);
        const qsizetype top = std::min(lastActive + 1, m);
        if (top > lastActive)
            column[size_t(top)] = budget + 1; // beyond the budget is all that matters about it
        qsizetype diagonal = 0, left = 0;
        for (qsizetype i = 1; i <= top; ++i) {
            const qsizetype up = column[size_t(i)];
            const qsizetype value = quote.at(i - 1) == t ? diagonal : std::min({diagonal, up, left}) + 1;
            diagonal = up;
            column[size_t(i)] = value;
            left = value;
        }
        lastActive = top;
        while (lastActive > 0 && column[size_t(lastActive)] > budget)
            --lastActive;
        if (lastActive == m) {
            const qsizetype cost = column[size_t(m)];
            if (j != previousEnd + 1)
                closeRun();
            if (runEnds.isEmpty() || cost < runCost) {
                runEnds = {j};
                runCost = cost;
            } else if (cost == runCost && runEnds.size() < maxEndsPerRun) {
                runEnds.append(j);
            }
            previousEnd = j;
        }
    }
    closeRun();

    QList<Candidate> candidates;
    for (const auto &end : std::as_const(ends)) {
        qsizetype cost = 0;
        const qsizetype start = bestStart(text, quote, end.first, budget, cost);
        if (cost <= budget)
            candidates.append({start, end.first + 1, cost});
    }
    return candidates;
}

} // namespace

AnchorResult anchorPassage(const QString &text, const Annotation &annotation)
{
    const QStringView view(text);
    const QString &quote = annotation.quote;
    const qsizetype m = quote.size();
    if (m == 0)
        return {};

    // 1. Unchanged.
    if (annotation.start >= 0 && annotation.start <= text.size() - m && view.mid(annotation.start, m) == quote)
        return {AnchorStatus::Anchored, annotation.start, m};

    // 2. The same words elsewhere: an occurrence with its whole context wins (a paragraph
    //    inserted above moves every passage below it); otherwise the nearest, context
    //    breaking ties.
    {
        qsizetype best = -1;
        bool bestComplete = false;
        qsizetype bestDistance = 0, bestContext = 0;
        for (qsizetype at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            const bool complete = contextComplete(view, annotation, at, at + m);
            const qsizetype distance = std::abs(at - annotation.start);
            const qsizetype context = matchingContext(view, annotation, at, at + m);
            const bool better = best < 0 || (complete && !bestComplete)
                || (complete == bestComplete
                    && (distance < bestDistance || (distance == bestDistance && context > bestContext)));
            if (better) {
                best = at;
                bestComplete = complete;
                bestDistance = distance;
                bestContext = context;
            }
        }
        if (best >= 0)
            return {AnchorStatus::Fuzzy, best, m};
    }

    // 3. Approximately: the quote within its edit budget, the candidates compared by the
    //    edits of quote and context together, then by distance.
    const qsizetype budget = editBudget(m);
    if (budget == 0)
        return {};
    const QList<Candidate> candidates = approximateMatches(view, quote, budget);
    const Candidate *best = nullptr;
    qsizetype bestScore = 0, bestDistance = 0;
    for (const Candidate &candidate : candidates) {
        const qsizetype score = candidate.cost + contextCost(view, annotation, candidate.start, candidate.end);
        const qsizetype distance = std::abs(candidate.start - annotation.start);
        if (!best || score < bestScore || (score == bestScore && distance < bestDistance)) {
            best = &candidate;
            bestScore = score;
            bestDistance = distance;
        }
    }
    if (!best)
        return {};
    return {AnchorStatus::Fuzzy, best->start, best->end - best->start};
}

} // namespace Annalist
