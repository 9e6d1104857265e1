#include "ingest/docximporter.h"

#include "ingest/decodedimport.h"
#include "ingest/metadatadate.h"
#include "ingest/titleguesser.h"
#include "ingest/ziparchive.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace Annalist {

namespace {

const QLatin1String MarkupCompatibility("http://schemas.openxmlformats.org/markup-compatibility/2006");

// What a .docx says for one part; error is set when the part is not acceptable XML.
struct DocumentText
{
    QStringList paragraphs;
    QString titleParagraph; // the first paragraph styled "Title"
    QString error;
};

// Reads the next token, refusing any DTD: .docx parts never have one, and without it no
// entity can be declared, let alone expanded.
bool next(QXmlStreamReader &xml, QString *error)
{
    if (xml.readNext() == QXmlStreamReader::DTD) {
        *error = QCoreApplication::translate("Annalist::Ingest", "the XML declares a DTD, which a .docx never does");
        return false;
    }
    return !xml.atEnd();
}

DocumentText parseDocument(const QByteArray &bytes)
{
    DocumentText result;
    QXmlStreamReader xml(bytes);
    QStringList open; // paragraphs being read; text boxes nest paragraphs in paragraphs
    QString style;
    int runs = 0;
    while (next(xml, &result.error)) {
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("Fallback") && xml.namespaceUri() == MarkupCompatibility) {
                xml.skipCurrentElement(); // a second copy of the Choice before it
            } else if (name == QLatin1String("p")) {
                open.append(QString());
                style.clear();
            } else if (name == QLatin1String("pStyle")) {
                style = xml.attributes().value(xml.namespaceUri().toString(), QLatin1String("val")).toString();
            } else if (name == QLatin1String("r")) {
                ++runs;
            } else if (!open.isEmpty() && runs > 0) {
                if (name == QLatin1String("t"))
                    open.last() += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                else if (name == QLatin1String("tab"))
                    open.last() += QLatin1Char('\t');
                else if (name == QLatin1String("br") || name == QLatin1String("cr"))
                    open.last() += QLatin1Char('\n');
                else if (name == QLatin1String("noBreakHyphen"))
                    open.last() += QLatin1Char('-');
            }
        } else if (xml.isEndElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("r")) {
                runs = std::max(0, runs - 1);
            } else if (name == QLatin1String("p") && !open.isEmpty()) {
                const QString text = open.takeLast();
                if (result.titleParagraph.isEmpty() && style.compare(QLatin1String("Title"), Qt::CaseInsensitive) == 0)
                    result.titleParagraph = text.simplified();
                result.paragraphs.append(text);
                style.clear();
            }
        }
    }
    if (result.error.isEmpty() && xml.hasError())
        result.error = xml.errorString();
    return result;
}

struct CoreProperties
{
    QString title;
    QString creator;
    QString created;
};

CoreProperties parseCore(const QByteArray &bytes)
{
    CoreProperties core;
    QXmlStreamReader xml(bytes);
    QString error;
    while (next(xml, &error)) {
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        QString *field = name == QLatin1String("title") ? &core.title
            : name == QLatin1String("creator")          ? &core.creator
            : name == QLatin1String("created")          ? &core.created
                                                        : nullptr;
        if (field && field->isEmpty())
            *field = xml.readElementText(QXmlStreamReader::SkipChildElements).simplified();
    }
    if (!error.isEmpty() || xml.hasError())
        return CoreProperties(); // metadata is optional: a damaged part is ignored
    return core;
}

