#pragma once

#include <QCoreApplication>
#include "store/articlestore.h"

#include <QDate>
#include <QList>
#include <QPageSize>
#include <QString>

#include <optional>

namespace Annalist {

// What goes into an annotated PDF dossier: which articles (one scope), what to show of them
// and how the pages look. The GUI dialog and `annalist export-pdf` both fill one of these.
struct DossierSpec
{
    enum class Scope {
        Articles, // articleIds, in that order
        Tag, // every article carrying the tag (or a tag below it)
        Query, // every article the search finds, best first
        List, // the articles a list query selects (the window's current search and filters)
    };
    enum class Paper { A4, Letter };

    Scope scope = Scope::Articles;
    QList<qint64> articleIds;
    QString tag; // tag path for Scope::Tag
    QString query; // search syntax for Scope::Query
    ArticleQuery listQuery; // Scope::List
    QString scopeLabel; // how the cover names the scope; empty: derived from the fields above

    QString title;
    QString author; // the analyst: cover, PDF metadata and annotation author
    QDate date; // the cover's date; invalid: today
    Paper paper = Paper::A4;

    bool entityColors = true; // entity mentions coloured by type in the text
    // Quotes, figures, citation markers, bylines, URLs (Markdown: its markup) coloured as the
    // source view colours them; only in builds with KSyntaxHighlighting.
    bool syntaxColors = false;
    bool notes = true; // numbered note markers with margin notes
    bool entityIndex = true; // index of entities with page numbers after the articles
    bool timeline = true; // timeline figure of the articles' dated events

    QPageSize pageSize() const;
    QString effectiveTitle() const; // title, or a default naming the scope
    QString describeScope() const; // "Tag: policy/export", "Search: chips AND export", ...
    static std::optional<Paper> paperFromName(const QString &name); // "a4", "letter"
};

// Translatable strings of the export that are not in a QObject.
class DossierText
{
    Q_DECLARE_TR_FUNCTIONS(DossierText)
};

} // namespace Annalist
