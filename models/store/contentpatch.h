#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Annalist {

// The readable text of an imported article, kept as the few edits that turn its original into
// it instead of a second copy of the whole text.
//
// Cleaning mostly deletes (a line-end hyphen, a stray citation digit, "Share" furniture) or
// swaps a character, so the patch is a few dozen bytes where the text is thousands; storing
// the readable text whole doubled what an import writes. The articles table keeps either
// content (the whole readable text, as before), or content_patch, or neither (readable text =
// original); SQL reads the readable text as annalist_content(original, content, content_patch),
// which every connection has (Database::open() installs it) and article_text and the index
// triggers use.
//
// Patch bytes: a version byte, then per edit, in order, varints of the UTF-8 bytes of the
// original kept before it, of the original bytes it replaces and of the replacement's bytes,
// followed by the replacement's UTF-8 bytes.
namespace ContentPatch {

// One edit in UTF-16 positions: original[originalStart, +originalLength) became
// content[contentStart, +contentLength). Edits are sorted and do not overlap.
struct Edit
{
    qsizetype originalStart = 0;
    qsizetype originalLength = 0;
    qsizetype contentStart = 0;
    qsizetype contentLength = 0;
};

// The patch that turns originalUtf8 (original as UTF-8) into contentUtf8, checked by applying
// it; empty when the edits do not produce the content (it is then stored whole).
QByteArray make(const QString &original, const QByteArray &originalUtf8, const QString &content,
                const QByteArray &contentUtf8, const QList<Edit> &edits);

// The readable text; nullopt for a damaged patch.
std::optional<QByteArray> apply(const QByteArray &originalUtf8, const QByteArray &patch);

// Registers annalist_content(original, content, content_patch) on the connection.
bool install(const QSqlDatabase &db, QString *error);

} // namespace ContentPatch

} // namespace Annalist
