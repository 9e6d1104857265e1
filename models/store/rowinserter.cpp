#include "store/rowinserter.h"

#include <QSqlError>

namespace Annalist {

RowInserter::RowInserter(QSqlDatabase db, QString head, int columns, int chunkRows)
    : m_db(std::move(db))
    , m_head(std::move(head))
    , m_columns(std::max(1, columns))
    , m_chunkRows(std::max(1, chunkRows))
{
    m_values.reserve(qsizetype(m_columns) * m_chunkRows);
}

RowInserter &RowInserter::operator<<(QVariant value)
{
    m_values.append(std::move(value));
    return *this;
}

QSqlQuery *RowInserter::statement(int rows)
{
    std::shared_ptr<QSqlQuery> &query = m_statements[rows];
    if (query)
        return query.get();
    QString row = QStringLiteral("(?");
    for (int column = 1; column < m_columns; ++column)
        row += QLatin1String(",?");
    row += QLatin1Char(')');
    QString sql = m_head + QStringLiteral(" VALUES ") + row;
    sql.reserve(sql.size() + (rows - 1) * (row.size() + 1));
    for (int i = 1; i < rows; ++i)
        sql += QLatin1Char(',') + row;
    query = std::make_shared<QSqlQuery>(m_db);
    if (!query->prepare(sql)) {
        m_error = query->lastError().text();
        query.reset();
        m_statements.remove(rows);
        return nullptr;
    }
    return query.get();
}

bool RowInserter::write(qsizetype from, qsizetype rows)
{
    QSqlQuery *query = statement(int(rows));
    if (!query)
        return false;
    const qsizetype count = rows * m_columns;
    for (qsizetype i = 0; i < count; ++i)
        query->bindValue(int(i), m_values.at(from + i));
    if (query->exec())
        return true;
    m_error = query->lastError().text();
    return false;
}

bool RowInserter::flush()
{
    m_error.clear();
    // Full chunks first, then the rest in one statement of its own size.
    const qsizetype chunk = qsizetype(m_columns) * m_chunkRows;
    qsizetype from = 0;
    bool ok = true;
    for (; ok && m_values.size() - from >= chunk; from += chunk)
        ok = write(from, m_chunkRows);
    const qsizetype rest = (m_values.size() - from) / m_columns;
    if (ok && rest > 0)
        ok = write(from, rest);
    m_values.clear();
    return ok;
}

} // namespace Annalist
