#include "export/dossierdocuments.h"

#include "timeline/typecolors.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>

#include <algorithm>

namespace Annalist::DossierDocuments {

namespace {

QTextCharFormat charFormat(const QFont &font, const QColor &color)
{
    QTextCharFormat format;
    format.setFont(font);
    format.setForeground(color);
    return format;
}

// Text as a document can hold it one-to-one: every UTF-16 unit stays a unit, line feeds become
// block breaks, other control characters print as spaces.
QString printable(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\t')
            continue;
        if (u < 0x20 || u == 0x7f)
            c = QLatin1Char(' ');
    }
    return result;
}

void insertBlock(QTextCursor &cursor, bool &first, const QTextBlockFormat &format, const QTextCharFormat &chars)
{
    if (first) {
        cursor.setBlockFormat(format);
        cursor.setBlockCharFormat(chars);
        first = false;
    } else {
        cursor.insertBlock(format, chars);
    }
}

QString metaLine(const ArticleRecord &record)
{
    QStringList parts;
    if (!record.source.isEmpty())
        parts << record.source;
    if (!record.author.isEmpty())
        parts << record.author;
    if (record.published.isValid())
        parts << QLocale().toString(record.published, QLocale::LongFormat);
    return parts.join(QStringLiteral("  ·  "));
}

void articleHeader(QTextCursor &cursor, bool &first, const DossierArticle &article, int number, int total,
                   const DossierStyle &style)
{
    QTextBlockFormat kicker;
    if (!first)
        kicker.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    kicker.setBottomMargin(DossierStyle::formatPt(3));
    QFont kickerFont = style.sansFont(7.5, true);
    kickerFont.setLetterSpacing(QFont::PercentageSpacing, 108);
    insertBlock(cursor, first, kicker, charFormat(kickerFont, style.accent));
    cursor.insertText(DossierText::tr("ARTICLE %1 OF %2").arg(number).arg(total));

    QTextBlockFormat title;
    title.setBottomMargin(DossierStyle::formatPt(6));
    cursor.insertBlock(title, charFormat(style.sansFont(16, true), style.ink));
    cursor.insertText(printable(article.record.title.isEmpty() ? DossierText::tr("(untitled)") : article.record.title)
                          .replace(QLatin1Char('\n'), QLatin1Char(' ')));

    QTextBlockFormat meta;
    meta.setBottomMargin(DossierStyle::formatPt(1.5));
    const QTextCharFormat metaFormat = charFormat(style.sansFont(8.5), style.muted);
    const QString line = metaLine(article.record);
    if (!line.isEmpty()) {
        cursor.insertBlock(meta, metaFormat);
        cursor.insertText(line);
    }
    if (!article.record.url.isEmpty()) {
        cursor.insertBlock(meta, metaFormat);
        QTextCharFormat link = charFormat(style.sansFont(8.5), style.accent);
        link.setAnchor(true);
        link.setAnchorHref(article.record.url);
        cursor.insertText(article.record.url, link);
    }
    if (!article.tags.isEmpty()) {
        QTextBlockFormat chips;
        chips.setTopMargin(DossierStyle::formatPt(3));
        chips.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
        cursor.insertBlock(chips, metaFormat);
        QTextCharFormat chip = charFormat(style.sansFont(7.5, true), style.accent);
        chip.setBackground(style.chip);
        const QTextCharFormat gap = charFormat(style.sansFont(7.5), style.ink);
        for (const QString &tag : article.tags) {
            // Non-breaking spaces pad the chip and keep a tag on one line.
            cursor.insertText(QStringLiteral("\u00a0") + tag + QStringLiteral("\u00a0"), chip);
            cursor.insertText(QStringLiteral("  "), gap);
        }
    }
    QTextBlockFormat rule;
    rule.setTopMargin(DossierStyle::formatPt(4));
    rule.setBottomMargin(DossierStyle::formatPt(8));
    rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength(QTextLength::PercentageLength, 100));
    cursor.insertBlock(rule, charFormat(style.sansFont(2), style.rule));
}

