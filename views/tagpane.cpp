#include "tagpane.h"

#include "itemmodels/analysteditor.h"
#include "itemmodels/tagtreemodel.h"
#include "tagcommands.h"

#include <QButtonGroup>
#include <QColorDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Annalist {

namespace {

QToolButton *makeButton(const QString &text, QWidget *parent, bool checkable = false)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setCheckable(checkable);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

QLabel *makeHint(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setContentsMargins(6, 2, 6, 2);
    return label;
}

} // namespace

TagPane::TagPane(AnalystEditor *editor, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_undo(undoStack)
    , m_model(new TagTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_newTag(makeButton(tr("New Tag…"), this))
    , m_manage(makeButton(tr("Manage"), this))
    , m_matchAll(makeButton(tr("All"), this, true))
    , m_matchAny(makeButton(tr("Any"), this, true))
    , m_showAll(makeButton(tr("Show All"), this))
    , m_hint(makeHint(this))
    , m_searches(new QListWidget(this))
    , m_searchHint(makeHint(this))
{
    m_newTag->setToolTip(tr("Create a tag; use / for levels, as in policy/export-controls"));
    m_manage->setPopupMode(QToolButton::InstantPopup);
    auto *manageMenu = new QMenu(m_manage);
    m_manage->setMenu(manageMenu);
    connect(manageMenu, &QMenu::aboutToShow, this, [this, manageMenu] {
        manageMenu->clear();
        addManagerActions(manageMenu, currentTag());
    });
    m_matchAll->setToolTip(tr("List the articles that carry every selected tag"));
    m_matchAny->setToolTip(tr("List the articles that carry any of the selected tags"));
    m_matchAll->setChecked(true);
    auto *matchGroup = new QButtonGroup(this);
    matchGroup->addButton(m_matchAll);
    matchGroup->addButton(m_matchAny);
    connect(m_matchAll, &QToolButton::toggled, this, [this] { emitFilter(); });
    m_showAll->setToolTip(tr("Clear the tag filter"));
    connect(m_showAll, &QToolButton::clicked, m_tree, [this] { m_tree->clearSelection(); });
    connect(m_newTag, &QToolButton::clicked, this, [this] { askNewTag(currentTag()); });

    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Tags"));
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setDragDropMode(QAbstractItemView::DropOnly);
    m_tree->setDefaultDropAction(Qt::CopyAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->setAcceptDrops(true);
    m_tree->viewport()->setAcceptDrops(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TagTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(TagTreeModel::CountColumn, QHeaderView::ResizeToContents);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &TagPane::showTreeMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_restoring)
            emitFilter();
    });
    connect(m_tree, &QTreeView::collapsed, this,
            [this](const QModelIndex &index) { m_collapsed.insert(index.data(TagTreeModel::PathRole).toString()); });
    connect(m_tree, &QTreeView::expanded, this,
            [this](const QModelIndex &index) { m_collapsed.remove(index.data(TagTreeModel::PathRole).toString()); });
    connect(m_model, &TagTreeModel::articlesDropped, this, &TagPane::assignDropped);

    m_searches->setAccessibleName(tr("Saved searches"));
    m_searches->setContextMenuPolicy(Qt::CustomContextMenu);
    m_searches->setUniformItemSizes(true);
    connect(m_searches, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT savedSearchActivated(item->data(Qt::UserRole + 1).toString());
    });
    connect(m_searches, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT savedSearchActivated(item->data(Qt::UserRole + 1).toString());
    });
    connect(m_searches, &QListWidget::customContextMenuRequested, this, &TagPane::showSearchMenu);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(2);
    buttons->addWidget(m_newTag);
    buttons->addWidget(m_manage);
    buttons->addStretch(1);
    auto *matchLabel = new QLabel(tr("Match:"), this);
    matchLabel->setForegroundRole(QPalette::PlaceholderText);
    buttons->addWidget(matchLabel);
    buttons->addWidget(m_matchAll);
    buttons->addWidget(m_matchAny);
    buttons->addWidget(m_showAll);

    auto *tagsPart = new QWidget(this);
    auto *tagsLayout = new QVBoxLayout(tagsPart);
    tagsLayout->setContentsMargins(0, 0, 0, 0);
    tagsLayout->setSpacing(2);
    tagsLayout->addLayout(buttons);
    tagsLayout->addWidget(m_tree, 1);
    tagsLayout->addWidget(m_hint);

    auto *searchesPart = new QWidget(this);
    auto *searchesLayout = new QVBoxLayout(searchesPart);
    searchesLayout->setContentsMargins(0, 0, 0, 0);
    searchesLayout->setSpacing(2);
    auto *searchesTitle = new QLabel(tr("Saved searches"), searchesPart);
    QFont bold = searchesTitle->font();
    bold.setBold(true);
    searchesTitle->setFont(bold);
    searchesTitle->setContentsMargins(4, 4, 4, 0);
    searchesLayout->addWidget(searchesTitle);
    searchesLayout->addWidget(m_searches, 1);
    searchesLayout->addWidget(m_searchHint);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(tagsPart);
    splitter->addWidget(searchesPart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    if (m_editor) {
        connect(m_editor, &AnalystEditor::tagsChanged, this, &TagPane::reloadTags);
        connect(m_editor, &AnalystEditor::savedSearchesChanged, this, &TagPane::reloadSearches);
    }
    reload();
}

