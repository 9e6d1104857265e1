#include "itemmodels/annotationlistmodel.h"

#include "store/articlestore.h"
#include "store/database.h"
#include "store/entitystore.h"

#include <QLocale>
#include <QMap>

#include <algorithm>

namespace Annalist {

namespace {

// One line of a long text for a table cell; the whole text is in the tooltip.
QString cellText(const QString &text)
{
    constexpr qsizetype limit = 240;
    QString line = text.simplified();
    if (line.size() > limit)
        line = line.left(limit) + QChar(0x2026);
    return line;
}

} // namespace

AnnotationListModel::AnnotationListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_loader(this)
{
}

AnnotationListModel::~AnnotationListModel() = default;

void AnnotationListModel::setDatabasePath(const QString &path)
{
    m_databasePath = path;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_choices = {};
    Q_EMIT filterChoicesChanged();
    reload();
}

void AnnotationListModel::setFilter(const AnnotationFilter &filter)
{
    const bool same = filter.articleId == m_filter.articleId && filter.tag == m_filter.tag
        && filter.color == m_filter.color && filter.entityId == m_filter.entityId && filter.text == m_filter.text
        && filter.status == m_filter.status;
    if (same)
        return;
    m_filter = filter;
    reload();
}

void AnnotationListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

AnnotationListModel::LoadResult AnnotationListModel::load(const QString &path, const AnnotationFilter &filter)
{
    LoadResult result;
    Database db(path); // this pool thread's own connection
    if (!db.open()) {
        result.error = db.errorString();
        return result;
    }
    AnnotationStore annotations(db.connection());
    const auto everything = annotations.annotations();
    if (!everything) {
        result.error = annotations.errorString();
        return result;
    }
    const auto matching = annotations.annotations(filter);
    if (!matching) {
        result.error = annotations.errorString();
        return result;
    }

    // Titles of the articles listed, read once per article.
    QList<qint64> articleIds;
    for (const Annotation &annotation : *everything) {
        if (articleIds.isEmpty() || articleIds.constLast() != annotation.articleId)
            articleIds.append(annotation.articleId);
    }
    ArticleStore articles(db.connection());
    QHash<qint64, QString> titles;
    const QList<ArticleSummary> summaries = articles.summaries(articleIds);
    for (const ArticleSummary &summary : summaries)
        titles.insert(summary.id, summary.title);

    QList<AnnotationRow> rows;
    rows.reserve(matching->size());
    for (const Annotation &annotation : *matching)
        rows.append({annotation, titles.value(annotation.articleId)});
    result.rows = std::move(rows);

    // The choices come from every annotation, so that choosing one never hides the others.
    QMap<QString, QString> tagsByKey; // case-insensitive, sorted
    for (const Annotation &annotation : *everything) {
        for (const QString &tag : annotation.tags)
            tagsByKey.insert(tag.toCaseFolded(), tag);
    }
    result.choices.tags = tagsByKey.values();

    EntityStore entities(db.connection());
    QHash<qint64, QString> entityNames;
    qsizetype i = 0;
    while (i < everything->size()) {
        const qint64 articleId = everything->at(i).articleId;
        qsizetype next = i;
        while (next < everything->size() && everything->at(next).articleId == articleId)
            ++next;
        const auto mentions = entities.mentions(articleId);
        if (mentions) {
            for (const MentionRow &mention : *mentions) {
                for (qsizetype a = i; a < next; ++a) {
                    const Annotation &annotation = everything->at(a);
                    if (annotation.status != AnchorStatus::Orphaned && mention.start >= annotation.start
                        && mention.start + mention.length <= annotation.start + annotation.length) {
                        entityNames.insert(mention.entityId, mention.name);
                        break;
                    }
                }
            }
        }
        i = next;
    }
    for (auto it = entityNames.cbegin(); it != entityNames.cend(); ++it)
        result.choices.entities.append({it.key(), it.value()});
    std::sort(result.choices.entities.begin(), result.choices.entities.end(),
              [](const QPair<qint64, QString> &a, const QPair<qint64, QString> &b) {
                  const int order = a.second.compare(b.second, Qt::CaseInsensitive);
                  return order != 0 ? order < 0 : a.first < b.first;
              });
    return result;
}

void AnnotationListModel::reload()
{
    if (m_databasePath.isEmpty())
        return;
    setLoading(true);
    const QString path = m_databasePath;
    const AnnotationFilter filter = m_filter;
    m_loader.run([path, filter] { return load(path, filter); },
                 [this](const LoadResult &result) {
                     setLoading(false);
                     if (!result.rows) {
                         Q_EMIT loadFailed(result.error);
                         return;
                     }
                     if (*result.rows != m_rows) {
                         beginResetModel();
                         m_rows = *result.rows;
                         endResetModel();
                     }
                     if (result.choices != m_choices) {
                         m_choices = result.choices;
                         Q_EMIT filterChoicesChanged();
                     }
                     Q_EMIT loaded(int(m_rows.size()));
                 });
}

std::optional<AnnotationRow> AnnotationListModel::row(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int AnnotationListModel::rowOfAnnotation(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).annotation.id == id)
            return int(i);
    }
    return -1;
}

