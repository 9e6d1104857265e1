#pragma once

#include <QColor>
#include <QFont>
#include <QPageSize>
#include <QRectF>
#include <QString>

class QPaintDevice;

namespace Annalist {

// The light print theme of the dossier and where things sit on a page. Lengths are device
// pixels of the PDF writer (QTextDocument lays out in them once the writer is its paint device).
struct DossierStyle
{
    double dpi = 600;
    QSizeF page; // whole page
    QRectF text; // text column
    QRectF notes; // margin-note column right of the text; empty: notes go to the article's end
    QRectF header; // running head above the text
    QRectF footer; // "page N of M" below it

    QFont serif; // body text
    QFont sans; // headings, metadata, notes, head and foot
    QColor ink{0x1a, 0x20, 0x2c};
    QColor muted{0x5f, 0x6b, 0x7a};
    QColor rule{0xcb, 0xd2, 0xd9};
    QColor accent{0x1f, 0x4e, 0x79}; // cover band, headings, note numbers
    QColor chip{0xe8, 0xee, 0xf5};

    // Page layout for a paper size at `dpi`; the margin column is dropped when the page is too
    // narrow for notes of a readable width.
    static DossierStyle forPage(const QPageSize &pageSize, double dpi);

    double mm(double millimetres) const { return millimetres * dpi / 25.4; }
    double pt(double points) const { return points * dpi / 72.0; }
    // Lengths in text formats (margins, indents, tab stops): QTextDocument's layout scales them
    // from 96 dpi to its paint device, unlike the page size and positions it reports.
    static double formatPt(double points) { return points * 96.0 / 72.0; }
    static double formatMm(double millimetres) { return millimetres * 96.0 / 25.4; }
    double formatLength(double devicePixels) const { return devicePixels * 96.0 / dpi; }
    QFont serifFont(double points, bool bold = false, bool italic = false) const;
    QFont sansFont(double points, bool bold = false) const;

    // Highlight colours of the palette names (store/annotationstore.h): a light tint for the
    // text background, a saturated one for note numbers and the PDF annotation.
    static QColor highlightTint(const QString &name);
    static QColor highlightStrong(const QString &name);
};

} // namespace Annalist
