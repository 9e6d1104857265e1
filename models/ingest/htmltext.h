#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Annalist {

// What one pass over an HTML document collects: the readable text and the raw material for
// its metadata. Values are as found; choosing between them is HtmlImporter's business.
struct HtmlScan
{
    QString text; // readable text: blocks separated by blank lines, whitespace collapsed
    QHash<QString, QString> meta; // first content of each <meta name|property|itemprop>, key lower-case
    QString titleElement; // <title>
    QString firstHeading; // first <h1>
    QString canonicalUrl; // <link rel="canonical" href>
    QString itemPropDate; // first itemprop="datePublished" (content or datetime attribute)
    QString articleTime; // first <time datetime> inside an <article>
    QStringList jsonLd; // bodies of <script type="application/ld+json">
    QString relAuthor; // text of the first <a rel="author">
    QString byline; // text of the first element with class "byline" or itemprop "author"
    bool parsed = false; // false when libxml2 produced no document at all
};

enum class HtmlScope {
    MainContent, // only the page's main content (see selectMainContent() in htmlcontent.h)
    WholeDocument, // all visible text, e.g. an e-mail body
};

// Parses UTF-8 HTML with libxml2's forgiving HTML parser. Nothing runs and nothing is
// fetched: scripts are text the walk never reads (JSON-LD aside), network access is
// forbidden (HTML_PARSE_NONET), and no resource is ever resolved. script, style, noscript,
// template, head, svg, iframe and other embedded content contribute no text.
HtmlScan scanHtml(const QByteArray &utf8, HtmlScope scope = HtmlScope::MainContent);

// libxml2 wants its global state set up once, from one thread, before parsing on several.
void initializeHtmlParser();

} // namespace Annalist