void endNotes(QTextCursor &cursor, const DossierArticle &article, const QList<QPair<int, int>> &notes,
              const DossierStyle &style)
{
    if (notes.isEmpty() && article.unplaced == 0)
        return;
    QTextBlockFormat heading;
    heading.setTopMargin(DossierStyle::formatPt(10));
    heading.setBottomMargin(DossierStyle::formatPt(3));
    heading.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    cursor.insertBlock(heading, charFormat(style.sansFont(8.5, true), style.accent));
    cursor.insertText(DossierText::tr("Notes"));
    QTextBlockFormat note;
    note.setLeftMargin(DossierStyle::formatMm(6));
    note.setTextIndent(-DossierStyle::formatMm(6));
    note.setBottomMargin(DossierStyle::formatPt(2));
    for (const auto &[number, index] : notes) {
        const Annotation &annotation = article.annotations.at(index);
        cursor.insertBlock(note, charFormat(style.sansFont(8.5), style.ink));
        cursor.insertText(QString::number(number) + QStringLiteral("\u2002"),
                          charFormat(style.sansFont(8.5, true), DossierStyle::highlightStrong(annotation.color)));
        cursor.insertText(printable(annotation.note.trimmed()).replace(QLatin1Char('\n'), QChar::LineSeparator));
        if (!annotation.tags.isEmpty())
            cursor.insertText(QStringLiteral("  —  ") + annotation.tags.join(QStringLiteral(", ")),
                              charFormat(style.sansFont(8, true), style.muted));
    }
    if (article.unplaced > 0) {
        cursor.insertBlock(note, charFormat(style.sansFont(8, false), style.muted));
        cursor.insertText(DossierText::tr("%n annotation(s) could not be placed in this text (the passage is "
                                          "no longer found) and are not shown.",
                                          nullptr, article.unplaced));
    }
}

} // namespace

std::unique_ptr<QTextDocument> create(QPaintDevice *device, const DossierStyle &style, double width)
{
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(device);
    document->setDocumentMargin(0);
    document->setDefaultFont(style.serif);
    document->setUndoRedoEnabled(false);
    document->setPageSize(QSizeF(width, style.text.height()));
    return document;
}

std::unique_ptr<QTextDocument> body(const DossierData &data, const DossierSpec &spec, const DossierStyle &style,
                                    QPaintDevice *device, const QSet<qint64> &endnotes,
                                    const QList<QList<Syntax::Span>> &syntax, BodyMap *map)
{
    auto document = create(device, style, style.text.width());
    QTextCursor cursor(document.get());
    bool first = true;
    int noteNumber = 0;
    const bool margin = style.notes.isValid();
    for (int a = 0; a < data.articles.size(); ++a) {
        const DossierArticle &article = data.articles.at(a);
        map->articleStarts.append(cursor.position() + (first ? 0 : 1));
        articleHeader(cursor, first, article, a + 1, int(data.articles.size()), style);

        QTextBlockFormat paragraph;
        paragraph.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
        const QTextCharFormat text = charFormat(style.serif, style.ink);
        cursor.insertBlock(paragraph, text);
        const int base = cursor.position();

        // Note markers go after their passage; markers shift later text, so every offset
        // goes through position()/endPosition() below.
        struct Marker
        {
            qsizetype offset;
            int annotation;
            int number;
        };
        QList<Marker> markers;
        if (spec.notes) {
            for (int i = 0; i < article.annotations.size(); ++i) {
                const Annotation &annotation = article.annotations.at(i);
                if (!annotation.note.trimmed().isEmpty())
                    markers.append({annotation.start + annotation.length, i, ++noteNumber});
            }
        }
        std::stable_sort(markers.begin(), markers.end(),
                         [](const Marker &x, const Marker &y) { return x.offset < y.offset; });
        auto markerText = [](int number) { return QString::number(number); };
        auto shiftBefore = [&](qsizetype offset, bool inclusive) {
            int shift = 0;
            for (const Marker &marker : markers) {
                if (marker.offset < offset || (inclusive && marker.offset == offset))
                    shift += int(markerText(marker.number).size());
            }
            return shift;
        };
        auto position = [&](qsizetype offset) { return base + int(offset) + shiftBefore(offset, true); };
        auto endPosition = [&](qsizetype offset) { return base + int(offset) + shiftBefore(offset, false); };

        // The text in pieces between markers, each marker superscript in its colour.
        QTextCharFormat markerFormat = charFormat(style.sansFont(7, true), style.accent);
        markerFormat.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
        qsizetype done = 0;
        const QString body = printable(article.text);
        for (const Marker &marker : markers) {
            cursor.insertText(body.mid(done, marker.offset - done), text);
            done = marker.offset;
            QTextCharFormat format = markerFormat;
            format.setForeground(DossierStyle::highlightStrong(article.annotations.at(marker.annotation).color));
            cursor.insertText(markerText(marker.number), format);
        }
        cursor.insertText(body.mid(done), text);

        QTextCursor range(document.get());
        if (a < syntax.size()) {
            // Entity colours and highlights are applied after, so they win where they overlap.
            for (const Syntax::Span &span : syntax.at(a)) {
                range.setPosition(position(span.start));
                range.setPosition(endPosition(span.start + span.length), QTextCursor::KeepAnchor);
                range.mergeCharFormat(span.format);
            }
        }
        if (spec.entityColors) {
            QTextCharFormat colored;
            for (const MentionRow &mention : article.mentions) {
                range.setPosition(position(mention.start));
                range.setPosition(endPosition(mention.start + mention.length), QTextCursor::KeepAnchor);
                colored.setForeground(TypeColors::entityColor(mention.type, false));
                range.mergeCharFormat(colored);
            }
        }
        for (const MentionRow &mention : article.mentions)
            map->mentions.append({mention.entityId, position(mention.start)});

        QList<QPair<int, int>> articleEndNotes;
        for (int i = 0; i < article.annotations.size(); ++i) {
            const Annotation &annotation = article.annotations.at(i);
            BodyMap::Highlight highlight;
            highlight.article = a;
            highlight.annotation = i;
            highlight.start = position(annotation.start);
            highlight.end = endPosition(annotation.start + annotation.length);
            for (const Marker &marker : markers) {
                if (marker.annotation == i) {
                    highlight.note = marker.number;
                    highlight.marker = endPosition(marker.offset);
                }
            }
            if (highlight.note > 0) {
                highlight.inMargin = margin && !endnotes.contains(annotation.id);
                if (!highlight.inMargin)
                    articleEndNotes.append({highlight.note, i});
            }
            QTextCharFormat tint;
            tint.setBackground(DossierStyle::highlightTint(annotation.color));
            range.setPosition(highlight.start);
            range.setPosition(highlight.end, QTextCursor::KeepAnchor);
            range.mergeCharFormat(tint);
            map->highlights.append(highlight);
        }
        cursor.movePosition(QTextCursor::End);
        endNotes(cursor, article, articleEndNotes, style);
    }
    return document;
}

