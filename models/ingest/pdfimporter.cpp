#include "ingest/pdfimporter.h"

#include "ingest/decodedimport.h"
#include "ingest/pdflayout.h"
#include "ingest/titleguesser.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>
#include <mutex>

#if ANNALIST_QT_MAJOR == 6
#include <poppler-qt6.h>
#else
#include <poppler-qt5.h>
#endif

namespace Annalist {

namespace {

// Poppler reports every oddity of a damaged file through qDebug by default; the importer
// reports what matters itself.
void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction([](const QString &, const QVariant &) { }, QVariant()); });
}

// Poppler's ligature glyphs ("ﬁ") become letters, so that words are found and joined.
QString expandLigatures(QString text)
{
    static const char *const expansions[] = { "ff", "fi", "fl", "ffi", "ffl", "st", "st" };
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0xFB00 && c <= 0xFB06)
            text.replace(i, 1, QLatin1String(expansions[c - 0xFB00]));
    }
    return text;
}

// Words as Poppler lists them, in its reading order; a word that is not its predecessor's
// nextWord() starts a new line.
template<typename Boxes>
PdfPage pageText(const Boxes &boxes, QSizeF size)
{
    PdfPage page;
    page.size = size;
    const Poppler::TextBox *previous = nullptr;
    for (const auto &item : boxes) {
        const Poppler::TextBox *box = &*item;
        const QString word = expandLigatures(box->text());
        if (word.isEmpty())
            continue;
        if (!previous || previous->nextWord() != box || page.lines.isEmpty()) {
            page.lines.append(PdfLine { word, box->boundingBox() });
        } else {
            PdfLine &line = page.lines.last();
            if (previous->hasSpaceAfter())
                line.text.append(QLatin1Char(' '));
            line.text.append(word);
            line.box = line.box.united(box->boundingBox());
        }
        previous = box;
    }
    return page;
}

#if ANNALIST_QT_MAJOR == 6
std::unique_ptr<Poppler::Document> loadDocument(const QByteArray &bytes)
{
    return Poppler::Document::loadFromData(bytes);
}

PdfPage readPage(const Poppler::Document &document, int index)
{
    const std::unique_ptr<Poppler::Page> page = document.page(index);
    if (!page)
        return PdfPage();
    return pageText(page->textList(), page->pageSizeF());
}
#else
std::unique_ptr<Poppler::Document> loadDocument(const QByteArray &bytes)
{
    return std::unique_ptr<Poppler::Document>(Poppler::Document::loadFromData(bytes));
}

PdfPage readPage(const Poppler::Document &document, int index)
{
    const std::unique_ptr<Poppler::Page> page(document.page(index));
    if (!page)
        return PdfPage();
    const QList<Poppler::TextBox *> boxes = page->textList();
    PdfPage result = pageText(boxes, page->pageSizeF());
    qDeleteAll(boxes);
    return result;
}
#endif

// "D:20260116073000+08'00'" -> 2026-01-16, the calendar date as written.
QDate pdfDate(const QString &raw, const QDateTime &parsed)
{
    QString s = raw.trimmed();
    if (s.startsWith(QLatin1String("D:")))
        s.remove(0, 2);
    if (s.size() >= 8 && std::all_of(s.cbegin(), s.cbegin() + 8, [](QChar c) { return c.isDigit(); })) {
        const QDate date(s.left(4).toInt(), s.mid(4, 2).toInt(), s.mid(6, 2).toInt());
        if (date.isValid() && date.year() >= 1990)
            return date;
    }
    // PDF producers before 1990 did not exist: older dates are a wrong clock.
    return parsed.isValid() && parsed.date().year() >= 1990 ? parsed.date() : QDate();
}

