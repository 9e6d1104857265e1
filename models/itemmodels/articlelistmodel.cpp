#include "itemmodels/articlelistmodel.h"

#include "itemmodels/articlemime.h"
#include "store/database.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QLocale>
#include <QMimeData>
#include <QScopedValueRollback>
#include <QSet>

#include <algorithm>

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
    m_tags = std::make_unique<TagStore>(db->connection());
    m_db = std::move(db);
    m_databasePath = path;
    m_ids.clear();
    m_rows.clear();
    m_rowById.clear();
    m_tagIds.clear();
    loadTagCatalogue();
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
    // The first page comes first: a LIMIT'ed query returns as soon as the best rows are known,
    // without reading (and, for a search, sorting) every match; the whole id list follows.
    // Both run in the query's total order (ties broken by id), so the page is its prefix.
    const QString path = m_databasePath;
    const ArticleQuery query = m_query;
    const int firstPage = m_batchSize;
    m_loader.run(
        [path, query, firstPage]() -> LoadResult {
            Database db(path); // this pool thread's own connection
            if (!db.open())
                return {std::nullopt, db.errorString()};
            ArticleStore store(db.connection());
            LoadResult result{store.ids(query, firstPage), {}};
            if (!result.ids)
                result.error = store.errorString();
            return result;
        },
        [this, firstPage](const LoadResult &result) {
            if (!result.ids) {
                setLoading(false);
                Q_EMIT queryFailed(result.error);
                return;
            }
            beginResetModel();
            m_ids = *result.ids;
            m_rows.clear();
            m_rowById.clear();
            m_tagIds.clear();
            endResetModel();
            if (m_ids.size() < firstPage) { // that was everything
                setLoading(false);
                Q_EMIT loaded(int(m_ids.size()));
                return;
            }
            loadRest();
        });
}

