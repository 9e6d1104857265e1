#pragma once

#include "ingest/offsetmap.h"

namespace Annalist::CleanerInline {

// Copies text[from, to) into builder with the in-line repairs: mojibake (UTF-8 read as
// Windows-1252: "â€™" -> "’", "Ã©" -> "é"), soft hyphens and zero-width characters removed,
// ligatures ("ﬁ") spelled out, "\$" unescaped, runs of spaces after contentStart collapsed,
// and a line break turned into "- " rejoined ("self- reliance" -> "self-reliance",
// "tech- nology" -> "technology"). Every change goes through the builder, so it is mapped.
void copyRepaired(OffsetMap::Builder &builder, QStringView text, qsizetype from, qsizetype to, qsizetype contentStart);

// Decodes a mojibake sequence starting at text[i] (before end); returns how many characters it
// spans (0 when there is none) and stores the repaired code point.
qsizetype decodeMojibake(QStringView text, qsizetype i, qsizetype end, char32_t *codePoint);

} // namespace Annalist::CleanerInline