// The main part's name from the package relationships; "word/document.xml" by convention.
QByteArray mainPartName(const ZipArchive &zip)
{
    QByteArray rels;
    if (zip.read("_rels/.rels", 1024 * 1024, &rels) == ZipArchive::Status::Ok) {
        QXmlStreamReader xml(rels);
        QString error;
        while (next(xml, &error)) {
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")
                && xml.attributes().value(QLatin1String("Type")).endsWith(QLatin1String("/officeDocument"))) {
                QString target = xml.attributes().value(QLatin1String("Target")).toString();
                while (target.startsWith(QLatin1Char('/')))
                    target.remove(0, 1);
                if (!target.isEmpty() && !target.contains(QLatin1String("..")))
                    return target.toUtf8();
            }
        }
    }
    return "word/document.xml";
}

QString statusError(ZipArchive::Status status)
{
    switch (status) {
    case ZipArchive::Status::Missing:
        return QCoreApplication::translate("Annalist::Ingest", "not a Word document (no word/document.xml in the archive)");
    case ZipArchive::Status::TooLarge:
        return QCoreApplication::translate("Annalist::Ingest", "the document expands to more than %1 MB or compresses suspiciously well (a zip bomb?)")
            .arg(DocxImporter::MaxPartBytes / (1024 * 1024));
    case ZipArchive::Status::Encrypted:
        return QCoreApplication::translate("Annalist::Ingest", "the document is encrypted");
    case ZipArchive::Status::Damaged:
        return QCoreApplication::translate("Annalist::Ingest", "the document is damaged (the archive cannot be read)");
    case ZipArchive::Status::Ok:
        break;
    }
    return QString();
}

} // namespace

QString DocxImporter::format() const
{
    return QStringLiteral("docx");
}

QStringList DocxImporter::suffixes() const
{
    return { QStringLiteral("docx") };
}

ReadResult DocxImporter::read(const QString &path, const QByteArray &bytes) const
{
    ReadResult result;
    if (bytes.isEmpty()) {
        result.error = QCoreApplication::translate("Annalist::Ingest", "empty file");
        return result;
    }
    // Password-protected Office files and old .doc files are OLE compound files, not zips.
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        result.error = QCoreApplication::translate("Annalist::Ingest", "not a .docx archive: a password-protected document or an old Word (.doc) file");
        return result;
    }
    const ZipArchive zip(bytes);
    if (!zip.isOpen()) {
        result.error = QCoreApplication::translate("Annalist::Ingest", "not a valid .docx file: %1").arg(zip.error());
        return result;
    }
    QByteArray xml;
    const ZipArchive::Status status = zip.read(mainPartName(zip), MaxPartBytes, &xml);
    if (status != ZipArchive::Status::Ok) {
        result.error = statusError(status);
        return result;
    }
    const DocumentText text = parseDocument(xml);
    xml.clear();
    if (!text.error.isEmpty()) {
        result.error = QCoreApplication::translate("Annalist::Ingest", "the document's XML is damaged: %1").arg(text.error);
        return result;
    }
    ParsedDocument document;
    document.format = format();
    document.encoding = QStringLiteral("UTF-8");
    for (const QString &paragraph : text.paragraphs) {
        if (isBlank(paragraph))
            continue;
        if (!document.original.isEmpty())
            document.original += QLatin1Char('\n');
        document.original += paragraph;
    }
    if (document.original.isEmpty()) {
        result.error = QCoreApplication::translate("Annalist::Ingest", "the document has no text");
        return result;
    }
    document.content = document.original; // shared, not copied

    QByteArray coreXml;
    if (zip.read("docProps/core.xml", 4 * 1024 * 1024, &coreXml) == ZipArchive::Status::Ok) {
        const CoreProperties core = parseCore(coreXml);
        document.title = cleanTitle(core.title);
        document.author = core.creator;
        document.published = parseMetadataDate(core.created);
        if (document.published.isValid())
            document.publishedSource = DateSource::Metadata;
    }
    if (document.title.isEmpty())
        document.title = cleanTitle(text.titleParagraph);
    if (document.title.isEmpty())
        document.title = guessTitle(document.content);
    if (document.title.isEmpty())
        document.title = titleFromFileName(path);
    result.documents.append(std::move(document));
    return result;
}

} // namespace Annalist
