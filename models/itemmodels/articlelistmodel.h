#pragma once

#include "itemmodels/backgroundquery.h"
#include "store/articlestore.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <optional>

namespace Annalist {

class Database;

// The article list: ids for the current query are loaded in the background (sorting and
// full-text search of a big corpus never block the GUI), first one batch (the first page is
// shown at once), then all of them; rows are materialised lazily in batches through
// canFetchMore()/fetchMore(). loaded() and !isLoading() mean every id is known.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // CopiesColumn: near-duplicate groups ("2 copies" on a first version, "copy of #12" on a
    // copy); sorting by it lists each group together, first version first.
    enum Column {
        TitleColumn,
        SourceColumn,
        PublishedColumn,
        ImportedColumn,
        FormatColumn,
        FileColumn,
        CopiesColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        SortValueRole,
        TagIdsRole, // QList<qint64>: the article's tags, read with its batch of rows
        TagNamesRole, // QStringList: their paths, in path order (the chips)
        TagColorsRole, // QStringList: their colours, parallel to TagNamesRole ("" for the default)
        DuplicateOfRole, // qint64: the first version this article nearly duplicates, 0 if none
        CopiesRole, // int: how many articles nearly duplicate this one
    };

    explicit ArticleListModel(QObject *parent = nullptr);
    ~ArticleListModel() override;

    // Opens a connection for the GUI thread; returns false with errorString() on failure.
    bool setDatabasePath(const QString &path);
    QString databasePath() const { return m_databasePath; }
    QString errorString() const { return m_error; }

    void setQuery(const ArticleQuery &query);
    ArticleQuery query() const { return m_query; }
    void reload(); // re-runs the current query, e.g. after an import
    bool isLoading() const { return m_loading; }
    int totalCount() const { return int(m_ids.size()); }
    void setBatchSize(int rows) { m_batchSize = std::max(1, rows); }

    qint64 articleId(int row) const;
    int rowOfArticle(qint64 id) const; // -1 when not loaded yet or not in the list

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static ArticleSort sortForColumn(int column);

    // Rows drag out as ArticleMime ids (onto a tag).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    // Reads the tag names and colours again (renamed, recoloured, deleted tags) and the tags of
    // these loaded articles (tagged, untagged); one cheap dataChanged when no ids are given.
    void refreshTags(const QList<qint64> &articleIds = {});

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded(int total); // a query finished; rows follow through fetchMore
    void queryFailed(const QString &message);

private:
    struct LoadResult
    {
        std::optional<QList<qint64>> ids;
        QString error;
    };
    void setLoading(bool loading);
    void loadRest(); // after the first page: every id of the query
    void loadTagCatalogue();
    void loadTagsOf(const QList<qint64> &ids);
    QList<const Tag *> tagsOfRow(qint64 articleId) const;

    QString m_databasePath;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_store;
    ArticleQuery m_query;
    QList<qint64> m_ids; // every match, in order
    QList<ArticleSummary> m_rows; // the first m_rows.size() of them, materialised
    QHash<qint64, int> m_rowById;
    std::unique_ptr<TagStore> m_tags;
    QHash<qint64, Tag> m_tagCatalogue; // every tag by id: names and colours for the chips
    QHash<qint64, QList<qint64>> m_tagIds; // tags of the loaded rows that have any
    BackgroundQuery<LoadResult> m_loader;
    int m_batchSize = 256;
    bool m_loading = false;
    bool m_fetching = false; // inside fetchMore()
    QString m_error;
};

} // namespace Annalist
