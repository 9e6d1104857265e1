#pragma once

#include "pipeline/extractionjob.h"
#include "pipeline/importjob.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

class QActionGroup;
class QUndoStack;
class QDockWidget;
class QLabel;
class QMenu;
class QTimer;

namespace Annalist {

class AnnotationWorkbench;
class ArticleListModel;
class ArticleListPane;
class ArticleStore;
class EntitySidebar;
class ExportWorkbench;
class FilterChips;
class TimelineWidget;
struct TimelineEvent;
class Database;
class ImportProgress;
class DiffDialog;
class SourceView;
class TagWorkbench;
struct ImportSummary;

// Wires the panes together: article list, source view, imports (drag and drop anywhere,
// File ▸ Import), databases (open/new), settings. Work happens in models/ and views/.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // Opens (creating when needed) a database; on failure shows why and keeps the current one.
    bool openDatabase(const QString &path);
    QString databasePath() const { return m_databasePath; }
    // Imports files and folders in the background; queued behind a running import.
    void importPaths(const QStringList &paths);
    // Imports the bundled sample articles when this is the first start on an empty database.
    void importSampleCorpusIfFirstStart();

    ArticleListPane *articleList() const { return m_list; }
    EntitySidebar *entitySidebar() const { return m_entities; }
    TimelineWidget *timeline() const { return m_timeline; }
    QUndoStack *undoStack() const { return m_undo; }
    SourceView *sourceView() const { return m_source; }
    TagWorkbench *tagging() const { return m_tagging; }
    AnnotationWorkbench *annotations() const { return m_annotations; }
    ExportWorkbench *exporter() const { return m_export; }
    bool isImporting() const { return m_job != nullptr; }
    bool isExtracting() const { return m_extraction != nullptr; }
    // Starts stage two (entities and dates) for articles not extracted yet.
    void startExtraction();
    ImportProgress *ingestProgress() const { return m_progress; }

    // Manual corrections of how files were cut into articles, on the undo stack: split the shown
    // article at the source view's cursor, join the two selected articles.
    void splitArticleAtCursor();
    void joinSelectedArticles();
    // Opens the differences of two articles; one copy selected compares it with its first version.
    DiffDialog *showDifferences(qint64 left, qint64 right);
    void showSelectedDifferences();
    QAction *splitAction() const { return m_splitAction; }
    QAction *joinAction() const { return m_joinAction; }
    QAction *differencesAction() const { return m_differencesAction; }

Q_SIGNALS:
    void importFinished(); // after the list has been asked to reload
    void extractionFinished();
    void articleShown(qint64 id);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createExportMenu(QMenu *file); // mainwindowexport.cpp
    void createDocks();
    void showArticle(qint64 id);
    void showAnnotations(qint64 id, const QString &original);
    // Highlights where the list's search terms stand in the shown article and reveals the first.
    void showSearchHits(const QString &original);
    void revealSearchHit(bool forward);
    void reloadTimeline();
    void openTimelineEvent(const TimelineEvent &event);
    void setEntityFilter(const QList<qint64> &entityIds);
    void setEventRange(const QDate &from, const QDate &to);
    void startNextImport();
    void importDone(const ImportSummary &summary, const QString &databaseError);
    void chooseFilesToImport();
    void chooseFolderToImport();
    void chooseDatabase(bool create);
    void showAbout();
    void setLanguage(const QString &language);
    void readSettings();
    void writeSettings();
    void updateTitle();
    void updateArticleActions();
    void articlesEdited(const QList<qint64> &articles, qint64 select);

    ArticleListModel *m_model = nullptr;
    ArticleListPane *m_list = nullptr;
    SourceView *m_source = nullptr;
    QDockWidget *m_listDock = nullptr;
    QDockWidget *m_sourceDock = nullptr;
    QDockWidget *m_entitiesDock = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    EntitySidebar *m_entities = nullptr;
    FilterChips *m_chips = nullptr;
    TimelineWidget *m_timeline = nullptr;
    QUndoStack *m_undo = nullptr;
    TagWorkbench *m_tagging = nullptr;
    AnnotationWorkbench *m_annotations = nullptr; // highlights, the Annotations dock and their actions
    ExportWorkbench *m_export = nullptr; // File ▸ Export: annotated PDF, CSV and JSON
    quint64 m_timelineGeneration = 0;
    qint64 m_pendingSentenceArticle = 0;
    QPair<qsizetype, qsizetype> m_pendingSentence;
    ImportProgress *m_progress = nullptr;
    QAction *m_splitAction = nullptr;
    QAction *m_joinAction = nullptr;
    QAction *m_differencesAction = nullptr;
    QLabel *m_articleInfo = nullptr;
    QTimer *m_refresh = nullptr;
    QActionGroup *m_languages = nullptr;
    std::unique_ptr<Database> m_db; // the GUI thread's connection, for reading one article
    std::unique_ptr<ArticleStore> m_store;
    QString m_databasePath;
    QPointer<ImportJob> m_job;
    QPointer<ExtractionJob> m_extraction;
    bool m_extractionAgain = false; // more articles arrived while extracting
    QList<QStringList> m_importQueue;
    qint64 m_shownArticle = 0;
    QString m_hitsSearch; // the list search whose hits the source view shows
};

} // namespace Annalist
