#include "itemmodels/relatedentitymodel.h"

#include "itemmodels/entityreview.h"
#include "store/database.h"

namespace Annalist {

RelatedEntityModel::RelatedEntityModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_loader(this)
{
}

RelatedEntityModel::~RelatedEntityModel() = default;

void RelatedEntityModel::setDatabasePath(const QString &path)
{
    m_databasePath = path;
    reload();
}

void RelatedEntityModel::setEntityId(qint64 id)
{
    if (id == m_entityId)
        return;
    m_entityId = id;
    reload();
}

void RelatedEntityModel::reload()
{
    const QString path = m_databasePath;
    const qint64 id = m_entityId;
    const int limit = m_limit;
    m_loader.run(
        [path, id, limit]() -> LoadResult {
            if (path.isEmpty() || id == 0)
                return {QList<RelatedEntity>(), {}};
            Database db(path); // this pool thread's own connection
            if (!db.open())
                return {std::nullopt, db.errorString()};
            EntityStore store(db.connection());
            LoadResult result{store.related(id, limit), {}};
            if (!result.rows)
                result.error = store.errorString();
            return result;
        },
        [this](const LoadResult &result) {
            if (!result.rows) {
                Q_EMIT loadFailed(result.error);
                return;
            }
            setRows(*result.rows);
            Q_EMIT loaded(int(m_rows.size()));
        });
}

void RelatedEntityModel::setRows(const QList<RelatedEntity> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RelatedEntityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RelatedEntityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RelatedEntityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RelatedEntity &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.entity.name;
        case SentencesColumn:
            return row.sameSentence;
        case ArticlesColumn:
            return row.sameArticle;
        }
        break;
    case Qt::ToolTipRole:
        return QString(tr("%1 (%2): together in %n sentence(s)", nullptr, row.sameSentence)
                           .arg(row.entity.name, ReviewAction::typeLabel(row.entity.type))
                       + QLatin1String(", ") + tr("in %n article(s)", nullptr, row.sameArticle));
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case EntityIdRole:
        return row.entity.id;
    case TypeRole:
        return row.entity.type;
    case NameRole:
        return row.entity.name;
    case SameSentenceRole:
        return row.sameSentence;
    case SameArticleRole:
        return row.sameArticle;
    default:
        break;
    }
    return {};
}

QVariant RelatedEntityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SentencesColumn:
            return tr("Sentences mentioning both");
        case ArticlesColumn:
            return tr("Articles mentioning both");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Related");
    case SentencesColumn:
        return tr("Sentences");
    case ArticlesColumn:
        return tr("Articles");
    }
    return {};
}

} // namespace Annalist
