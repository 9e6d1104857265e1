#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace Annalist {

// Inserts many rows into one table with multi-row INSERT statements: rows are collected and
// written chunkRows at a time, so SQLite compiles each statement shape once and runs one
// statement per chunk instead of one per row. Call flush() before the transaction commits.
class RowInserter
{
public:
    // head: "INSERT INTO t (a, b, c)" or "INSERT OR IGNORE INTO …"; VALUES follows.
    RowInserter(QSqlDatabase db, QString head, int columns, int chunkRows = 32);
    RowInserter(const RowInserter &) = delete;
    RowInserter &operator=(const RowInserter &) = delete;

    // Appends one value of the current row; a row is complete after columns() values.
    RowInserter &operator<<(QVariant value);
    // Writes every complete row waiting. False on a database error (errorString()); the rows
    // are dropped either way (the caller's transaction rolls back on failure).
    bool flush();
    // Drops what is waiting (after a failed transaction).
    void clear() { m_values.clear(); }

    int columns() const { return m_columns; }
    QString errorString() const { return m_error; }

private:
    bool write(qsizetype from, qsizetype rows);
    QSqlQuery *statement(int rows);

    QSqlDatabase m_db;
    QString m_head;
    int m_columns;
    int m_chunkRows;
    QVariantList m_values;
    QHash<int, std::shared_ptr<QSqlQuery>> m_statements; // by row count
    QString m_error;
};

} // namespace Annalist
