#include "ingest/htmlcontent.h"

#include "ingest/htmlnode.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Annalist::Html {

namespace {

// What the walk learns about one element; text counts non-space UTF-8 bytes.
struct Stats
{
    int text = 0;
    int linkText = 0;
    int links = 0;
    int blockText = 0; // text inside block-level children
    int commas = 0;
    int blockCommas = 0;
    int paragraphs = 0; // paragraph-like descendants
    double score = 0; // from the paragraphs below
    int order = 0; // document order
    bool hasHeading = false; // an <h1> inside
};

enum class Hint { None, Positive, Negative, StrongNegative };

bool isBlock(const xmlNode *node)
{
    return namedAny(node,
        { "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "li", "dt", "dd", "blockquote", "pre",
            "table", "tr", "td", "th", "thead", "tbody", "section", "article", "header", "footer", "nav", "aside",
            "main", "figure", "figcaption", "form", "address", "details", "center" });
}

bool tokenMatches(const QString &token, std::initializer_list<const char *> words, bool prefix)
{
    for (const char *word : words) {
        const QLatin1String w(word);
        if (prefix ? token.startsWith(w) : (token == w || (token.size() == w.size() + 1 && token.startsWith(w)
                                                              && token.endsWith(QLatin1Char('s')))))
            return true;
    }
    return false;
}

// Class, id and role split into lower-case words: "site-nav main__menu" -> site, nav, main, menu.
QStringList hintTokens(const xmlNode *node)
{
    const QString hints = (property(node, "class") + QLatin1Char(' ') + property(node, "id") + QLatin1Char(' ')
        + property(node, "role"))
                              .toLower();
    QStringList tokens;
    QString token;
    for (QChar c : hints) {
        if (c.isLetter()) {
            token.append(c);
        } else if (!token.isEmpty()) {
            tokens.append(token);
            token.clear();
        }
    }
    if (!token.isEmpty())
        tokens.append(token);
    return tokens;
}

Hint hintOf(const xmlNode *node)
{
    bool positive = false;
    bool weak = false;
    const QStringList tokens = hintTokens(node);
    for (const QString &t : tokens) {
        // Prefix matches catch "navbar", "sidebarwidget", "cookiebanner"; exact ones keep
        // "commentary" or "shared" from counting as comments or share bars.
        if (tokenMatches(t,
                { "nav", "sidebar", "footer", "cookie", "consent", "gdpr", "breadcrumb", "newsletter", "social",
                    "related", "disqus", "outbrain", "taboola", "sharing", "sharebar", "complementary",
                    "contentinfo" },
                true)
            || tokenMatches(t, { "comment", "share", "menu", "menubar", "search", "navigation", "dialog" }, false))
            return Hint::StrongNegative;
        if (tokenMatches(t, { "widget", "promo", "sponsor", "advert", "banner", "popup", "masthead", "pagination",
                                "pager", "toolbar", "recommend", "trending", "subscribe", "signup", "ad", "tag",
                                "skip", "modal" },
                false))
            weak = true;
        if (tokenMatches(t, { "article", "content", "entry", "main", "story", "post", "body", "text", "blog",
                                "hentry", "prose" },
                false))
            positive = true;
    }
    if (weak)
        return positive ? Hint::None : Hint::Negative;
    return positive ? Hint::Positive : Hint::None;
}

double linkDensity(const Stats &s)
{
    return s.text > 0 ? double(s.linkText) / s.text : 0.0;
}

int nonSpaceBytes(const xmlChar *content)
{
    int count = 0;
    for (const xmlChar *c = content; *c; ++c) {
        if (*c > ' ')
            ++count;
    }
    return count;
}

int commaCount(const xmlChar *content)
{
    int count = 0;
    for (const xmlChar *c = content; *c; ++c) {
        if (*c == ',')
            ++count;
    }
    return count;
}

class Scorer
{
public:
    ContentSelection run(const xmlNode *root)
    {
        walk(root);
        choose(root);
        return std::move(m_selection);
    }

private:
    // Iterative, like the text walk: hostile nesting cannot exhaust the stack.
    void walk(const xmlNode *root)
    {
        const xmlNode *node = root;
        while (node) {
            if (enter(node) && node->children) {
                node = node->children;
                continue;
            }
            leave(node);
            while (node != root && !node->next) {
                node = node->parent;
                leave(node);
            }
            if (node == root)
                break;
            node = node->next;
        }
    }

