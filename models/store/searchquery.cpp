#include "store/searchquery.h"

#include "store/searchnode.h"
#include "store/tagstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpression>

#include <optional>

namespace Annalist {

namespace {

struct Token
{
    enum Kind { Word, Phrase, Field, And, Or, Not, Open, Close, End } kind;
    QString text; // Word/Phrase: the words; Field: the value
    bool prefix = false;
    qsizetype position = 0;
    QString field; // Field: the name as typed
    qsizetype valuePosition = 0;
};

struct Error
{
    QString message;
    qsizetype position = -1;
};

bool isWordBreak(QChar c)
{
    return c.isSpace() || c == QLatin1Char('"') || c == QLatin1Char('(') || c == QLatin1Char(')');
}

bool isFieldNameChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

std::optional<SearchNode::FieldKind> fieldKind(const QString &name)
{
    static const QHash<QString, SearchNode::FieldKind> fields = {
        {QStringLiteral("tag"), SearchNode::Tag},       {QStringLiteral("entity"), SearchNode::Entity},
        {QStringLiteral("type"), SearchNode::Type},     {QStringLiteral("date"), SearchNode::Date},
        {QStringLiteral("source"), SearchNode::Source}, {QStringLiteral("has"), SearchNode::Has},
    };
    const auto it = fields.constFind(name.toLower());
    if (it == fields.constEnd())
        return std::nullopt;
    return *it;
}

// A quoted stretch starting at text[i] == '"'; returns the position after it, or -1.
qsizetype readQuoted(const QString &text, qsizetype i, Token &token, Error &error)
{
    const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
    if (close < 0) {
        error = {QCoreApplication::translate("Annalist::SearchQuery", "The quotation mark is not closed."), i};
        return -1;
    }
    token.text = text.mid(i + 1, close - i - 1).simplified();
    qsizetype next = close + 1;
    if (next < text.size() && text.at(next) == QLatin1Char('*')) {
        token.prefix = true;
        ++next;
    }
    if (token.text.isEmpty()) {
        error = {QCoreApplication::translate("Annalist::SearchQuery", "The quoted phrase is empty."), i};
        return -1;
    }
    return next;
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
            tokens.append({Token::Open, {}, false, i++, {}, 0});
        } else if (c == QLatin1Char(')')) {
            tokens.append({Token::Close, {}, false, i++, {}, 0});
        } else if (c == QLatin1Char('"')) {
            Token token{Token::Phrase, {}, false, i, {}, 0};
            i = readQuoted(text, i, token, error);
            if (i < 0)
                return {};
            tokens.append(token);
        } else {
            const qsizetype start = i;
            qsizetype nameEnd = i;
            while (nameEnd < n && isFieldNameChar(text.at(nameEnd)))
                ++nameEnd;
            // name:value is a field filter; "name:" followed by a space or the end stays a word
            // (as in "Update: ..."), unless the name is a field, which then lacks its value.
            if (nameEnd > start && nameEnd + 1 < n && text.at(nameEnd) == QLatin1Char(':')
                && !text.at(nameEnd + 1).isSpace() && text.at(nameEnd + 1) != QLatin1Char(')')) {
                Token token{Token::Field, {}, false, start, text.mid(start, nameEnd - start), nameEnd + 1};
                i = nameEnd + 1;
                if (text.at(i) == QLatin1Char('"')) {
                    i = readQuoted(text, i, token, error);
                    if (i < 0)
                        return {};
                } else {
                    const qsizetype valueStart = i;
                    while (i < n && !isWordBreak(text.at(i)))
                        ++i;
                    token.text = text.mid(valueStart, i - valueStart);
                    if (token.text.endsWith(QLatin1Char('*'))) {
                        while (token.text.endsWith(QLatin1Char('*')))
                            token.text.chop(1);
                        token.prefix = true;
                    }
                }
                tokens.append(token);
                continue;
            }
            while (i < n && !isWordBreak(text.at(i)))
                ++i;
            QString word = text.mid(start, i - start);
            Token token{Token::Word, word, false, start, {}, 0};
            if (word == QLatin1String("AND"))
                token.kind = Token::And;
            else if (word == QLatin1String("OR"))
                token.kind = Token::Or;
            else if (word == QLatin1String("NOT"))
                token.kind = Token::Not;
            else if (word.endsWith(QLatin1Char(':')) && nameEnd == i - 1 && fieldKind(word.left(word.size() - 1))) {
                token.kind = Token::Field; // "tag:" with nothing after it: reported by the parser
                token.field = word.left(word.size() - 1);
                token.text.clear();
                token.valuePosition = i;
            } else if (word.endsWith(QLatin1Char('*'))) {
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
    tokens.append({Token::End, {}, false, n, {}, 0});
    return tokens;
}

// One end of a date range: 2025, 2025-03 or 2025-03-14, as the span it covers.
bool parseDatePart(const QString &text, QDate &first, QDate &last)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const int year = match.captured(1).toInt();
    if (match.captured(2).isEmpty()) {
        first = QDate(year, 1, 1);
        last = QDate(year, 12, 31);
    } else if (match.captured(3).isEmpty()) {
        first = QDate(year, match.captured(2).toInt(), 1);
        last = first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
    } else {
        first = last = QDate(year, match.captured(2).toInt(), match.captured(3).toInt());
    }
    return first.isValid() && last.isValid();
}

bool parseDateRange(const Token &token, SearchNode &node, Error &error)
{
    const QString value = token.text;
    const qsizetype dots = value.indexOf(QLatin1String(".."));
    const QString fromText = dots < 0 ? value : value.left(dots);
    const QString toText = dots < 0 ? value : value.mid(dots + 2);
    if (dots >= 0 && (value.indexOf(QLatin1String(".."), dots + 2) >= 0 || (fromText.isEmpty() && toText.isEmpty()))) {
        error = {QCoreApplication::translate("Annalist::SearchQuery",
                                             "A date range is written 2025-01..2025-06, 2025-03.. or ..2025-06."),
                 token.valuePosition};
        return false;
    }
    QDate first, last;
    node.from = QDate(1, 1, 1);
    node.to = QDate(9999, 12, 31);
    if (!fromText.isEmpty()) {
        if (!parseDatePart(fromText, first, last)) {
            error = {QCoreApplication::translate("Annalist::SearchQuery",
                                                 "“%1” is not a date: write a year, a month or a day, as in 2025, "
                                                 "2025-03 or 2025-03-14.")
                         .arg(fromText),
                     token.valuePosition};
            return false;
        }
        node.from = first;
        if (dots < 0)
            node.to = last;
    }
    if (dots >= 0 && !toText.isEmpty()) {
        if (!parseDatePart(toText, first, last)) {
            error = {QCoreApplication::translate("Annalist::SearchQuery",
                                                 "“%1” is not a date: write a year, a month or a day, as in 2025, "
                                                 "2025-03 or 2025-03-14.")
                         .arg(toText),
                     token.valuePosition + dots + 2};
            return false;
        }
        node.to = last;
    }
    if (node.from > node.to) {
        error = {QCoreApplication::translate("Annalist::SearchQuery", "The date range ends before it begins."),
                 token.valuePosition};
        return false;
    }
    return true;
}

bool makeField(const Token &token, SearchNode &node, Error &error)
{
    const std::optional<SearchNode::FieldKind> kind = fieldKind(token.field);
    if (!kind) {
        error = {QCoreApplication::translate("Annalist::SearchQuery",
                                             "There is no field “%1”: use tag:, entity:, type:, date:, source: or has: "
                                             "(to search for the text itself, put it in quotes).")
                     .arg(token.field),
                 token.position};
        return false;
    }
    node.kind = SearchNode::Field;
    node.field = *kind;
    node.position = token.position;
    node.prefix = token.prefix;
    node.text = token.text.simplified();
    if (node.text.isEmpty()) {
        error = {QCoreApplication::translate("Annalist::SearchQuery", "%1: needs a value, as in %2.")
                     .arg(token.field.toLower(),
                          *kind == SearchNode::Tag          ? QStringLiteral("tag:policy/export-controls")
                              : *kind == SearchNode::Entity ? QStringLiteral("entity:\"Zhipu AI\"")
                              : *kind == SearchNode::Type   ? QStringLiteral("type:PRODUCT")
                              : *kind == SearchNode::Date   ? QStringLiteral("date:2025-01..2025-06")
                              : *kind == SearchNode::Source ? QStringLiteral("source:AFP")
                                                            : QStringLiteral("has:note")),
                 token.valuePosition};
        return false;
    }
    if (node.prefix && (*kind == SearchNode::Type || *kind == SearchNode::Date || *kind == SearchNode::Has)) {
        error = {QCoreApplication::translate("Annalist::SearchQuery", "A * is only possible with tag:, entity: and source:."),
                 token.valuePosition};
        return false;
    }
    switch (*kind) {
    case SearchNode::Tag:
        node.text = TagStore::normalizedPath(node.text);
        if (node.text.isEmpty()) {
            error = {QCoreApplication::translate("Annalist::SearchQuery", "A tag needs a name, as in tag:policy/export-controls."),
                     token.valuePosition};
            return false;
        }
        return true;
    case SearchNode::Entity:
    case SearchNode::Source:
        return true;
    case SearchNode::Type: {
        static const QHash<QString, QString> types = {
            {QStringLiteral("PERSON"), QStringLiteral("PERSON")},   {QStringLiteral("PEOPLE"), QStringLiteral("PERSON")},
            {QStringLiteral("ORG"), QStringLiteral("ORG")},         {QStringLiteral("ORGANIZATION"), QStringLiteral("ORG")},
            {QStringLiteral("ORGANISATION"), QStringLiteral("ORG")}, {QStringLiteral("PLACE"), QStringLiteral("PLACE")},
            {QStringLiteral("LOCATION"), QStringLiteral("PLACE")},  {QStringLiteral("PRODUCT"), QStringLiteral("PRODUCT")},
            {QStringLiteral("EVENT"), QStringLiteral("EVENT")},
        };
        const auto it = types.constFind(node.text.toUpper());
        if (it == types.constEnd()) {
            error = {QCoreApplication::translate("Annalist::SearchQuery",
                                                 "“%1” is not an entity type: use PERSON, ORG, PLACE, PRODUCT or EVENT.")
                         .arg(node.text),
                     token.valuePosition};
            return false;
        }
        node.text = *it;
        return true;
    }
    case SearchNode::Date:
        return parseDateRange(token, node, error);
    case SearchNode::Has: {
        const QString what = node.text.toLower();
        if (what == QLatin1String("note") || what == QLatin1String("notes"))
            node.text = QStringLiteral("note");
        else if (what == QLatin1String("annotation") || what == QLatin1String("annotations")
                 || what == QLatin1String("highlight") || what == QLatin1String("highlights"))
            node.text = QStringLiteral("annotation");
        else if (what == QLatin1String("tag") || what == QLatin1String("tags"))
            node.text = QStringLiteral("tag");
        else {
            error = {QCoreApplication::translate("Annalist::SearchQuery", "has: takes note, annotation or tag, not “%1”.")
                         .arg(node.text),
                     token.valuePosition};
            return false;
        }
        return true;
    }
    }
    return true;
}

// Recursive descent, with FTS5's precedence (NOT binds tighter than AND, AND than OR):
//   or := and (OR and)* ; and := except ([AND] except)* ; except := unary (NOT unary)* ;
//   unary := NOT unary | primary ; primary := word | phrase | field | '(' or ')'
class Parser
{
public:
    explicit Parser(const QList<Token> &tokens)
        : m_tokens(tokens)
    {
    }

