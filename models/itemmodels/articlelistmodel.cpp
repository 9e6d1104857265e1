#include "itemmodels/articlelistmodel.h"

#include "store/database.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QScopedValueRollback>

namespace Annalist {

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_loader(this)
{
}

ArticleListModel::~ArticleListModel() = default;

bool ArticleListModel::setDatabasePath(const QString &path)
{
    auto db = std::make_unique<Database>(path);
    if (!db->open()) {
        m_error = db->errorString();
        return false;
    }
    beginResetModel();
    m_store = std::make_unique<ArticleStore>(db->connection());
    m_db = std::move(db);
    m_databasePath = path;
    m_ids.clear();
    m_rows.clear();
    m_rowById.clear();
    endResetModel();
    reload();
    return true;
}

void ArticleListModel::setQuery(const ArticleQuery &query)
{
    if (query == m_query)
        return;
    m_query = query;
    reload();
}

void ArticleListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void ArticleListModel::reload()
{
    if (m_databasePath.isEmpty())
        return;
    setLoading(true);
    const QString path = m_databasePath;
    const ArticleQuery query = m_query;
    m_loader.run(
        [path, query]() -> LoadResult {
            Database db(path); // this pool thread's own connection
            if (!db.open())
                return {std::nullopt, db.errorString()};
            ArticleStore store(db.connection());
            LoadResult result{store.ids(query), {}};
            if (!result.ids)
                result.error = store.errorString();
            return result;
        },
        [this](const LoadResult &result) {
            setLoading(false);
            if (!result.ids) {
                Q_EMIT queryFailed(result.error);
                return;
            }
            beginResetModel();
            m_ids = *result.ids;
            m_rows.clear();
            m_rowById.clear();
            endResetModel();
            Q_EMIT loaded(int(m_ids.size()));
        });
}

qint64 ArticleListModel::articleId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ArticleListModel::rowOfArticle(qint64 id) const
{
    return m_rowById.value(id, -1);
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &row = m_rows.at(index.row());
    switch (role) {
    case ArticleIdRole:
        return row.id;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return row.title.isEmpty() ? tr("(untitled)") : row.title;
        case SourceColumn:
            return row.source;
        case PublishedColumn:
            return row.published.isValid() ? row.published.toString(Qt::ISODate) : QString();
        case ImportedColumn:
            return QLocale().toString(row.importedAt.toLocalTime(), QLocale::ShortFormat);
        case FormatColumn:
            return row.format;
        case FileColumn:
            return QFileInfo(row.filePath).fileName();
        }
        break;
    case SortValueRole:
        switch (index.column()) {
        case PublishedColumn:
            return row.published;
        case ImportedColumn:
            return row.importedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == FileColumn)
            return QDir::toNativeSeparators(row.filePath);
        if (index.column() == TitleColumn)
            return row.title;
        break;
    default:
        break;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SourceColumn:
        return tr("Source");
    case PublishedColumn:
        return tr("Published");
    case ImportedColumn:
        return tr("Imported");
    case FormatColumn:
        return tr("Format");
    case FileColumn:
        return tr("File");
    }
    return {};
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a batch is being inserted: slots on rowsAboutToBeInserted (the model tester,
    // some views) call fetchMore(), and a nested fetch would insert the same batch twice.
    return !parent.isValid() && !m_fetching && m_rows.size() < m_ids.size();
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_store)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    const qsizetype from = m_rows.size();
    const QList<qint64> batch = m_ids.mid(from, m_batchSize);
    QList<ArticleSummary> rows = m_store->summaries(batch);
    if (rows.size() != batch.size()) {
        // Articles deleted since the ids were read: drop them from the id list too.
        QHash<qint64, bool> present;
        for (const ArticleSummary &row : std::as_const(rows))
            present.insert(row.id, true);
        for (qsizetype i = from + batch.size() - 1; i >= from; --i) {
            if (!present.contains(m_ids.at(i)))
                m_ids.removeAt(i);
        }
    }
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(from), int(from + rows.size() - 1));
    for (ArticleSummary &row : rows) {
        m_rowById.insert(row.id, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows();
}

ArticleSort ArticleListModel::sortForColumn(int column)
{
    switch (column) {
    case TitleColumn:
        return ArticleSort::Title;
    case SourceColumn:
        return ArticleSort::Source;
    case PublishedColumn:
        return ArticleSort::Published;
    case FormatColumn:
        return ArticleSort::Format;
    case FileColumn:
        return ArticleSort::File;
    default:
        return ArticleSort::Imported;
    }
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    ArticleQuery query = m_query;
    query.sort = sortForColumn(column);
    query.order = order;
    setQuery(query);
}

} // namespace Annalist
