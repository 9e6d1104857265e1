#include "ingest/markdownimporter.h"

#include "ingest/decodedimport.h"
#include "ingest/metadatadate.h"
#include "ingest/titleguesser.h"

#include <QHash>

namespace Annalist {

namespace {

struct Line
{
    QStringView text; // without the line break
    qsizetype next; // where the following line starts
};

Line lineAt(QStringView text, qsizetype pos)
{
    qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
    const qsizetype next = end < 0 ? text.size() : end + 1;
    if (end < 0)
        end = text.size();
    if (end > pos && text.at(end - 1) == QLatin1Char('\r'))
        --end;
    return { text.mid(pos, end - pos), next };
}

QString unquote(QStringView value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.front() == QLatin1Char('"') && value.back() == QLatin1Char('"'))
            || (value.front() == QLatin1Char('\'') && value.back() == QLatin1Char('\''))))
        value = value.mid(1, value.size() - 2);
    return value.toString();
}

// "---" on the first line, then "key: value" lines up to "---" or "...". Only flat scalar
// keys are read; lists and nested maps are YAML this importer has no use for.
QHash<QString, QString> frontMatter(QStringView text, qsizetype *bodyStart)
{
    QHash<QString, QString> keys;
    *bodyStart = 0;
    Line line = lineAt(text, 0);
    if (line.text.trimmed() != QLatin1String("---"))
        return keys;
    for (qsizetype pos = line.next; pos < text.size();) {
        line = lineAt(text, pos);
        pos = line.next;
        const QStringView t = line.text.trimmed();
        if (t == QLatin1String("---") || t == QLatin1String("...")) {
            *bodyStart = pos;
            return keys;
        }
        const qsizetype colon = line.text.indexOf(QLatin1Char(':'));
        if (colon <= 0 || line.text.front().isSpace())
            continue;
        const QString key = line.text.left(colon).trimmed().toString().toLower();
        const QString value = unquote(line.text.mid(colon + 1));
        if (!value.isEmpty() && !keys.contains(key))
            keys.insert(key, value);
    }
    return {}; // no closing line: not front matter after all
}

QString firstValue(const QHash<QString, QString> &keys, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QString value = keys.value(QLatin1String(name));
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

bool isSetextUnderline(QStringView line)
{
    line = line.trimmed();
    return !line.isEmpty() && std::all_of(line.begin(), line.end(), [](QChar c) { return c == QLatin1Char('='); });
}

// The first "# Heading" (not "## ...") or "Heading\n===" outside fenced code blocks.
QString firstLevelOneHeading(QStringView text)
{
    bool inFence = false;
    QStringView previous;
    for (qsizetype pos = 0; pos < text.size();) {
        const Line line = lineAt(text, pos);
        pos = line.next;
        const QStringView t = line.text.trimmed();
        if (t.startsWith(QLatin1String("```")) || t.startsWith(QLatin1String("~~~"))) {
            inFence = !inFence;
            previous = QStringView();
            continue;
        }
        if (inFence)
            continue;
        // An ATX heading allows at most three spaces of indentation.
        const bool indented = line.text.startsWith(QLatin1String("    ")) || line.text.startsWith(QLatin1Char('\t'));
        if (!indented && t.startsWith(QLatin1Char('#')) && (t.size() == 1 || t.at(1).isSpace())) {
            QStringView heading = t.mid(1).trimmed();
            while (heading.endsWith(QLatin1Char('#')))
                heading.chop(1);
            const QString title = cleanTitle(stripMarkdownInline(heading.trimmed()));
            if (!title.isEmpty())
                return title;
        }
        if (!previous.isEmpty() && isSetextUnderline(t)) {
            const QString title = cleanTitle(stripMarkdownInline(previous));
            if (!title.isEmpty())
                return title;
        }
        previous = t;
    }
    return QString();
}

} // namespace

QString MarkdownImporter::format() const
{
    return QStringLiteral("md");
}

QStringList MarkdownImporter::suffixes() const
{
    return { QStringLiteral("md"), QStringLiteral("markdown") };
}

ReadResult MarkdownImporter::read(const QString &path, const QByteArray &bytes) const
{
    ReadResult result;
    ParsedDocument document;
    if (!decodeForImport(bytes, &document, &result))
        return result;
    document.format = format();
    document.content = document.original;

    qsizetype bodyStart = 0;
    const QHash<QString, QString> meta = frontMatter(document.original, &bodyStart);
    const QStringView body = QStringView(document.original).mid(bodyStart);

    document.title = cleanTitle(firstValue(meta, { "title" }));
    if (document.title.isEmpty())
        document.title = firstLevelOneHeading(body);
    if (document.title.isEmpty())
        document.title = guessTitle(body, TextFlavor::Markdown);
    if (document.title.isEmpty())
        document.title = titleFromFileName(path);

    const QDate date = parseMetadataDate(firstValue(meta, { "date", "published", "pubdate", "date_published" }));
    if (date.isValid()) {
        document.published = date;
        document.publishedSource = DateSource::Metadata;
    }
    document.author = firstValue(meta, { "author", "authors", "byline" });
    document.source = firstValue(meta, { "source", "publisher", "site", "outlet" });
    document.url = firstValue(meta, { "url", "canonical_url", "link", "source_url" });
    result.documents.append(std::move(document));
    return result;
}

} // namespace Annalist
