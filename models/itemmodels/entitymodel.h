#pragma once

#include "itemmodels/backgroundquery.h"
#include "store/entitystore.h"

#include <QAbstractItemModel>
#include <QList>

#include <optional>

namespace Annalist {

// The entities of one article or of the whole corpus as a two-level tree: one row per entity
// type (in the fixed order PERSON, ORG, PLACE, PRODUCT, EVENT, only types present), the
// entities of that type below it. Rows are loaded in the background; a newer load supersedes
// an older one. Sort and filter through EntityFilterProxyModel.
class EntityModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        EntityIdRole = Qt::UserRole + 1, // qint64; 0 on type rows
        TypeRole, // "PERSON", ... on both kinds of rows
        NameRole, // canonical name; empty on type rows
        AliasesRole, // QStringList
        MentionsRole, // mentions in the scope
        ArticlesRole, // articles in the scope
        CountRole, // what the count column shows, as an int (type rows: number of entities)
        IsTypeRole, // bool
    };
    Q_ENUM(Role)
    enum class Scope { Article, Corpus };
    Q_ENUM(Scope)

    explicit EntityModel(QObject *parent = nullptr);
    ~EntityModel() override;
    Q_DISABLE_COPY_MOVE(EntityModel)

    void setDatabasePath(const QString &path);
    QString databasePath() const { return m_databasePath; }
    // Article scope shows the entities of this article (none while it is 0).
    void setArticleId(qint64 articleId);
    qint64 articleId() const { return m_articleId; }
    void setScope(Scope scope);
    Scope scope() const { return m_scope; }
    // Loads again, e.g. after re-extraction.
    void reload();
    bool isLoading() const { return m_loading; }

    std::optional<EntityRow> entity(qint64 id) const;
    QModelIndex indexOfEntity(qint64 id, int column = NameColumn) const;
    int entityCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Drag and drop of entities (merge by dropping one onto another).
    static QString entityIdsMimeType();
    static QList<qint64> entityIdsFromMime(const QMimeData *mime);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded(int entities);
    void loadFailed(const QString &message);

private:
    struct Group
    {
        QString type;
        QList<EntityRow> rows;
    };
    struct LoadResult
    {
        std::optional<QList<EntityRow>> rows;
        QString error;
    };
    void setRows(const QList<EntityRow> &rows);
    void setLoading(bool loading);
    const EntityRow *rowAt(const QModelIndex &index) const;
    int countOf(const EntityRow &row) const;

    QString m_databasePath;
    qint64 m_articleId = 0;
    Scope m_scope = Scope::Article;
    Scope m_loadedScope = Scope::Article; // what the rows were loaded for (counts differ)
    QList<Group> m_groups;
    BackgroundQuery<LoadResult> m_loader;
    bool m_loading = false;
};

} // namespace Annalist
