#include "export/pdfannotator.h"

#include "export/dossierspec.h"
#include "export/dossierstyle.h"

#include <QDateTime>
#include <QIODevice>

#include <memory>

#if ANNALIST_QT_MAJOR == 6
#include <poppler-annotation.h>
#include <poppler-qt6.h>
#else
#include <poppler-annotation.h>
#include <poppler-qt5.h>
#endif

namespace Annalist::PdfAnnotator {

QString contents(const DossierLayout::Highlight &highlight)
{
    QString text = highlight.noteText.trimmed();
    if (!highlight.tags.isEmpty()) {
        if (!text.isEmpty())
            text += QStringLiteral("\n\n");
        text += DossierText::tr("Tags: %1").arg(highlight.tags.join(QStringLiteral(", ")));
    }
    return text;
}

bool annotate(const QString &inputPdf, QIODevice *output, const QList<DossierLayout::Highlight> &highlights,
              const Metadata &metadata, QString *error)
{
    const std::unique_ptr<Poppler::Document> document(Poppler::Document::load(inputPdf));
    if (!document || document->isLocked()) {
        *error = DossierText::tr("The written PDF could not be read back for annotating.");
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Poppler copies an annotation into the page when it is added; ours are freed right after.
    for (const DossierLayout::Highlight &highlight : highlights) {
        // One annotation per page the passage touches, so every page's comment list shows it.
        QList<int> pages;
        for (const auto &line : highlight.lines) {
            if (!pages.contains(line.first))
                pages.append(line.first);
        }
        for (int pageNumber : pages) {
            const std::unique_ptr<Poppler::Page> page(document->page(pageNumber - 1));
            if (!page) {
                *error = DossierText::tr("The written PDF has no page %1.").arg(pageNumber);
                return false;
            }
            QList<Poppler::HighlightAnnotation::Quad> quads;
            QRectF bounds;
            for (const auto &[linePage, rect] : highlight.lines) {
                if (linePage != pageNumber)
                    continue;
                Poppler::HighlightAnnotation::Quad quad;
                // Clockwise from the top left in Poppler's normalised page space; Poppler turns
                // them into the QuadPoints order of the PDF.
                quad.points[0] = rect.topLeft();
                quad.points[1] = rect.topRight();
                quad.points[2] = rect.bottomRight();
                quad.points[3] = rect.bottomLeft();
                quad.capStart = false;
                quad.capEnd = false;
                quad.feather = 0;
                quads.append(quad);
                bounds = bounds.isNull() ? rect : bounds.united(rect);
            }
            Poppler::HighlightAnnotation annotation;
            annotation.setHighlightType(Poppler::HighlightAnnotation::Highlight);
            annotation.setHighlightQuads(quads);
            annotation.setBoundary(bounds);
            annotation.setContents(contents(highlight));
            annotation.setAuthor(highlight.author.isEmpty() ? metadata.author : highlight.author);
            annotation.setUniqueName(QStringLiteral("annalist-annotation-%1-p%2").arg(highlight.annotationId).arg(pageNumber));
            annotation.setCreationDate(now);
            annotation.setModificationDate(now);
            Poppler::Annotation::Style style = annotation.style();
            // The tint of the printed highlight: readers multiply it over the page, so the text
            // stays legible and the colour matches what is printed underneath.
            style.setColor(DossierStyle::highlightTint(highlight.color));
            style.setOpacity(1.0);
            annotation.setStyle(style);
            page->addAnnotation(&annotation);
        }
    }
    if (!metadata.author.isEmpty())
        document->setAuthor(metadata.author);
    if (!metadata.subject.isEmpty())
        document->setSubject(metadata.subject);
    if (!metadata.keywords.isEmpty())
        document->setKeywords(metadata.keywords.join(QStringLiteral(", ")));
    if (!metadata.title.isEmpty())
        document->setTitle(metadata.title);
    document->setCreator(QStringLiteral("Annalist"));
    document->setProducer(QStringLiteral("Annalist (Qt, Poppler)"));

    const std::unique_ptr<Poppler::PDFConverter> converter(document->pdfConverter());
    converter->setOutputDevice(output);
    converter->setPDFOptions(Poppler::PDFConverter::WithChanges);
    if (!converter->convert()) {
        *error = DossierText::tr("Poppler could not save the annotated PDF (error %1).").arg(int(converter->lastError()));
        return false;
    }
    return true;
}

} // namespace Annalist::PdfAnnotator
