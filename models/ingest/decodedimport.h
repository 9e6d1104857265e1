#pragma once

#include "ingest/document.h"
#include "ingest/textdecoder.h"

namespace Annalist {

// The start every text importer shares: decode the bytes, record the encoding and any
// fallback as a warning, refuse files without visible text. Returns false with
// result->error set when there is nothing to import.
bool decodeForImport(const QByteArray &bytes, ParsedDocument *document, ReadResult *result);

// The same for text that was decoded elsewhere (e.g. HTML in a declared legacy charset).
bool acceptDecoded(const DecodedText &decoded, ParsedDocument *document, ReadResult *result);

// The last resort for a title: the file name without its suffix ("notes-2026-01.txt" -> "notes-2026-01").
QString titleFromFileName(const QString &path);

} // namespace Annalist
