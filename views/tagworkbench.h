#pragma once

#include "store/tagstore.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace Annalist {

class AnalystEditor;
class ArticleListModel;
class ArticleListPane;
class MetadataDialog;
class QuickTagPopup;
class TagPane;

// Everything tags, article metadata and saved searches add to the main window, in one place:
// the Tags dock (tag tree, manager, saved searches), chips and drag in the article list, the
// list's Tags context menu, the quick-tag popup (Ctrl+T), the metadata form, Save Search… and
// the search box's error marker. Every edit goes on the window's undo stack.
class TagWorkbench final : public QObject
{
    Q_OBJECT
public:
    TagWorkbench(QMainWindow *window, ArticleListModel *model, ArticleListPane *list, QUndoStack *undoStack);
    ~TagWorkbench() override;
    Q_DISABLE_COPY_MOVE(TagWorkbench)

    void setDatabasePath(const QString &path);
    // The article the source view shows: what Edit Metadata… edits when the list has no selection.
    void setShownArticle(qint64 articleId) { m_shownArticle = articleId; }

    QDockWidget *dock() const { return m_dock; }
    TagPane *pane() const { return m_pane; }
    AnalystEditor *editor() const { return m_editor; }
    QuickTagPopup *quickTagPopup() const { return m_quickTag; }
    QAction *quickTagAction() const { return m_quickTagAction; }
    QAction *editMetadataAction() const { return m_metadataAction; }
    QAction *saveSearchAction() const { return m_saveSearchAction; }
    // For the article list's context menu: Tags ▸ (add, remove), Edit Metadata….
    QList<QAction *> contextActions() const;
    // Edit-menu entries.
    void addActionsTo(QMenu *menu);

    // What the actions do, callable directly (tests, scripting).
    void addTag(const QList<qint64> &articles, const QString &path);
    void removeTag(const QList<qint64> &articles, qint64 tagId);
    void showQuickTag();
    // Opens the metadata form for the article (non-modal; returned for tests), nullptr if it
    // cannot be read.
    MetadataDialog *editMetadata(qint64 articleId);
    // Saves the search box's query under name; false with a message when refused.
    bool saveSearch(const QString &name);
    void runSavedSearch(const QString &query);

Q_SIGNALS:
    void message(const QString &text, int timeout);
    // An article's metadata changed (or changed back): the reader and panes show it again.
    void metadataChanged(qint64 articleId);
    // Tag names, colours or the set of tags changed (annotations show tags too).
    void tagsChanged();

private:
    QList<qint64> selection() const;
    void fillTagsMenu(QMenu *menu);
    void askSaveSearch();
    void markSearchError(const QString &message);
    void setTagFilter(const QList<qint64> &tagIds, TagMatch match);

    QPointer<QMainWindow> m_window;
    ArticleListModel *m_model;
    ArticleListPane *m_list;
    QPointer<QUndoStack> m_undo;
    AnalystEditor *m_editor;
    TagPane *m_pane;
    QDockWidget *m_dock;
    QuickTagPopup *m_quickTag;
    QAction *m_quickTagAction;
    QAction *m_metadataAction;
    QAction *m_saveSearchAction;
    QAction *m_tagsMenuAction;
    QAction *m_contextSeparator;
    QAction *m_searchError;
    QMenu *m_tagsMenu;
    qint64 m_shownArticle = 0;
};

} // namespace Annalist
