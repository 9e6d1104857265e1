#include "pipeline/extractionjob.h"

#include "pipeline/extractionrunner.h"

namespace Annalist {

ExtractionJob::ExtractionJob(const QString &databasePath, QObject *parent)
    : ThreadedJob(parent)
    , m_databasePath(databasePath)
{
}

void ExtractionJob::start()
{
    const QString databasePath = m_databasePath;
    runInThread(QStringLiteral("annalist-extract"),
                [this, databasePath](const std::atomic_bool &cancelled,
                                     const Progress &progress) -> std::function<void()> {
                    ExtractionRunner runner(databasePath);
                    runner.setCancelFlag(&cancelled);
                    runner.setProgressCallback([&progress](int done, int total) { progress(done, total, {}); });
                    const QString error = runner.run() ? QString() : runner.errorString();
                    const int extracted = runner.extractedCount();
                    return [this, extracted, error] { Q_EMIT finished(extracted, error); };
                });
}

} // namespace Annalist
