#include "annotationspane.h"

#include "highlightcolors.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Annalist {

namespace {

// Colour as swatch and name; an orphaned or re-anchored status with its warning.
class AnnotationDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == AnnotationListModel::ColorColumn) {
            const QString name = index.data(AnnotationListModel::ColorNameRole).toString();
            option->icon = HighlightColors::swatch(name, option->palette);
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(12, 12);
            option->text = HighlightColors::label(name);
        } else if (index.column() == AnnotationListModel::StatusColumn) {
            const QString status = index.data(AnnotationListModel::StatusRole).toString();
            const QStyle *style = option->widget ? option->widget->style() : nullptr;
            if (style && status == QLatin1String("orphaned")) {
                option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
                option->features |= QStyleOptionViewItem::HasDecoration;
            } else if (style && status == QLatin1String("fuzzy")) {
                option->icon = style->standardIcon(QStyle::SP_MessageBoxInformation);
                option->features |= QStyleOptionViewItem::HasDecoration;
            }
        }
    }
};

} // namespace

AnnotationsPane::AnnotationsPane(AnnotationListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_tag(new QComboBox(this))
    , m_color(new QComboBox(this))
    , m_entity(new QComboBox(this))
    , m_export(new QToolButton(this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("AnnotationsPane"));
    m_search->setObjectName(QStringLiteral("AnnotationSearch"));
    m_search->setPlaceholderText(tr("Search quotes and notes"));
    m_search->setClearButtonEnabled(true);
    m_tag->setObjectName(QStringLiteral("AnnotationTagFilter"));
    m_tag->setToolTip(tr("Only annotations with this tag (or a tag below it)"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tag->setMinimumContentsLength(8);
    m_color->setObjectName(QStringLiteral("AnnotationColorFilter"));
    m_color->setToolTip(tr("Only highlights of this colour"));
    m_entity->setObjectName(QStringLiteral("AnnotationEntityFilter"));
    m_entity->setToolTip(tr("Only passages that mention this entity"));
    m_entity->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_entity->setMinimumContentsLength(8);

    m_export->setObjectName(QStringLiteral("AnnotationExport"));
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Export the listed annotations"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("As &CSV…"), this, [this] { chooseExport(AnnotationExport::Format::Csv); });
    exportMenu->addAction(tr("As &JSON…"), this, [this] { chooseExport(AnnotationExport::Format::Json); });
    m_export->setMenu(exportMenu);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AnnotationListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("AnnotationList"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new AnnotationDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->sortByColumn(AnnotationListModel::ArticleColumn, Qt::AscendingOrder);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(AnnotationListModel::ArticleColumn, 160);
    header->resizeSection(AnnotationListModel::QuoteColumn, 260);
    header->resizeSection(AnnotationListModel::NoteColumn, 200);
    header->resizeSection(AnnotationListModel::TagsColumn, 120);
    header->resizeSection(AnnotationListModel::ColorColumn, 80);
    header->resizeSection(AnnotationListModel::DateColumn, 140);
    // The quote takes what the pane has to spare; the other columns keep their widths.
    header->setSectionResizeMode(AnnotationListModel::QuoteColumn, QHeaderView::Stretch);
    header->resizeSection(AnnotationListModel::StatusColumn, 100);

    m_status->setObjectName(QStringLiteral("AnnotationStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(4);
    filters->addWidget(m_tag, 1);
    filters->addWidget(m_color);
    filters->addWidget(m_entity, 1);
    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(4);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &AnnotationsPane::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &AnnotationsPane::applyFilter);
    for (QComboBox *box : {m_tag, m_color, m_entity})
        connect(box, qOverload<int>(&QComboBox::activated), this, &AnnotationsPane::applyFilter);

    connect(m_view, &QTreeView::clicked, this, &AnnotationsPane::activate);
    connect(m_view, &QTreeView::activated, this, &AnnotationsPane::activate);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &AnnotationsPane::showContextMenu);
    auto *remove = new QAction(tr("Delete Highlight"), m_view);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (const auto row = current.isValid() ? m_model->row(m_proxy->mapToSource(current).row()) : std::nullopt)
            Q_EMIT deleteRequested(row->annotation.id);
    });
    m_view->addAction(remove);
    connect(m_model, &AnnotationListModel::filterChoicesChanged, this, &AnnotationsPane::updateChoices);
    connect(m_model, &AnnotationListModel::loaded, this, [this] {
        m_error.clear();
        if (m_pendingSelection)
            selectAnnotation(m_pendingSelection);
        updateStatus();
    });
    connect(m_model, &AnnotationListModel::loadFailed, this, [this](const QString &message) {
        m_error = message;
        updateStatus();
    });
    updateChoices();
    updateStatus();
}

AnnotationsPane::~AnnotationsPane() = default;

void AnnotationsPane::applyFilter()
{
    m_debounce->stop();
    AnnotationFilter filter;
    filter.text = m_search->text().trimmed();
    filter.tag = m_tag->currentData().toString();
    filter.color = m_color->currentData().toString();
    filter.entityId = m_entity->currentData().toLongLong();
    m_model->setFilter(filter);
}

void AnnotationsPane::updateChoices()
{
    const AnnotationFilterChoices &choices = m_model->filterChoices();
    const AnnotationFilter filter = m_model->filter();

    // Rebuilt whole: the lists are short, and the current choice stays chosen when still offered.
    const QSignalBlocker tagBlocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    for (const QString &tag : choices.tags)
        m_tag->addItem(tag, tag);
    if (!filter.tag.isEmpty() && m_tag->findData(filter.tag) < 0)
        m_tag->addItem(filter.tag, filter.tag);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(filter.tag)));

    const QSignalBlocker colorBlocker(m_color);
    m_color->clear();
    m_color->addItem(tr("Any colour"), QString());
    const QStringList names = highlightColorNames();
    for (const QString &name : names)
        m_color->addItem(HighlightColors::swatch(name, palette()), HighlightColors::label(name), name);
    m_color->setCurrentIndex(std::max(0, m_color->findData(filter.color)));

    const QSignalBlocker entityBlocker(m_entity);
    m_entity->clear();
    m_entity->addItem(tr("Any entity"), qint64(0));
    for (const auto &[id, name] : choices.entities)
        m_entity->addItem(name, id);
    m_entity->setCurrentIndex(std::max(0, m_entity->findData(filter.entityId)));
}

