#include "store/scopedtransaction.h"

#include <QSqlQuery>

namespace Annalist {

namespace {

// Every scoped transaction writes. SQLite's plain BEGIN only reads until the first write; if
// another connection commits in between, that first write fails at once with SQLITE_BUSY
// (the snapshot is stale, and the busy timeout does not help). BEGIN IMMEDIATE takes the write
// lock up front and waits for it under the connection's busy timeout instead.
bool begin(QSqlDatabase &db)
{
    if (!db.isOpen())
        return false;
    if (db.driverName() != QLatin1String("QSQLITE"))
        return db.transaction();
    QSqlQuery query(db);
    return query.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

} // namespace

ScopedTransaction::ScopedTransaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_active(begin(m_db))
{
}

ScopedTransaction::~ScopedTransaction()
{
    if (m_active)
        m_db.rollback();
}

bool ScopedTransaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.commit())
        return true;
    m_db.rollback();
    return false;
}

} // namespace Annalist
