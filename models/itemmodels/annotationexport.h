#pragma once

#include "itemmodels/annotationlistmodel.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Annalist::AnnotationExport {

enum class Format { Csv, Json };

// RFC 4180: a header line, CRLF line ends, fields holding a comma, a quote or a line break
// quoted with inner quotes doubled; UTF-8. Columns: id, article, title, start, length, quote,
// note, tags (joined with "; "), color, status, created, modified (ISO 8601, UTC).
QByteArray toCsv(const QList<AnnotationRow> &rows);
// A JSON array of objects with the keys of `annalist annotations --json`: id, article, start,
// length, quote, note, tags, color, status.
QByteArray toJson(const QList<AnnotationRow> &rows);

// Writes the rows atomically (QSaveFile); false with a message in *error.
bool write(const QString &path, Format format, const QList<AnnotationRow> &rows, QString *error);

} // namespace Annalist::AnnotationExport
