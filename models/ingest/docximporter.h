#pragma once

#include "ingest/importer.h"

namespace Annalist {

// .docx (Office Open XML word processing, transitional or strict): the text of the main
// document part (word/document.xml, or wherever _rels/.rels points), one line per paragraph,
// tabs and line breaks kept; deleted revisions, field codes and fallback copies of text
// boxes left out. original and content are that text. Metadata from docProps/core.xml:
// dc:title (else the first paragraph styled "Title"), dc:creator, dcterms:created
// (DateSource::Metadata).
//
// Hostile files are refused with a clear error: no zip (e.g. an old .doc or a
// password-protected file, which is not a zip), zip bombs (ZipArchive's limits; at most
// MaxPartBytes of XML are inflated), XML with a DTD (no entity expansion at all).
class DocxImporter final : public Importer
{
public:
    QString format() const override;
    QStringList suffixes() const override;
    ReadResult read(const QString &path, const QByteArray &bytes) const override;

    static constexpr qint64 MaxPartBytes = 64 * 1024 * 1024;
};

} // namespace Annalist
