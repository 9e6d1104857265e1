#pragma once

#include "filterchips.h"
#include "itemmodels/entitymodel.h"
#include "itemmodels/entityreview.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;
class QTreeView;
class QUndoStack;

namespace Annalist {

class EntityFilterProxyModel;
class RelatedEntityModel;

// Dock content listing the entities of the current article or of the corpus, grouped by type,
// with a debounced filter, type colour swatches, counts, the review actions (context menu, drag
// one entity onto another to merge; each goes on the undo stack) and the entities related to
// the selected one. It knows no other pane: the window connects its signals.
class EntitySidebar final : public QWidget
{
    Q_OBJECT
public:
    explicit EntitySidebar(QWidget *parent = nullptr);
    ~EntitySidebar() override;
    Q_DISABLE_COPY_MOVE(EntitySidebar)

    void setDatabasePath(const QString &path);
    // Review actions go on this stack (Edit ▸ Undo); without one they are applied directly.
    void setUndoStack(QUndoStack *stack);
    // The article shown in the source view: the "This article" scope.
    void setCurrentArticle(qint64 articleId);
    void setScope(EntityModel::Scope scope);
    EntityModel::Scope scope() const;
    // Loads entities and related entities again (after re-extraction), keeping the selection.
    void reload();

    // Its correctionsChanged() asks the window to re-extract.
    EntityReviewer *reviewer() const { return m_reviewer; }
    EntityModel *entityModel() const { return m_model; }
    EntityFilterProxyModel *proxyModel() const { return m_proxy; }
    RelatedEntityModel *relatedModel() const { return m_related; }
    QTreeView *treeView() const { return m_tree; }
    QTreeView *relatedView() const { return m_relatedView; }
    QLineEdit *filterEdit() const { return m_filter; }

    QList<EntityRow> selectedEntities() const;
    void selectEntity(qint64 id);
    // Chips for FilterChips::setChips() describing entities of the current list.
    QList<FilterChips::Chip> chipsFor(const QList<qint64> &ids) const;

    // The review actions, also reachable from the context menu and by dragging.
    void renameEntity(qint64 id, const QString &newName);
    void changeEntityType(qint64 id, const QString &type);
    void addAlias(qint64 id, const QString &alias);
    void removeAlias(qint64 id, const QString &alias);
    void splitAlias(qint64 id, const QString &alias);
    void mergeEntities(const QList<qint64> &sources, qint64 into);
    void ignoreEntities(const QList<qint64> &ids);

Q_SIGNALS:
    // An entity was clicked: highlight its mentions (SourceView::setActiveEntity()).
    void entityActivated(qint64 id);
    // Double-click or "Show Articles": list the articles mentioning all of these.
    void filterRequested(const QList<qint64> &entityIds);
    // The mention navigation buttons (SourceView::nextMention() / previousMention()).
    void nextMentionRequested();
    void previousMentionRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void push(const ReviewAction &action);
    void showContextMenu(const QPoint &position);
    void addReviewActions(QMenu *menu, const EntityRow &entity, const QList<EntityRow> &selected);
    void currentChanged();
    void rememberSelection();
    void restoreSelection();
    void updateRelatedTitle();

    EntityModel *m_model = nullptr;
    EntityFilterProxyModel *m_proxy = nullptr;
    RelatedEntityModel *m_related = nullptr;
    EntityReviewer *m_reviewer = nullptr;
    QPointer<QUndoStack> m_undoStack;
    QToolButton *m_thisArticle = nullptr;
    QToolButton *m_allArticles = nullptr;
    QToolButton *m_previousMention = nullptr;
    QToolButton *m_nextMention = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_relatedTitle = nullptr;
    QTreeView *m_relatedView = nullptr;
    QList<qint64> m_rememberedSelection;
    qint64 m_rememberedCurrent = 0;
};

} // namespace Annalist
