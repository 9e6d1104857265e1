#include "annotationworkbench.h"

#include "annotationcommands.h"
#include "annotationdialog.h"
#include "annotationspane.h"
#include "highlightcolors.h"
#include "itemmodels/annotationeditor.h"
#include "itemmodels/annotationlistmodel.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QTextCursor>
#include <QTimer>
#include <QUndoStack>

#include <utility>

namespace Annalist {

AnnotationWorkbench::AnnotationWorkbench(QMainWindow *window, SourceView *source, QUndoStack *undoStack)
    : QObject(window)
    , m_window(window)
    , m_source(source)
    , m_undo(undoStack)
    , m_editor(new AnnotationEditor(this))
    , m_model(new AnnotationListModel(this))
    , m_pane(new AnnotationsPane(m_model, window))
    , m_dock(new QDockWidget(tr("Annotations"), window))
    , m_highlight(new QAction(tr("&Highlight Selection"), this))
    , m_annotate(new QAction(tr("Highlight with &Note…"), this))
    , m_listReload(new QTimer(this))
{
    m_dock->setObjectName(QStringLiteral("AnnotationsDock"));
    m_dock->setWidget(m_pane);

    const QString saved = QSettings().value(QStringLiteral("annotations/color")).toString();
    if (highlightColorNames().contains(saved))
        m_color = saved;

    m_highlight->setObjectName(QStringLiteral("HighlightSelection"));
    m_highlight->setShortcut(QKeySequence(tr("Ctrl+H", "Highlight Selection")));
    m_highlight->setStatusTip(tr("Highlight the selected passage in the current colour"));
    connect(m_highlight, &QAction::triggered, this, [this] { highlightSelection(m_color); });
    m_annotate->setObjectName(QStringLiteral("AnnotateSelection"));
    m_annotate->setShortcut(QKeySequence(tr("Ctrl+Shift+H", "Highlight with Note")));
    m_annotate->setStatusTip(tr("Highlight the selected passage with a colour, tags and a note"));
    connect(m_annotate, &QAction::triggered, this, &AnnotationWorkbench::annotateSelection);

    m_colorMenu = new QMenu(tr("Highlight &Colour"), window);
    auto *colors = new QActionGroup(this);
    const QStringList names = highlightColorNames();
    for (const QString &name : names) {
        QAction *action = m_colorMenu->addAction(HighlightColors::swatch(name, source->palette()),
                                                 HighlightColors::label(name));
        action->setCheckable(true);
        action->setChecked(name == m_color);
        action->setData(name);
        colors->addAction(action);
    }
    connect(colors, &QActionGroup::triggered, this, [this](QAction *action) {
        setDefaultColor(action->data().toString());
    });
    source->setSelectionActions({m_highlight, m_annotate, m_colorMenu->menuAction()});

    m_listReload->setSingleShot(true);
    m_listReload->setInterval(100);
    connect(m_listReload, &QTimer::timeout, m_model, &AnnotationListModel::reload);

    connect(m_editor, &AnnotationEditor::annotationsChanged, this, [this](qint64 articleId) {
        if (articleId == m_article)
            showArticleAnnotations();
        scheduleListReload();
    });
    connect(m_editor, &AnnotationEditor::editFailed, this,
            [this](const QString &text) { Q_EMIT message(tr("The highlight was not changed: %1").arg(text), 10000); });
    connect(m_model, &AnnotationListModel::loadFailed, this,
            [this](const QString &text) { Q_EMIT message(text, 10000); });

    connect(source, &SourceView::documentReplaced, this, [this] {
        m_article = 0; // until the window says which article it shows
        updateActions();
    });
    connect(source, &QPlainTextEdit::copyAvailable, this, &AnnotationWorkbench::updateActions);
    connect(source, &SourceView::editPassageRequested, this, &AnnotationWorkbench::editAnnotation);
    connect(source, &SourceView::recolorPassageRequested, this, &AnnotationWorkbench::recolorAnnotation);
    connect(source, &SourceView::deletePassageRequested, this, &AnnotationWorkbench::deleteAnnotation);
    connect(m_pane, &AnnotationsPane::annotationActivated, this, &AnnotationWorkbench::openAnnotation);
    connect(m_pane, &AnnotationsPane::editRequested, this, &AnnotationWorkbench::editAnnotation);
    connect(m_pane, &AnnotationsPane::deleteRequested, this, &AnnotationWorkbench::deleteAnnotation);
    connect(m_pane, &AnnotationsPane::exportFinished, this,
            [this](bool, const QString &text) { Q_EMIT message(text, 10000); });
    updateActions();
}

AnnotationWorkbench::~AnnotationWorkbench() = default;

void AnnotationWorkbench::addActionsTo(QMenu *menu)
{
    menu->addAction(m_highlight);
    menu->addAction(m_annotate);
    menu->addMenu(m_colorMenu);
}

void AnnotationWorkbench::setDefaultColor(const QString &name)
{
    if (!highlightColorNames().contains(name))
        return;
    m_color = name;
    QSettings().setValue(QStringLiteral("annotations/color"), name);
    const QList<QAction *> actions = m_colorMenu->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == name);
}

void AnnotationWorkbench::setDatabasePath(const QString &path)
{
    m_article = 0;
    m_pending.reset();
    if (!m_editor->setDatabasePath(path))
        Q_EMIT message(m_editor->errorString(), 10000);
    m_model->setDatabasePath(path);
    updateActions();
}

