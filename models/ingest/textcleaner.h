#pragma once

#include "ingest/offsetmap.h"

#include <QString>
#include <QStringView>

namespace Annalist {

// The text for reading and extraction, with the map back to the original it came from.
struct CleanText
{
    QString text;
    OffsetMap map; // original <-> text
};

// Cleans article text extracted from PDFs, aggregator pages and saved web pages. Pure and
// thread-safe; linear in the input. What it does, line by line:
//  - joins a word hyphenated across a line break when the joined word is an English word
//    ("devel-\nopment" -> "development"), otherwise only removes the break ("open-\nsource"
//    -> "open-source", "U.S.-\nChina" -> "U.S.-China"); the same for "self- reliance";
//  - unwraps hard-wrapped lines inside a paragraph (a line that would not have fitted the
//    text's wrap width, or one without final punctuation followed by a lower-case line) and
//    keeps paragraph breaks (runs of blank lines become one blank line);
//  - drops citation digits alone on a line between paragraphs and glues the "." left after
//    them back to the sentence ("markets\n3\n. Wu" -> "markets. Wu", "months3\n." -> "months.");
//  - drops furniture lines: "Share", "Copy Link", "4 Sources";
//  - repairs mojibake ("â€™" -> "’", "Ã©" -> "é"), ligatures, soft hyphens, zero-width
//    characters, doubled spaces and trailing whitespace; "\r\n" becomes "\n".
// The original is never modified: every change is an edit in the returned OffsetMap.
class TextCleaner final
{
public:
    static CleanText clean(QStringView original);

    // A line of page furniture the cleaner drops ("Share", "Copy Link", "4 Sources"); the line
    // without surrounding whitespace.
    static bool isFurnitureLine(QStringView line);
};

} // namespace Annalist
