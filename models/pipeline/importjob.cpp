#include "pipeline/importjob.h"

#include "pipeline/importrunner.h"

namespace Annalist {

ImportJob::ImportJob(const QString &databasePath, const QStringList &paths, QObject *parent)
    : ThreadedJob(parent)
    , m_databasePath(databasePath)
    , m_paths(paths)
{
    qRegisterMetaType<Annalist::ImportSummary>();
}

void ImportJob::start()
{
    const QString databasePath = m_databasePath;
    const QStringList paths = m_paths;
    runInThread(QStringLiteral("annalist-import"),
                [this, databasePath, paths](const std::atomic_bool &cancelled,
                                            const Progress &progress) -> std::function<void()> {
                    ImportRunner runner(databasePath);
                    runner.setCancelFlag(&cancelled);
                    runner.setProgressCallback(
                        [&progress](const ImportRunner::Progress &p) { progress(p.done, p.total, p.currentFile); });
                    ImportSummary summary;
                    const QString error = runner.run(paths, summary) ? QString() : runner.errorString();
                    return [this, summary, error] { Q_EMIT finished(summary, error); };
                });
}

} // namespace Annalist
