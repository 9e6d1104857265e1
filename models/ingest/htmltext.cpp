#include "ingest/htmltext.h"

#include "ingest/htmlcontent.h"
#include "ingest/htmlnode.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <memory>
#include <mutex>

namespace Annalist {

namespace {

using namespace Html;


enum class Break { None, Line, Paragraph };

Break breakFor(const xmlNode *node)
{
    if (namedAny(node, { "li", "dt", "dd", "tr", "option" }))
        return Break::Line;
    if (namedAny(node,
            { "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote", "pre", "table", "thead",
                "tbody", "tfoot", "caption", "section", "article", "header", "footer", "nav", "aside", "main", "figure",
                "figcaption", "form", "fieldset", "legend", "hr", "address", "details", "summary", "dialog", "center",
                "hgroup", "menu", "body", "html" }))
        return Break::Paragraph;
    return Break::None;
}

// Collapses whitespace the way a browser renders normal flow text, and turns block
// boundaries into line or paragraph breaks. Breaks at the start and the end are dropped.
class TextBuilder
{
public:
    void requestBreak(Break b)
    {
        if (b == Break::Paragraph)
            m_newlines = 2;
        else if (b == Break::Line)
            m_newlines = qMax(m_newlines, 1);
    }
    void lineBreak() { m_newlines = qMin(m_newlines + 1, 2); } // <br>; two make an empty line
    void space() { m_space = true; }

    void append(QStringView text, bool preformatted)
    {
        for (QChar c : text) {
            if (preformatted) {
                if (c == QLatin1Char('\r'))
                    continue;
                if (c == QLatin1Char('\n')) {
                    lineBreak();
                    continue;
                }
            } else if (c.isSpace()) {
                m_space = true;
                continue;
            }
            flush();
            m_text.append(c);
        }
    }

    QString take() { return std::move(m_text); }

private:
    void flush()
    {
        if (!m_text.isEmpty()) {
            if (m_newlines > 0)
                m_text.append(m_newlines == 2 ? QStringLiteral("\n\n") : QStringLiteral("\n"));
            else if (m_space)
                m_text.append(QLatin1Char(' '));
        }
        m_newlines = 0;
        m_space = false;
    }

    QString m_text;
    int m_newlines = 0;
    bool m_space = false;
};

class Walker
{
public:
    Walker(HtmlScan *scan, ContentSelection selection)
        : m_scan(scan)
        , m_selection(std::move(selection))
        , m_outside(m_selection.roots.isEmpty() ? 0 : 1)
    { }

    // Iterative depth-first walk: hostile nesting depth cannot exhaust the stack.
    void walk(xmlNode *root)
    {
        xmlNode *node = root;
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
        m_scan->text = m_text.take();
    }

private:
    // Returns whether the walk descends into node.
    bool enter(xmlNode *node)
    {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (m_hidden == 0 && m_outside == 0 && node->content)
                m_text.append(QString::fromUtf8(reinterpret_cast<const char *>(node->content)), m_pre > 0);
            return false;
        }
        if (node->type != XML_ELEMENT_NODE)
            return false; // comments, processing instructions, DTD nodes
        collectMetadata(node);
        if (isSkipped(node))
            return false;
        if (named(node, "head") || named(node, "title")) {
            ++m_hidden;
            return true;
        }
        if (m_selection.roots.contains(node))
            --m_outside;
        if (m_selection.excluded.contains(node))
            ++m_outside;
        if (named(node, "article"))
            ++m_article;
        else if (named(node, "pre"))
            ++m_pre;
        else if (named(node, "br"))
            m_text.lineBreak();
        m_text.requestBreak(breakFor(node));
        return true;
    }

    void leave(xmlNode *node)
    {
        if (node->type != XML_ELEMENT_NODE || isSkipped(node))
            return;
        if (named(node, "head") || named(node, "title")) {
            --m_hidden;
            return;
        }
        if (m_selection.roots.contains(node))
            ++m_outside;
        if (m_selection.excluded.contains(node))
            --m_outside;
        if (named(node, "article"))
            --m_article;
        else if (named(node, "pre"))
            --m_pre;
        else if (named(node, "td") || named(node, "th"))
            m_text.space();
        m_text.requestBreak(breakFor(node));
    }

