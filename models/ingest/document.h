#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Annalist {

// How a publication date was obtained; stored with the article so the analyst can judge it.
enum class DateSource {
    None, // not known
    Metadata, // file metadata: <meta article:published_time>, JSON-LD, PDF info
    Text, // a dateline or header found in the text
    User, // set by the analyst
};

QString dateSourceName(DateSource source);
DateSource dateSourceFromName(const QString &name);

// One article as read from a file, before it reaches the store.
struct ParsedDocument
{
    QString title;
    QString source; // outlet, e.g. "AFP"
    QString author;
    QString url;
    QDate published;
    DateSource publishedSource = DateSource::None;
    QString format; // "txt", "md", "html", ...
    // The file's text exactly as decoded. Formats without a text layer of their own (PDF,
    // .docx) keep the extracted plain text here; an e-mail keeps its decoded body (the HTML
    // source when the body is HTML).
    QString original;
    QString content; // the readable text that is searched and extracted (== original for plain text)
    QString encoding; // how the bytes were decoded: "UTF-8", "UTF-16LE", "Windows-1252", "PDF", ...
    // Paged formats (PDF) only, else empty: the offset in content (== original for PDF) at
    // which each page begins, in page order. Page N starts at pageStarts[N - 1]; the page
    // holding offset o is the last entry <= o (std::upper_bound(...) - begin()). A page
    // without text starts where the next one does.
    QList<qsizetype> pageStarts;
};

// What reading one file produced: documents, or a reason why there are none.
struct ReadResult
{
    QList<ParsedDocument> documents;
    QString error; // non-empty when the file could not be read
    QStringList warnings; // read, but worth telling the user ("decoded as Latin-1 ...")
    bool ok() const { return error.isEmpty(); }
};

} // namespace Annalist
