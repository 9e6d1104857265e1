#pragma once

#include "export/dossierdata.h"
#include "export/dossierstyle.h"
#include "syntax/syntaxspans.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QTextDocument>

#include <memory>

class QPaintDevice;

namespace Annalist {

// Where the body document put things, in document positions.
struct BodyMap
{
    QList<int> articleStarts; // the title block of each article
    struct Highlight
    {
        int article = 0; // index into DossierData::articles
        int annotation = 0; // index into that article's annotations
        int start = 0; // document range of the passage
        int end = 0;
        int note = 0; // note number; 0 without a note
        int marker = -1; // position of the note marker
        bool inMargin = false; // the note is painted in the margin (else listed at the article's end)
    };
    QList<Highlight> highlights;
    struct Mention
    {
        qint64 entityId = 0;
        int position = 0;
    };
    QList<Mention> mentions;
};

// The three flowing parts of a dossier as QTextDocuments laid out on the PDF writer's pixels:
// the table of contents, the articles and the entity index. Pages of each are the document's
// pages (setPageSize to the text column), painted one by one by DossierWriter.
namespace DossierDocuments {

std::unique_ptr<QTextDocument> create(QPaintDevice *device, const DossierStyle &style, double width);

// The articles. Annotations whose id is in endnotes (or all, without a margin column) list
// their note at the end of their article instead of the margin. syntax: each article's syntax
// colours (offsets into its text), or empty for none.
std::unique_ptr<QTextDocument> body(const DossierData &data, const DossierSpec &spec, const DossierStyle &style,
                                    QPaintDevice *device, const QSet<qint64> &endnotes,
                                    const QList<QList<Syntax::Span>> &syntax, BodyMap *map);

struct TocLine
{
    QString title;
    QString detail; // muted second line; empty for sections
    int page = 0; // 0: not known yet (a placeholder of the same width is printed)
};
// Lines without a page yet print a transparent placeholder of placeholderDigits digits.
std::unique_ptr<QTextDocument> contents(const QList<TocLine> &lines, const DossierStyle &style, QPaintDevice *device,
                                        int placeholderDigits = 3);

struct IndexLine
{
    QString name;
    QString type; // PERSON, ORG, ...
    QList<int> pages;
};
std::unique_ptr<QTextDocument> index(const QList<IndexLine> &lines, const DossierStyle &style, QPaintDevice *device);

// "3, 5–7, 12"
QString pageRanges(const QList<int> &sortedPages);

// A margin note: its number in the annotation's colour, the note, its tags.
std::unique_ptr<QTextDocument> marginNote(int number, const Annotation &annotation, const DossierStyle &style,
                                          QPaintDevice *device);

// The range of document positions of line boxes covering [start, end): one rectangle per
// line, in document coordinates.
QList<QRectF> lineRects(const QTextDocument &document, int start, int end);
// Document y of the line holding position.
double lineTop(const QTextDocument &document, int position);

} // namespace DossierDocuments

} // namespace Annalist