    bool parse(SearchNode &out, Error &error)
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
        return kind == Token::Word || kind == Token::Phrase || kind == Token::Field || kind == Token::Open;
    }

    // Left-to-right lists of one operator become one node with many children.
    static void append(SearchNode &list, SearchNode::Kind kind, SearchNode &&item)
    {
        if (list.kind != kind || list.groups > 0) {
            SearchNode node;
            node.kind = kind;
            node.position = list.position;
            node.children.push_back(std::move(list));
            list = std::move(node);
        }
        list.children.push_back(std::move(item));
    }

    bool parseOr(SearchNode &out, Error &error)
    {
        if (!parseAnd(out, error))
            return false;
        while (peek().kind == Token::Or) {
            take();
            SearchNode right;
            if (!parseAnd(right, error))
                return false;
            append(out, SearchNode::Or, std::move(right));
        }
        return true;
    }

    bool parseAnd(SearchNode &out, Error &error)
    {
        if (!parseExcept(out, error))
            return false;
        for (;;) {
            if (peek().kind == Token::And)
                take();
            else if (!startsOperand(peek().kind))
                return true;
            SearchNode right;
            if (!parseExcept(right, error))
                return false;
            append(out, SearchNode::And, std::move(right));
        }
    }

    bool parseExcept(SearchNode &out, Error &error)
    {
        if (!parseUnary(out, error))
            return false;
        while (peek().kind == Token::Not) {
            take();
            SearchNode right;
            if (!parseUnary(right, error))
                return false;
            SearchNode node;
            node.kind = SearchNode::Except;
            node.position = out.position;
            node.children.push_back(std::move(out));
            node.children.push_back(std::move(right));
            out = std::move(node);
        }
        return true;
    }

