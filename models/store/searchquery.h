#pragma once

#include <QString>
#include <QVariantList>

namespace Annalist {

// Translates what the analyst types into an FTS5 MATCH expression.
// Syntax: words, "quoted phrases", prefix*, AND / OR / NOT (upper case), parentheses;
// adjacent terms mean AND. Every term is re-quoted on output, so no user text can reach FTS5
// (or SQL) as syntax. A malformed query yields a message and the position of the problem.
class SearchQuery
{
public:
    static SearchQuery parse(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    QString ftsExpression() const { return m_fts; }
    QString errorString() const { return m_error; }
    qsizetype errorPosition() const { return m_errorPosition; } // 0-based offset into the input

    // SQL with its values to bind in order; no user text is ever part of sql.
    struct Sql
    {
        QString sql;
        QVariantList binds;
    };
    // A condition true for the annotations (id column idColumn) whose quote or note matches.
    Sql annotationCondition(const QString &idColumn) const;

private:
    QString m_fts;
    QString m_error;
    qsizetype m_errorPosition = -1;
};

} // namespace Annalist
