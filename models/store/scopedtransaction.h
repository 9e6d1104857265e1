#pragma once

#include <QSqlDatabase>

namespace Annalist {

// Begins a write transaction (on SQLite: BEGIN IMMEDIATE, so the write lock is taken, or
// waited for, at once); rolls it back on destruction unless commit() succeeded.
class ScopedTransaction
{
public:
    explicit ScopedTransaction(QSqlDatabase db);
    ~ScopedTransaction();
    ScopedTransaction(const ScopedTransaction &) = delete;
    ScopedTransaction &operator=(const ScopedTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace Annalist
