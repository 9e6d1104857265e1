#pragma once

#include "store/tagstore.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QToolButton;
class QTreeView;
class QUndoStack;

namespace Annalist {

class AnalystEditor;
class TagTreeModel;

// Dock content for the analyst's tags and saved searches. The tree shows the tag hierarchy
// with colour swatches and article counts; selecting tags filters the article list (several:
// every one of them or any, by the All/Any switch); articles dropped on a tag get it. The tag
// manager (toolbar and context menu) creates, renames (descendants move along), recolours and
// deletes tags — each an undoable command. Below, the saved searches: click runs one.
class TagPane final : public QWidget
{
    Q_OBJECT
public:
    TagPane(AnalystEditor *editor, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~TagPane() override;
    Q_DISABLE_COPY_MOVE(TagPane)

    TagTreeModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    QListWidget *savedSearchList() const { return m_searches; }
    QToolButton *matchAllButton() const { return m_matchAll; }
    QToolButton *matchAnyButton() const { return m_matchAny; }

    QList<qint64> selectedTags() const;
    void selectTags(const QList<qint64> &tagIds);
    TagMatch match() const;
    void setMatch(TagMatch match);

    // The tag manager's actions without their dialogs (the menus ask first, then call these).
    void createTag(const QString &path);
    void renameTag(qint64 tagId, const QString &newPath);
    void recolorTag(qint64 tagId, const QString &color);
    void deleteTag(qint64 tagId);
    void assignDropped(const QList<qint64> &articleIds, qint64 tagId);
    // What the delete confirmation says, e.g. "Delete the tag “policy” and its 2 subtags? 5
    // articles carry them."
    QString deleteConfirmation(qint64 tagId) const;

    // The dialogs.
    void askNewTag(qint64 parentId = 0);
    void askRename(qint64 tagId);
    void askColor(qint64 tagId);
    void askDelete(qint64 tagId);

    void reload(); // tags (keeping selection and folded branches) and saved searches

Q_SIGNALS:
    // The selection changed: list the articles with these tags (none: no tag filter).
    void filterChanged(const QList<qint64> &tagIds, Annalist::TagMatch match);
    void savedSearchActivated(const QString &query);

private:
    void reloadTags();
    void reloadSearches();
    void emitFilter();
    void showTreeMenu(const QPoint &position);
    void showSearchMenu(const QPoint &position);
    void addManagerActions(QMenu *menu, qint64 tagId);
    void askRenameSearch(QListWidgetItem *item);
    void updateHint();
    qint64 currentTag() const;
    QList<qint64> descendantsOf(qint64 tagId) const;

    QPointer<AnalystEditor> m_editor;
    QPointer<QUndoStack> m_undo;
    TagTreeModel *m_model;
    QTreeView *m_tree;
    QToolButton *m_newTag;
    QToolButton *m_manage;
    QToolButton *m_matchAll;
    QToolButton *m_matchAny;
    QToolButton *m_showAll;
    QLabel *m_hint;
    QListWidget *m_searches;
    QLabel *m_searchHint;
    QSet<QString> m_collapsed; // paths the analyst folded, kept across reloads
    QList<qint64> m_lastFilter;
    TagMatch m_lastMatch = TagMatch::All;
    bool m_restoring = false;
};

} // namespace Annalist