std::unique_ptr<QTextDocument> contents(const QList<TocLine> &lines, const DossierStyle &style, QPaintDevice *device,
                                        int placeholderDigits)
{
    auto document = create(device, style, style.text.width());
    QTextCursor cursor(document.get());
    bool first = true;
    QTextBlockFormat heading;
    heading.setBottomMargin(DossierStyle::formatPt(14));
    insertBlock(cursor, first, heading, charFormat(style.sansFont(18, true), style.ink));
    cursor.insertText(DossierText::tr("Contents"));

    const QList<QTextOption::Tab> tabs = {QTextOption::Tab(style.formatLength(style.text.width()), QTextOption::RightTab)};
    for (const TocLine &line : lines) {
        QTextBlockFormat entry;
        entry.setTabPositions(tabs);
        entry.setTopMargin(DossierStyle::formatPt(line.detail.isEmpty() ? 9 : 5));
        entry.setRightMargin(0);
        cursor.insertBlock(entry, charFormat(style.sansFont(10, line.detail.isEmpty()), style.ink));
        // The page number is right-aligned on the title's last line; a placeholder as wide as
        // the longest number keeps the first layout's line breaks when the real numbers arrive.
        cursor.insertText(printable(line.title).replace(QLatin1Char('\n'), QLatin1Char(' ')) + QLatin1Char('\t'));
        cursor.insertText(line.page > 0 ? QString::number(line.page) : QString(placeholderDigits, QLatin1Char('0')),
                          charFormat(style.sansFont(10, true), line.page > 0 ? style.ink : QColor(Qt::transparent)));
        if (!line.detail.isEmpty()) {
            QTextBlockFormat detail;
            detail.setLeftMargin(DossierStyle::formatMm(4));
            cursor.insertBlock(detail, charFormat(style.sansFont(8), style.muted));
            cursor.insertText(line.detail);
        }
    }
    return document;
}

