#include "entitysidebar.h"

#include "entityreviewcommand.h"
#include "entitytreeview.h"
#include "itemmodels/entityfilterproxymodel.h"
#include "itemmodels/relatedentitymodel.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Annalist {

namespace {

QToolButton *makeScopeButton(const QString &text, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

EntitySidebar::EntitySidebar(QWidget *parent)
    : QWidget(parent)
    , m_model(new EntityModel(this))
    , m_proxy(new EntityFilterProxyModel(this))
    , m_related(new RelatedEntityModel(this))
    , m_reviewer(new EntityReviewer(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->sort(EntityModel::CountColumn, Qt::DescendingOrder);

    // Scope toggle and mention navigation.
    m_thisArticle = makeScopeButton(tr("This article"), this);
    m_allArticles = makeScopeButton(tr("All articles"), this);
    m_thisArticle->setChecked(true);
    auto *scopes = new QButtonGroup(this);
    scopes->addButton(m_thisArticle);
    scopes->addButton(m_allArticles);
    connect(m_thisArticle, &QToolButton::toggled, this, [this](bool on) {
        setScope(on ? EntityModel::Scope::Article : EntityModel::Scope::Corpus);
    });
    m_previousMention = new QToolButton(this);
    m_previousMention->setArrowType(Qt::UpArrow);
    m_previousMention->setAutoRaise(true);
    m_previousMention->setToolTip(tr("Previous mention"));
    m_previousMention->setAccessibleName(tr("Previous mention"));
    m_nextMention = new QToolButton(this);
    m_nextMention->setArrowType(Qt::DownArrow);
    m_nextMention->setAutoRaise(true);
    m_nextMention->setToolTip(tr("Next mention"));
    m_nextMention->setAccessibleName(tr("Next mention"));
    connect(m_previousMention, &QToolButton::clicked, this, &EntitySidebar::previousMentionRequested);
    connect(m_nextMention, &QToolButton::clicked, this, &EntitySidebar::nextMentionRequested);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_thisArticle);
    top->addWidget(m_allArticles);
    top->addStretch(1);
    top->addWidget(m_previousMention);
    top->addWidget(m_nextMention);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter entities…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter entities"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &EntityFilterProxyModel::setFilterText);
    connect(m_proxy, &EntityFilterProxyModel::filterApplied, this, [this] { m_tree->expandAll(); });

    auto *tree = new EntityTreeView(this);
    m_tree = tree;
    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new EntitySwatchDelegate(EntityModel::TypeRole, m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(EntityModel::CountColumn, Qt::DescendingOrder);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAccessibleName(tr("Entities"));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(EntityModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(EntityModel::CountColumn, QHeaderView::ResizeToContents);
    tree->setMergeHandler([this](const QList<qint64> &sources, qint64 into) { mergeEntities(sources, into); });
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &EntitySidebar::showContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &EntitySidebar::currentChanged);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(EntityModel::EntityIdRole).toLongLong())
            Q_EMIT filterRequested({id});
    });
    connect(m_tree, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(EntityModel::EntityIdRole).toLongLong())
            Q_EMIT entityActivated(id); // again, e.g. after another article was shown
    });

    // The model resets on every load; the selection survives by id.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &EntitySidebar::rememberSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EntitySidebar::restoreSelection);

    m_relatedTitle = new QLabel(this);
    m_relatedTitle->setTextFormat(Qt::PlainText);
    m_relatedView = new QTreeView(this);
    m_relatedView->setModel(m_related);
    m_relatedView->setItemDelegate(new EntitySwatchDelegate(RelatedEntityModel::TypeRole, m_relatedView));
    m_relatedView->setRootIsDecorated(false);
    m_relatedView->setUniformRowHeights(true);
    m_relatedView->setAccessibleName(tr("Related entities"));
    m_relatedView->header()->setStretchLastSection(false);
    m_relatedView->header()->setSectionResizeMode(RelatedEntityModel::NameColumn, QHeaderView::Stretch);
    m_relatedView->header()->setSectionResizeMode(RelatedEntityModel::SentencesColumn, QHeaderView::ResizeToContents);
    m_relatedView->header()->setSectionResizeMode(RelatedEntityModel::ArticlesColumn, QHeaderView::ResizeToContents);
    connect(m_relatedView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        selectEntity(index.data(RelatedEntityModel::EntityIdRole).toLongLong());
    });
    updateRelatedTitle();

    auto *relatedPane = new QWidget(this);
    auto *relatedLayout = new QVBoxLayout(relatedPane);
    relatedLayout->setContentsMargins(0, 4, 0, 0);
    relatedLayout->addWidget(m_relatedTitle);
    relatedLayout->addWidget(m_relatedView);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(relatedPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_filter);
    layout->addWidget(splitter, 1);
    m_previousMention->setEnabled(false);
    m_nextMention->setEnabled(false);
}

