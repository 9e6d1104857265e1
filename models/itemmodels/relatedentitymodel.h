#pragma once

#include "itemmodels/backgroundquery.h"
#include "store/entitystore.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace Annalist {

// The entities that co-occur most with one entity across the corpus, with the number of
// sentences and of articles they share with it. Loaded in the background.
class RelatedEntityModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SentencesColumn, ArticlesColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { EntityIdRole = Qt::UserRole + 1, TypeRole, NameRole, SameSentenceRole, SameArticleRole };
    Q_ENUM(Role)

    explicit RelatedEntityModel(QObject *parent = nullptr);
    ~RelatedEntityModel() override;
    Q_DISABLE_COPY_MOVE(RelatedEntityModel)

    void setDatabasePath(const QString &path);
    // 0 empties the list.
    void setEntityId(qint64 id);
    qint64 entityId() const { return m_entityId; }
    void setLimit(int limit) { m_limit = std::max(1, limit); }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded(int rows);
    void loadFailed(const QString &message);

private:
    struct LoadResult
    {
        std::optional<QList<RelatedEntity>> rows;
        QString error;
    };
    void setRows(const QList<RelatedEntity> &rows);

    QString m_databasePath;
    qint64 m_entityId = 0;
    int m_limit = 20;
    QList<RelatedEntity> m_rows;
    BackgroundQuery<LoadResult> m_loader;
};

} // namespace Annalist