    bool enter(const xmlNode *node)
    {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content && node->parent) {
                Stats &parent = m_stats[node->parent];
                parent.text += nonSpaceBytes(node->content);
                parent.commas += commaCount(node->content);
            }
            return false;
        }
        if (node->type != XML_ELEMENT_NODE || isSkipped(node) || named(node, "head"))
            return false;
        m_stats[node].order = m_order++;
        if (namedAny(node, { "article", "main" }))
            ++m_article;
        if (named(node, "h1"))
            m_headings.append(node);
        return true;
    }

    void leave(const xmlNode *node)
    {
        if (node->type != XML_ELEMENT_NODE || isSkipped(node) || named(node, "head"))
            return;
        if (namedAny(node, { "article", "main" }))
            --m_article;
        Stats &s = m_stats[node];
        if (named(node, "a")) {
            s.linkText = s.text;
            s.links += 1;
        }
        if (isBoilerplate(node, s)) {
            m_selection.excluded.insert(node);
            return; // contributes nothing to its ancestors
        }
        const int ownText = s.text - s.blockText;
        if (isBlock(node) && ownText >= 25 && !namedAny(node, { "h1", "h2", "h3", "h4", "h5", "h6" })) {
            const double score = 1 + (s.commas - s.blockCommas) + qMin(ownText / 100.0, 3.0);
            s.paragraphs += 1;
            if (node->parent) {
                m_stats[node->parent].score += score;
                if (node->parent->parent)
                    m_stats[node->parent->parent].score += score / 2;
            }
        }
        if (const xmlNode *parent = node->parent) {
            Stats &p = m_stats[parent];
            p.text += s.text;
            p.linkText += s.linkText;
            p.links += s.links;
            p.commas += s.commas;
            p.paragraphs += s.paragraphs;
            p.hasHeading = p.hasHeading || s.hasHeading || named(node, "h1");
            if (isBlock(node)) {
                p.blockText += s.text;
                p.blockCommas += s.commas;
            }
        }
    }

    bool isBoilerplate(const xmlNode *node, const Stats &s) const
    {
        if (namedAny(node, { "body", "html" }))
            return false;
        // A container of real prose is kept whatever its classes say ("has-sidebar",
        // an ASP.NET <form> around the page).
        if (s.paragraphs >= 3 && s.text - s.linkText >= 500 && linkDensity(s) < 0.3)
            return false;
        if (namedAny(node, { "nav", "aside", "footer", "form", "menu", "dialog" }))
            return true;
        if (named(node, "header") && m_article == 0 && !s.hasHeading
            && (linkDensity(s) > 0.3 || s.text < 25))
            return true;
        switch (hintOf(node)) {
        case Hint::StrongNegative:
        case Hint::Negative:
            return true;
        default:
            break;
        }
        // Lists of links: related stories, tag clouds, "more from".
        return namedAny(node, { "ul", "ol", "div", "section", "table" }) && s.links >= 3 && linkDensity(s) > 0.7;
    }

    double finalScore(const xmlNode *node) const
    {
        const Stats s = m_stats.value(node);
        double score = s.score * (1.0 - linkDensity(s));
        if (hintOf(node) == Hint::Positive)
            score += 25;
        if (namedAny(node, { "article", "main" }) || property(node, "itemprop") == QLatin1String("articleBody"))
            score += 15;
        return score;
    }

    bool isInside(const xmlNode *node, const QSet<const xmlNode *> &set) const
    {
        for (const xmlNode *n = node; n; n = n->parent) {
            if (set.contains(n))
                return true;
        }
        return false;
    }

    void choose(const xmlNode *root)
    {
        const xmlNode *top = nullptr;
        double best = 0;
        for (auto it = m_stats.cbegin(); it != m_stats.cend(); ++it) {
            if (it.value().score <= 0 || it.key()->type != XML_ELEMENT_NODE
                || isInside(it.key(), m_selection.excluded))
                continue;
            const double score = finalScore(it.key());
            if (!top || score > best || (score == best && it.value().order < m_stats.value(top).order)) {
                top = it.key();
                best = score;
            }
        }
        const int total = m_stats.value(root).text;
        // Too little to judge: keep the whole page, minus boilerplate.
        if (!top || namedAny(top, { "body", "html" })
            || (m_stats.value(top).text < 200 && m_stats.value(top).text * 2 < total))
            return;
        m_selection.roots.insert(top);
        // Siblings that score well are part of the article (a body split over several divs).
        const double threshold = qMax(10.0, best * 0.2);
        if (top->parent) {
            for (const xmlNode *sibling = top->parent->children; sibling; sibling = sibling->next) {
                if (sibling == top || sibling->type != XML_ELEMENT_NODE || !m_stats.contains(sibling)
                    || m_selection.excluded.contains(sibling))
                    continue;
                const Stats s = m_stats.value(sibling);
                const bool prose = named(sibling, "p") && s.text >= 80 && linkDensity(s) < 0.25;
                if (prose || finalScore(sibling) >= threshold)
                    m_selection.roots.insert(sibling);
            }
        }
        // The headline often sits above the article body, outside the winning container.
        for (const xmlNode *heading : std::as_const(m_headings)) {
            if (isInside(heading, m_selection.excluded))
                continue;
            if (!isInside(heading, m_selection.roots) && m_stats.value(heading).order < m_stats.value(top).order)
                m_selection.roots.insert(heading);
            break;
        }
    }

    QHash<const xmlNode *, Stats> m_stats;
    QList<const xmlNode *> m_headings;
    ContentSelection m_selection;
    int m_order = 0;
    int m_article = 0;
};

} // namespace

ContentSelection selectMainContent(const xmlNode *root)
{
    if (!root)
        return ContentSelection();
    return Scorer().run(root);
}

} // namespace Annalist::Html
