#pragma once

#include "export/dossierdata.h"
#include "export/dossierspec.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

namespace Annalist {

// What a written dossier holds where (1-based page numbers), for the tests, the CLI summary
// and the PDF annotations.
struct DossierLayout
{
    int pageCount = 0;
    struct Entry
    {
        QString title;
        int page = 0;
    };
    QList<Entry> contents; // one per article, then the index and the timeline when present
    QList<int> articlePages; // first page of each article
    int indexPage = 0; // 0: no index
    int timelinePage = 0; // 0: no timeline figure
    struct IndexEntry
    {
        qint64 entityId = 0;
        QString name;
        QString type;
        QList<int> pages;
    };
    QList<IndexEntry> index;
    struct Highlight
    {
        qint64 annotationId = 0;
        int article = 0;
        int note = 0; // number of the note marker, 0 without a note
        bool marginNote = false;
        QString color;
        QString noteText;
        QStringList tags;
        QString author;
        QString quote;
        // Line boxes of the passage: page (1-based) and rectangle normalised to the page
        // (0..1, origin top left), as Poppler's annotation API wants them.
        QList<QPair<int, QRectF>> lines;
    };
    QList<Highlight> highlights;
};

// Lays a dossier out (QTextDocument on QPdfWriter: cover, contents, articles with highlights
// and margin notes, entity index, timeline figure painted by TimelinePainter), writes the PDF
// and adds a native /Highlight annotation per highlighted passage with Poppler. Runs on any
// thread of a process with a QGuiApplication.
class DossierWriter
{
public:
    DossierWriter(DossierSpec spec, DossierData data);

    // Called between pages; return false to cancel. done/total count pages.
    using Progress = std::function<bool(int done, int total)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // Writes path atomically (nothing is left behind on failure or cancel).
    bool write(const QString &path);
    bool wasCancelled() const { return m_cancelled; }

    const DossierLayout &layout() const { return m_layout; }
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);

    DossierSpec m_spec;
    DossierData m_data;
    Progress m_progress;
    DossierLayout m_layout;
    QString m_error;
    bool m_cancelled = false;
};

} // namespace Annalist
