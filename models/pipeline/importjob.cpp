#include "pipeline/importjob.h"

#include "pipeline/importrunner.h"

#include <QPointer>
#include <QThread>

namespace Annalist {

ImportJob::ImportJob(const QString &databasePath, const QStringList &paths, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_paths(paths)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<Annalist::ImportSummary>();
}

ImportJob::~ImportJob()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
}

void ImportJob::start()
{
    if (m_running)
        return;
    m_running = true;
    QPointer<ImportJob> self(this);
    const QString databasePath = m_databasePath;
    const QStringList paths = m_paths;
    std::shared_ptr<std::atomic_bool> cancel = m_cancel;

    m_thread = QThread::create([self, databasePath, paths, cancel] {
        ImportRunner runner(databasePath);
        runner.setCancelFlag(cancel.get());
        QElapsedTimer throttle;
        throttle.start();
        runner.setProgressCallback([&](const ImportRunner::Progress &p) {
            // At most ~20 updates a second reach the GUI, plus the last one.
            if (throttle.elapsed() < 50 && p.done != p.total)
                return;
            throttle.restart();
            if (self)
                QMetaObject::invokeMethod(
                    self.data(), [self, p] { if (self) Q_EMIT self->progress(p.done, p.total, p.currentFile); },
                    Qt::QueuedConnection);
        });
        ImportSummary summary;
        const bool ok = runner.run(paths, summary);
        const QString error = ok ? QString() : runner.errorString();
        if (self)
            QMetaObject::invokeMethod(
                self.data(),
                [self, summary, error] {
                    if (!self)
                        return;
                    self->m_running = false;
                    Q_EMIT self->finished(summary, error);
                },
                Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("annalist-import"));
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QThread::destroyed, this, [this] { m_thread = nullptr; });
    m_thread->start();
}

void ImportJob::cancel()
{
    m_cancel->store(true);
}

} // namespace Annalist
