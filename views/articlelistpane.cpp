#include "articlelistpane.h"

#include "itemmodels/articlelistmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Annalist {

ArticleListPane::ArticleListPane(ArticleListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search text: words, \"phrases\", prefix*, AND, OR, NOT, ( )"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Full-text search"));
    m_filter->setPlaceholderText(tr("Filter by title or source"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter articles"));

    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAccessibleName(tr("Articles"));
    m_view->sortByColumn(ArticleListModel::ImportedColumn, Qt::DescendingOrder);
    QHeaderView *header = m_view->header();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSectionHidden(ArticleListModel::FormatColumn, true);
    header->setSectionHidden(ArticleListModel::FileColumn, true);
    // The title needs the room most: at the dock's first-start width the import time (every
    // article of one drop shares it) would leave it a few pixels. The header menu shows it.
    header->setSectionHidden(ArticleListModel::ImportedColumn, true);
    header->resizeSection(ArticleListModel::SourceColumn, 90);
    header->resizeSection(ArticleListModel::PublishedColumn, 95);
    header->resizeSection(ArticleListModel::ImportedColumn, 150);
    header->resizeSection(ArticleListModel::CopiesColumn, 95);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        if (m_contextActions.isEmpty())
            return;
        QMenu menu(this);
        menu.addActions(m_contextActions);
        menu.exec(m_view->viewport()->mapToGlobal(position));
    });
    connect(header, &QHeaderView::customContextMenuRequested, this, &ArticleListPane::showHeaderMenu);

    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    // Typing restarts the timer; the query runs once the analyst pauses.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ArticleListPane::applyQuery);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        applyQuery();
    });

    connect(m_model, &ArticleListModel::loadingChanged, this, &ArticleListPane::updateStatus);
    connect(m_model, &ArticleListModel::loaded, this, [this] {
        m_error.clear();
        updateStatus();
    });
    connect(m_model, &ArticleListModel::queryFailed, this, [this](const QString &message) {
        m_error = message;
        updateStatus();
    });
    // A reload (after an import, an extraction, an edit) keeps the analyst's place.
    connect(m_model, &ArticleListModel::modelAboutToBeReset, this, [this] {
        if (!m_pendingSelection)
            m_pendingSelection = currentArticle();
    });
    connect(m_model, &ArticleListModel::modelReset, this, &ArticleListPane::modelReset);
    connect(m_model, &ArticleListModel::rowsInserted, this, [this] {
        if (m_pendingSelection)
            selectArticle(m_pendingSelection);
        else if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            selectArticle(m_model->articleId(0)); // never greet the analyst with an empty reader
        updateStatus();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT currentArticleChanged(current.isValid() ? m_model->articleId(current.row()) : 0);
            });
    updateStatus();
}

ArticleListPane::~ArticleListPane() = default;

qint64 ArticleListPane::currentArticle() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->articleId(current.row()) : 0;
}

QList<qint64> ArticleListPane::selectedArticles() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &row : std::as_const(rows)) {
        if (const qint64 id = m_model->articleId(row.row()))
            ids.append(id);
    }
    return ids;
}

void ArticleListPane::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
}

void ArticleListPane::selectArticle(qint64 id)
{
    const int row = m_model->rowOfArticle(id);
    if (row < 0) {
        m_pendingSelection = id;
        return;
    }
    m_pendingSelection = 0;
    const QModelIndex index = m_model->index(row, ArticleListModel::TitleColumn);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                         | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ArticleListPane::modelReset()
{
    // Keep the analyst's place across reloads (imports, sorting, searching).
    const qint64 keep = m_pendingSelection;
    if (keep)
        selectArticle(keep);
    updateStatus();
}

void ArticleListPane::applyQuery()
{
    const qint64 current = currentArticle();
    if (current)
        m_pendingSelection = current;
    ArticleQuery query = m_model->query();
    query.search = m_search->text();
    query.filter = m_filter->text();
    m_model->setQuery(query);
}

void ArticleListPane::updateStatus()
{
    if (!m_error.isEmpty()) {
        m_status->setText(tr("Search problem: %1").arg(m_error));
        return;
    }
    if (m_model->isLoading()) {
        m_status->setText(tr("Searching…"));
        return;
    }
    const int total = m_model->totalCount();
    const bool narrowed = !m_model->query().search.trimmed().isEmpty() || !m_model->query().filter.trimmed().isEmpty();
    m_status->setText(narrowed ? tr("%n matching article(s)", nullptr, total) : tr("%n article(s)", nullptr, total));
}

void ArticleListPane::showHeaderMenu(const QPoint &position)
{
    QHeaderView *header = m_view->header();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The title stays: a list without titles is no list.
        action->setEnabled(column != ArticleListModel::TitleColumn);
        connect(action, &QAction::toggled, header, [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    menu.exec(header->mapToGlobal(position));
}

QByteArray ArticleListPane::saveHeaderState() const
{
    return m_view->header()->saveState();
}

void ArticleListPane::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->header()->restoreState(state);
    m_view->header()->setSectionHidden(ArticleListModel::TitleColumn, false);
}

} // namespace Annalist
