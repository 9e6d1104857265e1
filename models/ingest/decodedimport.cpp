#include "ingest/decodedimport.h"

#include "ingest/titleguesser.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Annalist {

bool acceptDecoded(const DecodedText &decoded, ParsedDocument *document, ReadResult *result)
{
    if (!decoded.ok()) {
        result->error = decoded.error;
        return false;
    }
    if (isBlank(decoded.text)) {
        result->error = QCoreApplication::translate("Annalist::Ingest", "empty file (only whitespace)");
        return false;
    }
    document->original = decoded.text;
    document->encoding = encodingName(decoded.encoding);
    if (!decoded.warning.isEmpty())
        result->warnings.append(decoded.warning);
    return true;
}

bool decodeForImport(const QByteArray &bytes, ParsedDocument *document, ReadResult *result)
{
    return acceptDecoded(decodeText(bytes), document, result);
}

QString titleFromFileName(const QString &path)
{
    return cleanTitle(QFileInfo(path).completeBaseName());
}

} // namespace Annalist
