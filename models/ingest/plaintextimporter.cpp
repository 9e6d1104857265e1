#include "ingest/plaintextimporter.h"

#include "ingest/decodedimport.h"
#include "ingest/titleguesser.h"

namespace Annalist {

QString PlainTextImporter::format() const
{
    return QStringLiteral("txt");
}

QStringList PlainTextImporter::suffixes() const
{
    return { QStringLiteral("txt"), QStringLiteral("text") };
}

ReadResult PlainTextImporter::read(const QString &path, const QByteArray &bytes) const
{
    ReadResult result;
    ParsedDocument document;
    if (!decodeForImport(bytes, &document, &result))
        return result;
    document.format = format();
    document.content = document.original; // shared, not copied
    document.title = guessTitle(document.content);
    if (document.title.isEmpty())
        document.title = titleFromFileName(path);
    result.documents.append(std::move(document));
    return result;
}

} // namespace Annalist
