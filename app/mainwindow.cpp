#include "mainwindow.h"

#include "annotationworkbench.h"
#include "articleeditcommand.h"
#include "articlelistpane.h"
#include "diffdialog.h"
#include "entitysidebar.h"
#include "filterchips.h"
#include "itemmodels/entityreview.h"
#include "store/entitystore.h"
#include "store/searchquery.h"
#include "timelinewidget.h"
#include "importprogress.h"
#include "itemmodels/articlelistmodel.h"
#include "language.h"
#include "pipeline/articlesplitjoin.h"
#include "pipeline/importjob.h"
#include "pipeline/samplecorpus.h"
#include "sourceview.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "syntax/syntaxsupport.h"
#include "tagworkbench.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <QFutureWatcher>

#include <algorithm>
#include <utility>

namespace Annalist {

namespace {

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new ArticleListModel(this))
    , m_progress(new ImportProgress(this))
    , m_articleInfo(new QLabel(this))
    , m_refresh(new QTimer(this))
{
    m_undo = new QUndoStack(this);
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    createDocks();
    createActions();

    statusBar()->addWidget(m_articleInfo, 1);
    statusBar()->addPermanentWidget(m_progress);
    m_progress->hide();
    connect(m_progress, &ImportProgress::cancelRequested, this, [this](ImportProgress::Stage stage) {
        if (stage == ImportProgress::Stage::Extraction) {
            m_extractionAgain = false;
            if (m_extraction) {
                m_extraction->cancel();
                m_progress->setCancelling(stage);
            }
            return;
        }
        m_importQueue.clear();
        if (m_job) {
            m_job->cancel();
            m_progress->setCancelling(stage);
        }
    });

    // While a long import runs, the list catches up every few seconds.
    m_refresh->setInterval(3000);
    connect(m_refresh, &QTimer::timeout, m_model, &ArticleListModel::reload);

    connect(m_list, &ArticleListPane::currentArticleChanged, this, &MainWindow::showArticle);
    connect(m_model, &ArticleListModel::queryFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    readSettings();
}

MainWindow::~MainWindow()
{
    m_undo->clear(); // split/join commands hold the connection that m_db closes
    if (m_job)
        m_job->cancel();
    if (m_extraction)
        m_extraction->cancel();
}

void MainWindow::createDocks()
{
    m_list = new ArticleListPane(m_model, this);
    m_chips = new FilterChips(this);
    auto *articles = new QWidget(this);
    auto *articlesLayout = new QVBoxLayout(articles);
    articlesLayout->setContentsMargins(0, 0, 0, 0);
    articlesLayout->setSpacing(2);
    articlesLayout->addWidget(m_chips);
    articlesLayout->addWidget(m_list, 1);
    m_listDock = new QDockWidget(tr("Articles"), this);
    m_listDock->setObjectName(QStringLiteral("ArticlesDock"));
    m_listDock->setWidget(articles);
    addDockWidget(Qt::LeftDockWidgetArea, m_listDock);

    m_source = new SourceView(this);
    m_source->setAccessibleName(tr("Article text"));
    m_sourceDock = new QDockWidget(tr("Source"), this);
    m_sourceDock->setObjectName(QStringLiteral("SourceDock"));
    m_sourceDock->setWidget(m_source);
    addDockWidget(Qt::RightDockWidgetArea, m_sourceDock);

    m_entities = new EntitySidebar(this);
    m_entities->setUndoStack(m_undo);
    m_entitiesDock = new QDockWidget(tr("Entities"), this);
    m_entitiesDock->setObjectName(QStringLiteral("EntitiesDock"));
    m_entitiesDock->setWidget(m_entities);
    splitDockWidget(m_sourceDock, m_entitiesDock, Qt::Horizontal);

    m_timeline = new TimelineWidget(this);
    m_timelineDock = new QDockWidget(tr("Timeline"), this);
    m_timelineDock->setObjectName(QStringLiteral("TimelineDock"));
    m_timelineDock->setWidget(m_timeline);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);

    // Passage highlights: the dock shares the bottom with the timeline; it opens articles here.
    m_annotations = new AnnotationWorkbench(this, m_source, m_undo);
    addDockWidget(Qt::BottomDockWidgetArea, m_annotations->dock());
    tabifyDockWidget(m_timelineDock, m_annotations->dock());
    m_timelineDock->raise();
    connect(this, &MainWindow::articleShown, m_annotations, &AnnotationWorkbench::setArticle);
    connect(this, &MainWindow::importFinished, m_annotations, &AnnotationWorkbench::reload);
    connect(m_annotations, &AnnotationWorkbench::message, statusBar(), &QStatusBar::showMessage);
    connect(m_annotations, &AnnotationWorkbench::articleRequested, this, [this](qint64 id) {
        m_list->selectArticle(id);
        if (id != m_shownArticle) // not in the list as filtered now: show it anyway
            showArticle(id);
    });

    // Tags and saved searches share the right side with the entities: both narrow the list.
    m_tagging = new TagWorkbench(this, m_model, m_list, m_undo);
    addDockWidget(Qt::RightDockWidgetArea, m_tagging->dock());
    tabifyDockWidget(m_entitiesDock, m_tagging->dock());
    m_entitiesDock->raise();
    connect(this, &MainWindow::articleShown, m_tagging, &TagWorkbench::setShownArticle);
    connect(m_tagging, &TagWorkbench::message, statusBar(), &QStatusBar::showMessage);
    connect(m_tagging, &TagWorkbench::metadataChanged, this, [this](qint64 id) {
        if (id != m_shownArticle)
            return;
        m_shownArticle = 0; // shown again: header line, re-normalised dates
        showArticle(id);
    });
    // Renamed, recoloured or deleted tags: the annotations list and tooltips show tag paths.
    connect(m_tagging, &TagWorkbench::tagsChanged, m_annotations, &AnnotationWorkbench::reload);

    // Drops anywhere reach the window, which imports them.
    m_list->view()->setAcceptDrops(false);
    m_list->view()->viewport()->setAcceptDrops(false);
    m_source->setAcceptDrops(false);
    m_source->viewport()->setAcceptDrops(false);

    // The panes work together: entities filter the list and mark the text; the timeline shows
    // the list's events, brushes a range into the list's filter and opens what it points at.
    connect(m_entities, &EntitySidebar::entityActivated, m_source, &SourceView::setActiveEntity);
    connect(m_entities, &EntitySidebar::nextMentionRequested, m_source, &SourceView::nextMention);
    connect(m_entities, &EntitySidebar::previousMentionRequested, m_source, &SourceView::previousMention);
    connect(m_entities, &EntitySidebar::filterRequested, this,
            [this](const QList<qint64> &ids) { m_chips->setChips(m_entities->chipsFor(ids)); });
    connect(m_chips, &FilterChips::filterChanged, this, &MainWindow::setEntityFilter);
    connect(m_entities->reviewer(), &EntityReviewer::correctionsChanged, this, &MainWindow::startExtraction);
    connect(m_entities->reviewer(), &EntityReviewer::reviewFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_timeline, &TimelineWidget::rangeSelected, this, &MainWindow::setEventRange);
    connect(m_timeline, &TimelineWidget::rangeCleared, this, [this] { setEventRange({}, {}); });
    connect(m_timeline, &TimelineWidget::eventActivated, this, &MainWindow::openTimelineEvent);
    connect(m_model, &ArticleListModel::loaded, this, &MainWindow::reloadTimeline);
    // A new search while an article stays shown: mark the new hits in it.
    connect(m_model, &ArticleListModel::loaded, this, [this] {
        if (!m_shownArticle || !m_store || m_model->query().search == m_hitsSearch)
            return;
        if (const auto article = m_store->article(m_shownArticle))
            showSearchHits(article->original);
    });
}

void MainWindow::setEntityFilter(const QList<qint64> &entityIds)
{
    ArticleQuery query = m_model->query();
    query.entityIds = entityIds;
    m_model->setQuery(query);
}

void MainWindow::setEventRange(const QDate &from, const QDate &to)
{
    ArticleQuery query = m_model->query();
    query.eventsFrom = from;
    query.eventsTo = to;
    m_model->setQuery(query);
}

void MainWindow::reloadTimeline()
{
    if (m_databasePath.isEmpty())
        return;
    // The timeline shows the events of the listed articles, but not narrowed by its own brush:
    // brushing must not make the rest of the time axis disappear.
    ArticleQuery scope = m_model->query();
    scope.eventsFrom = QDate();
    scope.eventsTo = QDate();
    const QString path = m_databasePath;
    const quint64 generation = ++m_timelineGeneration;
    auto *watcher = new QFutureWatcher<QList<TimelineEvent>>(this);
    connect(watcher, &QFutureWatcher<QList<TimelineEvent>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_timelineGeneration)
            m_timeline->setEvents(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path, scope]() -> QList<TimelineEvent> {
        Database db(path); // this pool thread's own connection
        if (!db.open())
            return {};
        EntityStore store(db.connection());
        EventQuery query;
        query.scope = scope;
        QList<TimelineEvent> events;
        if (const auto rows = store.events(query)) {
            events.reserve(rows->size());
            for (const TimexRow &row : *rows)
                events.append(TimelineEvent::fromTimex(row.articleId, row.value, row.sentence, row.sentenceStart,
                                                       row.sentenceLength));
        }
        if (const auto published = store.publications(scope)) {
            for (const PublicationEvent &row : *published)
                events.append(TimelineEvent::published(row.articleId, row.date));
        }
        return events;
    }));
}

