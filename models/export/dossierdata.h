#pragma once

#include "export/dossierspec.h"
#include "store/annotationstore.h"
#include "store/articlestore.h"
#include "store/entitystore.h"
#include "timeline/timelineevent.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace Annalist {

// One article as the dossier prints it. Markup formats (HTML, HTML mail) print their readable
// text; every offset below has been mapped into `text`.
struct DossierArticle
{
    ArticleRecord record; // original and content are dropped after `text` is chosen
    QString text;
    QStringList tags;
    QList<Annotation> annotations; // placed ones, ordered by start; start/length index `text`
    int unplaced = 0; // orphaned annotations, or ones whose passage is not in `text`
    QList<MentionRow> mentions; // start/length index `text`
};

struct DossierData
{
    QList<DossierArticle> articles;
    QList<TimelineEvent> events; // mentioned dates and publication dates of the articles

    int annotationCount() const;
    int noteCount() const;
    QStringList allTags() const; // sorted, without duplicates: the PDF's keywords
};

// Reads everything a dossier needs from the database, on the thread that owns the connection
// (the export job's own). Errors come back as a message; an empty scope is an error too.
class DossierLoader
{
public:
    explicit DossierLoader(QSqlDatabase db);

    std::optional<QList<qint64>> resolveScope(const DossierSpec &spec);
    std::optional<DossierData> load(const DossierSpec &spec, const std::atomic_bool *cancel = nullptr);

    // The text a dossier prints for a record: the original unless it is markup.
    static bool printsContent(const ArticleRecord &record);

    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace Annalist