    bool parseUnary(SearchNode &out, Error &error)
    {
        if (peek().kind != Token::Not)
            return parsePrimary(out, error);
        const qsizetype position = take().position;
        SearchNode inner;
        if (!parseUnary(inner, error))
            return false;
        out = {};
        out.kind = SearchNode::Negate;
        out.position = position;
        out.children.push_back(std::move(inner));
        return true;
    }

    bool parsePrimary(SearchNode &out, Error &error)
    {
        const Token &token = peek();
        switch (token.kind) {
        case Token::Word:
        case Token::Phrase:
            out = {};
            out.kind = SearchNode::Text;
            out.text = token.text;
            out.prefix = token.prefix;
            out.position = token.position;
            take();
            return true;
        case Token::Field:
            out = {};
            if (!makeField(token, out, error))
                return false;
            take();
            return true;
        case Token::Open: {
            take();
            if (peek().kind == Token::Close) {
                error = {QCoreApplication::translate("Annalist::SearchQuery", "The parentheses are empty."), token.position};
                return false;
            }
            if (!parseOr(out, error))
                return false;
            if (peek().kind != Token::Close) {
                error = {QCoreApplication::translate("Annalist::SearchQuery", "This parenthesis is not closed."), token.position};
                return false;
            }
            take();
            ++out.groups;
            return true;
        }
        case Token::Not: // handled by parseUnary
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

QString quotedValue(const QString &text)
{
    QString inner = text;
    inner.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

QString describeNode(const SearchNode &node)
{
    static const char *const fieldNames[] = {"tag", "entity", "type", "date", "source", "has"};
    switch (node.kind) {
    case SearchNode::Text:
        return ftsTerm(node);
    case SearchNode::Field: {
        QString value;
        if (node.field == SearchNode::Date)
            value = node.from.toString(Qt::ISODate) + QLatin1String("..") + node.to.toString(Qt::ISODate);
        else if (node.field == SearchNode::Type || node.field == SearchNode::Has)
            value = node.text;
        else
            value = quotedValue(node.text) + (node.prefix ? QStringLiteral("*") : QString());
        return QLatin1String(fieldNames[node.field]) + QLatin1Char(':') + value;
    }
    case SearchNode::And:
    case SearchNode::Or:
    case SearchNode::Except:
    case SearchNode::Negate: {
        QString result = node.kind == SearchNode::And      ? QStringLiteral("(AND")
                         : node.kind == SearchNode::Or     ? QStringLiteral("(OR")
                         : node.kind == SearchNode::Except ? QStringLiteral("(EXCEPT")
                                                           : QStringLiteral("(NOT");
        for (const SearchNode &child : node.children)
            result += QLatin1Char(' ') + describeNode(child);
        return result + QLatin1Char(')');
    }
    }
    return {};
}

bool containsField(const SearchNode &node)
{
    if (node.kind == SearchNode::Field)
        return true;
    for (const SearchNode &child : node.children) {
        if (containsField(child))
            return true;
    }
    return false;
}

// The words that rank a match: everything outside NOT, fields left out.
QString rankOf(const SearchNode &node)
{
    switch (node.kind) {
    case SearchNode::Text:
        return ftsTerm(node);
    case SearchNode::Field:
    case SearchNode::Negate:
        return {};
    case SearchNode::Except:
        return rankOf(node.children.front());
    case SearchNode::And:
    case SearchNode::Or: {
        QStringList parts;
        for (const SearchNode &child : node.children) {
            const QString part = rankOf(child);
            if (!part.isEmpty())
                parts << (node.kind == SearchNode::And && part.contains(QLatin1String(" OR "))
                              ? QLatin1Char('(') + part + QLatin1Char(')')
                              : part);
        }
        return parts.join(node.kind == SearchNode::And ? QLatin1String(" AND ") : QLatin1String(" OR "));
    }
    }
    return {};
}

void collectTerms(const SearchNode &node, QList<SearchQuery::Term> &terms)
{
    switch (node.kind) {
    case SearchNode::Text:
        if (!terms.contains(SearchQuery::Term{node.text, node.prefix}))
            terms.append({node.text, node.prefix});
        return;
    case SearchNode::Field:
    case SearchNode::Negate:
        return;
    case SearchNode::Except:
        collectTerms(node.children.front(), terms);
        return;
    case SearchNode::And:
    case SearchNode::Or:
        for (const SearchNode &child : node.children)
            collectTerms(child, terms);
        return;
    }
}

} // namespace

QString ftsTerm(const SearchNode &text)
{
    return quotedValue(text.text) + (text.prefix ? QStringLiteral("*") : QString());
}

QString ftsExpression(const SearchNode &node)
{
    QString result;
    switch (node.kind) {
    case SearchNode::Text:
        result = ftsTerm(node);
        break;
    case SearchNode::And:
    case SearchNode::Or:
    case SearchNode::Except: {
        const QLatin1String glue(node.kind == SearchNode::And  ? " AND "
                                 : node.kind == SearchNode::Or ? " OR "
                                                               : " NOT ");
        for (const SearchNode &child : node.children)
            result += (result.isEmpty() ? QString() : QString(glue)) + ftsExpression(child);
        break;
    }
    case SearchNode::Field:
    case SearchNode::Negate:
        return {}; // not FTS5: callers check isPlainText() first
    }
    for (int i = 0; i < node.groups; ++i)
        result = QLatin1Char('(') + result + QLatin1Char(')');
    return result;
}

SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery query;
    Error error;
    const QList<Token> tokens = tokenize(text, error);
    if (!error.message.isEmpty()) {
        query.m_error = error.message;
        query.m_errorPosition = error.position;
        return query;
    }
    Parser parser(tokens);
    auto root = std::make_shared<SearchNode>();
    if (!parser.parse(*root, error)) {
        query.m_error = error.message;
        query.m_errorPosition = error.position;
        return query;
    }
    query.m_root = std::move(root);
    return query;
}

QString SearchQuery::ftsExpression() const
{
    return m_root && m_root->isPlainText() ? Annalist::ftsExpression(*m_root) : QString();
}

QString SearchQuery::rankExpression() const
{
    return m_root ? rankOf(*m_root) : QString();
}

QList<SearchQuery::Term> SearchQuery::terms() const
{
    QList<Term> result;
    if (m_root)
        collectTerms(*m_root, result);
    return result;
}

bool SearchQuery::hasFields() const
{
    return m_root && containsField(*m_root);
}

QString SearchQuery::describe() const
{
    return m_root ? describeNode(*m_root) : QString();
}

} // namespace Annalist
