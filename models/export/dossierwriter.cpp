#include "export/dossierwriter.h"

#include "export/dossierdocuments.h"
#include "export/dossierpages.h"
#include "export/dossierstyle.h"
#include "export/pdfannotator.h"

#include <QAbstractTextDocumentLayout>
#include <QCollator>
#include <QDir>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextBlock>

#include <algorithm>
#include <cmath>

namespace Annalist {

namespace {

constexpr int Resolution = 600; // dpi of the layout: fine enough for exact highlight boxes

// A margin note placed on a body page (0-based), at y from the text column's top.
struct PlacedNote
{
    int highlight = 0; // index into BodyMap::highlights
    int page = 0;
    double y = 0;
    const QTextDocument *document = nullptr;
};

// The page a line starting at y is on. Lines pushed to a new page start exactly on its top
// edge, where rounding could tip the quotient just below the page number.
int pageOf(double y, double pageHeight)
{
    return std::max(0, int(std::floor((y + 0.5) / pageHeight)));
}

} // namespace

DossierWriter::DossierWriter(DossierSpec spec, DossierData data)
    : m_spec(std::move(spec))
    , m_data(std::move(data))
{
}

bool DossierWriter::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool DossierWriter::write(const QString &path)
{
    m_layout = {};
    m_cancelled = false;
    if (m_data.articles.isEmpty())
        return fail(DossierText::tr("Nothing to export: no article."));

    // QPdfWriter writes a scratch file; Poppler reads it back, adds the annotations and saves
    // the result through QSaveFile, so `path` appears only when complete.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(DossierText::tr("Cannot create a temporary folder: %1").arg(scratch.errorString()));
    const QString scratchPdf = scratch.filePath(QStringLiteral("dossier.pdf"));

    const QString title = m_spec.effectiveTitle();
    QPdfWriter writer(scratchPdf);
    writer.setResolution(Resolution);
    writer.setPageSize(m_spec.pageSize());
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Annalist"));
    const DossierStyle style = DossierStyle::forPage(m_spec.pageSize(), Resolution);
    const double pageHeight = style.text.height();

    // The articles. Notes that do not fit in the margin of their page move to the end of their
    // article; that changes the layout after them, so lay out again until nothing moves.
    QSet<qint64> endnotes;
    std::unique_ptr<QTextDocument> body;
    BodyMap map;
    QHash<qint64, std::shared_ptr<QTextDocument>> noteDocuments;
    QList<PlacedNote> placed;
    const double noteGap = style.pt(5);
    // Syntax colours once: the layout passes below only move notes.
    QList<QList<Syntax::Span>> syntax;
    if (m_spec.syntaxColors && Syntax::PrintColors::available()) {
        const Syntax::PrintColors colors;
        for (const DossierArticle &article : m_data.articles)
            syntax.append(colors.spans(article.record.format, article.text));
    }
    for (int pass = 0;; ++pass) {
        map = {};
        body = DossierDocuments::body(m_data, m_spec, style, &writer, endnotes, syntax, &map);
        placed.clear();
        QList<int> order;
        for (int i = 0; i < map.highlights.size(); ++i) {
            if (map.highlights.at(i).inMargin)
                order.append(i);
        }
        std::stable_sort(order.begin(), order.end(), [&map](int a, int b) {
            return map.highlights.at(a).marker < map.highlights.at(b).marker;
        });
        QSet<qint64> overflow;
        int currentPage = -1;
        double nextFree = 0;
        for (int i : order) {
            const BodyMap::Highlight &highlight = map.highlights.at(i);
            const Annotation &annotation = m_data.articles.at(highlight.article).annotations.at(highlight.annotation);
            auto &note = noteDocuments[annotation.id];
            if (!note)
                note = DossierDocuments::marginNote(highlight.note, annotation, style, &writer);
            const double top = DossierDocuments::lineTop(*body, highlight.marker);
            const int page = pageOf(top, pageHeight);
            if (page != currentPage) {
                currentPage = page;
                nextFree = 0;
            }
            const double y = std::max(top - page * pageHeight, nextFree);
            const double height = note->size().height();
            if (y + height > pageHeight) {
                overflow.insert(annotation.id);
                continue;
            }
            placed.append({i, page, y, note.get()});
            nextFree = y + height + noteGap;
        }
        if (overflow.isEmpty())
            break;
        endnotes.unite(overflow);
        if (pass == 4) {
            // Give up on the margin for good; every note goes to its article's end.
            for (const DossierArticle &article : m_data.articles) {
                for (const Annotation &annotation : article.annotations)
                    endnotes.insert(annotation.id);
            }
        }
    }
    const int bodyPages = body->pageCount();

    // Entities by canonical name with the body pages that mention them (numbered below).
    struct Entity
    {
        QString name;
        QString type;
        QList<int> pages; // body pages, 0-based
    };
    QHash<qint64, Entity> entities;
    if (m_spec.entityIndex) {
        for (const DossierArticle &article : m_data.articles) {
            for (const MentionRow &mention : article.mentions) {
                Entity &entity = entities[mention.entityId];
                entity.name = mention.name;
                entity.type = mention.type;
            }
        }
        for (const BodyMap::Mention &mention : map.mentions) {
            const int page = pageOf(DossierDocuments::lineTop(*body, mention.position), pageHeight);
            QList<int> &pages = entities[mention.entityId].pages;
            if (!pages.contains(page))
                pages.append(page);
        }
    }
    QList<qint64> entityOrder = entities.keys();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(entityOrder.begin(), entityOrder.end(), [&](qint64 a, qint64 b) {
        const int order = collator.compare(entities.value(a).name, entities.value(b).name);
        return order != 0 ? order < 0 : a < b;
    });

    // Contents first with placeholders: its length fixes where the articles start.
    QList<int> articleBodyPages;
    for (int start : map.articleStarts)
        articleBodyPages.append(pageOf(DossierDocuments::lineTop(*body, start), pageHeight));
    auto contentsLines = [&](int bodyFirst, int indexPage, int timelinePage) {
        QList<DossierDocuments::TocLine> lines;
        for (int i = 0; i < m_data.articles.size(); ++i) {
            const DossierArticle &article = m_data.articles.at(i);
            QStringList detail;
            if (!article.record.source.isEmpty())
                detail << article.record.source;
            if (article.record.published.isValid())
                detail << QLocale().toString(article.record.published, QLocale::ShortFormat);
            detail << DossierText::tr("%n annotation(s)", nullptr, int(article.annotations.size()));
            lines.append({QStringLiteral("%1.  %2").arg(i + 1).arg(article.record.title.isEmpty()
                                                                        ? DossierText::tr("(untitled)")
                                                                        : article.record.title),
                          detail.join(QStringLiteral("  ·  ")),
                          bodyFirst > 0 ? bodyFirst + articleBodyPages.at(i) : 0});
        }
        if (m_spec.entityIndex)
            lines.append({DossierText::tr("Index of entities"), QString(), indexPage});
        if (m_spec.timeline)
            lines.append({DossierText::tr("Timeline"), QString(), timelinePage});
        return lines;
    };
    // The placeholders are as wide as three digits; a dossier of a thousand pages or more
    // lays the contents out again with wider ones.
    std::unique_ptr<QTextDocument> contents;
    std::unique_ptr<QTextDocument> index;
    int contentsPages = 0, bodyFirst = 0, indexFirst = 0, indexPages = 0, timelinePage = 0, pageCount = 0;
    for (int digits = 3;; ++digits) {
        contents = DossierDocuments::contents(contentsLines(0, 0, 0), style, &writer, digits);
        contentsPages = contents->pageCount();
        bodyFirst = 2 + contentsPages; // 1-based; page 1 is the cover

        QList<DossierDocuments::IndexLine> indexLines;
        m_layout.index.clear();
        for (qint64 id : entityOrder) {
            const Entity &entity = entities.value(id);
            QList<int> pages;
            for (int page : entity.pages)
                pages.append(bodyFirst + page);
            std::sort(pages.begin(), pages.end());
            indexLines.append({entity.name, entity.type, pages});
            m_layout.index.append({id, entity.name, entity.type, pages});
        }
        index.reset();
        if (m_spec.entityIndex)
            index = DossierDocuments::index(indexLines, style, &writer);
        indexFirst = m_spec.entityIndex ? bodyFirst + bodyPages : 0;
        indexPages = index ? index->pageCount() : 0;
        timelinePage = m_spec.timeline ? bodyFirst + bodyPages + indexPages : 0;
        pageCount = bodyFirst - 1 + bodyPages + indexPages + (m_spec.timeline ? 1 : 0);

        contents = DossierDocuments::contents(contentsLines(bodyFirst, indexFirst, timelinePage), style, &writer);
        if (contents->pageCount() == contentsPages)
            break;
        if (QString::number(pageCount).size() < digits)
            return fail(QStringLiteral("internal error: the contents changed length with page numbers"));
    }

    m_layout.pageCount = pageCount;
    m_layout.indexPage = indexFirst;
    m_layout.timelinePage = timelinePage;
    for (const DossierDocuments::TocLine &line : contentsLines(bodyFirst, indexFirst, timelinePage))
        m_layout.contents.append({line.title, line.page});
    for (int page : articleBodyPages)
        m_layout.articlePages.append(bodyFirst + page);

    // Highlight boxes in page space for the PDF annotations.
    const QSizeF pagePoints = m_spec.pageSize().size(QPageSize::Point);
    const QSizeF pagePixels(pagePoints.width() * Resolution / 72.0, pagePoints.height() * Resolution / 72.0);
    for (const BodyMap::Highlight &highlight : std::as_const(map.highlights)) {
        const DossierArticle &article = m_data.articles.at(highlight.article);
        const Annotation &annotation = article.annotations.at(highlight.annotation);
        DossierLayout::Highlight out;
        out.annotationId = annotation.id;
        out.article = highlight.article;
        out.note = highlight.note;
        out.marginNote = highlight.inMargin;
        out.color = annotation.color;
        out.noteText = annotation.note;
        out.tags = annotation.tags;
        out.author = annotation.author.isEmpty() ? m_spec.author : annotation.author;
        out.quote = article.text.mid(annotation.start, annotation.length);
        for (const QRectF &rect : DossierDocuments::lineRects(*body, highlight.start, highlight.end)) {
            const int page = pageOf(rect.center().y(), pageHeight);
            const QRectF onPage = rect.translated(style.text.left(), style.text.top() - page * pageHeight);
            out.lines.append({bodyFirst + page,
                              QRectF(onPage.left() / pagePixels.width(), onPage.top() / pagePixels.height(),
                                     onPage.width() / pagePixels.width(), onPage.height() / pagePixels.height())});
        }
        m_layout.highlights.append(out);
    }

    // Paint.
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(DossierText::tr("Could not write the PDF “%1”.").arg(scratchPdf));
    int done = 0;
    auto step = [&]() {
        ++done;
        if (m_progress && !m_progress(done, pageCount + 1)) {
            m_cancelled = true;
            return false;
        }
        return true;
    };
    auto nextPage = [&]() { return writer.newPage(); };

    DossierPages::paintCover(painter, style, m_spec, m_data, pageCount);
    if (!step())
        return fail(DossierText::tr("Export cancelled."));
    int page = 1;
    for (int i = 0; i < contentsPages; ++i) {
        nextPage();
        ++page;
        DossierPages::paintChrome(painter, style, title, DossierText::tr("Contents"), page, pageCount);
        DossierPages::paintDocumentPage(painter, style, *contents, i, style.text.left());
        if (!step())
            return fail(DossierText::tr("Export cancelled."));
    }
    int notesDone = 0;
    for (int i = 0; i < bodyPages; ++i) {
        nextPage();
        ++page;
        int article = 0;
        while (article + 1 < articleBodyPages.size() && articleBodyPages.at(article + 1) <= i)
            ++article;
        DossierPages::paintChrome(painter, style, title, m_data.articles.at(article).record.title.simplified(), page,
                                  pageCount);
        DossierPages::paintDocumentPage(painter, style, *body, i, style.text.left());
        for (; notesDone < placed.size() && placed.at(notesDone).page <= i; ++notesDone) {
            const PlacedNote &note = placed.at(notesDone);
            if (note.page != i)
                continue;
            painter.save();
            const BodyMap::Highlight &highlight = map.highlights.at(note.highlight);
            const Annotation &annotation = m_data.articles.at(highlight.article).annotations.at(highlight.annotation);
            // A hairline in the annotation's colour ties the note to the margin.
            const double height = note.document->size().height();
            painter.setPen(QPen(DossierStyle::highlightStrong(annotation.color), style.pt(1.2)));
            const double x = style.notes.left() - style.mm(2);
            painter.drawLine(QPointF(x, style.notes.top() + note.y + style.pt(1)),
                             QPointF(x, style.notes.top() + note.y + height - style.pt(1)));
            painter.translate(style.notes.left(), style.notes.top() + note.y);
            QAbstractTextDocumentLayout::PaintContext context;
            context.palette.setColor(QPalette::Text, style.ink);
            note.document->documentLayout()->draw(&painter, context);
            painter.restore();
        }
        if (!step())
            return fail(DossierText::tr("Export cancelled."));
    }
    for (int i = 0; i < indexPages; ++i) {
        nextPage();
        ++page;
        DossierPages::paintChrome(painter, style, title, DossierText::tr("Index of entities"), page, pageCount);
        DossierPages::paintDocumentPage(painter, style, *index, i, style.text.left());
        if (!step())
            return fail(DossierText::tr("Export cancelled."));
    }
    if (m_spec.timeline) {
        nextPage();
        ++page;
        DossierPages::paintChrome(painter, style, title, DossierText::tr("Timeline"), page, pageCount);
        DossierPages::paintTimeline(painter, style, m_data);
        if (!step())
            return fail(DossierText::tr("Export cancelled."));
    }
    if (!painter.end())
        return fail(DossierText::tr("Could not finish the PDF “%1”.").arg(scratchPdf));
    if (page != pageCount)
        return fail(QStringLiteral("internal error: painted %1 pages, expected %2").arg(page).arg(pageCount));

    PdfAnnotator::Metadata metadata;
    metadata.title = title;
    metadata.author = m_spec.author;
    metadata.subject = m_spec.describeScope();
    metadata.keywords = m_data.allTags();
    QSaveFile output(path);
    if (!output.open(QIODevice::WriteOnly))
        return fail(DossierText::tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), output.errorString()));
    QString error;
    if (!PdfAnnotator::annotate(scratchPdf, &output, m_layout.highlights, metadata, &error)) {
        output.cancelWriting();
        return fail(error);
    }
    if (!output.commit())
        return fail(DossierText::tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), output.errorString()));
    if (m_progress)
        m_progress(pageCount + 1, pageCount + 1);
    return true;
}

} // namespace Annalist
