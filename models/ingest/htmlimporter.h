#pragma once

#include "ingest/importer.h"

namespace Annalist {

// .html and .htm, e.g. pages saved from a browser. original is the page source as decoded;
// content is its readable text (see scanHtml()). Metadata, best source first:
//   title  og:title, JSON-LD headline, twitter:title, <title> (minus a " | Site" suffix),
//          first <h1>, else the first meaningful line of the text
//   date   article:published_time, og:published_time, JSON-LD datePublished,
//          itemprop=datePublished, <meta name="date"> and kin, <time datetime> in <article>
//   author <meta name="author">, article:author, JSON-LD author, <a rel="author">, the
//          names in a .byline or itemprop="author" element
//   source og:site_name, JSON-LD publisher
//   url    <link rel="canonical">, og:url, JSON-LD url
// content holds the main content only: navigation, footers, cookie banners, related-article
// lists and other boilerplate are dropped (see htmlcontent.h).
class HtmlImporter final : public Importer
{
public:
    HtmlImporter();

    QString format() const override;
    QStringList suffixes() const override;
    ReadResult read(const QString &path, const QByteArray &bytes) const override;
};

} // namespace Annalist
