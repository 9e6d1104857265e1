#pragma once

#include "store/tagstore.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QHash>
#include <QList>

namespace Annalist {

// The tag hierarchy for the tag pane: one node per '/' level, its colour as decoration, the
// number of articles carrying it. Articles dropped on a tag (ArticleMime) are announced with
// articlesDropped(); the pane turns that into an undoable assignment.
class TagTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { TagIdRole = Qt::UserRole + 1, PathRole, ColorRole };

    explicit TagTreeModel(QObject *parent = nullptr);
    ~TagTreeModel() override;

    // Every tag (TagStore::tags(), ordered by path); replaces the tree.
    void setTags(const QList<Tag> &tags);
    QList<Tag> tags() const;
    const Tag *tag(qint64 id) const;
    QModelIndex indexOf(qint64 tagId, int column = NameColumn) const;

    // The chip colour of a tag without one of its own.
    static QColor defaultColor();
    static QColor colorOf(const Tag &tag);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void articlesDropped(const QList<qint64> &articleIds, qint64 tagId);

private:
    struct Node
    {
        Tag tag;
        int parent = -1; // index into m_nodes, -1 for top level
        int row = 0; // among its siblings
        QList<int> children;
    };
    const Node *node(const QModelIndex &index) const;

    QList<Node> m_nodes;
    QList<int> m_roots;
    QHash<qint64, int> m_byId;
};

} // namespace Annalist
