#include "store/searchquery.h"

#include <QCoreApplication>
#include <QList>

namespace Annalist {

namespace {

struct Token
{
    enum Kind { Word, Phrase, And, Or, Not, Open, Close, End } kind;
    QString text;
    bool prefix = false;
    qsizetype position = 0;
};

struct Error
{
    QString message;
    qsizetype position;
};

bool isWordBreak(QChar c)
{
    return c.isSpace() || c == QLatin1Char('"') || c == QLatin1Char('(') || c == QLatin1Char(')');
}

QList<Token> tokenize(const QString &text, Error &error)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('(')) {
            tokens.append({Token::Open, {}, false, i++});
        } else if (c == QLatin1Char(')')) {
            tokens.append({Token::Close, {}, false, i++});
        } else if (c == QLatin1Char('"')) {
            const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
            if (close < 0) {
                error = {QCoreApplication::translate("Annalist::SearchQuery", "The quotation mark is not closed."), i};
                return {};
            }
            Token token{Token::Phrase, text.mid(i + 1, close - i - 1).simplified(), false, i};
            i = close + 1;
            if (i < n && text.at(i) == QLatin1Char('*')) {
                token.prefix = true;
                ++i;
            }
            if (token.text.isEmpty()) {
                error = {QCoreApplication::translate("Annalist::SearchQuery", "The quoted phrase is empty."), token.position};
                return {};
            }
            tokens.append(token);
        } else {
            const qsizetype start = i;
            while (i < n && !isWordBreak(text.at(i)))
                ++i;
            QString word = text.mid(start, i - start);
            Token token{Token::Word, word, false, start};
            if (word == QLatin1String("AND"))
                token.kind = Token::And;
            else if (word == QLatin1String("OR"))
                token.kind = Token::Or;
            else if (word == QLatin1String("NOT"))
                token.kind = Token::Not;
            else if (word.endsWith(QLatin1Char('*'))) {
                while (word.endsWith(QLatin1Char('*')))
                    word.chop(1);
                if (word.isEmpty()) {
                    error = {QCoreApplication::translate("Annalist::SearchQuery", "A * must follow the beginning of a word, as in regulat*."), start};
                    return {};
                }
                token.text = word;
                token.prefix = true;
            }
            tokens.append(token);
        }
    }
    tokens.append({Token::End, {}, false, n});
    return tokens;
}

QString quoted(const Token &token)
{
    QString inner = token.text;
    inner.replace(QLatin1Char('"'), QLatin1String("\"\""));
    QString result = QLatin1Char('"') + inner + QLatin1Char('"');
    if (token.prefix)
        result += QLatin1Char('*');
    return result;
}

// Recursive descent over:  or := and (OR and)* ; and := not ([AND] not)* ;
// not := primary (NOT primary)* ; primary := word | phrase | '(' or ')'
class Parser
{
public:
    explicit Parser(const QList<Token> &tokens)
        : m_tokens(tokens)
    {
    }

    bool parse(QString &out, Error &error)
    {
        if (peek().kind == Token::End) {
            error = {QCoreApplication::translate("Annalist::SearchQuery", "Type a word to search for."), 0};
            return false;
        }
        if (!parseOr(out, error))
            return false;
        if (peek().kind != Token::End) {
            error = {peek().kind == Token::Close ? QCoreApplication::translate("Annalist::SearchQuery", "This closing parenthesis has no opening one.")
                                                 : QCoreApplication::translate("Annalist::SearchQuery", "Unexpected text here."),
                     peek().position};
            return false;
        }
        return true;
    }

private:
    const Token &peek() const { return m_tokens.at(m_pos); }
    const Token &take() { return m_tokens.at(m_pos++); }

    static bool startsOperand(Token::Kind kind)
    {
        return kind == Token::Word || kind == Token::Phrase || kind == Token::Open;
    }

    bool parseOr(QString &out, Error &error)
    {
        if (!parseAnd(out, error))
            return false;
        while (peek().kind == Token::Or) {
            take();
            QString right;
            if (!parseAnd(right, error))
                return false;
            out = out + QLatin1String(" OR ") + right;
        }
        return true;
    }

    bool parseAnd(QString &out, Error &error)
    {
        if (!parseNot(out, error))
            return false;
        for (;;) {
            if (peek().kind == Token::And)
                take();
            else if (!startsOperand(peek().kind))
                return true;
            QString right;
            if (!parseNot(right, error))
                return false;
            out = out + QLatin1String(" AND ") + right;
        }
    }

    bool parseNot(QString &out, Error &error)
    {
        if (!parsePrimary(out, error))
            return false;
        while (peek().kind == Token::Not) {
            take();
            QString right;
            if (!parsePrimary(right, error))
                return false;
            out = out + QLatin1String(" NOT ") + right;
        }
        return true;
    }

    bool parsePrimary(QString &out, Error &error)
    {
        const Token &token = peek();
        switch (token.kind) {
        case Token::Word:
        case Token::Phrase:
            out = quoted(take());
            return true;
        case Token::Open: {
            take();
            if (peek().kind == Token::Close) {
                error = {QCoreApplication::translate("Annalist::SearchQuery", "The parentheses are empty."), token.position};
                return false;
            }
            QString inner;
            if (!parseOr(inner, error))
                return false;
            if (peek().kind != Token::Close) {
                error = {QCoreApplication::translate("Annalist::SearchQuery", "This parenthesis is not closed."), token.position};
                return false;
            }
            take();
            out = QLatin1Char('(') + inner + QLatin1Char(')');
            return true;
        }
        case Token::Not:
            error = {QCoreApplication::translate("Annalist::SearchQuery", "NOT excludes words from a match: put a word before it, as in chips NOT memory."),
                     token.position};
            return false;
        case Token::And:
        case Token::Or:
            error = {QCoreApplication::translate("Annalist::SearchQuery", "%1 needs a word on both sides.").arg(token.kind == Token::And ? QStringLiteral("AND")
                                                                                         : QStringLiteral("OR")),
                     token.position};
            return false;
        case Token::Close:
            error = {QCoreApplication::translate("Annalist::SearchQuery", "This closing parenthesis has no opening one."), token.position};
            return false;
        case Token::End:
            error = {QCoreApplication::translate("Annalist::SearchQuery", "The query ends too early: a word is missing."), token.position};
            return false;
        }
        return false;
    }

    const QList<Token> &m_tokens;
    qsizetype m_pos = 0;
};

} // namespace

SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery query;
    Error error{{}, -1};
    const QList<Token> tokens = tokenize(text, error);
    if (!error.message.isEmpty()) {
        query.m_error = error.message;
        query.m_errorPosition = error.position;
        return query;
    }
    Parser parser(tokens);
    if (!parser.parse(query.m_fts, error)) {
        query.m_fts.clear();
        query.m_error = error.message;
        query.m_errorPosition = error.position;
    }
    return query;
}

SearchQuery::Sql SearchQuery::annotationCondition(const QString &idColumn) const
{
    return {idColumn + QStringLiteral(" IN (SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ?)"), {m_fts}};
}

} // namespace Annalist
