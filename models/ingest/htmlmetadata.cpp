#include "ingest/htmlmetadata.h"

#include "ingest/metadatadate.h"
#include "ingest/titleguesser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cctype>
#include <cstring>

namespace Annalist {

namespace {

QString metaValue(const HtmlScan &scan, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = scan.meta.value(QLatin1String(key));
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

// The article as JSON-LD (schema.org) describes it.
struct JsonLdArticle
{
    QString headline;
    QString datePublished;
    QString author;
    QString publisher;
    QString url;
};

void collectObjects(const QJsonValue &value, QList<QJsonObject> *objects, int depth)
{
    if (depth > 4)
        return;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            collectObjects(item, objects, depth + 1);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        objects->append(object);
        collectObjects(object.value(QLatin1String("@graph")), objects, depth + 1);
    }
}

bool isArticleType(const QJsonValue &type)
{
    if (type.isArray()) {
        const QJsonArray types = type.toArray();
        return std::any_of(types.begin(), types.end(), [](const QJsonValue &t) { return isArticleType(t); });
    }
    const QString name = type.toString();
    return name.endsWith(QLatin1String("Article")) || name == QLatin1String("BlogPosting")
        || name == QLatin1String("LiveBlogPosting") || name == QLatin1String("Report")
        || name == QLatin1String("SocialMediaPosting");
}

// "Jane Doe", {"name": "Jane Doe"} or a list of either.
QString names(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().simplified();
    if (value.isObject())
        return value.toObject().value(QLatin1String("name")).toString().simplified();
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QString name = names(item);
        if (!name.isEmpty() && !list.contains(name))
            list.append(name);
    }
    return list.join(QLatin1String(", "));
}

JsonLdArticle parseJsonLd(const QStringList &bodies)
{
    QList<QJsonObject> objects;
    for (QString body : bodies) {
        // Pages wrap the JSON in comment markers and let raw line breaks into strings;
        // both are harmless to drop before a strict parser sees them.
        body = body.trimmed();
        if (body.startsWith(QLatin1String("<!--")))
            body.remove(0, 4);
        if (body.endsWith(QLatin1String("-->")))
            body.chop(3);
        for (QChar &c : body) {
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
                c = QLatin1Char(' ');
        }
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(body.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            continue;
        collectObjects(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()), &objects, 0);
    }
    // An article object first; failing that, anything that carries a publication date.
    const QJsonObject *best = nullptr;
    for (const QJsonObject &object : objects) {
        if (isArticleType(object.value(QLatin1String("@type")))) {
            best = &object;
            break;
        }
        if (!best && object.contains(QLatin1String("datePublished")))
            best = &object;
    }
    JsonLdArticle article;
    if (!best)
        return article;
    article.headline = best->value(QLatin1String("headline")).toString().simplified();
    article.datePublished = best->value(QLatin1String("datePublished")).toString();
    article.author = names(best->value(QLatin1String("author")));
    article.publisher = names(best->value(QLatin1String("publisher")));
    const QJsonValue url = best->value(QLatin1String("url"));
    article.url = url.isString() ? url.toString() : QString();
    return article;
}

// "Headline | The Site" -> "Headline" when the site's name is known.
QString withoutSiteName(const QString &title, const QString &site)
{
    if (site.isEmpty())
        return title;
    for (const char *separator : { " | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 ", " \u00bb " }) {
        const QString sep = QString::fromUtf8(separator);
        if (title.endsWith(sep + site, Qt::CaseInsensitive) && title.size() > sep.size() + site.size())
            return title.left(title.size() - sep.size() - site.size()).trimmed();
        if (title.startsWith(site + sep, Qt::CaseInsensitive) && title.size() > sep.size() + site.size())
            return title.mid(site.size() + sep.size()).trimmed();
    }
    return title;
}

bool looksLikeUrl(const QString &value)
{
    return value.startsWith(QLatin1String("http://")) || value.startsWith(QLatin1String("https://"));
}

QString firstNonEmpty(std::initializer_list<QString> values)
{
    for (const QString &value : values) {
        if (!value.trimmed().isEmpty())
            return value.trimmed();
    }
    return QString();
}

// "By Jane Doe and Li Wei · Jan 17, 2026" -> "Jane Doe, Li Wei"; empty when it does not look
// like names only.
QString authorFromByline(const QString &byline)
{
    QString s = byline.simplified();
    for (const char *separator : { " \u00b7 ", " | ", " \u2022 ", " \u2014 ", " \u2013 ", " - ", " / " }) {
        const qsizetype at = s.indexOf(QString::fromUtf8(separator));
        if (at > 0)
            s.truncate(at);
    }
    for (const char *prefix : { "by ", "von ", "par ", "written by " }) {
        if (s.startsWith(QLatin1String(prefix), Qt::CaseInsensitive))
            s = s.mid(qsizetype(std::strlen(prefix)));
    }
    s.replace(QLatin1String(" and "), QLatin1String(", "));
    s = s.trimmed();
    const bool names = std::all_of(s.cbegin(), s.cend(), [](QChar c) {
        return c.isLetter() || c == QLatin1Char(' ') || c == QLatin1Char(',') || c == QLatin1Char('.')
            || c == QLatin1Char('-') || c == QLatin1Char('\'') || c == QChar(0x2019);
    });
    return names && s.size() <= 80 ? s : QString();
}

} // namespace

