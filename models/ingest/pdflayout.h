#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace Annalist {

// One line of text on a PDF page as the text engine found it: a run of words on one
// baseline, never across a column gutter. Coordinates in points, origin top left.
struct PdfLine
{
    QString text;
    QRectF box;
};

struct PdfPage
{
    QList<PdfLine> lines; // any order
    QSizeF size; // points
};

struct PdfText
{
    QString text; // paragraphs separated by blank lines, pages likewise
    QList<qsizetype> pageStarts; // offset in text where page N+1 begins; one entry per page
    int furnitureLines = 0; // running headers, footers and page numbers dropped
};

// Turns positioned lines into readable text:
//  - furniture: lines in the top or bottom tenth of the page that repeat on several pages
//    (digits ignored, so "Page 3" and "Page 4" repeat) or are bare page numbers are dropped;
//  - lines of one column that follow each other closely with the same font size form a
//    paragraph; headings and blank-line gaps start new ones;
//  - reading order: a paragraph comes before another below it in the same column, and a
//    whole column before the column to its right unless something spanning both (a
//    headline, a section across the page) lies between them (T. Breuel's ordering);
//  - a word hyphenated at a line end is joined ("devel-" + "opment" -> "development") when
//    the joined word is in the dictionary or elsewhere in the document; otherwise the
//    hyphen stays ("open-" + "source" -> "open-source"). Soft hyphens always join.
PdfText layOutPdf(QList<PdfPage> pages);

// "12", "- 12 -", "Page 12", "p. 12", "12 of 40", "xiv": a page number and nothing else.
bool isPageNumberLine(const QString &text);

} // namespace Annalist
