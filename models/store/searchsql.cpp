// SearchQuery compiled into SQL: words and phrases to FTS5 MATCH expressions, field filters to
// IN subqueries, the operators to SQL's. Every value the analyst typed is a bound parameter.
#include "store/searchnode.h"
#include "store/searchquery.h"

#include <vector>

namespace Annalist {

namespace {

using Sql = SearchQuery::Sql;

QString likeEscaped(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped;
}

// A word or phrase against tag paths: "export controls" finds "policy/export-controls".
QString tagPattern(const SearchNode &text)
{
    QString pattern = likeEscaped(text.text);
    pattern.replace(QLatin1Char(' '), QLatin1Char('%'));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

// Appends SQL and its values in the order they appear.
class Builder
{
public:
    Builder &operator<<(const QString &sql)
    {
        m_sql.sql += sql;
        return *this;
    }
    Builder &operator<<(const char *sql)
    {
        m_sql.sql += QLatin1String(sql);
        return *this;
    }
    Builder &operator<<(const Sql &part)
    {
        m_sql.sql += part.sql;
        m_sql.binds += part.binds;
        return *this;
    }
    Builder &bind(const QVariant &value)
    {
        m_sql.sql += QLatin1Char('?');
        m_sql.binds << value;
        return *this;
    }
    Sql take() { return std::move(m_sql); }

private:
    Sql m_sql;
};

void collectLeaves(const SearchNode &node, std::vector<const SearchNode *> &leaves)
{
    if (node.kind == SearchNode::Text)
        leaves.push_back(&node);
    for (const SearchNode &child : node.children)
        collectLeaves(child, leaves);
}

// Articles with a tag (their own or a passage's) whose path matches condition, which refers
// to the tag as q_t and is repeated with its values for both.
Sql taggedArticles(const Sql &condition)
{
    Builder b;
    b << "SELECT q_x.article_id FROM article_tags q_x JOIN tags q_t ON q_t.id = q_x.tag_id WHERE " << condition
      << " UNION SELECT q_n.article_id FROM annotations q_n JOIN annotation_tags q_y ON q_y.annotation_id = q_n.id "
         "JOIN tags q_t ON q_t.id = q_y.tag_id WHERE "
      << condition;
    return b.take();
}

Sql tagNameLike(const std::vector<const SearchNode *> &leaves)
{
    Builder b;
    b << "(";
    for (size_t i = 0; i < leaves.size(); ++i) {
        b << (i ? " OR q_t.name LIKE " : "q_t.name LIKE ");
        b.bind(tagPattern(*leaves[i])) << " ESCAPE '\\'";
    }
    b << ")";
    return b.take();
}

// Articles whose passages or tags match any of the words: the only ones for which a word
// can match outside the article's own text.
Sql candidates(const std::vector<const SearchNode *> &leaves)
{
    QStringList terms;
    for (const SearchNode *leaf : leaves)
        terms << ftsTerm(*leaf);
    Builder b;
    b << "SELECT q_n.article_id AS article_id FROM annotations q_n WHERE q_n.id IN "
         "(SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ";
    b.bind(terms.join(QLatin1String(" OR "))) << ") UNION " << taggedArticles(tagNameLike(leaves));
    return b.take();
}

class Compiler
{
public:
    enum Target { Articles, Annotations };

    Target target = Articles;
    QString id; // the row's id (article or annotation)
    QString articleId; // the row's article id, for field filters
    QString alias; // the articles table's alias, when the row is an article
    bool extended = false;

    Sql compile(const SearchNode &node)
    {
        if (node.isPlainText())
            return textGroup(node);
        Builder b;
        switch (node.kind) {
        case SearchNode::Text: // plain text, handled above
            break;
        case SearchNode::Field:
            return field(node);
        case SearchNode::Negate:
            b << "NOT (" << compile(node.children.front()) << ")";
            break;
        case SearchNode::Except:
            b << "(" << compile(node.children.front()) << " AND NOT (" << compile(node.children.back()) << "))";
            break;
        case SearchNode::And:
        case SearchNode::Or: {
            // The plain words of a list go to the index as one expression.
            SearchNode words;
            words.kind = node.kind;
            std::vector<const SearchNode *> others;
            for (const SearchNode &child : node.children) {
                if (child.isPlainText())
                    words.children.push_back(child);
                else
                    others.push_back(&child);
            }
            const char *glue = node.kind == SearchNode::And ? " AND " : " OR ";
            b << "(";
            bool first = true;
            if (!words.children.empty()) {
                b << textGroup(words.children.size() == 1 ? words.children.front() : words);
                first = false;
            }
            for (const SearchNode *other : others) {
                if (!first)
                    b << glue;
                b << compile(*other);
                first = false;
            }
            b << ")";
            break;
        }
        }
        return b.take();
    }

    // See SearchQuery::rankedArticles().
    Sql rankedText(const SearchNode &node, const QString &score)
    {
        const QString expression = ftsExpression(node);
        std::vector<const SearchNode *> leaves;
        collectLeaves(node, leaves);
        const Sql others = candidates(leaves);
        Builder b;
        b << "SELECT rowid AS id, " << score << " AS score FROM articles_fts WHERE articles_fts MATCH ";
        b.bind(expression) << " AND rowid NOT IN (" << others << ") UNION ALL SELECT q_c.article_id, (SELECT " << score
                           << " FROM articles_fts WHERE articles_fts MATCH ";
        b.bind(expression) << " AND rowid = q_c.article_id) FROM (" << others << ") q_c WHERE "
                           << wordByWord(node, QStringLiteral("q_c.article_id"));
        return b.take();
    }

private:
    Sql textGroup(const SearchNode &node)
    {
        const QString expression = ftsExpression(node);
        Builder b;
        if (target == Annotations) {
            b << id << " IN (SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ";
            b.bind(expression) << ")";
            return b.take();
        }
        b << id << " IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ";
        b.bind(expression);
        if (!extended) {
            b << ")";
            return b.take();
        }
        // The index answers for every article but the few whose passages or tags match one
        // of the words; those are decided word by word.
        std::vector<const SearchNode *> leaves;
        collectLeaves(node, leaves);
        const Sql others = candidates(leaves);
        b << " AND rowid NOT IN (" << others << ") UNION ALL SELECT q_c.article_id FROM (" << others << ") q_c WHERE "
          << wordByWord(node, QStringLiteral("q_c.article_id")) << ")";
        return b.take();
    }

    // The words of node matched one at a time against text and title, passages and tags.
    Sql wordByWord(const SearchNode &node, const QString &article)
    {
        Builder b;
        switch (node.kind) {
        case SearchNode::Text: {
            const QString term = ftsTerm(node);
            b << "(EXISTS (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ";
            b.bind(term) << " AND rowid = " << article << ") OR " << article
                         << " IN (SELECT q_n.article_id FROM annotations q_n WHERE q_n.id IN "
                            "(SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ";
            b.bind(term) << ")) OR " << article << " IN (" << taggedArticles(tagNameLike({&node})) << "))";
            break;
        }
        case SearchNode::And:
        case SearchNode::Or: {
            b << "(";
            for (size_t i = 0; i < node.children.size(); ++i) {
                if (i)
                    b << (node.kind == SearchNode::And ? " AND " : " OR ");
                b << wordByWord(node.children[i], article);
            }
            b << ")";
            break;
        }
        case SearchNode::Except:
            b << "(" << wordByWord(node.children.front(), article) << " AND NOT "
              << wordByWord(node.children.back(), article) << ")";
            break;
        case SearchNode::Field:
        case SearchNode::Negate:
            b << "0"; // not plain text: never reached
            break;
        }
        return b.take();
    }

    Sql field(const SearchNode &node)
    {
        Builder b;
        switch (node.field) {
        case SearchNode::Tag: {
            Builder condition;
            if (node.prefix) {
                condition << "q_t.name LIKE ";
                condition.bind(QString(likeEscaped(node.text) + QLatin1Char('%'))) << " ESCAPE '\\'";
            } else {
                // The tag itself, or one below it (paths begin with the parent's path).
                condition << "(q_t.name = ";
                condition.bind(node.text) << " COLLATE NOCASE OR q_t.name LIKE ";
                condition.bind(QString(likeEscaped(node.text) + QStringLiteral("/%"))) << " ESCAPE '\\')";
            }
            b << articleId << " IN (" << taggedArticles(condition.take()) << ")";
            break;
        }
        case SearchNode::Entity: {
            const QVariant value = node.prefix ? QVariant(QString(likeEscaped(node.text) + QLatin1Char('%')))
                                               : QVariant(node.text);
            const char *compare = node.prefix ? " LIKE " : " = ";
            const char *suffix = node.prefix ? " ESCAPE '\\'" : " COLLATE NOCASE";
            // The entity by its name, or any article where the name was found as an alias
            // (aliases are recorded per article: the name is in that article's text).
            b << articleId << " IN (SELECT q_m.article_id FROM mentions q_m WHERE q_m.entity_id IN "
                              "(SELECT q_e.id FROM entities q_e WHERE q_e.name"
              << compare;
            b.bind(value) << suffix << ") UNION SELECT q_a.article_id FROM entity_aliases q_a WHERE q_a.alias" << compare;
            b.bind(value) << suffix << ")";
            break;
        }
        case SearchNode::Type:
            b << articleId << " IN (SELECT q_m.article_id FROM mentions q_m JOIN entities q_e ON q_e.id = q_m.entity_id "
                              "WHERE q_e.type = ";
            b.bind(node.text) << ")";
            break;
        case SearchNode::Date: {
            const QString from = node.from.toString(Qt::ISODate);
            const QString to = node.to.toString(Qt::ISODate);
            if (alias.isEmpty())
                b << "(" << articleId << " IN (SELECT q_p.id FROM articles q_p WHERE q_p.published BETWEEN ";
            else
                b << "(" << alias << ".published BETWEEN ";
            b.bind(from) << " AND ";
            b.bind(to) << (alias.isEmpty() ? ")" : "") << " OR " << articleId
                       << " IN (SELECT q_d.article_id FROM timexes q_d WHERE q_d.begin_date <= ";
            b.bind(to) << " AND q_d.end_date >= ";
            b.bind(from) << "))";
            break;
        }
        case SearchNode::Source: {
            const QString pattern = (node.prefix ? QString() : QStringLiteral("%")) + likeEscaped(node.text)
                + QLatin1Char('%');
            if (alias.isEmpty())
                b << articleId << " IN (SELECT q_p.id FROM articles q_p WHERE q_p.source LIKE ";
            else
                b << alias << ".source LIKE ";
            b.bind(pattern) << " ESCAPE '\\'" << (alias.isEmpty() ? ")" : "");
            break;
        }
        case SearchNode::Has:
            if (node.text == QLatin1String("note"))
                b << articleId << " IN (SELECT q_n.article_id FROM annotations q_n WHERE q_n.note <> '')";
            else if (node.text == QLatin1String("annotation"))
                b << articleId << " IN (SELECT q_n.article_id FROM annotations q_n)";
            else
                b << articleId << " IN (SELECT q_x.article_id FROM article_tags q_x UNION SELECT q_n.article_id "
                                  "FROM annotations q_n JOIN annotation_tags q_y ON q_y.annotation_id = q_n.id)";
            break;
        }
        return b.take();
    }
};

} // namespace

SearchQuery::Sql SearchQuery::articleCondition(const QString &idColumn, const QString &articleAlias, bool extendedText) const
{
    if (!m_root)
        return {QStringLiteral("0"), {}};
    Compiler compiler;
    compiler.target = Compiler::Articles;
    compiler.id = idColumn;
    compiler.articleId = idColumn;
    compiler.alias = articleAlias;
    compiler.extended = extendedText;
    return compiler.compile(*m_root);
}

SearchQuery::Sql SearchQuery::rankedArticles(const QString &scoreExpression) const
{
    if (!m_root || !m_root->isPlainText())
        return {QStringLiteral("SELECT 0 AS id, 0 AS score WHERE 0"), {}};
    Compiler compiler;
    return compiler.rankedText(*m_root, scoreExpression);
}

SearchQuery::Sql SearchQuery::extendedTextProbe() const
{
    std::vector<const SearchNode *> leaves;
    if (m_root)
        collectLeaves(*m_root, leaves);
    if (leaves.empty())
        return {QStringLiteral("SELECT 0"), {}};
    Builder b;
    b << "SELECT EXISTS (" << candidates(leaves) << ")";
    return b.take();
}

SearchQuery::Sql SearchQuery::annotationCondition(const QString &idColumn, const QString &articleIdColumn) const
{
    if (!m_root)
        return {QStringLiteral("0"), {}};
    Compiler compiler;
    compiler.target = Compiler::Annotations;
    compiler.id = idColumn;
    compiler.articleId = articleIdColumn.isEmpty()
        ? QStringLiteral("(SELECT q_o.article_id FROM annotations q_o WHERE q_o.id = ") + idColumn + QLatin1Char(')')
        : articleIdColumn;
    return compiler.compile(*m_root);
}

} // namespace Annalist
