#pragma once

#include "ingest/importer.h"

namespace Annalist {

// .txt and .text: the text as it is; the title is its first meaningful line.
class PlainTextImporter final : public Importer
{
public:
    QString format() const override;
    QStringList suffixes() const override;
    ReadResult read(const QString &path, const QByteArray &bytes) const override;
};

} // namespace Annalist
