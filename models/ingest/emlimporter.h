#pragma once

#include "ingest/importer.h"

namespace Annalist {

// .eml: one saved Internet message (RFC 5322 with MIME). The body is its first text/plain
// part that is not an attachment, else its first text/html part (read like an HTML page,
// without main-content selection); base64 and quoted-printable are undone and the part's
// charset decoded. original is that decoded body (line breaks normalised to "\n"); content
// is its readable text (format=flowed lines rejoined; HTML turned into text).
// Metadata: Subject -> title, From -> author (the display name), Date -> published
// (DateSource::Metadata). Nesting, part count and header size are bounded (mime.h).
class EmlImporter final : public Importer
{
public:
    QString format() const override;
    QStringList suffixes() const override;
    ReadResult read(const QString &path, const QByteArray &bytes) const override;
};

} // namespace Annalist
