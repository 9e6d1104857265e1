#pragma once

#include "pipeline/importsummary.h"
#include "pipeline/threadedjob.h"

#include <QStringList>

namespace Annalist {

// Runs an ImportRunner in the background; progress() counts files.
class ImportJob final : public ThreadedJob
{
    Q_OBJECT
public:
    ImportJob(const QString &databasePath, const QStringList &paths, QObject *parent = nullptr);

    void start();
    QStringList paths() const { return m_paths; }

Q_SIGNALS:
    // databaseError is set when the database itself could not be used (nothing was imported).
    void finished(const Annalist::ImportSummary &summary, const QString &databaseError);

private:
    QString m_databasePath;
    QStringList m_paths;
};

} // namespace Annalist

Q_DECLARE_METATYPE(Annalist::ImportSummary)
