#include "tagworkbench.h"

#include "articlelistpane.h"
#include "itemmodels/analysteditor.h"
#include "itemmodels/articlelistmodel.h"
#include "metadatadialog.h"
#include "quicktagpopup.h"
#include "store/searchquery.h"
#include "tagchipdelegate.h"
#include "tagcommands.h"
#include "tagpane.h"

#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QStyle>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>

namespace Annalist {

TagWorkbench::TagWorkbench(QMainWindow *window, ArticleListModel *model, ArticleListPane *list, QUndoStack *undoStack)
    : QObject(window)
    , m_window(window)
    , m_model(model)
    , m_list(list)
    , m_undo(undoStack)
    , m_editor(new AnalystEditor(this))
{
    m_pane = new TagPane(m_editor, undoStack, window);
    m_dock = new QDockWidget(tr("Tags"), window);
    m_dock->setObjectName(QStringLiteral("TagsDock"));
    m_dock->setWidget(m_pane);
    m_quickTag = new QuickTagPopup(window);

    // The list: chips in the title cell, rows drag out onto tags.
    QTreeView *view = m_list->view();
    view->setItemDelegateForColumn(ArticleListModel::TitleColumn,
                                   new TagChipDelegate(ArticleListModel::TitleColumn, view));
    view->setDragEnabled(true);
    view->setDragDropMode(QAbstractItemView::DragOnly);
    view->setDefaultDropAction(Qt::CopyAction);

    m_quickTagAction = new QAction(tr("&Tag Selected Articles…"), this);
    m_quickTagAction->setShortcut(QKeySequence(tr("Ctrl+T", "Tag Selected Articles")));
    m_quickTagAction->setStatusTip(tr("Give the selected articles a tag, typed with completion (undoable)"));
    connect(m_quickTagAction, &QAction::triggered, this, &TagWorkbench::showQuickTag);
    m_metadataAction = new QAction(tr("Edit Article &Metadata…"), this);
    m_metadataAction->setShortcut(QKeySequence(tr("Ctrl+Shift+M", "Edit Article Metadata")));
    m_metadataAction->setStatusTip(tr("Correct the title, source, author, URL or publication date (undoable)"));
    connect(m_metadataAction, &QAction::triggered, this, [this] {
        const QList<qint64> selected = selection();
        const qint64 id = selected.size() == 1 ? selected.constFirst() : m_shownArticle;
        if (id)
            editMetadata(id);
    });
    m_saveSearchAction = new QAction(tr("Sa&ve Search…"), this);
    m_saveSearchAction->setStatusTip(tr("Keep the search box's query under a name in the Tags pane"));
    m_saveSearchAction->setIcon(window->style()->standardIcon(QStyle::SP_DialogSaveButton));
    connect(m_saveSearchAction, &QAction::triggered, this, &TagWorkbench::askSaveSearch);
    m_tagsMenu = new QMenu(tr("Tags"), window);
    m_tagsMenuAction = m_tagsMenu->menuAction();
    m_contextSeparator = new QAction(this);
    m_contextSeparator->setSeparator(true);
    connect(m_tagsMenu, &QMenu::aboutToShow, this, [this] { fillTagsMenu(m_tagsMenu); });

    // The search box: Save Search… at its end, a warning marker at its start while the query
    // cannot be read (clicking it puts the cursor where the problem is).
    QLineEdit *search = m_list->searchField();
    search->addAction(m_saveSearchAction, QLineEdit::TrailingPosition);
    m_searchError = new QAction(window->style()->standardIcon(QStyle::SP_MessageBoxWarning), QString(), this);
    // Added to the box only while there is a problem: a hidden action still shows its button.
    connect(m_searchError, &QAction::triggered, this, [this] {
        QLineEdit *field = m_list->searchField();
        const SearchQuery parsed = SearchQuery::parse(field->text());
        field->setFocus(Qt::OtherFocusReason);
        if (!parsed.isValid())
            field->setCursorPosition(int(std::max<qsizetype>(0, parsed.errorPosition())));
    });
    connect(m_model, &ArticleListModel::queryFailed, this, &TagWorkbench::markSearchError);
    connect(m_model, &ArticleListModel::loaded, this, [this] { markSearchError({}); });

    connect(m_pane, &TagPane::filterChanged, this, &TagWorkbench::setTagFilter);
    connect(m_pane, &TagPane::savedSearchActivated, this, &TagWorkbench::runSavedSearch);
    connect(m_quickTag, &QuickTagPopup::tagChosen, this, [this](const QString &path) { addTag(selection(), path); });
    connect(m_editor, &AnalystEditor::failed, this, [this](const QString &text) { Q_EMIT message(text, 10000); });
    connect(m_editor, &AnalystEditor::tagsChanged, this, [this] {
        m_model->refreshTags({}); // names and colours of the chips
        Q_EMIT tagsChanged();
    });
    connect(m_editor, &AnalystEditor::articleTagsChanged, this, [this](const QList<qint64> &ids) {
        // Listed by tag: an article that lost (or gained) one may leave (or join) the list.
        if (!m_model->query().tagIds.isEmpty())
            m_model->reload();
        else
            m_model->refreshTags(ids);
    });
    connect(m_editor, &AnalystEditor::metadataChanged, this, [this](qint64 id) {
        m_model->reload();
        Q_EMIT metadataChanged(id);
    });
}

TagWorkbench::~TagWorkbench() = default;

void TagWorkbench::setDatabasePath(const QString &path)
{
    m_shownArticle = 0;
    if (!m_editor->setDatabasePath(path))
        Q_EMIT message(m_editor->errorString(), 10000);
}

QList<QAction *> TagWorkbench::contextActions() const
{
    return {m_tagsMenuAction, m_quickTagAction, m_metadataAction, m_contextSeparator};
}

void TagWorkbench::addActionsTo(QMenu *menu)
{
    menu->addAction(m_quickTagAction);
    menu->addAction(m_metadataAction);
    menu->addAction(m_saveSearchAction);
}

QList<qint64> TagWorkbench::selection() const
{
    QModelIndexList rows = m_list->view()->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows)) {
        if (const qint64 id = m_model->articleId(row.row()))
            ids.append(id);
    }
    return ids;
}