TagPane::~TagPane() = default;

void TagPane::reload()
{
    reloadTags();
    reloadSearches();
}

void TagPane::reloadTags()
{
    const QList<qint64> selected = selectedTags();
    const qint64 current = currentTag();
    m_restoring = true;
    m_model->setTags(m_editor ? m_editor->tags() : QList<Tag>());
    m_tree->expandAll();
    for (const QString &path : std::as_const(m_collapsed)) {
        for (const Tag &tag : m_model->tags()) {
            if (tag.name.compare(path, Qt::CaseInsensitive) == 0)
                m_tree->collapse(m_model->indexOf(tag.id));
        }
    }
    selectTags(selected);
    if (const QModelIndex index = m_model->indexOf(current); index.isValid())
        m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_restoring = false;
    updateHint();
    // A deleted tag leaves the filter; an unchanged selection leaves the list alone.
    emitFilter();
}

void TagPane::reloadSearches()
{
    const QString current = m_searches->currentItem() ? m_searches->currentItem()->text() : QString();
    m_searches->clear();
    const QList<SavedSearch> searches = m_editor ? m_editor->savedSearches() : QList<SavedSearch>();
    for (const SavedSearch &search : searches) {
        auto *item = new QListWidgetItem(search.name, m_searches);
        item->setData(Qt::UserRole, search.id);
        item->setData(Qt::UserRole + 1, search.query);
        item->setToolTip(search.query);
        if (search.name == current)
            m_searches->setCurrentItem(item);
    }
    m_searchHint->setText(tr("Save what you typed in the search box with Edit ▸ Save Search…"));
    m_searchHint->setVisible(searches.isEmpty());
}

void TagPane::updateHint()
{
    m_hint->setText(tr("No tags yet. Create one with New Tag…, or select articles and press Ctrl+T."));
    m_hint->setVisible(m_model->rowCount() == 0);
    m_showAll->setEnabled(!selectedTags().isEmpty());
}

