#pragma once

#include "export/dossierspec.h"
#include "export/dossierwriter.h"
#include "pipeline/threadedjob.h"

#include <QString>

#include <atomic>
#include <functional>

namespace Annalist {

struct DossierExportResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    DossierLayout layout;
    int articles = 0;
    int annotations = 0;
};

// The whole export on the calling thread with its own database connection: load the scope,
// lay out, write and annotate. The CLI calls it directly, DossierExportJob on its thread.
// progress(done, total) counts pages once the layout is done.
DossierExportResult exportDossier(const QString &databasePath, const DossierSpec &spec, const QString &outputPath,
                                  const std::atomic_bool *cancel = nullptr,
                                  const std::function<void(int done, int total)> &progress = {});

// Background export for the window: progress() counts pages, finished() comes back on the
// owner's thread; cancel() (or destroying the job) stops it and leaves no file behind.
class DossierExportJob final : public ThreadedJob
{
    Q_OBJECT
public:
    DossierExportJob(const QString &databasePath, DossierSpec spec, const QString &outputPath,
                     QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    // error is empty on success; cancelled exports report cancelled = true.
    void finished(const QString &outputPath, int pages, bool cancelled, const QString &error);

private:
    QString m_databasePath;
    DossierSpec m_spec;
    QString m_outputPath;
};

} // namespace Annalist