void TagWorkbench::addTag(const QList<qint64> &articles, const QString &path)
{
    if (articles.isEmpty())
        return;
    auto *command = TagAssignCommand::add(m_editor, articles, path);
    if (m_undo) {
        m_undo->push(command);
        return;
    }
    command->redo();
    delete command;
}

void TagWorkbench::removeTag(const QList<qint64> &articles, qint64 tagId)
{
    const auto tag = m_editor->tag(tagId);
    if (articles.isEmpty() || !tag)
        return;
    auto *command = TagAssignCommand::remove(m_editor, articles, tagId, tag->name);
    if (m_undo) {
        m_undo->push(command);
        return;
    }
    command->redo();
    delete command;
}

void TagWorkbench::fillTagsMenu(QMenu *menu)
{
    menu->clear();
    const QList<qint64> articles = selection();
    if (articles.isEmpty()) {
        menu->addAction(tr("Select articles to tag them"))->setEnabled(false);
        return;
    }
    // How many of the selected articles carry each tag (the rows hold their tag ids).
    QHash<qint64, int> carried;
    for (const qint64 id : articles) {
        const int row = m_model->rowOfArticle(id);
        const auto ids = m_model->data(m_model->index(row, 0), ArticleListModel::TagIdsRole).value<QList<qint64>>();
        for (const qint64 tagId : ids)
            ++carried[tagId];
    }
    menu->addAction(m_quickTagAction);
    const QList<Tag> tags = m_editor->tags();
    QMenu *add = menu->addMenu(tr("Add Tag"));
    QMenu *remove = menu->addMenu(tr("Remove Tag"));
    for (const Tag &tag : tags) {
        const int count = carried.value(tag.id);
        if (count < articles.size()) {
            const QString label = count > 0 ? tr("%1 (%2 of %3 have it)").arg(tag.name).arg(count).arg(articles.size())
                                            : tag.name;
            add->addAction(label, this, [this, articles, path = tag.name] { addTag(articles, path); });
        }
        if (count > 0) {
            const QString label = count < articles.size()
                ? tr("%1 (%2 of %3 have it)").arg(tag.name).arg(count).arg(articles.size())
                : tag.name;
            remove->addAction(label, this, [this, articles, id = tag.id] { removeTag(articles, id); });
        }
    }
    add->setEnabled(!add->isEmpty());
    remove->setEnabled(!remove->isEmpty());
}

void TagWorkbench::showQuickTag()
{
    const QList<qint64> articles = selection();
    if (articles.isEmpty()) {
        Q_EMIT message(tr("Select the articles to tag first."), 5000);
        return;
    }
    QStringList paths;
    for (const Tag &tag : m_editor->tags())
        paths.append(tag.name);
    // Under the current row, where the analyst is looking.
    QTreeView *view = m_list->view();
    QRect rect = view->visualRect(view->currentIndex());
    if (!rect.isValid() || !view->viewport()->rect().intersects(rect))
        rect = QRect(view->viewport()->rect().topLeft(), QSize(1, 1));
    m_quickTag->popup(paths, int(articles.size()), view->viewport()->mapToGlobal(rect.bottomLeft() + QPoint(24, 2)));
}