void MainWindow::updateArticleActions()
{
    const QList<qint64> selected = m_list->selectedArticles();
    m_splitAction->setEnabled(m_shownArticle != 0);
    m_joinAction->setEnabled(selected.size() == 2);
    bool copy = false;
    if (selected.size() == 1) {
        const int row = m_model->rowOfArticle(selected.constFirst());
        copy = row >= 0 && m_model->data(m_model->index(row, 0), ArticleListModel::DuplicateOfRole).toLongLong() > 0;
    }
    m_differencesAction->setEnabled(selected.size() == 2 || copy);
}

void MainWindow::splitArticleAtCursor()
{
    if (!m_shownArticle || !m_store)
        return;
    const qsizetype at = m_source->cursorOffset();
    const auto article = m_store->article(m_shownArticle);
    if (!article) {
        statusBar()->showMessage(m_store->errorString(), 10000);
        return;
    }
    if (const QString problem = ArticleSplitJoin::splitProblem(*article, at); !problem.isEmpty()) {
        statusBar()->showMessage(problem, 10000);
        return;
    }
    auto *command = ArticleEditCommand::split(m_db->connection(), m_shownArticle, at, article->title);
    command->setCallbacks([this](const QList<qint64> &articles, qint64 select) { articlesEdited(articles, select); },
                          [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    m_undo->push(command);
}

void MainWindow::joinSelectedArticles()
{
    const QList<qint64> selected = m_list->selectedArticles();
    if (selected.size() != 2 || !m_store)
        return;
    const auto first = m_store->article(selected.constFirst());
    auto *command = ArticleEditCommand::join(m_db->connection(), selected.at(0), selected.at(1),
                                             first ? first->title : QString());
    command->setCallbacks([this](const QList<qint64> &articles, qint64 select) { articlesEdited(articles, select); },
                          [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    m_undo->push(command);
}

void MainWindow::articlesEdited(const QList<qint64> &articles, qint64 select)
{
    // The reader shows the article again even when its id stayed: its text changed.
    if (articles.contains(m_shownArticle))
        m_shownArticle = 0;
    m_model->reload();
    m_list->selectArticle(select);
    m_list->selectAfterReload(select); // the reload would otherwise fall back to the first row
    showArticle(select);
    m_entities->reload();
    m_annotations->reload(); // highlights moved with the text to another article, or back
    updateArticleActions();
    startExtraction(); // the changed parts are pending; an undo leaves nothing to do
}

void MainWindow::showSelectedDifferences()
{
    const QList<qint64> selected = m_list->selectedArticles();
    if (selected.size() == 2) {
        showDifferences(selected.at(0), selected.at(1));
        return;
    }
    if (selected.size() != 1)
        return;
    const int row = m_model->rowOfArticle(selected.constFirst());
    const qint64 original =
        row < 0 ? 0 : m_model->data(m_model->index(row, 0), ArticleListModel::DuplicateOfRole).toLongLong();
    if (original > 0)
        showDifferences(original, selected.constFirst());
}

DiffDialog *MainWindow::showDifferences(qint64 left, qint64 right)
{
    if (!m_store)
        return nullptr;
    // The earlier article on the left: for a copy that is its first version.
    if (right < left)
        std::swap(left, right);
    const auto a = m_store->article(left);
    const auto b = a ? m_store->article(right) : std::nullopt;
    if (!b) {
        statusBar()->showMessage(m_store->errorString(), 10000);
        return nullptr;
    }
    auto *dialog = new DiffDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setVersions({a->id, a->title, a->content}, {b->id, b->title, b->content});
    dialog->show();
    return dialog;
}

void MainWindow::openTimelineEvent(const TimelineEvent &event)
{
    if (event.sentenceLength > 0) {
        m_pendingSentenceArticle = event.articleId;
        m_pendingSentence = {event.sentenceStart, event.sentenceLength};
    }
    if (event.articleId == m_shownArticle) {
        showArticle(event.articleId); // shown already: only the sentence changes
        return;
    }
    m_list->selectArticle(event.articleId);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importFiles = file->addAction(tr("&Import Files…"), this, &MainWindow::chooseFilesToImport);
    importFiles->setShortcut(QKeySequence(tr("Ctrl+I", "Import Files")));
    file->addAction(tr("Import &Folder…"), this, &MainWindow::chooseFolderToImport);
    file->addSeparator();
    QAction *newDb = file->addAction(tr("&New Database…"), this, [this] { chooseDatabase(true); });
    newDb->setShortcut(QKeySequence::New);
    QAction *openDb = file->addAction(tr("&Open Database…"), this, [this] { chooseDatabase(false); });
    openDb->setShortcut(QKeySequence::Open);
    file->addSeparator();
    createExportMenu(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find in Article…"), m_source, &SourceView::showFindBar);
    find->setShortcut(QKeySequence::Find);
    QAction *next = edit->addAction(tr("Find &Next"), m_source, &SourceView::findNext);
    next->setShortcut(QKeySequence::FindNext);
    QAction *previous = edit->addAction(tr("Find &Previous"), m_source, &SourceView::findPrevious);
    previous->setShortcut(QKeySequence::FindPrevious);
    QAction *nextHit = edit->addAction(tr("Next Search &Hit"), this, [this] { revealSearchHit(true); });
    nextHit->setShortcut(QKeySequence(tr("F8", "Next Search Hit")));
    nextHit->setStatusTip(tr("Go to the next place where the list's search matches the shown article"));
    QAction *previousHit = edit->addAction(tr("Previous Search H&it"), this, [this] { revealSearchHit(false); });
    previousHit->setShortcut(QKeySequence(tr("Shift+F8", "Previous Search Hit")));
    edit->addSeparator();
    m_annotations->addActionsTo(edit);
    edit->addSeparator();
    m_tagging->addActionsTo(edit);
    edit->addSeparator();
    QAction *search = edit->addAction(tr("&Search Articles"), this, [this] {
        m_listDock->show();
        m_list->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_list->searchField()->selectAll();
    });
    search->setShortcut(QKeySequence(tr("Ctrl+Shift+F", "Search Articles")));
    edit->addSeparator();
    m_splitAction = edit->addAction(tr("Sp&lit Article at Cursor"), this, &MainWindow::splitArticleAtCursor);
    m_splitAction->setShortcut(QKeySequence(tr("Ctrl+Shift+K", "Split Article at Cursor")));
    m_splitAction->setStatusTip(tr("Cut the shown article in two where the cursor is in its text (undoable)"));
    m_joinAction = edit->addAction(tr("&Join Selected Articles"), this, &MainWindow::joinSelectedArticles);
    m_joinAction->setShortcut(QKeySequence(tr("Ctrl+Shift+J", "Join Selected Articles")));
    m_joinAction->setStatusTip(tr("Join two articles that follow each other in the same file (undoable)"));
    m_differencesAction = edit->addAction(tr("Show &Differences"), this, &MainWindow::showSelectedDifferences);
    m_differencesAction->setShortcut(QKeySequence(tr("Ctrl+Shift+D", "Show Differences")));
    m_differencesAction->setStatusTip(
        tr("Compare two selected articles, or a near-duplicate copy with its first version, word by word"));
    m_list->setContextActions(m_tagging->contextActions()
                              + QList<QAction *>{m_differencesAction, m_joinAction, m_splitAction});
    connect(m_list->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateArticleActions);
    updateArticleActions();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_listDock->toggleViewAction());
    view->addAction(m_sourceDock->toggleViewAction());
    view->addAction(m_entitiesDock->toggleViewAction());
    view->addAction(m_tagging->dock()->toggleViewAction());
    view->addAction(m_timelineDock->toggleViewAction());
    view->addAction(m_annotations->dock()->toggleViewAction());
    view->addSeparator();
    view->addAction(m_timeline->fitAction());
    view->addAction(m_timeline->clearBrushAction());

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settings->addMenu(tr("&Language"));
    m_languages = new QActionGroup(this);
    const QString current = Language::configured();
    const QList<Language::Choice> choices = Language::choices();
    for (const Language::Choice &choice : choices) {
        QAction *action = language->addAction(choice.label);
        action->setCheckable(true);
        action->setChecked(choice.code == current);
        action->setData(choice.code);
        m_languages->addAction(action);
    }
    connect(m_languages, &QActionGroup::triggered, this,
            [this](QAction *action) { setLanguage(action->data().toString()); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Annalist"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

bool MainWindow::openDatabase(const QString &path)
{
    if (m_job || m_extraction) {
        QMessageBox::information(this, tr("Import running"),
                                 tr("Wait for the import to finish or cancel it before switching databases."));
        return false;
    }
    auto db = std::make_unique<Database>(path);
    if (!db->open() || !m_model->setDatabasePath(path)) {
        const QString reason = db->isOpen() ? m_model->errorString() : db->errorString();
        QMessageBox::warning(this, tr("Cannot open database"),
                             tr("Annalist could not open %1.\n\n%2").arg(QDir::toNativeSeparators(path), reason));
        return false;
    }
    m_undo->clear(); // corrections belong to the database they were made in (and hold its connection)
    m_store = std::make_unique<ArticleStore>(db->connection());
    m_db = std::move(db);
    m_databasePath = path;
    m_shownArticle = 0;
    m_source->setDocument(QString(), QString());
    m_articleInfo->clear();
    m_chips->clear();
    m_entities->setDatabasePath(path);
    m_tagging->setDatabasePath(path);
    m_annotations->setDatabasePath(path);
    QSettings().setValue(QStringLiteral("database/last"), path);
    updateTitle();
    // An extraction interrupted by closing the app resumes here.
    QTimer::singleShot(0, this, &MainWindow::startExtraction);
    return true;
}

void MainWindow::startExtraction()
{
    if (m_databasePath.isEmpty())
        return;
    if (m_extraction) {
        m_extractionAgain = true;
        return;
    }
    m_extraction = new ExtractionJob(m_databasePath, this);
    connect(m_extraction, &ExtractionJob::progress, m_progress, [this](int done, int total) {
        m_progress->setProgress(ImportProgress::Stage::Extraction, done, total);
    });
    connect(m_extraction, &ExtractionJob::finished, this, [this](int extracted, const QString &error) {
        m_extraction->deleteLater();
        m_extraction = nullptr;
        m_progress->finish(ImportProgress::Stage::Extraction);
        if (!error.isEmpty())
            statusBar()->showMessage(tr("Extraction stopped: %1").arg(error), 15000);
        else if (extracted > 0)
            statusBar()->showMessage(tr("Found entities and dates in %n article(s)", nullptr, extracted), 8000);
        m_entities->reload();
        m_model->reload();
        if (m_shownArticle) {
            if (const auto article = m_store->article(m_shownArticle))
                showAnnotations(m_shownArticle, article->original);
        }
        Q_EMIT extractionFinished();
        if (std::exchange(m_extractionAgain, false))
            startExtraction();
    });
    m_progress->start(ImportProgress::Stage::Extraction);
    m_extraction->start();
}

void MainWindow::importSampleCorpusIfFirstStart()
{
    QSettings settings;
    if (settings.value(QStringLiteral("sample/imported")).toBool() || !m_store || m_store->count() != 0)
        return;
    const QString folder =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("sample"));
    const QStringList files = SampleCorpus::install(folder);
    if (files.isEmpty()) {
        statusBar()->showMessage(tr("The sample articles could not be copied to %1.").arg(folder), 10000);
        return;
    }
    settings.setValue(QStringLiteral("sample/imported"), true);
    importPaths({folder});
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1 — Annalist").arg(QFileInfo(m_databasePath).fileName()));
}

void MainWindow::showArticle(qint64 id)
{
    if (id == m_shownArticle && !m_pendingSentenceArticle)
        return;
    const bool sameArticle = id == m_shownArticle;
    m_shownArticle = id;
    if (m_splitAction)
        m_splitAction->setEnabled(id != 0);
    m_timeline->setEmphasizedArticle(id ? id : -1);
    m_entities->setCurrentArticle(id);
    if (!id || !m_store) {
        m_source->setDocument(QString(), QString());
        m_articleInfo->clear();
        return;
    }
    const auto article = m_store->article(id);
    if (!article) {
        m_source->setDocument(QString(), QString());
        m_articleInfo->setText(tr("The article could not be read: %1").arg(m_store->errorString()));
        return;
    }
    if (!sameArticle) {
        m_source->setDocument(article->original, article->format);
        showAnnotations(id, article->original);
    }
    if (m_pendingSentenceArticle == id) {
        // Opened from the timeline: show the sentence the event came from.
        m_source->setHighlightedRanges({m_pendingSentence});
        m_source->revealRange(m_pendingSentence);
    } else if (!sameArticle) {
        showSearchHits(article->original);
    }
    m_pendingSentenceArticle = 0;
    QStringList info;
    if (!article->source.isEmpty())
        info << article->source;
    if (article->published.isValid())
        info << QLocale().toString(article->published, QLocale::LongFormat);
    info << QDir::toNativeSeparators(article->filePath);
    m_articleInfo->setText(info.join(QStringLiteral(" · ")));
    Q_EMIT articleShown(id);
}

void MainWindow::showSearchHits(const QString &original)
{
    const QString search = m_model->query().search;
    m_hitsSearch = search;
    if (search.trimmed().isEmpty()) {
        if (!m_source->highlightedRanges().isEmpty())
            m_source->setHighlightedRanges({});
        return;
    }
    const SearchQuery query = SearchQuery::parse(search);
    const QList<SourceView::Range> hits = query.matchRanges(original);
    m_source->setHighlightedRanges(hits);
    if (!hits.isEmpty())
        m_source->revealRange(hits.constFirst());
}

void MainWindow::revealSearchHit(bool forward)
{
    const QList<SourceView::Range> hits = m_source->highlightedRanges();
    if (hits.isEmpty())
        return;
    const qsizetype cursor = m_source->cursorOffset();
    // The next hit after the cursor (or the last before it), wrapping at either end.
    if (forward) {
        const auto next = std::find_if(hits.cbegin(), hits.cend(),
                                       [cursor](const SourceView::Range &hit) { return hit.first > cursor; });
        m_source->revealRange(next != hits.cend() ? *next : hits.constFirst());
    } else {
        const auto previous = std::find_if(hits.crbegin(), hits.crend(),
                                           [cursor](const SourceView::Range &hit) { return hit.first < cursor; });
        m_source->revealRange(previous != hits.crend() ? *previous : hits.constLast());
    }
}

void MainWindow::showAnnotations(qint64 id, const QString &original)
{
    EntityStore entities(m_db->connection());
    const auto mentions = entities.mentions(id);
    const auto timexes = entities.timexes(id);
    if (mentions && timexes)
        m_source->setAnnotations(*mentions, *timexes, original);
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_importQueue.append(paths);
    if (!m_job)
        startNextImport();
}

void MainWindow::startNextImport()
{
    if (m_importQueue.isEmpty() || m_databasePath.isEmpty())
        return;
    const QStringList paths = m_importQueue.takeFirst();
    m_job = new ImportJob(m_databasePath, paths, this);
    connect(m_job, &ImportJob::progress, m_progress, [this](int done, int total, const QString &file) {
        m_progress->setProgress(ImportProgress::Stage::Import, done, total, file);
    });
    connect(m_job, &ImportJob::finished, this, &MainWindow::importDone);
    m_progress->start(ImportProgress::Stage::Import);
    m_refresh->start();
    m_job->start();
}

void MainWindow::importDone(const ImportSummary &summary, const QString &databaseError)
{
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    m_refresh->stop();
    m_progress->finish(ImportProgress::Stage::Import);
    m_model->reload();

    if (!databaseError.isEmpty()) {
        QMessageBox::warning(this, tr("Import failed"), databaseError);
    } else {
        QString message = tr("Imported %n article(s)", nullptr, int(summary.imported.size()));
        if (!summary.duplicates.isEmpty())
            message += tr(", %n duplicate(s) skipped", nullptr, int(summary.duplicates.size()));
        if (!summary.failed.isEmpty())
            message += tr(", %n failed", nullptr, int(summary.failed.size()));
        if (!summary.skipped.isEmpty())
            message += tr(", %n file(s) of unknown type skipped", nullptr, int(summary.skipped.size()));
        if (summary.cancelled)
            message += tr(" (cancelled)");
        statusBar()->showMessage(message, 15000);

        if (!summary.failed.isEmpty() || !summary.skipped.isEmpty() || !summary.duplicates.isEmpty()
            || !summary.warnings.isEmpty()) {
            QStringList details;
            for (const auto &failure : summary.failed)
                details << tr("Failed: %1").arg(failure.describe());
            for (const auto &duplicate : summary.duplicates)
                details << tr("Duplicate of article #%1: %2")
                               .arg(duplicate.existingId)
                               .arg(QDir::toNativeSeparators(duplicate.path));
            for (const QString &skipped : summary.skipped)
                details << tr("Skipped: %1").arg(skipped);
            for (const QString &warning : summary.warnings)
                details << tr("Note: %1").arg(warning);
            auto *box = new QMessageBox(summary.failed.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                                        tr("Import finished"), message + QLatin1Char('.'), QMessageBox::Ok, this);
            box->setDetailedText(details.join(QLatin1Char('\n')));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setObjectName(QStringLiteral("ImportSummary"));
            // Modeless: open() would make it window-modal and block the list and the reader
            // until the analyst dismisses it.
            box->setWindowModality(Qt::NonModal);
            box->show();
        }
    }
    Q_EMIT importFinished();
    if (!summary.imported.isEmpty())
        startExtraction();
    startNextImport();
}

void MainWindow::chooseFilesToImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Files"), QSettings().value(QStringLiteral("import/lastFolder")).toString(),
        tr("Articles (*.txt *.text *.md *.markdown *.html *.htm *.pdf *.eml *.docx);;All files (*)"));
    if (files.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/lastFolder"), QFileInfo(files.constFirst()).absolutePath());
    importPaths(files);
}

void MainWindow::chooseFolderToImport()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Import Folder"), QSettings().value(QStringLiteral("import/lastFolder")).toString());
    if (folder.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/lastFolder"), folder);
    importPaths({folder});
}

void MainWindow::chooseDatabase(bool create)
{
    const QString filter = tr("Annalist databases (*.db *.sqlite);;All files (*)");
    const QString start = QFileInfo(m_databasePath).absolutePath();
    const QString path = create ? QFileDialog::getSaveFileName(this, tr("New Database"), start, filter)
                                : QFileDialog::getOpenFileName(this, tr("Open Database"), start, filter);
    if (path.isEmpty())
        return;
    if (create && QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(this, tr("New Database"), tr("%1 could not be replaced.").arg(path));
        return;
    }
    openDatabase(path);
}

void MainWindow::showAbout()
{
    const QString highlighting = syntaxHighlightingAvailable()
        ? tr("Source text is coloured with KDE Syntax-Highlighting %1.").arg(syntaxHighlightingVersion())
        : tr("This build has no KDE Syntax-Highlighting: articles are shown without format colouring.");
    QMessageBox::about(this, tr("About Annalist"),
                       tr("<h3>Annalist %1</h3><p>A research browser for analysts: import articles, search "
                          "them, read them.</p><p>Built with Qt %2 (running on Qt %3).</p><p>%4</p>"
                          "<p>Database: %5</p>")
                           .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                                QString::fromLatin1(qVersion()), highlighting,
                                QDir::toNativeSeparators(m_databasePath).toHtmlEscaped()));
}

void MainWindow::setLanguage(const QString &language)
{
    if (language == Language::configured())
        return;
    Language::setConfigured(language);
    statusBar()->showMessage(tr("The language changes the next time Annalist starts."), 10000);
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: roomy, but never larger than the screen.
        const QSize roomy(1440, 900);
        resize(screen() ? roomy.boundedTo(screen()->availableGeometry().size()) : roomy);
    }
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First start: proportions that suit reading; docks only take sizes once laid out.
        QTimer::singleShot(0, this, [this] {
            resizeDocks({m_listDock, m_sourceDock, m_entitiesDock}, {width() * 36 / 100, width() * 44 / 100,
                                                                     width() * 20 / 100},
                        Qt::Horizontal);
            resizeDocks({m_timelineDock}, {height() / 4}, Qt::Vertical);
        });
    }
    m_list->restoreHeaderState(settings.value(QStringLiteral("window/articleColumns")).toByteArray());
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/articleColumns"), m_list->saveHeaderState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    // What is committed stays; the batch in flight is rolled back, extraction resumes next time.
    if (m_job)
        m_job->cancel();
    if (m_extraction)
        m_extraction->cancel();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

} // namespace Annalist