std::unique_ptr<QTextDocument> index(const QList<IndexLine> &lines, const DossierStyle &style, QPaintDevice *device)
{
    auto document = create(device, style, style.text.width());
    QTextCursor cursor(document.get());
    bool first = true;
    QTextBlockFormat heading;
    heading.setBottomMargin(DossierStyle::formatPt(4));
    insertBlock(cursor, first, heading, charFormat(style.sansFont(18, true), style.ink));
    cursor.insertText(DossierText::tr("Index of entities"));
    QTextBlockFormat intro;
    intro.setBottomMargin(DossierStyle::formatPt(10));
    cursor.insertBlock(intro, charFormat(style.sansFont(8.5), style.muted));
    cursor.insertText(DossierText::tr("People, organisations, places, products and events by their canonical name, "
                                      "with the pages that mention them."));

    // Tab stops count from the block's left margin.
    const double indent = DossierStyle::formatMm(3);
    const QList<QTextOption::Tab> tabs = {
        QTextOption::Tab(style.formatLength(style.text.width()) - indent, QTextOption::RightTab)};
    QChar letter;
    for (const IndexLine &line : lines) {
        const QChar initial = line.name.isEmpty() ? QChar() : line.name.at(0).toUpper();
        if (initial != letter) {
            letter = initial;
            QTextBlockFormat group;
            group.setTopMargin(DossierStyle::formatPt(8));
            group.setBottomMargin(DossierStyle::formatPt(2));
            cursor.insertBlock(group, charFormat(style.sansFont(10, true), style.accent));
            cursor.insertText(QString(letter));
        }
        QTextBlockFormat entry;
        entry.setTabPositions(tabs);
        entry.setLeftMargin(indent);
        entry.setBottomMargin(DossierStyle::formatPt(1));
        cursor.insertBlock(entry, charFormat(style.serifFont(9.5), style.ink));
        cursor.insertText(QStringLiteral("\u25a0 "), charFormat(style.sansFont(7), TypeColors::entityColor(line.type, false)));
        cursor.insertText(printable(line.name).replace(QLatin1Char('\n'), QLatin1Char(' ')),
                          charFormat(style.serifFont(9.5), style.ink));
        cursor.insertText(QStringLiteral("  ") + line.type.toLower(), charFormat(style.sansFont(7), style.muted));
        cursor.insertText(QStringLiteral("\t") + pageRanges(line.pages), charFormat(style.sansFont(8.5), style.ink));
    }
    return document;
}

QString pageRanges(const QList<int> &pages)
{
    QStringList parts;
    for (qsizetype i = 0; i < pages.size();) {
        qsizetype j = i;
        while (j + 1 < pages.size() && pages.at(j + 1) == pages.at(j) + 1)
            ++j;
        parts << (j == i ? QString::number(pages.at(i))
                         : QString::number(pages.at(i)) + QChar(0x2013) + QString::number(pages.at(j)));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

std::unique_ptr<QTextDocument> marginNote(int number, const Annotation &annotation, const DossierStyle &style,
                                          QPaintDevice *device)
{
    auto document = create(device, style, style.notes.width());
    document->setPageSize(QSizeF(style.notes.width(), -1)); // one tall page: notes are never split
    QTextCursor cursor(document.get());
    QTextBlockFormat block;
    block.setLineHeight(112, QTextBlockFormat::ProportionalHeight);
    cursor.setBlockFormat(block);
    cursor.insertText(QString::number(number) + QStringLiteral("  "),
                      charFormat(style.sansFont(7.5, true), DossierStyle::highlightStrong(annotation.color)));
    cursor.insertText(printable(annotation.note.trimmed()).replace(QLatin1Char('\n'), QChar::LineSeparator),
                      charFormat(style.sansFont(7.5), style.ink));
    if (!annotation.tags.isEmpty()) {
        QTextBlockFormat tags;
        tags.setTopMargin(DossierStyle::formatPt(1.5));
        cursor.insertBlock(tags, charFormat(style.sansFont(6.5, true), style.muted));
        cursor.insertText(annotation.tags.join(QStringLiteral(" · ")));
    }
    return document;
}

QList<QRectF> lineRects(const QTextDocument &document, int start, int end)
{
    QList<QRectF> rects;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.findBlock(start); block.isValid() && block.position() < end;
         block = block.next()) {
        const QTextLayout *textLayout = block.layout();
        const QRectF blockRect = layout->blockBoundingRect(block);
        for (int i = 0; i < textLayout->lineCount(); ++i) {
            const QTextLine line = textLayout->lineAt(i);
            const int lineStart = block.position() + line.textStart();
            const int lineEnd = lineStart + line.textLength();
            const int from = std::max(start, lineStart);
            const int to = std::min(end, lineEnd);
            if (from >= to)
                continue;
            const double x1 = line.cursorToX(from - block.position());
            const double x2 = line.cursorToX(to - block.position());
            if (x2 - x1 < 0.5)
                continue; // only a break or trailing space of the line
            rects.append(QRectF(blockRect.left() + x1, blockRect.top() + line.y(), x2 - x1, line.height()));
        }
    }
    return rects;
}

double lineTop(const QTextDocument &document, int position)
{
    const QTextBlock block = document.findBlock(position);
    if (!block.isValid())
        return 0;
    const QRectF blockRect = document.documentLayout()->blockBoundingRect(block);
    const QTextLine line = block.layout()->lineForTextPosition(position - block.position());
    return blockRect.top() + (line.isValid() ? line.y() : 0);
}

} // namespace Annalist::DossierDocuments
