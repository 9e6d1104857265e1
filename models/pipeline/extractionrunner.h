#pragma once

#include "store/extractionstore.h"

#include <QString>

#include <atomic>
#include <functional>

namespace Annalist {

namespace Extract {
class Engine;
}

// Stage two of an import: runs the extraction engine over every article not yet extracted
// (on the thread pool) and stores entities, mentions and dates (from the calling thread, in
// transactions of a few batches). Resumable: an interrupted run leaves the rest marked pending.
class ExtractionRunner
{
public:
    explicit ExtractionRunner(const QString &databasePath);

    // The engine loads its gazetteers once per process.
    static const Extract::Engine &engine();

    using ProgressCallback = std::function<void(int done, int total)>;
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setBatchSize(int articles) { m_batchSize = std::max(1, articles); }
    // Batches are committed together until this much time has passed (progress is reported
    // at each commit): fewer, larger commits write each touched index page to the WAL once
    // instead of once per batch. 0 commits every batch.
    void setCommitInterval(int milliseconds) { m_commitIntervalMs = std::max(0, milliseconds); }

    // Extracts every pending article. False when the database failed (errorString() says why).
    bool run();
    int extractedCount() const { return m_extracted; }
    QString errorString() const { return m_error; }

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    QString m_databasePath;
    ProgressCallback m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    int m_batchSize = 128;
    int m_commitIntervalMs = 500;
    int m_extracted = 0;
    QString m_error;
};

} // namespace Annalist