void AnnotationsPane::updateStatus()
{
    if (!m_error.isEmpty()) {
        m_status->setText(m_error);
        return;
    }
    const int shown = m_model->rowCount();
    int orphaned = 0;
    for (const AnnotationRow &row : m_model->rows())
        orphaned += row.annotation.status == AnchorStatus::Orphaned ? 1 : 0;
    QString text = tr("%n annotation(s)", nullptr, shown);
    if (orphaned > 0)
        text += QStringLiteral(" · ") + tr("%n orphaned", nullptr, orphaned);
    m_status->setText(text);
    m_export->setEnabled(shown > 0);
}

QList<AnnotationRow> AnnotationsPane::shownRows() const
{
    QList<AnnotationRow> rows;
    rows.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (const auto found = m_model->row(m_proxy->mapToSource(m_proxy->index(row, 0)).row()))
            rows.append(*found);
    }
    return rows;
}

void AnnotationsPane::selectAnnotation(qint64 id)
{
    const int row = m_model->rowOfAnnotation(id);
    if (row < 0) {
        m_pendingSelection = id;
        return;
    }
    m_pendingSelection = 0;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, AnnotationListModel::QuoteColumn));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void AnnotationsPane::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (const auto row = m_model->row(m_proxy->mapToSource(index).row()))
        Q_EMIT annotationActivated(row->annotation);
}

void AnnotationsPane::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    const auto row = index.isValid() ? m_model->row(m_proxy->mapToSource(index).row()) : std::nullopt;
    if (!row)
        return;
    const qint64 id = row->annotation.id;
    QMenu menu;
    menu.addAction(tr("&Open at Passage"), this, [this, annotation = row->annotation] {
        Q_EMIT annotationActivated(annotation);
    });
    menu.addAction(tr("&Edit Highlight…"), this, [this, id] { Q_EMIT editRequested(id); });
    menu.addAction(tr("&Delete Highlight"), this, [this, id] { Q_EMIT deleteRequested(id); });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void AnnotationsPane::chooseExport(AnnotationExport::Format format)
{
    const bool csv = format == AnnotationExport::Format::Csv;
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("annotations/exportFolder"), QDir::homePath()).toString();
    const QString name = csv ? QStringLiteral("annotations.csv") : QStringLiteral("annotations.json");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Annotations"), QDir(folder).filePath(name),
                                                      csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("annotations/exportFolder"), QFileInfo(path).absolutePath());
    exportTo(path, format);
}

void AnnotationsPane::exportTo(const QString &path, AnnotationExport::Format format)
{
    const QList<AnnotationRow> rows = shownRows();
    using Result = QPair<bool, QString>;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, path, count = rows.size()] {
        watcher->deleteLater();
        const Result result = watcher->result();
        const QString message = result.first
            ? tr("Exported %n annotation(s) to %1", nullptr, int(count)).arg(QDir::toNativeSeparators(path))
            : result.second;
        m_status->setText(message);
        Q_EMIT exportFinished(result.first, message);
    });
    m_status->setText(tr("Exporting…"));
    watcher->setFuture(QtConcurrent::run([path, format, rows]() -> Result {
        QString error;
        const bool ok = AnnotationExport::write(path, format, rows, &error);
        return {ok, error};
    }));
}

void AnnotationsPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateChoices(); // the swatches follow light and dark
}

} // namespace Annalist