void AnnotationWorkbench::setArticle(qint64 articleId)
{
    m_article = articleId;
    showArticleAnnotations();
    applyPendingPassage();
    updateActions();
}

void AnnotationWorkbench::reload()
{
    showArticleAnnotations();
    scheduleListReload();
}

void AnnotationWorkbench::showArticleAnnotations()
{
    if (!m_article) {
        m_source->setPassageAnnotations({});
        return;
    }
    const auto annotations = m_editor->annotationsOf(m_article);
    if (!annotations) {
        Q_EMIT message(tr("The highlights of this article could not be read: %1").arg(m_editor->errorString()), 10000);
        return;
    }
    m_source->setPassageAnnotations(*annotations);
}

void AnnotationWorkbench::scheduleListReload()
{
    m_listReload->start();
}

void AnnotationWorkbench::updateActions()
{
    const bool canHighlight = m_article != 0 && m_editor->isOpen() && m_source->textCursor().hasSelection();
    m_highlight->setEnabled(canHighlight);
    m_annotate->setEnabled(canHighlight);
}

bool AnnotationWorkbench::highlightSelection(const QString &color, const QStringList &tags, const QString &note)
{
    const SourceView::Range range = m_source->selectedRange();
    if (!m_article || range.second <= 0 || !m_undo)
        return false;
    Annotation draft;
    draft.articleId = m_article;
    draft.start = range.first;
    draft.length = range.second;
    draft.color = color;
    draft.tags = tags;
    draft.note = note;
    auto *command = new CreateAnnotationCommand(m_editor, draft, m_source->textCursor().selectedText());
    const int before = m_undo->count();
    m_undo->push(command); // the stack deletes it again when storing failed
    return m_undo->count() > before;
}

void AnnotationWorkbench::annotateSelection()
{
    const SourceView::Range range = m_source->selectedRange();
    if (!m_article || range.second <= 0)
        return;
    const qint64 article = m_article;
    const QString quote = m_source->textCursor().selectedText();
    auto *dialog = new AnnotationDialog(quote, m_editor->tagPaths(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setColor(m_color);
    connect(dialog, &QDialog::accepted, this, [this, dialog, article, range, quote] {
        // The analyst may have switched articles meanwhile: the range belongs to the one it was taken from.
        if (m_article != article || !m_undo)
            return;
        Annotation draft;
        draft.articleId = article;
        draft.start = range.first;
        draft.length = range.second;
        draft.color = dialog->color();
        draft.tags = dialog->tags();
        draft.note = dialog->note();
        setDefaultColor(draft.color);
        m_undo->push(new CreateAnnotationCommand(m_editor, draft, quote));
    });
    dialog->open();
}

void AnnotationWorkbench::editAnnotation(qint64 id)
{
    const auto stored = m_editor->annotation(id);
    if (!stored) {
        Q_EMIT message(tr("The highlight could not be read: %1").arg(m_editor->errorString()), 10000);
        return;
    }
    auto *dialog = new AnnotationDialog(stored->quote, m_editor->tagPaths(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Edit Highlight"));
    dialog->setColor(stored->color);
    dialog->setTags(stored->tags);
    dialog->setNote(stored->note);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        changeAnnotation(id, dialog->color(), dialog->tags(), dialog->note());
    });
    dialog->open();
}

bool AnnotationWorkbench::changeAnnotation(qint64 id, const QString &color, const QStringList &tags,
                                           const QString &note)
{
    const auto stored = m_editor->annotation(id);
    if (!stored || !m_undo)
        return false;
    Annotation after = *stored;
    after.color = color;
    after.tags = tags;
    after.note = note;
    if (!EditAnnotationCommand::changes(*stored, after))
        return true;
    const int before = m_undo->count();
    m_undo->push(new EditAnnotationCommand(m_editor, *stored, after));
    return m_undo->count() > before;
}

void AnnotationWorkbench::recolorAnnotation(qint64 id, const QString &color)
{
    const auto stored = m_editor->annotation(id);
    if (stored)
        changeAnnotation(id, color, stored->tags, stored->note);
}

void AnnotationWorkbench::deleteAnnotation(qint64 id)
{
    const auto stored = m_editor->annotation(id);
    if (!stored || !m_undo) {
        Q_EMIT message(tr("The highlight could not be read: %1").arg(m_editor->errorString()), 10000);
        return;
    }
    m_undo->push(new DeleteAnnotationCommand(m_editor, *stored));
}

void AnnotationWorkbench::openAnnotation(const Annotation &annotation)
{
    m_pending = annotation;
    if (annotation.articleId == m_article)
        applyPendingPassage();
    else
        Q_EMIT articleRequested(annotation.articleId);
}

void AnnotationWorkbench::applyPendingPassage()
{
    if (!m_pending || m_pending->articleId != m_article)
        return;
    const Annotation annotation = *std::exchange(m_pending, std::nullopt);
    if (annotation.status == AnchorStatus::Orphaned) {
        Q_EMIT message(tr("This passage is no longer found in the article's text: “%1”")
                           .arg(annotation.quote.simplified().left(120)),
                       15000);
        return;
    }
    m_source->selectRange({annotation.start, annotation.length});
    m_source->setFocus(Qt::OtherFocusReason);
}

} // namespace Annalist