MetadataDialog *TagWorkbench::editMetadata(qint64 articleId)
{
    const auto before = m_editor->metadata(articleId);
    if (!before) {
        Q_EMIT message(tr("The article's metadata could not be read: %1").arg(m_editor->errorString()), 10000);
        return nullptr;
    }
    auto apply = [this, articleId, before = *before](const ArticleMetadata &after) -> QString {
        if (after == before)
            return {};
        auto *command = new MetadataEditCommand(m_editor, articleId, before, after);
        if (!m_undo) {
            command->redo();
            const bool ok = !command->isObsolete();
            delete command;
            return ok ? QString() : m_editor->errorString();
        }
        const int index = m_undo->index();
        m_undo->push(command); // deleted again by the stack when the editor refused it
        return m_undo->index() > index ? QString() : m_editor->errorString();
    };
    auto *dialog = new MetadataDialog(*before, apply, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void TagWorkbench::askSaveSearch()
{
    const QString query = m_list->searchField()->text().trimmed();
    if (query.isEmpty()) {
        Q_EMIT message(tr("Type a search in the search box first; then save it under a name."), 8000);
        m_list->searchField()->setFocus(Qt::OtherFocusReason);
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Save Search"), tr("Name for “%1”:").arg(query),
                                               QLineEdit::Normal, query, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    for (const SavedSearch &existing : m_editor->savedSearches()) {
        if (existing.name.compare(name, Qt::CaseInsensitive) == 0 && existing.query != query
            && QMessageBox::question(m_window, tr("Save Search"),
                                     tr("A saved search “%1” exists (%2). Replace its query?").arg(existing.name,
                                                                                                   existing.query),
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                != QMessageBox::Yes)
            return;
    }
    saveSearch(name);
}

bool TagWorkbench::saveSearch(const QString &name)
{
    const QString query = m_list->searchField()->text().trimmed();
    if (query.isEmpty()) {
        Q_EMIT message(tr("Type a search in the search box first; then save it under a name."), 8000);
        return false;
    }
    if (!m_editor->saveSearch(name, query))
        return false;
    Q_EMIT message(tr("Saved the search “%1”.").arg(name.trimmed()), 5000);
    return true;
}

void TagWorkbench::runSavedSearch(const QString &query)
{
    m_list->searchField()->setText(query);
    // At once rather than after the typing pause; the debounced run then finds nothing new.
    ArticleQuery current = m_model->query();
    current.search = query;
    m_model->setQuery(current);
}

void TagWorkbench::setTagFilter(const QList<qint64> &tagIds, TagMatch match)
{
    ArticleQuery query = m_model->query();
    query.tagIds = tagIds;
    query.tagMatch = match;
    m_model->setQuery(query);
}

void TagWorkbench::markSearchError(const QString &text)
{
    QLineEdit *field = m_list->searchField();
    if (text.isEmpty()) {
        field->removeAction(m_searchError);
        field->setPalette(QPalette());
        field->setToolTip(QString());
        return;
    }
    // The list keeps its last rows; the box says what is wrong and where.
    const QString query = field->text();
    const SearchQuery parsed = SearchQuery::parse(query);
    QString marked = query.toHtmlEscaped();
    if (!parsed.isValid() && parsed.errorPosition() >= 0) {
        const qsizetype at = std::min<qsizetype>(parsed.errorPosition(), query.size());
        const QString here = at < query.size() ? query.mid(at, 1).toHtmlEscaped() : QStringLiteral("&nbsp;");
        marked = query.left(at).toHtmlEscaped() + QStringLiteral("<span style=\"background:#f1948a\">") + here
            + QStringLiteral("</span>") + query.mid(at + 1).toHtmlEscaped();
    }
    const QString tip = QStringLiteral("<p><code>%1</code></p><p>%2</p>").arg(marked, text.toHtmlEscaped());
    m_searchError->setToolTip(tip);
    if (!field->actions().contains(m_searchError))
        field->addAction(m_searchError, QLineEdit::LeadingPosition);
    field->setToolTip(tip);
    QPalette palette = field->palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor warn(0xe7, 0x4c, 0x3c);
    palette.setColor(QPalette::Base, QColor((base.red() * 4 + warn.red()) / 5, (base.green() * 4 + warn.green()) / 5,
                                            (base.blue() * 4 + warn.blue()) / 5));
    field->setPalette(palette);
}

} // namespace Annalist
