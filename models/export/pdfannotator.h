#pragma once

#include "export/dossierwriter.h"

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace Annalist {

// Native PDF annotations: Poppler's Qt bindings open the PDF QPdfWriter wrote and add a
// /Highlight annotation per highlighted passage (QuadPoints per line, colour, the note as
// contents, the analyst as author) and the document metadata QPdfWriter cannot set; qpdf then
// puts each annotation's tags in its /Subj, which Poppler's Qt API cannot set, and writes the
// file. No PDF bytes are written by hand.
namespace PdfAnnotator {

struct Metadata
{
    QString title;
    QString author;
    QString subject;
    QStringList keywords;
};

// The annotation's contents (the note) and subject (its tags, comma-separated).
QString contents(const DossierLayout::Highlight &highlight);
QString subject(const DossierLayout::Highlight &highlight);

bool annotate(const QString &inputPdf, QIODevice *output, const QList<DossierLayout::Highlight> &highlights,
              const Metadata &metadata, QString *error);

} // namespace PdfAnnotator

} // namespace Annalist
