#include "pipeline/threadedjob.h"

#include <QElapsedTimer>
#include <QThread>

namespace Annalist {

ThreadedJob::ThreadedJob(QObject *parent)
    : QObject(parent)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
}

ThreadedJob::~ThreadedJob()
{
    m_cancel->store(true);
    if (m_thread)
        m_thread->wait();
}

void ThreadedJob::cancel()
{
    m_cancel->store(true);
}

void ThreadedJob::runInThread(const QString &threadName, Work work)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel->store(false);
    std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    // The destructor waits for the thread, so `this` outlives every use below; queued calls
    // still pending when the job is destroyed are dropped by Qt with their context object.
    m_thread = QThread::create([this, cancel, work = std::move(work)] {
        QElapsedTimer throttle;
        throttle.start();
        const Progress report = [&](int done, int total, const QString &item) {
            // At most ~20 updates a second reach the owner, plus the last one.
            if (throttle.elapsed() < 50 && done != total)
                return;
            throttle.restart();
            QMetaObject::invokeMethod(
                this, [this, done, total, item] { Q_EMIT progress(done, total, item); }, Qt::QueuedConnection);
        };
        std::function<void()> finish = work(*cancel, report);
        QMetaObject::invokeMethod(
            this,
            [this, finish] {
                m_running = false;
                if (finish)
                    finish();
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(threadName);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QObject::destroyed, this, [this] { m_thread = nullptr; });
    m_thread->start();
}

} // namespace Annalist