EntitySidebar::~EntitySidebar() = default;

void EntitySidebar::setDatabasePath(const QString &path)
{
    m_reviewer->setDatabasePath(path);
    m_related->setEntityId(0);
    m_related->setDatabasePath(path);
    m_model->setDatabasePath(path);
}

void EntitySidebar::setUndoStack(QUndoStack *stack)
{
    m_undoStack = stack;
}

void EntitySidebar::setCurrentArticle(qint64 articleId)
{
    m_model->setArticleId(articleId);
}

void EntitySidebar::setScope(EntityModel::Scope scope)
{
    const QSignalBlocker blocker(m_thisArticle);
    m_thisArticle->setChecked(scope == EntityModel::Scope::Article);
    m_allArticles->setChecked(scope == EntityModel::Scope::Corpus);
    m_model->setScope(scope);
}

EntityModel::Scope EntitySidebar::scope() const
{
    return m_model->scope();
}

void EntitySidebar::reload()
{
    m_model->reload();
    m_related->reload();
}

QList<EntityRow> EntitySidebar::selectedEntities() const
{
    QList<EntityRow> rows;
    const QModelIndexList selected = m_tree->selectionModel()->selectedRows(EntityModel::NameColumn);
    for (const QModelIndex &index : selected) {
        if (const auto row = m_model->entity(index.data(EntityModel::EntityIdRole).toLongLong()))
            rows.append(*row);
    }
    return rows;
}

void EntitySidebar::selectEntity(qint64 id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfEntity(id));
    if (!index.isValid())
        return;
    m_tree->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

QList<FilterChips::Chip> EntitySidebar::chipsFor(const QList<qint64> &ids) const
{
    QList<FilterChips::Chip> chips;
    for (const qint64 id : ids) {
        if (const auto row = m_model->entity(id))
            chips.append({row->id, row->name, row->type});
    }
    return chips;
}

void EntitySidebar::currentChanged()
{
    const qint64 id = m_tree->currentIndex().data(EntityModel::EntityIdRole).toLongLong();
    m_related->setEntityId(id);
    updateRelatedTitle();
    m_previousMention->setEnabled(id != 0);
    m_nextMention->setEnabled(id != 0);
    if (id)
        Q_EMIT entityActivated(id);
}

void EntitySidebar::updateRelatedTitle()
{
    const auto row = m_model->entity(m_related->entityId());
    m_relatedTitle->setText(row ? tr("Related to %1").arg(row->name) : tr("Related entities"));
}

void EntitySidebar::rememberSelection()
{
    m_rememberedSelection.clear();
    const QModelIndexList selected = m_tree->selectionModel()->selectedRows(EntityModel::NameColumn);
    for (const QModelIndex &index : selected)
        m_rememberedSelection.append(index.data(EntityModel::EntityIdRole).toLongLong());
    m_rememberedCurrent = m_tree->currentIndex().data(EntityModel::EntityIdRole).toLongLong();
}

void EntitySidebar::restoreSelection()
{
    m_tree->expandAll();
    QItemSelection selection;
    for (const qint64 id : std::as_const(m_rememberedSelection)) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfEntity(id));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(EntityModel::CountColumn));
    }
    const QModelIndex current = m_proxy->mapFromSource(m_model->indexOfEntity(m_rememberedCurrent));
    const QSignalBlocker blocker(m_tree->selectionModel()); // the same entity: no new activation
    m_tree->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_tree->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    m_tree->viewport()->update();
    if (!current.isValid() && m_related->entityId()) {
        m_related->setEntityId(0);
        updateRelatedTitle();
    }
}

void EntitySidebar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_thisArticle->setText(tr("This article"));
        m_allArticles->setText(tr("All articles"));
        m_filter->setPlaceholderText(tr("Filter entities…"));
        updateRelatedTitle();
    }
}

void EntitySidebar::push(const ReviewAction &action)
{
    if (action.corrections.isEmpty())
        return;
    if (m_undoStack) {
        m_undoStack->push(new EntityReviewCommand(m_reviewer, action));
        return;
    }
    m_reviewer->apply(action);
}

} // namespace Annalist
