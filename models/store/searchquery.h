#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QVariantList>

#include <memory>

namespace Annalist {

struct SearchNode;

// What the analyst types into the search box, parsed, and compiled into SQL.
//
// Syntax: words, "quoted phrases", prefix*, AND / OR / NOT (upper case), parentheses;
// adjacent terms mean AND; NOT before a term with nothing to its left means "every article
// except". Field filters combine with all of it:
//   tag:policy/export-controls   the tag or a tag below it (on the article or a passage)
//   entity:"Zhipu AI"            an entity, by name or alias, mentioned in the article
//   type:PRODUCT                 an entity of that type (PERSON, ORG, PLACE, PRODUCT, EVENT)
//   date:2025-01..2025-06        a dated event or the publication date overlapping the range
//                                (also date:2025, date:2025-03-01.., date:..2025-06)
//   source:AFP                   the source contains the text
//   has:note / has:annotation / has:tag
// tag:, entity: and source: take a trailing * for "begins with".
//
// A word matches an article whose title or text contains it, or one of whose passage
// annotations (quote or note) or tags does. Nothing the analyst typed ever becomes SQL or
// FTS5 syntax: terms are re-quoted and every value is bound. A malformed query yields a
// message and the position of the problem.
class SearchQuery
{
public:
    static SearchQuery parse(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qsizetype errorPosition() const { return m_errorPosition; } // 0-based offset into the input

    // The FTS5 MATCH expression of the whole query when it is only words, phrases and the
    // operators FTS5 has (no field, no leading NOT); empty otherwise.
    QString ftsExpression() const;
    // The FTS5 expression to rank matches and make snippets with: the words of the query
    // outside NOT. Empty when the query has none (only fields).
    QString rankExpression() const;
    bool hasFields() const;
    // The words and phrases outside NOT, for highlighting matches in a text (a prefix term
    // matches words beginning with text).
    struct Term
    {
        QString text;
        bool prefix = false;
        bool operator==(const Term &other) const = default;
    };
    QList<Term> terms() const;
    // Where those terms stand in @p text, as sorted, non-overlapping (start, length) ranges in
    // UTF-16 units: whole words, case-insensitive, common inflections of a word included
    // (the index stems), phrases word by word. Empty for an invalid query.
    QList<QPair<qsizetype, qsizetype>> matchRanges(const QString &text) const;
    // The parsed query in a canonical form, e.g. (AND "china" tag:"policy"), for tests and
    // diagnostics.
    QString describe() const;

    // SQL with its values to bind in order; no user text is ever part of sql.
    struct Sql
    {
        QString sql;
        QVariantList binds;
    };

    // A condition true for the matching articles. idColumn is their id; articleAlias, when
    // not empty, the alias of the articles table in the statement (lets source: and date:
    // read the row directly). Without extendedText, words match title and text only — the
    // same result whenever extendedTextProbe() finds nothing, and much faster.
    Sql articleCondition(const QString &idColumn, const QString &articleAlias = {}, bool extendedText = true) const;
    // For a query of words only (ftsExpression() not empty): a SELECT of (id, score) for every
    // matching article with the extended meaning of words, score being scoreExpression over
    // articles_fts (e.g. a bm25() call) for articles whose text matches, NULL for those found
    // only through their passages or tags. Much faster than articleCondition() with ranking:
    // the index scores its matches once.
    Sql rankedArticles(const QString &scoreExpression) const;
    // A statement returning one row with 1 when some passage annotation (quote or note) or
    // some tag name matches a word of the query, else 0.
    Sql extendedTextProbe() const;
    // A condition true for the matching passage annotations: words match their quote or note;
    // field filters apply to their article (articleIdColumn).
    Sql annotationCondition(const QString &idColumn, const QString &articleIdColumn = {}) const;

private:
    std::shared_ptr<const SearchNode> m_root;
    QString m_error;
    qsizetype m_errorPosition = -1;
};

} // namespace Annalist
