#include "itemmodels/entitymodel.h"

#include "itemmodels/entityreview.h"
#include "store/database.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace Annalist {

namespace {

// Internal ids: 0 for type rows, group index + 1 for the entity rows below a type.
constexpr quintptr typeRowId = 0;

} // namespace

EntityModel::EntityModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_loader(this)
{
}

EntityModel::~EntityModel() = default;

void EntityModel::setDatabasePath(const QString &path)
{
    m_databasePath = path;
    setRows({});
    reload();
}

void EntityModel::setArticleId(qint64 articleId)
{
    if (articleId == m_articleId)
        return;
    m_articleId = articleId;
    if (m_scope == Scope::Article)
        reload();
}

void EntityModel::setScope(Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    reload();
}

void EntityModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void EntityModel::reload()
{
    if (m_databasePath.isEmpty())
        return;
    const Scope scope = m_scope;
    if (scope == Scope::Article && m_articleId == 0) {
        // Supersede a load still running for the previous article.
        m_loader.run([] { return LoadResult{QList<EntityRow>(), {}}; },
                     [this](const LoadResult &) {
                         setLoading(false);
                         setRows({});
                         Q_EMIT loaded(0);
                     });
        setLoading(true);
        return;
    }
    setLoading(true);
    const QString path = m_databasePath;
    const qint64 article = scope == Scope::Article ? m_articleId : 0;
    m_loader.run(
        [path, article]() -> LoadResult {
            Database db(path); // this pool thread's own connection
            if (!db.open())
                return {std::nullopt, db.errorString()};
            EntityStore store(db.connection());
            LoadResult result{store.entities(article), {}};
            if (!result.rows)
                result.error = store.errorString();
            return result;
        },
        [this, scope](const LoadResult &result) {
            setLoading(false);
            if (!result.rows) {
                Q_EMIT loadFailed(result.error);
                return;
            }
            m_loadedScope = scope;
            setRows(*result.rows);
            Q_EMIT loaded(entityCount());
        });
}

void EntityModel::setRows(const QList<EntityRow> &rows)
{
    beginResetModel();
    m_groups.clear();
    for (const QString &type : ReviewAction::entityTypes()) {
        Group group{type, {}};
        for (const EntityRow &row : rows) {
            if (row.type == type)
                group.rows.append(row);
        }
        if (!group.rows.isEmpty())
            m_groups.append(std::move(group));
    }
    endResetModel();
}

std::optional<EntityRow> EntityModel::entity(qint64 id) const
{
    for (const Group &group : m_groups) {
        for (const EntityRow &row : group.rows) {
            if (row.id == id)
                return row;
        }
    }
    return std::nullopt;
}

QModelIndex EntityModel::indexOfEntity(qint64 id, int column) const
{
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        const QList<EntityRow> &rows = m_groups.at(g).rows;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (rows.at(r).id == id)
                return createIndex(int(r), column, quintptr(g + 1));
        }
    }
    return {};
}

int EntityModel::entityCount() const
{
    int count = 0;
    for (const Group &group : m_groups)
        count += int(group.rows.size());
    return count;
}

const EntityRow *EntityModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == typeRowId)
        return nullptr;
    return &m_groups.at(qsizetype(index.internalId() - 1)).rows.at(index.row());
}

int EntityModel::countOf(const EntityRow &row) const
{
    return m_loadedScope == Scope::Article ? row.mentions : row.articles;
}

QModelIndex EntityModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, typeRowId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex EntityModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == typeRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, typeRowId);
}

int EntityModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != typeRowId)
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int EntityModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant EntityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == typeRowId) {
        const Group &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == NameColumn ? QVariant(ReviewAction::typeLabel(group.type))
                                                : QVariant(int(group.rows.size()));
        case TypeRole:
            return group.type;
        case CountRole:
            return int(group.rows.size());
        case IsTypeRole:
            return true;
        case EntityIdRole:
            return qint64(0);
        case Qt::TextAlignmentRole:
            return index.column() == CountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
        default:
            return {};
        }
    }
    const EntityRow &row = *rowAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? QVariant(row.name) : QVariant(countOf(row));
    case Qt::ToolTipRole: {
        QString tip = row.name + QStringLiteral(" — ") + ReviewAction::typeLabel(row.type);
        const QStringList others = [&row] {
            QStringList list = row.aliases;
            list.removeAll(row.name);
            return list;
        }();
        if (!others.isEmpty())
            tip += QLatin1Char('\n') + tr("Also: %1").arg(others.join(QLatin1String(", ")));
        tip += QLatin1Char('\n') + tr("%n mention(s)", nullptr, row.mentions);
        if (m_loadedScope == Scope::Corpus)
            tip += QLatin1String(", ") + tr("%n article(s)", nullptr, row.articles);
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case EntityIdRole:
        return row.id;
    case TypeRole:
        return row.type;
    case NameRole:
        return row.name;
    case AliasesRole:
        return row.aliases;
    case MentionsRole:
        return row.mentions;
    case ArticlesRole:
        return row.articles;
    case CountRole:
        return countOf(row);
    case IsTypeRole:
        return false;
    default:
        return {};
    }
}

QVariant EntityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Entity");
    case CountColumn:
        return m_loadedScope == Scope::Article ? tr("Mentions") : tr("Articles");
    default:
        return {};
    }
}

Qt::ItemFlags EntityModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == typeRowId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled
        | Qt::ItemNeverHasChildren;
}

QString EntityModel::entityIdsMimeType()
{
    return QStringLiteral("application/x-annalist-entity-ids");
}

QStringList EntityModel::mimeTypes() const
{
    return {entityIdsMimeType()};
}

QMimeData *EntityModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = index.data(EntityIdRole).toLongLong();
        if (id && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << ids;
    auto *mime = new QMimeData;
    mime->setData(entityIdsMimeType(), bytes);
    return mime;
}

QList<qint64> EntityModel::entityIdsFromMime(const QMimeData *mime)
{
    QList<qint64> ids;
    if (!mime || !mime->hasFormat(entityIdsMimeType()))
        return ids;
    QDataStream stream(mime->data(entityIdsMimeType()));
    stream >> ids;
    return ids;
}

QHash<int, QByteArray> EntityModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(EntityIdRole, "entityId");
    names.insert(TypeRole, "type");
    names.insert(NameRole, "name");
    names.insert(AliasesRole, "aliases");
    names.insert(MentionsRole, "mentions");
    names.insert(ArticlesRole, "articles");
    names.insert(CountRole, "count");
    names.insert(IsTypeRole, "isType");
    return names;
}

} // namespace Annalist
