// SearchQuery::matchRanges(): where the words of a search stand in one article's text, so the
// source view can highlight the hits the list was searched for.
#include "store/searchquery.h"

#include <algorithm>
#include <array>

namespace Annalist {

namespace {

struct Word
{
    qsizetype start = 0;
    qsizetype length = 0;
};

// Tokens as the full-text index sees them (unicode61): runs of letters and digits.
QList<Word> words(QStringView text)
{
    QList<Word> result;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && !text.at(i).isLetterOrNumber())
            ++i;
        const qsizetype start = i;
        while (i < n && (text.at(i).isLetterOrNumber() || text.at(i).isMark()))
            ++i;
        if (i > start)
            result.append({start, i - start});
    }
    return result;
}

// The index stems words (porter), so "export" also finds "exports", "exported", "exporting".
// Accept the inflections the stemmer folds most often instead of stemming both sides.
bool isInflection(QStringView rest)
{
    static const std::array<QStringView, 10> endings
        = {u"s", u"es", u"ed", u"d", u"ing", u"er", u"ers", u"ly", u"ion", u"ions"};
    return std::any_of(endings.begin(), endings.end(),
                       [rest](QStringView ending) { return rest.compare(ending, Qt::CaseInsensitive) == 0; });
}

bool wordMatches(QStringView word, QStringView term, bool prefix)
{
    if (word.size() < term.size() || !word.startsWith(term, Qt::CaseInsensitive))
        return false;
    return prefix || word.size() == term.size() || isInflection(word.mid(term.size()));
}

} // namespace

QList<QPair<qsizetype, qsizetype>> SearchQuery::matchRanges(const QString &text) const
{
    QList<QPair<qsizetype, qsizetype>> ranges;
    if (!isValid())
        return ranges;
    const QStringView view(text);
    const QList<Word> tokens = words(view);
    for (const Term &term : terms()) {
        const QList<Word> parts = words(term.text);
        if (parts.isEmpty())
            continue;
        const qsizetype count = parts.size();
        for (qsizetype i = 0; i + count <= tokens.size(); ++i) {
            bool matched = true;
            for (qsizetype k = 0; k < count && matched; ++k) {
                const QStringView part = QStringView(term.text).mid(parts.at(k).start, parts.at(k).length);
                const QStringView word = view.mid(tokens.at(i + k).start, tokens.at(i + k).length);
                matched = wordMatches(word, part, term.prefix && k == count - 1);
            }
            if (matched) {
                const Word &last = tokens.at(i + count - 1);
                ranges.append({tokens.at(i).start, last.start + last.length - tokens.at(i).start});
            }
        }
    }
    std::sort(ranges.begin(), ranges.end());
    // One highlight where terms overlap ("china" inside the phrase "china's chips").
    QList<QPair<qsizetype, qsizetype>> merged;
    for (const auto &range : std::as_const(ranges)) {
        if (!merged.isEmpty() && range.first <= merged.last().first + merged.last().second) {
            auto &previous = merged.last();
            previous.second = std::max(previous.first + previous.second, range.first + range.second) - previous.first;
        } else {
            merged.append(range);
        }
    }
    return merged;
}

} // namespace Annalist
