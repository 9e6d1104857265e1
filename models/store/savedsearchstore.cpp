#include "store/savedsearchstore.h"

#include "store/searchquery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Annalist {

SavedSearchStore::SavedSearchStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool SavedSearchStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

std::optional<QList<SavedSearch>> SavedSearchStore::list()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, query FROM saved_searches ORDER BY name COLLATE NOCASE, id"))) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    QList<SavedSearch> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return result;
}

std::optional<qint64> SavedSearchStore::save(const QString &name, const QString &query)
{
    const QString cleanName = name.simplified();
    if (cleanName.isEmpty()) {
        fail(QCoreApplication::translate("Annalist::SavedSearchStore", "A saved search needs a name."));
        return std::nullopt;
    }
    const SearchQuery parsed = SearchQuery::parse(query);
    if (!parsed.isValid()) {
        fail(QCoreApplication::translate("Annalist::SavedSearchStore", "Character %1: %2")
                 .arg(parsed.errorPosition() + 1)
                 .arg(parsed.errorString()));
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO saved_searches (name, query) VALUES (?, ?) "
                             "ON CONFLICT (name COLLATE NOCASE) DO UPDATE SET query = excluded.query"));
    q.addBindValue(cleanName);
    q.addBindValue(query.trimmed());
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    QSqlQuery id(m_db);
    id.prepare(QStringLiteral("SELECT id FROM saved_searches WHERE name = ? COLLATE NOCASE"));
    id.addBindValue(cleanName);
    if (!id.exec() || !id.next()) {
        fail(id.lastError().text());
        return std::nullopt;
    }
    return id.value(0).toLongLong();
}

bool SavedSearchStore::rename(qint64 id, const QString &newName)
{
    const QString cleanName = newName.simplified();
    if (cleanName.isEmpty())
        return fail(QCoreApplication::translate("Annalist::SavedSearchStore", "A saved search needs a name."));
    QSqlQuery taken(m_db);
    taken.prepare(QStringLiteral("SELECT id FROM saved_searches WHERE name = ? COLLATE NOCASE AND id <> ?"));
    taken.addBindValue(cleanName);
    taken.addBindValue(id);
    if (!taken.exec())
        return fail(taken.lastError().text());
    if (taken.next())
        return fail(QCoreApplication::translate("Annalist::SavedSearchStore", "A saved search named “%1” exists already.")
                        .arg(cleanName));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE saved_searches SET name = ? WHERE id = ?"));
    q.addBindValue(cleanName);
    q.addBindValue(id);
    if (!q.exec())
        return fail(q.lastError().text());
    return q.numRowsAffected() == 1
        || fail(QCoreApplication::translate("Annalist::SavedSearchStore", "There is no saved search %1.").arg(id));
}

bool SavedSearchStore::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM saved_searches WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(q.lastError().text());
    return q.numRowsAffected() == 1
        || fail(QCoreApplication::translate("Annalist::SavedSearchStore", "There is no saved search %1.").arg(id));
}

} // namespace Annalist
