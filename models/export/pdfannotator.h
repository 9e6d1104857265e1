#pragma once

#include "export/dossierwriter.h"

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace Annalist {

// Native PDF annotations through Poppler's Qt bindings: opens a PDF, adds a /Highlight
// annotation per highlighted passage (QuadPoints per line, colour, the note as contents, the
// analyst as author) and the document metadata QPdfWriter cannot set, and saves the result
// with Poppler's PDF converter. No PDF bytes are written by hand.
namespace PdfAnnotator {

struct Metadata
{
    QString title;
    QString author;
    QString subject;
    QStringList keywords;
};

// The annotation's contents: the note, then its tags on a line of their own (Poppler's Qt
// API has no /Subj, and readers list contents in their comment panes).
QString contents(const DossierLayout::Highlight &highlight);

bool annotate(const QString &inputPdf, QIODevice *output, const QList<DossierLayout::Highlight> &highlights,
              const Metadata &metadata, QString *error);

} // namespace PdfAnnotator

} // namespace Annalist
