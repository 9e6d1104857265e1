#pragma once

#include "pipeline/importsummary.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace Annalist {

// Runs an ImportRunner on its own thread and reports progress with queued signals, so the
// GUI thread never waits on files or the database. Cancel stops after the batch in flight.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    ImportJob(const QString &databasePath, const QStringList &paths, QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    QStringList paths() const { return m_paths; }

Q_SIGNALS:
    void progress(int done, int total, const QString &currentFile);
    // Emitted once on the thread that owns the job. databaseError is set when the database
    // itself could not be used (nothing was imported).
    void finished(const Annalist::ImportSummary &summary, const QString &databaseError);

private:
    QString m_databasePath;
    QStringList m_paths;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread *m_thread = nullptr;
    bool m_running = false;
};

} // namespace Annalist

Q_DECLARE_METATYPE(Annalist::ImportSummary)
