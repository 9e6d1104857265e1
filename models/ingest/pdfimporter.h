#pragma once

#include "ingest/importer.h"

namespace Annalist {

// .pdf through Poppler's Qt bindings. The words Poppler finds are laid out by layOutPdf()
// (pdflayout.h): reading order across columns, running headers, footers and page numbers
// dropped, words hyphenated at line ends joined. original and content are that text (a PDF
// has no other text to keep); pageStarts says where each page begins in it. Metadata: the
// Info dictionary's Title (unless it is a file name or "Untitled"), Author and CreationDate
// (DateSource::Metadata).
//
// Refused with a clear error: files that are not PDF, damaged or truncated beyond repair,
// password-protected (encrypted with a user password), or without any text layer (scanned
// or image-only pages; there is no OCR). At most MaxPages pages are read.
class PdfImporter final : public Importer
{
public:
    PdfImporter();

    QString format() const override;
    QStringList suffixes() const override;
    ReadResult read(const QString &path, const QByteArray &bytes) const override;

    static constexpr int MaxPages = 3000;
};

} // namespace Annalist
