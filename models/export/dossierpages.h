#pragma once

#include "export/dossierdata.h"
#include "export/dossierstyle.h"

#include <QString>

class QPainter;
class QTextDocument;

namespace Annalist {

// Painting of the pages that are not flowing text, and of the running head and foot.
namespace DossierPages {

void paintCover(QPainter &painter, const DossierStyle &style, const DossierSpec &spec, const DossierData &data,
                int pageCount);
// Dossier title and section above the text, "Page N of M" below it.
void paintChrome(QPainter &painter, const DossierStyle &style, const QString &title, const QString &section,
                 int page, int pageCount);
// Page `page` (0-based) of a paginated document, its top left at the text column's.
void paintDocumentPage(QPainter &painter, const DossierStyle &style, const QTextDocument &document, int page,
                       double left);
// The timeline figure (TimelinePainter, as in the timeline pane, drawn as vectors) of the
// articles' dated events with a chronology of precisely dated ones below it.
void paintTimeline(QPainter &painter, const DossierStyle &style, const DossierData &data);

} // namespace DossierPages

} // namespace Annalist
