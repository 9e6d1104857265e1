#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Annalist {

// The fields of an article the analyst can edit by hand.
struct ArticleMetadata
{
    QString title;
    QString source;
    QString author;
    QString url;
    QDate published; // invalid: unknown
    // How the date was obtained ("none", "metadata", "text", "user"), as read(). write() marks a
    // changed date as the analyst's ("user") unless this names another source than the stored
    // one: then it is restored with the date (undo of a date edit puts back "text", say).
    QString publishedSource;
    bool operator==(const ArticleMetadata &other) const = default;
};

// Reads and writes an article's metadata. Writing a different publication date marks it as
// given by the user and re-normalises the article's relative dates ("a year ago", "June 26th")
// against the new date, in the same transaction. Use on the thread that owns the connection.
class MetadataEditor
{
public:
    explicit MetadataEditor(QSqlDatabase db);

    std::optional<ArticleMetadata> read(qint64 articleId);
    // Validates (title not empty, URL empty or absolute http(s)/file, date not in the far
    // future) and writes; false with errorString() on refusal or failure, nothing changed.
    bool write(qint64 articleId, const ArticleMetadata &metadata);

    QString errorString() const { return m_error; }

private:
    bool renormalizeDates(qint64 articleId, const QDate &published);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace Annalist
