#pragma once

#include <QList>
#include <QString>

namespace Annalist {

// The outcome of one import batch, reported to the analyst item by item.
struct ImportSummary
{
    struct Imported
    {
        qint64 id;
        QString path;
        QString title;
    };
    struct Duplicate
    {
        QString path;
        QString title;
        qint64 existingId; // the article it duplicates
    };
    struct Failed
    {
        QString path; // empty when reason names the path itself
        QString reason;
        QString describe() const { return path.isEmpty() ? reason : path + QStringLiteral(": ") + reason; }
    };

    QList<Imported> imported;
    QList<Duplicate> duplicates;
    QList<Failed> failed;
    QStringList skipped; // files of unknown type, with the reason
    QStringList warnings; // imported, but worth a look: "path: decoded as Latin-1 ..."
    int filesTotal = 0;
    int filesDone = 0;
    bool cancelled = false;

    bool hasFailures() const { return !failed.isEmpty(); }
};

} // namespace Annalist
