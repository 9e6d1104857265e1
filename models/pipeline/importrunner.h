#pragma once

#include "pipeline/importsummary.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace Annalist {

// Imports files and folders into a database: walks folders, reads and parses files on a pool
// of worker threads, and writes them from the calling thread (the only writer) in batched
// transactions. Blocking; the GUI runs it inside an ImportJob, the CLI directly.
// A failed or cancelled file never leaves a partial article behind: each transaction commits
// whole, and a cancelled import commits the files written so far.
class ImportRunner
{
public:
    struct Progress
    {
        int done = 0;
        int total = 0;
        QString currentFile;
    };
    using ProgressCallback = std::function<void(const Progress &)>;

    explicit ImportRunner(const QString &databasePath);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Files parsed per batch; the batch in flight is finished when the import is cancelled.
    void setBatchSize(int files) { m_batchSize = std::max(1, files); }
    // Articles per transaction (rounded up to whole batches): what a crash can lose.
    void setTransactionSize(int articles) { m_transactionSize = std::max(1, articles); }
    // Whether an import of at least DeferIndexesFrom files into a database holding fewer
    // articles than that sets the list's sort indexes aside and builds them at the end (on by
    // default; see store/deferredindexes.h).
    void setDeferIndexes(bool defer) { m_deferIndexes = defer; }
    static constexpr int DeferIndexesFrom = 2000;

    // Returns false only when the database itself cannot be used (errorString() says why);
    // problems with single files are listed in the summary.
    bool run(const QStringList &paths, ImportSummary &summary);
    QString errorString() const { return m_error; }

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    QString m_databasePath;
    ProgressCallback m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    int m_batchSize = 256;
    int m_transactionSize = 4096;
    bool m_deferIndexes = true;
    QString m_error;
};

} // namespace Annalist
