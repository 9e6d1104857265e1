#include "export/pdfannotator.h"

#include "export/dossierspec.h"
#include "export/dossierstyle.h"

#include <QBuffer>
#include <QDateTime>
#include <QHash>
#include <QIODevice>

#include <memory>

#if ANNALIST_QT_MAJOR == 6
#include <poppler-annotation.h>
#include <poppler-qt6.h>
#else
#include <poppler-annotation.h>
#include <poppler-qt5.h>
#endif

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAnnotationObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

namespace Annalist::PdfAnnotator {

QString contents(const DossierLayout::Highlight &highlight)
{
    return highlight.noteText.trimmed();
}

QString subject(const DossierLayout::Highlight &highlight)
{
    return highlight.tags.join(QStringLiteral(", "));
}

namespace {

QString uniqueName(const DossierLayout::Highlight &highlight, int page)
{
    return QStringLiteral("annalist-annotation-%1-p%2").arg(highlight.annotationId).arg(page);
}

// Sets /Subj of the annotations named in subjects (by /NM) and writes the file to output.
bool setSubjects(const QByteArray &pdf, QIODevice *output, const QHash<QString, QString> &subjects, QString *error)
{
    try {
        QPDF document;
        document.processMemoryFile("dossier.pdf", pdf.constData(), size_t(pdf.size()));
        for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(document).getAllPages()) {
            for (QPDFAnnotationObjectHelper &annotation : page.getAnnotations("/Highlight")) {
                QPDFObjectHandle object = annotation.getObjectHandle();
                QPDFObjectHandle name = object.getKey("/NM");
                if (!name.isString())
                    continue;
                const auto found = subjects.constFind(QString::fromStdString(name.getUTF8Value()));
                if (found != subjects.constEnd() && !found->isEmpty())
                    object.replaceKey("/Subj", QPDFObjectHandle::newUnicodeString(found->toStdString()));
            }
        }
        QPDFWriter writer(document);
        writer.setOutputMemory();
        writer.setStaticID(false);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        const auto size = qint64(buffer->getSize());
        if (output->write(reinterpret_cast<const char *>(buffer->getBuffer()), size) != size) {
            *error = DossierText::tr("The annotated PDF could not be written: %1").arg(output->errorString());
            return false;
        }
        return true;
    } catch (const std::exception &e) {
        *error = DossierText::tr("qpdf could not set the annotations' tags: %1").arg(QString::fromLocal8Bit(e.what()));
        return false;
    }
}

} // namespace

bool annotate(const QString &inputPdf, QIODevice *output, const QList<DossierLayout::Highlight> &highlights,
              const Metadata &metadata, QString *error)
{
    const std::unique_ptr<Poppler::Document> document(Poppler::Document::load(inputPdf));
    if (!document || document->isLocked()) {
        *error = DossierText::tr("The written PDF could not be read back for annotating.");
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, QString> subjects; // /NM -> tags
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
            annotation.setUniqueName(uniqueName(highlight, pageNumber));
            subjects.insert(uniqueName(highlight, pageNumber), subject(highlight));
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

    QBuffer annotated;
    annotated.open(QIODevice::WriteOnly);
    const std::unique_ptr<Poppler::PDFConverter> converter(document->pdfConverter());
    converter->setOutputDevice(&annotated);
    converter->setPDFOptions(Poppler::PDFConverter::WithChanges);
    if (!converter->convert()) {
        *error = DossierText::tr("Poppler could not save the annotated PDF (error %1).").arg(int(converter->lastError()));
        return false;
    }
    return setSubjects(annotated.data(), output, subjects, error);
}

} // namespace Annalist::PdfAnnotator
