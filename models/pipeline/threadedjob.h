#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace Annalist {

// Base of the background jobs (import, extraction): runs one piece of work on its own thread,
// forwards throttled progress with queued signals and hands the result back on the owner's
// thread. Destroying the job cancels the work and waits for it, so nothing outlives the job.
class ThreadedJob : public QObject
{
    Q_OBJECT
public:
    ~ThreadedJob() override;

    void cancel();
    bool isRunning() const { return m_running; }

    using Progress = std::function<void(int done, int total, const QString &item)>;
    // The work runs on the job's thread and returns what to do back on the owner's thread.
    using Work = std::function<std::function<void()>(const std::atomic_bool &cancelled, const Progress &progress)>;

Q_SIGNALS:
    void progress(int done, int total, const QString &item);

protected:
    explicit ThreadedJob(QObject *parent);
    void runInThread(const QString &threadName, Work work);

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread *m_thread = nullptr;
    bool m_running = false;
};

} // namespace Annalist