    void collectMetadata(xmlNode *node)
    {
        if (named(node, "meta")) {
            const QString content = property(node, "content").trimmed();
            if (content.isEmpty())
                return;
            for (const char *attribute : { "property", "name", "itemprop" }) {
                const QString key = property(node, attribute).trimmed().toLower();
                if (!key.isEmpty() && !m_scan->meta.contains(key))
                    m_scan->meta.insert(key, content);
            }
        } else if (named(node, "link")) {
            if (m_scan->canonicalUrl.isEmpty()
                && property(node, "rel").toLower().split(QLatin1Char(' ')).contains(QLatin1String("canonical")))
                m_scan->canonicalUrl = property(node, "href").trimmed();
        } else if (named(node, "script")) {
            if (property(node, "type").trimmed().toLower() == QLatin1String("application/ld+json"))
                m_scan->jsonLd.append(textContent(node));
        } else if (named(node, "title")) {
            if (m_scan->titleElement.isEmpty())
                m_scan->titleElement = textContent(node).simplified();
        } else if (named(node, "h1")) {
            if (m_scan->firstHeading.isEmpty() && m_hidden == 0)
                m_scan->firstHeading = textContent(node).simplified();
        } else if (named(node, "a")) {
            if (m_scan->relAuthor.isEmpty()
                && property(node, "rel").toLower().split(QLatin1Char(' ')).contains(QLatin1String("author")))
                m_scan->relAuthor = textContent(node).simplified();
        } else if (named(node, "time")) {
            if (m_article > 0 && m_scan->articleTime.isEmpty())
                m_scan->articleTime = property(node, "datetime").trimmed();
        }
        if (m_scan->byline.isEmpty() && m_hidden == 0 && !named(node, "meta")
            && (property(node, "itemprop") == QLatin1String("author")
                || property(node, "class").toLower().split(QLatin1Char(' ')).contains(QLatin1String("byline"))))
            m_scan->byline = textContent(node).simplified();
        if (m_scan->itemPropDate.isEmpty() && !named(node, "meta")
            && property(node, "itemprop") == QLatin1String("datePublished")) {
            const QString value
                = hasProperty(node, "datetime") ? property(node, "datetime") : property(node, "content");
            m_scan->itemPropDate = value.trimmed();
        }
    }

    HtmlScan *m_scan;
    ContentSelection m_selection;
    int m_outside; // > 0 outside the main content or inside boilerplate
    TextBuilder m_text;
    int m_hidden = 0; // inside <head> or <title>: metadata only
    int m_article = 0;
    int m_pre = 0;
};

struct DocDeleter
{
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};

} // namespace

void initializeHtmlParser()
{
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
}

HtmlScan scanHtml(const QByteArray &utf8, HtmlScope scope)
{
    initializeHtmlParser();
    HtmlScan scan;
    // The bytes are UTF-8 whatever the page declares: the importer decoded them already,
    // so IGNORE_ENC keeps a <meta charset> from switching the parser to another encoding.
    // HUGE raises the nesting limit from 256 to 2048 levels: old pages with hundreds of
    // unclosed <div> or <font> tags are real, and at the limit libxml2 stops parsing. Our
    // walk is iterative and file size is capped, so the larger limits are safe.
    const int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER
        | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
    std::unique_ptr<xmlDoc, DocDeleter> doc(
        htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8", options));
    if (!doc)
        return scan;
    scan.parsed = true;
    if (xmlNode *root = xmlDocGetRootElement(doc.get())) {
        ContentSelection selection;
        if (scope == HtmlScope::MainContent)
            selection = selectMainContent(root);
        Walker(&scan, std::move(selection)).walk(root);
    }
    return scan;
}

} // namespace Annalist