// Producers fill Title with the source file's name or a placeholder more often than not.
bool isUsefulTitle(const QString &title)
{
    const QString t = title.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("untitled") || t.startsWith(QLatin1String("microsoft word - "))
        || t.startsWith(QLatin1String("untitled")) || t == QLatin1String("title") || t == QLatin1String("document"))
        return false;
    for (const char *suffix : { ".doc", ".docx", ".pdf", ".indd", ".odt", ".rtf", ".txt", ".tex", ".dvi", ".qxd" }) {
        if (t.endsWith(QLatin1String(suffix)))
            return false;
    }
    return std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.isLetter(); });
}

} // namespace

PdfImporter::PdfImporter()
{
    silencePoppler();
}

QString PdfImporter::format() const
{
    return QStringLiteral("pdf");
}

QStringList PdfImporter::suffixes() const
{
    return { QStringLiteral("pdf") };
}

ReadResult PdfImporter::read(const QString &path, const QByteArray &bytes) const
{
    ReadResult result;
    if (bytes.isEmpty()) {
        result.error = QCoreApplication::translate("Annalist::Ingest", "empty file");
        return result;
    }
    // The header may follow a little junk (some mail gateways prepend a line), never more.
    if (!bytes.left(1024).contains("%PDF-")) {
        result.error = QCoreApplication::translate("Annalist::Ingest", "not a PDF file (no %PDF header)");
        return result;
    }
    const std::unique_ptr<Poppler::Document> document = loadDocument(bytes);
    if (!document) {
        result.error = QCoreApplication::translate("Annalist::Ingest", "the PDF is damaged or truncated and cannot be read");
        return result;
    }
    if (document->isLocked()) {
        result.error = QCoreApplication::translate("Annalist::Ingest", "the PDF is password-protected; remove the password (or print it to a new PDF) to import it");
        return result;
    }
    const int pageCount = document->numPages();
    if (pageCount <= 0) {
        result.error = QCoreApplication::translate("Annalist::Ingest", "the PDF has no pages (damaged or truncated?)");
        return result;
    }
    if (pageCount > MaxPages) {
        result.warnings.append(
            QCoreApplication::translate("Annalist::Ingest", "the PDF has %1 pages; only the first %2 were read").arg(pageCount).arg(MaxPages));
    }
    QList<PdfPage> pages;
    int emptyPages = 0;
    for (int i = 0; i < std::min(pageCount, MaxPages); ++i) {
        pages.append(readPage(*document, i));
        if (pages.last().lines.isEmpty())
            ++emptyPages;
    }
    PdfText text = layOutPdf(std::move(pages));
    if (isBlank(text.text)) {
        result.error = QCoreApplication::translate("Annalist::Ingest", "the PDF has no text layer (scanned or image-only pages); text recognition (OCR) is not "
                          "supported");
        return result;
    }
    if (emptyPages > 0)
        result.warnings.append(QCoreApplication::translate("Annalist::Ingest", "%1 of %2 pages have no text (scanned images?)").arg(emptyPages).arg(pageCount));
    if (!bytes.right(2048).contains("%%EOF"))
        result.warnings.append(QCoreApplication::translate("Annalist::Ingest", "the PDF seems truncated (no end-of-file marker); text may be missing"));

    ParsedDocument doc;
    doc.format = format();
    doc.encoding = QStringLiteral("PDF");
    doc.original = text.text;
    doc.content = doc.original; // shared: the extracted text is all there is
    doc.pageStarts = std::move(text.pageStarts);
    doc.author = document->info(QStringLiteral("Author")).simplified();
    const QString title = document->info(QStringLiteral("Title"));
    if (isUsefulTitle(title))
        doc.title = cleanTitle(title);
    doc.published = pdfDate(document->info(QStringLiteral("CreationDate")), document->creationDate());
    if (doc.published.isValid())
        doc.publishedSource = DateSource::Metadata;
    if (doc.title.isEmpty())
        doc.title = guessTitle(doc.content);
    if (doc.title.isEmpty())
        doc.title = titleFromFileName(path);
    result.documents.append(std::move(doc));
    return result;
}

} // namespace Annalist
