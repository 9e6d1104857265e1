#pragma once

#include "sourceview.h"
#include "store/annotationstore.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QTimer;
class QUndoStack;

namespace Annalist {

class AnnotationEditor;
class AnnotationListModel;
class AnnotationsPane;

// Everything passage annotations add to the main window, in one place: the Highlight actions
// (Ctrl+H, and with a note Ctrl+Shift+H; also in the source view's context menu), the editor
// dialog, the undo commands on the window's stack, the highlights in the source view, and the
// Annotations dock. The window tells it the database and the article shown, and opens the
// article it asks for (articleRequested()).
class AnnotationWorkbench final : public QObject
{
    Q_OBJECT
public:
    AnnotationWorkbench(QMainWindow *window, SourceView *source, QUndoStack *undoStack);
    ~AnnotationWorkbench() override;
    Q_DISABLE_COPY_MOVE(AnnotationWorkbench)

    void setDatabasePath(const QString &path);
    // The article now shown in the source view (its original text), 0 for none.
    void setArticle(qint64 articleId);
    qint64 article() const { return m_article; }
    // Loads the list and the shown article's highlights again (after imports, re-anchoring,
    // tag renames).
    void reload();

    QDockWidget *dock() const { return m_dock; }
    AnnotationsPane *pane() const { return m_pane; }
    AnnotationListModel *model() const { return m_model; }
    AnnotationEditor *editor() const { return m_editor; }
    QAction *highlightAction() const { return m_highlight; }
    QAction *annotateAction() const { return m_annotate; }
    // Edit-menu entries: Highlight, Highlight with Note…, the default colour.
    void addActionsTo(QMenu *menu);

    // The colour Ctrl+H uses (the last one chosen).
    QString defaultColor() const { return m_color; }
    void setDefaultColor(const QString &name);

    // What the actions and menus do, callable directly (tests, scripting).
    // Highlights the source view's selection; false when nothing can be highlighted.
    bool highlightSelection(const QString &color, const QStringList &tags = {}, const QString &note = {});
    // Opens the editor for the selection; OK stores it as a highlight.
    void annotateSelection();
    void editAnnotation(qint64 id);
    void recolorAnnotation(qint64 id, const QString &color);
    bool changeAnnotation(qint64 id, const QString &color, const QStringList &tags, const QString &note);
    void deleteAnnotation(qint64 id);
    // Shows the annotation's article with its passage selected (orphaned: the article, with a word).
    void openAnnotation(const Annotation &annotation);

Q_SIGNALS:
    // The window should show this article (select it in the list, or show it directly).
    void articleRequested(qint64 articleId);
    // For the status bar.
    void message(const QString &text, int timeout);

private:
    void showArticleAnnotations();
    void updateActions();
    void scheduleListReload();
    void applyPendingPassage();

    QPointer<QMainWindow> m_window;
    SourceView *m_source;
    QPointer<QUndoStack> m_undo;
    AnnotationEditor *m_editor;
    AnnotationListModel *m_model;
    AnnotationsPane *m_pane;
    QDockWidget *m_dock;
    QAction *m_highlight;
    QAction *m_annotate;
    QMenu *m_colorMenu = nullptr;
    QTimer *m_listReload;
    QString m_color = QStringLiteral("yellow");
    qint64 m_article = 0;
    std::optional<Annotation> m_pending; // to select once its article is shown
};

} // namespace Annalist
