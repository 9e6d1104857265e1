#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Annalist {

// One article inside a file's original text, in UTF-16 offsets: [start, end).
struct ArticleRange
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString title; // empty when the text offers none

    friend bool operator==(const ArticleRange &a, const ArticleRange &b)
    {
        return a.start == b.start && a.end == b.end && a.title == b.title;
    }
};

// Finds the articles of a file that holds several. Pure, thread-safe, linear in the text.
// Recognised layouts, tried in this order:
//  1. Numbered source bundles: "[1]" (alone or before the title) starting at 1 and counting up,
//     each followed by a title line and a body. Text before "[1]" and after the last source
//     (behind a "Share" / "Copy Link" / "N Sources" line) that holds prose is the bundle's
//     own summary article.
//  2. Newspaper pages with several headed stories: one to three short heading lines (kicker,
//     headline) directly above a byline ("By GONG Qian"), a jump line ("From page 1 ...") or
//     an agency dateline ("Hong Kong (AFP) - ..."). Stories need a body of some length.
// Anything else - and any layout that would give fewer than two articles - is one article
// covering the whole text. Sub-headings, repeated headlines and photo captions never split: a
// wrong split costs more than a missed one.
// Multi-article ranges are ordered and disjoint; they start at the article's first heading
// (after a "[n]" marker) and end before trailing whitespace; what lies between them is only
// markers, furniture and whitespace.
class ArticleSplitter final
{
public:
    static QList<ArticleRange> split(QStringView original);
};

} // namespace Annalist
