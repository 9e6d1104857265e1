#include "export/dossierjob.h"

#include "export/dossierdata.h"
#include "store/database.h"

namespace Annalist {

DossierExportResult exportDossier(const QString &databasePath, const DossierSpec &spec, const QString &outputPath,
                                  const std::atomic_bool *cancel, const std::function<void(int, int)> &progress)
{
    DossierExportResult result;
    std::optional<DossierData> data;
    {
        Database db(databasePath); // this thread's own connection, closed before the layout
        if (!db.open()) {
            result.error = db.errorString();
            return result;
        }
        DossierLoader loader(db.connection());
        data = loader.load(spec, cancel);
        if (!data) {
            result.cancelled = cancel && cancel->load();
            result.error = result.cancelled ? DossierText::tr("Export cancelled.") : loader.errorString();
            return result;
        }
    }
    result.articles = int(data->articles.size());
    result.annotations = data->annotationCount();
    DossierWriter writer(spec, std::move(*data));
    writer.setProgress([cancel, &progress](int done, int total) {
        if (progress)
            progress(done, total);
        return !(cancel && cancel->load());
    });
    result.ok = writer.write(outputPath);
    result.cancelled = writer.wasCancelled();
    result.error = writer.errorString();
    result.layout = writer.layout();
    return result;
}

DossierExportJob::DossierExportJob(const QString &databasePath, DossierSpec spec, const QString &outputPath,
                                   QObject *parent)
    : ThreadedJob(parent)
    , m_databasePath(databasePath)
    , m_spec(std::move(spec))
    , m_outputPath(outputPath)
{
}

void DossierExportJob::start()
{
    runInThread(QStringLiteral("annalist-export"),
                [this, databasePath = m_databasePath, spec = m_spec, outputPath = m_outputPath](
                    const std::atomic_bool &cancelled, const Progress &progress) -> std::function<void()> {
                    const DossierExportResult result = exportDossier(
                        databasePath, spec, outputPath, &cancelled,
                        [&progress](int done, int total) { progress(done, total, {}); });
                    const int pages = result.layout.pageCount;
                    const bool wasCancelled = result.cancelled;
                    const QString error = result.ok ? QString() : result.error;
                    return [this, outputPath, pages, wasCancelled, error] {
                        Q_EMIT finished(outputPath, pages, wasCancelled, error);
                    };
                });
}

} // namespace Annalist