void applyHtmlMetadata(const HtmlScan &scan, ParsedDocument *document)
{
    const JsonLdArticle ld = parseJsonLd(scan.jsonLd);

    document->source = firstNonEmpty({ metaValue(scan, { "og:site_name" }), ld.publisher });
    document->url = firstNonEmpty({ scan.canonicalUrl, metaValue(scan, { "og:url" }), ld.url });

    const QString articleAuthor = metaValue(scan, { "article:author" });
    document->author = firstNonEmpty({ metaValue(scan, { "author", "dc.creator", "dcterms.creator" }),
        looksLikeUrl(articleAuthor) ? QString() : articleAuthor, ld.author, scan.relAuthor,
        authorFromByline(scan.byline) });

    document->title
        = cleanTitle(firstNonEmpty({ metaValue(scan, { "og:title" }), ld.headline, metaValue(scan, { "twitter:title" }),
            withoutSiteName(scan.titleElement, document->source), scan.firstHeading }));

    // Specific article metadata before generic "date" tags, which are often the date a page
    // was last modified; a <time> element is the weakest hint.
    const QString candidates[] = {
        metaValue(scan, { "article:published_time", "og:published_time", "og:article:published_time" }),
        ld.datePublished,
        scan.itemPropDate,
        metaValue(scan,
            { "date", "pubdate", "publishdate", "publish-date", "publication_date", "dc.date.issued", "dcterms.issued",
                "dc.date", "dcterms.date", "citation_publication_date", "parsely-pub-date", "sailthru.date" }),
        scan.articleTime,
    };
    for (const QString &candidate : candidates) {
        const QDate date = parseMetadataDate(candidate);
        if (date.isValid()) {
            document->published = date;
            document->publishedSource = DateSource::Metadata;
            break;
        }
    }
}

QByteArray declaredHtmlCharset(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(1024).toLower();
    for (qsizetype at = head.indexOf("charset"); at >= 0; at = head.indexOf("charset", at + 7)) {
        qsizetype i = at + 7;
        while (i < head.size() && (head.at(i) == ' ' || head.at(i) == '\t'))
            ++i;
        if (i >= head.size() || head.at(i) != '=')
            continue;
        ++i;
        while (i < head.size() && (head.at(i) == ' ' || head.at(i) == '"' || head.at(i) == '\''))
            ++i;
        const qsizetype start = i;
        while (i < head.size()
            && (std::isalnum(uchar(head.at(i))) || head.at(i) == '-' || head.at(i) == '_' || head.at(i) == ':'
                || head.at(i) == '.'))
            ++i;
        if (i > start)
            return head.mid(start, i - start);
    }
    return QByteArray();
}

} // namespace Annalist
