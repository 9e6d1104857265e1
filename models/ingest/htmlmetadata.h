#pragma once

#include "ingest/document.h"
#include "ingest/htmltext.h"

namespace Annalist {

// Fills title, published, author, source and url of document from what scanHtml() found,
// in the order HtmlImporter documents. Leaves a field alone when no source has it.
void applyHtmlMetadata(const HtmlScan &scan, ParsedDocument *document);

// The charset a page declares in its first kilobyte (<meta charset>, or http-equiv
// Content-Type), lower-case; empty when there is none.
QByteArray declaredHtmlCharset(const QByteArray &bytes);

} // namespace Annalist
