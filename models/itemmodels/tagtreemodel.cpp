#include "itemmodels/tagtreemodel.h"

#include "itemmodels/articlemime.h"

#include <QMimeData>

namespace Annalist {

TagTreeModel::TagTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

TagTreeModel::~TagTreeModel() = default;

QColor TagTreeModel::defaultColor()
{
    return QColor(0x8a, 0x94, 0xa6); // a slate grey that reads on light and dark rows
}

QColor TagTreeModel::colorOf(const Tag &tag)
{
    const QColor colour(tag.color);
    return colour.isValid() ? colour : defaultColor();
}

void TagTreeModel::setTags(const QList<Tag> &tags)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_byId.clear();
    m_nodes.reserve(tags.size());
    for (const Tag &tag : tags) {
        m_byId.insert(tag.id, int(m_nodes.size()));
        m_nodes.append(Node{tag, -1, 0, {}});
    }
    // Parents first is not guaranteed by the ids, so link after every node exists.
    for (int i = 0; i < m_nodes.size(); ++i) {
        Node &n = m_nodes[i];
        const int parent = n.tag.parentId ? m_byId.value(n.tag.parentId, -1) : -1;
        n.parent = parent;
        QList<int> &siblings = parent < 0 ? m_roots : m_nodes[parent].children;
        n.row = int(siblings.size());
        siblings.append(i);
    }
    endResetModel();
}

QList<Tag> TagTreeModel::tags() const
{
    QList<Tag> result;
    result.reserve(m_nodes.size());
    for (const Node &n : m_nodes)
        result.append(n.tag);
    return result;
}

const Tag *TagTreeModel::tag(qint64 id) const
{
    const int i = m_byId.value(id, -1);
    return i < 0 ? nullptr : &m_nodes.at(i).tag;
}

QModelIndex TagTreeModel::indexOf(qint64 tagId, int column) const
{
    const int i = m_byId.value(tagId, -1);
    return i < 0 ? QModelIndex() : createIndex(m_nodes.at(i).row, column, quintptr(i));
}

const TagTreeModel::Node *TagTreeModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= quintptr(m_nodes.size()))
        return nullptr;
    return &m_nodes.at(int(index.internalId()));
}

QModelIndex TagTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || parent.column() > 0)
        return {};
    const QList<int> &siblings = parent.isValid() ? node(parent)->children : m_roots;
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex TagTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes.at(n->parent).row, 0, quintptr(n->parent));
}

int TagTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_roots.size());
    const Node *n = node(parent);
    return n ? int(n->children.size()) : 0;
}

int TagTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TagTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    const Tag &t = n->tag;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CountColumn) // a parent used only for grouping shows no "0"
            return t.articles == 0 && !n->children.isEmpty() ? QVariant() : QVariant(t.articles);
        return t.name.section(QLatin1Char('/'), -1);
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(colorOf(t)) : QVariant();
    case Qt::ToolTipRole:
        return tr("%1 — %n article(s)", nullptr, t.articles).arg(t.name);
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case TagIdRole:
        return t.id;
    case PathRole:
        return t.name;
    case ColorRole:
        return colorOf(t);
    default:
        return {};
    }
}

QVariant TagTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Tag") : tr("Articles");
}

Qt::ItemFlags TagTreeModel::flags(const QModelIndex &index) const
{
    if (!node(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
}

QStringList TagTreeModel::mimeTypes() const
{
    return {ArticleMime::idsType()};
}

Qt::DropActions TagTreeModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction | Qt::LinkAction;
}

bool TagTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int, const QModelIndex &parent) const
{
    // Onto a tag only: between two rows there is no tag to give.
    return row < 0 && node(parent) && data && data->hasFormat(ArticleMime::idsType());
}

bool TagTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> ids = ArticleMime::decodeIds(data);
    if (ids.isEmpty())
        return false;
    Q_EMIT articlesDropped(ids, node(parent)->tag.id);
    return true;
}

} // namespace Annalist
