#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace Annalist {

// Runs a function on the thread pool and hands its result to a callback on the owner's
// thread. Starting a new run supersedes the previous one: a stale result is dropped, so a
// slow query never overwrites a newer one.
template<typename Result>
class BackgroundQuery
{
public:
    explicit BackgroundQuery(QObject *owner)
        : m_owner(owner)
    {
    }

    void run(std::function<Result()> work, std::function<void(const Result &)> done)
    {
        const quint64 generation = ++m_generation;
        auto *watcher = new QFutureWatcher<Result>(m_owner);
        QObject::connect(watcher, &QFutureWatcher<Result>::finished, m_owner, [this, watcher, generation, done] {
            watcher->deleteLater();
            if (generation == m_generation)
                done(watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(std::move(work)));
    }

    bool isBusy(quint64 generation) const { return generation == m_generation; }

private:
    QObject *m_owner;
    quint64 m_generation = 0;
};

} // namespace Annalist
