#include "ingest/emlimporter.h"

#include "ingest/charset.h"
#include "ingest/decodedimport.h"
#include "ingest/htmltext.h"
#include "ingest/metadatadate.h"
#include "ingest/mime.h"
#include "ingest/titleguesser.h"

#include <QCoreApplication>

namespace Annalist {

namespace {

struct Body
{
    Mime::Entity entity;
    Mime::HeaderValue type;
    bool found = false;
};

struct BodySearch
{
    Body plain;
    Body html;
    int parts = 0;
};

bool isAttachment(const Mime::Entity &entity)
{
    const Mime::HeaderValue disposition = Mime::parseHeaderValue(entity.header("content-disposition"));
    return disposition.value == "attachment";
}

// Depth-first over the MIME tree: the first inline text/plain and text/html leaves.
void findBodies(const Mime::Entity &entity, int depth, BodySearch *search)
{
    if (++search->parts > Mime::MaxParts || depth > Mime::MaxDepth)
        return;
    const QByteArray rawType = entity.header("content-type");
    Mime::HeaderValue type = Mime::parseHeaderValue(rawType.isEmpty() ? QByteArray("text/plain") : rawType);
    if (type.value.startsWith("multipart/")) {
        const QList<QByteArray> parts = Mime::splitMultipart(
            entity.body, type.parameters.value("boundary"), Mime::MaxParts - search->parts);
        for (const QByteArray &data : parts) {
            Mime::Entity part;
            Mime::parseEntity(data, &part, false);
            findBodies(part, depth + 1, search);
            if (search->plain.found)
                return;
        }
        return;
    }
    if (isAttachment(entity))
        return;
    if (type.value == "message/rfc822") { // a forwarded message shown inline
        Mime::Entity inner;
        if (Mime::parseEntity(entity.body, &inner, false))
            findBodies(inner, depth + 1, search);
        return;
    }
    Body *slot = type.value == "text/plain" ? &search->plain : type.value == "text/html" ? &search->html : nullptr;
    if (slot && !slot->found)
        *slot = Body { entity, std::move(type), true };
}

// RFC 3676: a line ending in a space continues on the next one.
QString unflow(const QString &text, bool delSp)
{
    QString out;
    out.reserve(text.size());
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.startsWith(QLatin1Char(' '))) // space-stuffing
            line.remove(0, 1);
        const bool flowed = line.endsWith(QLatin1Char(' ')) && line != QLatin1String("-- ");
        if (flowed && delSp)
            line.chop(1);
        out += line;
        if (!flowed && i + 1 < lines.size())
            out += QLatin1Char('\n');
    }
    return out;
}

// The body's bytes as text: its declared charset when Qt knows it, else the usual
// UTF-8/Latin-1 detection (with its warning).
DecodedText decodeBody(const QByteArray &bytes, const QByteArray &charset, QString *encoding)
{
    const QByteArray c = charset.trimmed().toLower();
    if (!c.isEmpty() && c != "utf-8" && c != "us-ascii" && c != "utf8") {
        DecodedText decoded;
        if (decodeCharset(bytes, c, &decoded.text)) {
            *encoding = QString::fromLatin1(c);
            return decoded;
        }
    }
    DecodedText decoded = decodeText(bytes);
    if (bytes.isEmpty())
        decoded.error = QCoreApplication::translate("Annalist::Ingest", "the e-mail's body is empty");
    return decoded;
}

} // namespace

QString EmlImporter::format() const
{
    return QStringLiteral("eml");
}

QStringList EmlImporter::suffixes() const
{
    return { QStringLiteral("eml") };
}

ReadResult EmlImporter::read(const QString &path, const QByteArray &bytes) const
{
    ReadResult result;
    if (bytes.isEmpty()) {
        result.error = QCoreApplication::translate("Annalist::Ingest", "empty file");
        return result;
    }
    Mime::Entity message;
    if (looksBinary(bytes.constData(), std::min<qsizetype>(bytes.size(), 1024))
        || !Mime::parseEntity(bytes, &message, true)) {
        result.error = QCoreApplication::translate("Annalist::Ingest", "not an e-mail message (no header lines)");
        return result;
    }
    BodySearch search;
    findBodies(message, 0, &search);
    const Body &body = search.plain.found ? search.plain : search.html;
    if (!body.found) {
        result.error = QCoreApplication::translate("Annalist::Ingest", "the e-mail has no text or HTML body");
        return result;
    }
    const QByteArray raw
        = Mime::decodeTransferEncoding(body.entity.body, body.entity.header("content-transfer-encoding"));
    QString declared;
    DecodedText decoded = decodeBody(raw, body.type.parameters.value("charset"), &declared);
    decoded.text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    ParsedDocument document;
    if (!acceptDecoded(decoded, &document, &result))
        return result;
    if (!declared.isEmpty())
        document.encoding = declared;
    document.format = format();
    if (&body == &search.html) {
        document.content = scanHtml(document.original.toUtf8(), HtmlScope::WholeDocument).text;
        if (isBlank(document.content)) {
            result.error = QCoreApplication::translate("Annalist::Ingest", "the e-mail's HTML body has no readable text");
            return result;
        }
    } else if (body.type.parameters.value("format").toLower() == "flowed") {
        document.content = unflow(document.original, body.type.parameters.value("delsp").toLower() == "yes");
    } else {
        document.content = document.original; // shared, not copied
    }

    document.title = cleanTitle(Mime::decodeHeaderText(message.header("subject")));
    document.author = Mime::displayName(Mime::decodeHeaderText(message.header("from")));
    QString date = QString::fromLatin1(message.header("date")).simplified();
    if (const qsizetype comment = date.indexOf(QLatin1Char('(')); comment > 0)
        date.truncate(comment); // "... +0100 (CET)"
    document.published = parseMetadataDate(date);
    if (document.published.isValid())
        document.publishedSource = DateSource::Metadata;
    if (document.title.isEmpty())
        document.title = guessTitle(document.content);
    if (document.title.isEmpty())
        document.title = titleFromFileName(path);
    result.documents.append(std::move(document));
    return result;
}

} // namespace Annalist
