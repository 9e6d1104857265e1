#pragma once

#include "itemmodels/backgroundquery.h"
#include "store/annotationstore.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPair>

#include <optional>

namespace Annalist {

// One line of the annotations list: the annotation and the title of its article.
struct AnnotationRow
{
    Annotation annotation;
    QString articleTitle;
    bool operator==(const AnnotationRow &other) const = default;
};

// What the annotations pane offers to filter by: the tags on annotations and the entities
// mentioned inside annotated passages (id, name), each sorted by name.
struct AnnotationFilterChoices
{
    QStringList tags;
    QList<QPair<qint64, QString>> entities;
    bool operator==(const AnnotationFilterChoices &other) const = default;
};

// Every passage annotation of the corpus matching an AnnotationFilter, one row each, ordered
// by article then position (sort through a QSortFilterProxyModel with SortRole). Loaded in the
// background on the model's own connection; a newer load supersedes an older one.
class AnnotationListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ArticleColumn, QuoteColumn, NoteColumn, TagsColumn, ColorColumn, DateColumn, StatusColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        AnnotationIdRole = Qt::UserRole + 1, // qint64
        ArticleIdRole, // qint64
        StartRole, // qint64: UTF-16 offset into the article's original text
        LengthRole, // qint64
        ColorNameRole, // palette name ("yellow")
        StatusRole, // "anchored", "fuzzy", "orphaned"
        TagsRole, // QStringList
        NoteRole, // the whole note
        QuoteRole, // the whole quote
        SortRole, // what the column sorts by
    };
    Q_ENUM(Role)

    explicit AnnotationListModel(QObject *parent = nullptr);
    ~AnnotationListModel() override;
    Q_DISABLE_COPY_MOVE(AnnotationListModel)

    void setDatabasePath(const QString &path);
    QString databasePath() const { return m_databasePath; }
    void setFilter(const AnnotationFilter &filter);
    AnnotationFilter filter() const { return m_filter; }
    // Loads again (after the analyst changed an annotation, an import, a re-anchoring).
    void reload();
    bool isLoading() const { return m_loading; }

    const QList<AnnotationRow> &rows() const { return m_rows; }
    std::optional<AnnotationRow> row(int row) const;
    int rowOfAnnotation(qint64 id) const; // -1 when not listed
    const AnnotationFilterChoices &filterChoices() const { return m_choices; }

    static QString statusLabel(AnchorStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded(int rows);
    void loadFailed(const QString &message);
    void filterChoicesChanged();

private:
    struct LoadResult
    {
        std::optional<QList<AnnotationRow>> rows;
        AnnotationFilterChoices choices;
        QString error;
    };
    static LoadResult load(const QString &path, const AnnotationFilter &filter);
    void setLoading(bool loading);

    QString m_databasePath;
    AnnotationFilter m_filter;
    QList<AnnotationRow> m_rows;
    AnnotationFilterChoices m_choices;
    BackgroundQuery<LoadResult> m_loader;
    bool m_loading = false;
};

} // namespace Annalist
