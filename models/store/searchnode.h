#pragma once

// The parsed form of a search (internal to the store: SearchQuery's parser builds it,
// searchsql.cpp compiles it).

#include <QDate>
#include <QString>

#include <vector>

namespace Annalist {

struct SearchNode
{
    enum Kind {
        Text, // a word or phrase matched by the full-text index
        Field, // a field filter such as tag:policy
        And, // every child
        Or, // any child
        Except, // children[0] and not children[1] (FTS5's binary NOT)
        Negate, // not children[0] (a NOT with nothing before it)
    };
    enum FieldKind { Tag, Entity, Type, Date, Source, Has };

    Kind kind = Text;
    qsizetype position = 0; // in the query text
    int groups = 0; // parentheses the analyst put around it

    // Text: the words (a phrase when several), prefix for a trailing *.
    // Field: the value (tag path, name, TYPE, note/annotation/tag) with prefix for a trailing *.
    QString text;
    bool prefix = false;
    FieldKind field = Tag;
    QDate from, to; // Date: the range, open ends at the minimum/maximum date

    std::vector<SearchNode> children;

    // Only words, phrases and the operators FTS5 has: the full-text index answers it alone.
    bool isPlainText() const
    {
        if (kind == Text)
            return true;
        if (kind == Field || kind == Negate)
            return false;
        for (const SearchNode &child : children) {
            if (!child.isPlainText())
                return false;
        }
        return true;
    }
};

// The FTS5 spelling of a word or phrase: quoted, so nothing the analyst typed is FTS5 syntax.
QString ftsTerm(const SearchNode &text);
// The FTS5 expression of a plain-text node (see isPlainText), with the analyst's parentheses.
QString ftsExpression(const SearchNode &node);

} // namespace Annalist
