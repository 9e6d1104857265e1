#pragma once

#include <QByteArray>
#include <QString>

namespace Annalist {

// How the bytes of a text file were turned into characters.
enum class TextEncoding {
    Utf8,
    Utf16LE, // only with a byte order mark
    Utf16BE, // only with a byte order mark
    Latin1, // fallback for bytes that are not UTF-8; 0x80-0x9F read as Windows-1252
    Utf8Mixed, // mostly UTF-8 with a few stray Latin-1 bytes, each read as Windows-1252
};

struct DecodedText
{
    QString text; // without the byte order mark
    TextEncoding encoding = TextEncoding::Utf8;
    bool hadByteOrderMark = false;
    QString error; // "empty file", "binary file, not text", ...; text is empty then
    QString warning; // set for the fallbacks, e.g. "not valid UTF-8, decoded as Latin-1 (Windows-1252)"

    bool ok() const { return error.isEmpty(); }
};

// Decodes the raw bytes of a file that should be text: a UTF-8 or UTF-16 byte order mark
// decides; otherwise UTF-8 when the bytes are valid UTF-8 (the common case, decoded in one
// pass), else Latin-1. Binary data is refused by looking at the first kilobyte.
DecodedText decodeText(const QByteArray &bytes);

// "UTF-8", "UTF-16LE", "Latin-1", ... as shown to the user and stored with the article.
QString encodingName(TextEncoding encoding);

// True when data (the start of a file without a UTF-16 byte order mark) is not text:
// it holds NUL bytes or too many control characters.
bool looksBinary(const char *data, qsizetype size);

} // namespace Annalist