QString AnnotationListModel::statusLabel(AnchorStatus status)
{
    switch (status) {
    case AnchorStatus::Anchored:
        return tr("Anchored");
    case AnchorStatus::Fuzzy:
        return tr("Re-anchored");
    case AnchorStatus::Orphaned:
        return tr("Orphaned");
    }
    return {};
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnotationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AnnotationRow &row = m_rows.at(index.row());
    const Annotation &a = row.annotation;
    switch (role) {
    case AnnotationIdRole:
        return a.id;
    case ArticleIdRole:
        return a.articleId;
    case StartRole:
        return qint64(a.start);
    case LengthRole:
        return qint64(a.length);
    case ColorNameRole:
        return a.color;
    case StatusRole:
        return anchorStatusName(a.status);
    case TagsRole:
        return a.tags;
    case NoteRole:
        return a.note;
    case QuoteRole:
        return a.quote;
    default:
        break;
    }
    const QString title = row.articleTitle.isEmpty() ? tr("Article %1").arg(a.articleId) : row.articleTitle;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case ArticleColumn:
            return title;
        case QuoteColumn:
            return cellText(a.quote);
        case NoteColumn:
            return cellText(a.note);
        case TagsColumn:
            return a.tags.join(QStringLiteral(", "));
        case ColorColumn:
            return a.color;
        case DateColumn:
            return QLocale().toString(a.createdAt.toLocalTime(), QLocale::ShortFormat);
        case StatusColumn:
            return statusLabel(a.status);
        case ColumnCount:
            break;
        }
    } else if (role == SortRole) {
        switch (Column(index.column())) {
        case ArticleColumn:
            return QString(title.toCaseFolded() + QLatin1Char('\n') + QString::number(a.start).rightJustified(12, QLatin1Char('0')));
        case QuoteColumn:
            return a.quote.simplified().toCaseFolded();
        case NoteColumn:
            return a.note.simplified().toCaseFolded();
        case TagsColumn:
            return a.tags.join(QLatin1Char(',')).toCaseFolded();
        case ColorColumn:
            return int(highlightColorNames().indexOf(a.color));
        case DateColumn:
            return a.createdAt;
        case StatusColumn:
            return int(a.status);
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case ArticleColumn:
            return title;
        case QuoteColumn:
            return a.quote;
        case NoteColumn:
            return a.note.isEmpty() ? QVariant() : QVariant(a.note);
        case DateColumn:
            return tr("Created %1, changed %2")
                .arg(QLocale().toString(a.createdAt.toLocalTime(), QLocale::LongFormat),
                     QLocale().toString(a.modifiedAt.toLocalTime(), QLocale::LongFormat));
        case StatusColumn:
            if (a.status == AnchorStatus::Orphaned)
                return tr("The passage was not found in the article's current text; the quote is kept here.");
            if (a.status == AnchorStatus::Fuzzy)
                return tr("The article's text changed; the passage was found again nearby or approximately.");
            return {};
        default:
            return {};
        }
    }
    return {};
}

QVariant AnnotationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ArticleColumn:
        return tr("Article");
    case QuoteColumn:
        return tr("Quote");
    case NoteColumn:
        return tr("Note");
    case TagsColumn:
        return tr("Tags");
    case ColorColumn:
        return tr("Colour");
    case DateColumn:
        return tr("Date");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> AnnotationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(AnnotationIdRole, "annotationId");
    names.insert(ArticleIdRole, "articleId");
    names.insert(StartRole, "start");
    names.insert(LengthRole, "length");
    names.insert(ColorNameRole, "colorName");
    names.insert(StatusRole, "status");
    names.insert(TagsRole, "tags");
    names.insert(NoteRole, "note");
    names.insert(QuoteRole, "quote");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace Annalist
