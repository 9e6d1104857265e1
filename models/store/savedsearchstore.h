#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Annalist {

// A search the analyst keeps under a name (the sidebar's saved searches).
struct SavedSearch
{
    qint64 id = 0;
    QString name;
    QString query; // in the search box's syntax (see SearchQuery)
    bool operator==(const SavedSearch &other) const = default;
};

// Saved searches in SQLite; names are unique, compared case-insensitively. Use on the thread
// that owns the connection.
class SavedSearchStore
{
public:
    explicit SavedSearchStore(QSqlDatabase db);

    std::optional<QList<SavedSearch>> list(); // ordered by name
    // Stores the query under the name, replacing the query of a search with that name.
    // A malformed query is refused with the parser's message. Returns the id.
    std::optional<qint64> save(const QString &name, const QString &query);
    bool rename(qint64 id, const QString &newName); // fails when the name is taken
    bool remove(qint64 id);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace Annalist
