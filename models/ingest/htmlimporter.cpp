#include "ingest/htmlimporter.h"

#include "ingest/charset.h"
#include "ingest/decodedimport.h"
#include "ingest/htmlmetadata.h"
#include "ingest/htmltext.h"
#include "ingest/titleguesser.h"

#include <QCoreApplication>

namespace Annalist {

namespace {

// Charsets decodeText() handles as well as the declaration would: UTF-8 itself, and the
// Latin-1 family, which is what decodeText() falls back to when the bytes are not UTF-8.
// A page claiming UTF-16 without a byte order mark is UTF-8 in practice (HTML5 agrees).
bool isHandledByDecodeText(const QByteArray &charset)
{
    static const char *const names[]
        = { "utf-8", "utf8", "unicode-1-1-utf-8", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "windows-1252",
              "cp1252", "us-ascii", "ascii", "utf-16", "utf-16le", "utf-16be", "x-user-defined" };
    return charset.isEmpty()
        || std::any_of(std::begin(names), std::end(names), [&](const char *name) { return charset == name; });
}

bool hasByteOrderMark(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
}

DecodedText decodeHtml(const QByteArray &bytes, QString *encoding)
{
    const QByteArray charset = declaredHtmlCharset(bytes);
    if (hasByteOrderMark(bytes) || isHandledByDecodeText(charset)) {
        DecodedText decoded = decodeText(bytes);
        // The page said Latin-1 and was: nothing to warn about.
        if (decoded.encoding == TextEncoding::Latin1 && !charset.isEmpty() && !charset.startsWith("utf"))
            decoded.warning.clear();
        return decoded;
    }
    DecodedText decoded;
    if (bytes.isEmpty() || looksBinary(bytes.constData(), bytes.size()))
        return decodeText(bytes); // the same errors as every other file
    // A legacy charset other than Latin-1 (windows-1251, Shift_JIS, GBK, ...), read with Qt.
    if (!decodeCharset(bytes, charset, &decoded.text)) {
        decoded = decodeText(bytes);
        if (decoded.ok()) {
            decoded.warning = QCoreApplication::translate(
                "Annalist::Ingest", "the page's charset \"%1\" is not supported; decoded as %2")
                                  .arg(QString::fromLatin1(charset), encodingName(decoded.encoding));
        }
        return decoded;
    }
    *encoding = QString::fromLatin1(charset);
    return decoded;
}

} // namespace

HtmlImporter::HtmlImporter()
{
    initializeHtmlParser();
}

QString HtmlImporter::format() const
{
    return QStringLiteral("html");
}

QStringList HtmlImporter::suffixes() const
{
    return { QStringLiteral("html"), QStringLiteral("htm") };
}

ReadResult HtmlImporter::read(const QString &path, const QByteArray &bytes) const
{
    ReadResult result;
    ParsedDocument document;
    QString declaredEncoding;
    const DecodedText decoded = decodeHtml(bytes, &declaredEncoding);
    if (!acceptDecoded(decoded, &document, &result))
        return result;
    if (!declaredEncoding.isEmpty())
        document.encoding = declaredEncoding;
    document.format = format();

    // Valid UTF-8 without a byte order mark goes to the parser as it came.
    const bool sameBytes
        = declaredEncoding.isEmpty() && decoded.encoding == TextEncoding::Utf8 && !decoded.hadByteOrderMark;
    const HtmlScan scan = scanHtml(sameBytes ? bytes : document.original.toUtf8());
    if (!scan.parsed) {
        result.error = QCoreApplication::translate("Annalist::Ingest", "could not parse the HTML");
        return result;
    }
    if (isBlank(scan.text)) {
        result.error = QCoreApplication::translate("Annalist::Ingest", "no readable text in the HTML page");
        return result;
    }
    document.content = scan.text;
    applyHtmlMetadata(scan, &document);
    if (document.title.isEmpty())
        document.title = guessTitle(document.content);
    if (document.title.isEmpty())
        document.title = titleFromFileName(path);
    result.documents.append(std::move(document));
    return result;
}

} // namespace Annalist