void ArticleListModel::loadRest()
{
    const QString path = m_databasePath;
    const ArticleQuery query = m_query;
    m_loader.run(
        [path, query]() -> LoadResult {
            Database db(path);
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
            const QList<qint64> &all = *result.ids;
            if (all.size() >= m_ids.size() && std::equal(m_ids.cbegin(), m_ids.cend(), all.cbegin())) {
                // The rows shown stay; the rest is appended lazily. A view that has already
                // taken the whole first page may be scrolled to its end and will not ask again.
                const bool shownAll = m_rows.size() == m_ids.size();
                m_ids = all;
                if (shownAll)
                    fetchMore({});
            } else {
                // The database changed between the two queries: show the newer answer whole.
                beginResetModel();
                m_ids = all;
                m_rows.clear();
                m_rowById.clear();
                m_tagIds.clear();
                endResetModel();
            }
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
    case DuplicateOfRole:
        return row.duplicateOf;
    case CopiesRole:
        return row.copies;
    case Qt::FontRole:
        if (row.duplicateOf > 0 && index.column() == TitleColumn) { // a copy reads as secondary
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
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
        case CopiesColumn:
            if (row.duplicateOf > 0)
                return tr("≈ copy of #%1").arg(row.duplicateOf);
            return row.copies > 0 ? tr("%n copy(s)", nullptr, row.copies) : QString();
        }
        break;
    case SortValueRole:
        switch (index.column()) {
        case PublishedColumn:
            return row.published;
        case ImportedColumn:
            return row.importedAt;
        case CopiesColumn:
            return row.duplicateOf > 0 ? row.duplicateOf : row.id;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == FileColumn)
            return QDir::toNativeSeparators(row.filePath);
        if (index.column() == CopiesColumn && row.duplicateOf > 0)
            return tr("A near-duplicate of article #%1: about %2% of its wording is the same. Show Differences "
                      "(context menu) compares the two.")
                .arg(row.duplicateOf)
                .arg(qRound(row.similarity * 100));
        if (index.column() == CopiesColumn && row.copies > 0)
            return tr("%n near-duplicate copy(s) of this article, e.g. the same wire story in another bundle. "
                      "Sort by this column to list them together.",
                      nullptr, row.copies);
        if (index.column() == TitleColumn) {
            QStringList names;
            for (const Tag *tag : tagsOfRow(row.id))
                names.append(tag->name);
            return names.isEmpty() ? row.title : tr("%1\nTags: %2").arg(row.title, names.join(QStringLiteral(", ")));
        }
        break;
    case TagIdsRole:
        return QVariant::fromValue(m_tagIds.value(row.id));
    case TagNamesRole:
    case TagColorsRole: {
        QStringList values;
        for (const Tag *tag : tagsOfRow(row.id))
            values.append(role == TagNamesRole ? tag->name : tag->color);
        return values;
    }
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
    case CopiesColumn:
        return tr("Copies");
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
    QList<qint64> loadedIds;
    loadedIds.reserve(rows.size());
    for (const ArticleSummary &row : std::as_const(rows))
        loadedIds.append(row.id);
    loadTagsOf(loadedIds); // one statement per batch: the chips cost nothing while scrolling
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
    case CopiesColumn:
        return ArticleSort::Group;
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

void ArticleListModel::loadTagCatalogue()
{
    m_tagCatalogue.clear();
    if (!m_tags)
        return;
    const auto tags = m_tags->tags();
    if (!tags) {
        m_error = m_tags->errorString();
        return;
    }
    for (const Tag &tag : *tags)
        m_tagCatalogue.insert(tag.id, tag);
}

void ArticleListModel::loadTagsOf(const QList<qint64> &ids)
{
    if (!m_tags || ids.isEmpty())
        return;
    const auto tagIds = m_tags->tagIdsOf(ids);
    if (!tagIds) {
        m_error = m_tags->errorString();
        return;
    }
    for (const qint64 id : ids) {
        const auto found = tagIds->constFind(id);
        if (found == tagIds->cend())
            m_tagIds.remove(id);
        else
            m_tagIds.insert(id, *found);
    }
}

QList<const Tag *> ArticleListModel::tagsOfRow(qint64 articleId) const
{
    QList<const Tag *> tags;
    const auto ids = m_tagIds.constFind(articleId);
    if (ids == m_tagIds.cend())
        return tags;
    for (const qint64 id : *ids) {
        const auto tag = m_tagCatalogue.constFind(id);
        if (tag != m_tagCatalogue.cend())
            tags.append(&*tag);
    }
    std::sort(tags.begin(), tags.end(),
              [](const Tag *a, const Tag *b) { return a->name.compare(b->name, Qt::CaseInsensitive) < 0; });
    return tags;
}

void ArticleListModel::refreshTags(const QList<qint64> &articleIds)
{
    loadTagCatalogue();
    QList<qint64> ids;
    for (const qint64 id : articleIds) {
        if (m_rowById.contains(id))
            ids.append(id);
    }
    // In slices, so that a list scrolled to 100,000 rows still binds a sane number of values.
    for (qsizetype from = 0; from < ids.size(); from += m_batchSize)
        loadTagsOf(ids.mid(from, m_batchSize));
    if (m_rows.isEmpty())
        return;
    if (articleIds.isEmpty()) {
        // Names or colours only: every loaded row repaints its chips, nothing is read again.
        Q_EMIT dataChanged(index(0, TitleColumn), index(int(m_rows.size()) - 1, TitleColumn));
        return;
    }
    for (const qint64 id : std::as_const(ids)) {
        const int row = m_rowById.value(id);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

Qt::ItemFlags ArticleListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList ArticleListModel::mimeTypes() const
{
    return {ArticleMime::idsType()};
}

QMimeData *ArticleListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids; // in row order, once each although every column of a row is selected
    QSet<qint64> seen;
    for (const QModelIndex &index : indexes) {
        const qint64 id = articleId(index.row());
        if (id && !seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(ArticleMime::idsType(), ArticleMime::encodeIds(ids));
    return mime;
}

Qt::DropActions ArticleListModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace Annalist
