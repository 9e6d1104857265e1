#pragma once

#include "ingest/importer.h"

namespace Annalist {

// .md and .markdown. The source text is kept as written (content == original); the title
// comes from YAML front matter ("title:"), else the first level-1 heading ("# Title" or a
// line underlined with "==="), else the first meaningful line. Front matter also gives
// date, author, source and URL.
class MarkdownImporter final : public Importer
{
public:
    QString format() const override;
    QStringList suffixes() const override;
    ReadResult read(const QString &path, const QByteArray &bytes) const override;
};

} // namespace Annalist
