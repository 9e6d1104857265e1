#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Annalist {

// Annotations and entities of a set of articles as CSV (RFC 4180, UTF-8, CRLF, a header row)
// or JSON (an array of objects), for spreadsheets and scripts. Offsets are UTF-16 positions in
// the article's original text, as everywhere in Annalist.
//
// Annotations: id, article, article_title, start, length, quote, note, tags (CSV: joined with
//   "; "; JSON: array), color, author, status, created, modified (ISO 8601 UTC).
// Entities: id, type, name, aliases (CSV "; "), mentions and articles (counted within the
//   given articles), article_ids (CSV "; ").
class DataExporter
{
public:
    enum class What { Annotations, Entities };
    enum class Format { Csv, Json };

    explicit DataExporter(QSqlDatabase db);

    std::optional<QByteArray> exportData(What what, Format format, const QList<qint64> &articleIds);

    static std::optional<What> whatFromName(const QString &name); // "annotations", "entities"
    static QString csvField(const QString &value);

    QString errorString() const { return m_error; }

private:
    std::optional<QByteArray> annotations(Format format, const QList<qint64> &articleIds);
    std::optional<QByteArray> entities(Format format, const QList<qint64> &articleIds);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace Annalist