QList<qint64> TagPane::selectedTags() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows(TagTreeModel::NameColumn);
    for (const QModelIndex &index : rows)
        ids.append(index.data(TagTreeModel::TagIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TagPane::selectTags(const QList<qint64> &tagIds)
{
    QItemSelection selection;
    for (const qint64 id : tagIds) {
        const QModelIndex first = m_model->indexOf(id, TagTreeModel::NameColumn);
        if (first.isValid())
            selection.select(first, m_model->indexOf(id, TagTreeModel::CountColumn));
    }
    m_tree->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

TagMatch TagPane::match() const
{
    return m_matchAny->isChecked() ? TagMatch::Any : TagMatch::All;
}

void TagPane::setMatch(TagMatch match)
{
    (match == TagMatch::Any ? m_matchAny : m_matchAll)->setChecked(true);
}

void TagPane::emitFilter()
{
    const QList<qint64> ids = selectedTags();
    m_showAll->setEnabled(!ids.isEmpty());
    // With one tag or none, All and Any mean the same.
    m_matchAll->setEnabled(ids.size() > 1);
    m_matchAny->setEnabled(ids.size() > 1);
    if (ids == m_lastFilter && (ids.size() < 2 || match() == m_lastMatch))
        return;
    m_lastFilter = ids;
    m_lastMatch = match();
    Q_EMIT filterChanged(ids, match());
}

qint64 TagPane::currentTag() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() && m_tree->selectionModel()->isSelected(current)
        ? current.data(TagTreeModel::TagIdRole).toLongLong()
        : 0;
}

QList<qint64> TagPane::descendantsOf(qint64 tagId) const
{
    QList<qint64> result;
    const Tag *root = m_model->tag(tagId);
    if (!root)
        return result;
    const QString prefix = root->name + QLatin1Char('/');
    for (const Tag &tag : m_model->tags()) {
        if (tag.name.startsWith(prefix, Qt::CaseInsensitive))
            result.append(tag.id);
    }
    return result;
}

void TagPane::createTag(const QString &path)
{
    if (!m_editor)
        return;
    if (const QString problem = m_editor->checkNewPath(path); !problem.isEmpty()) {
        Q_EMIT m_editor->failed(problem);
        return;
    }
    auto *command = TagAssignCommand::create(m_editor, path);
    if (m_undo)
        m_undo->push(command);
    else {
        command->redo();
        delete command;
    }
}

void TagPane::renameTag(qint64 tagId, const QString &newPath)
{
    const Tag *tag = m_model->tag(tagId);
    if (!m_editor || !tag || TagStore::normalizedPath(newPath) == tag->name)
        return;
    if (const QString problem = m_editor->checkNewPath(newPath, tagId); !problem.isEmpty()) {
        Q_EMIT m_editor->failed(problem);
        return;
    }
    auto *command = new TagRenameCommand(m_editor, tagId, tag->name, newPath);
    if (m_undo)
        m_undo->push(command);
    else {
        command->redo();
        delete command;
    }
}

void TagPane::recolorTag(qint64 tagId, const QString &color)
{
    const Tag *tag = m_model->tag(tagId);
    if (!m_editor || !tag || tag->color == color)
        return;
    auto *command = new TagColorCommand(m_editor, *tag, color);
    if (m_undo)
        m_undo->push(command);
    else {
        command->redo();
        delete command;
    }
}

void TagPane::deleteTag(qint64 tagId)
{
    const Tag *tag = m_model->tag(tagId);
    if (!m_editor || !tag)
        return;
    auto *command = new TagDeleteCommand(m_editor, *tag);
    if (m_undo)
        m_undo->push(command);
    else {
        command->redo();
        delete command;
    }
}

void TagPane::assignDropped(const QList<qint64> &articleIds, qint64 tagId)
{
    const Tag *tag = m_model->tag(tagId);
    if (!m_editor || !tag || articleIds.isEmpty())
        return;
    auto *command = TagAssignCommand::add(m_editor, articleIds, tag->name);
    if (m_undo)
        m_undo->push(command);
    else {
        command->redo();
        delete command;
    }
}

QString TagPane::deleteConfirmation(qint64 tagId) const
{
    const Tag *tag = m_model->tag(tagId);
    if (!tag)
        return {};
    const int subtags = int(descendantsOf(tagId).size());
    // Distinct articles under the whole branch, not the sum of the counts.
    const int carrying = m_editor ? m_editor->articlesCarrying(tagId) : tag->articles;
    const QString question = subtags > 0
        ? tr("Delete the tag “%1” and its %n subtag(s)?", nullptr, subtags).arg(tag->name)
        : tr("Delete the tag “%1”?").arg(tag->name);
    const QString carried = carrying > 0 ? subtags > 0 ? tr("%n article(s) carry them; the articles themselves stay.", nullptr, carrying)
                                                     : tr("%n article(s) carry it; the articles themselves stay.", nullptr, carrying)
                                         : tr("No article carries it.");
    return question + QLatin1Char(' ') + carried + QLatin1Char(' ') + tr("Edit ▸ Undo brings it back.");
}

void TagPane::askNewTag(qint64 parentId)
{
    const Tag *parent = m_model->tag(parentId);
    const QString start = parent ? parent->name + QLatin1Char('/') : QString();
    bool ok = false;
    const QString path = QInputDialog::getText(this, tr("New Tag"),
                                               tr("Tag name (use / for levels, as in policy/export-controls):"),
                                               QLineEdit::Normal, start, &ok);
    if (ok && !path.trimmed().isEmpty())
        createTag(path);
}

void TagPane::askRename(qint64 tagId)
{
    const Tag *tag = m_model->tag(tagId);
    if (!tag)
        return;
    bool ok = false;
    const QString path = QInputDialog::getText(
        this, tr("Rename Tag"), tr("New path for “%1” (its subtags move along):").arg(tag->name), QLineEdit::Normal,
        tag->name, &ok);
    if (ok)
        renameTag(tagId, path);
}

void TagPane::askColor(qint64 tagId)
{
    const Tag *tag = m_model->tag(tagId);
    if (!tag)
        return;
    const QColor colour =
        QColorDialog::getColor(TagTreeModel::colorOf(*tag), this, tr("Colour of “%1”").arg(tag->name));
    if (colour.isValid())
        recolorTag(tagId, colour.name());
}

void TagPane::askDelete(qint64 tagId)
{
    const Tag *tag = m_model->tag(tagId);
    if (!tag)
        return;
    const auto answer = QMessageBox::question(this, tr("Delete Tag"), deleteConfirmation(tagId),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        deleteTag(tagId);
}

void TagPane::addManagerActions(QMenu *menu, qint64 tagId)
{
    const Tag *tag = m_model->tag(tagId);
    menu->addAction(tr("New Tag…"), this, [this] { askNewTag(0); });
    if (!tag) {
        menu->addSeparator();
        menu->addAction(tr("Select a tag to rename, recolour or delete it"))->setEnabled(false);
        return;
    }
    const QString name = tag->name;
    menu->addAction(tr("New Subtag of “%1”…").arg(name), this, [this, tagId] { askNewTag(tagId); });
    menu->addSeparator();
    menu->addAction(tr("Rename “%1”…").arg(name), this, [this, tagId] { askRename(tagId); });
    menu->addAction(tr("Colour…"), this, [this, tagId] { askColor(tagId); });
    if (!tag->color.isEmpty())
        menu->addAction(tr("Default Colour"), this, [this, tagId] { recolorTag(tagId, QString()); });
    menu->addSeparator();
    menu->addAction(tr("Delete “%1”…").arg(name), this, [this, tagId] { askDelete(tagId); });
}

void TagPane::showTreeMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    QMenu menu(this);
    addManagerActions(&menu, index.isValid() ? index.data(TagTreeModel::TagIdRole).toLongLong() : 0);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void TagPane::askRenameSearch(QListWidgetItem *item)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Saved Search"), tr("Name:"), QLineEdit::Normal,
                                               item->text(), &ok);
    if (ok && m_editor && name.trimmed() != item->text())
        m_editor->renameSearch(item->data(Qt::UserRole).toLongLong(), name);
}

void TagPane::showSearchMenu(const QPoint &position)
{
    QListWidgetItem *item = m_searches->itemAt(position);
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const QString query = item->data(Qt::UserRole + 1).toString();
    const QString name = item->text();
    QMenu menu(this);
    menu.addAction(tr("Run"), this, [this, query] { Q_EMIT savedSearchActivated(query); });
    menu.addAction(tr("Rename…"), this, [this, item] { askRenameSearch(item); });
    menu.addAction(tr("Delete"), this, [this, id, name] {
        if (QMessageBox::question(this, tr("Delete Saved Search"), tr("Delete the saved search “%1”?").arg(name),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                == QMessageBox::Yes
            && m_editor)
            m_editor->removeSearch(id);
    });
    menu.exec(m_searches->viewport()->mapToGlobal(position));
}

} // namespace Annalist
