// The analyst's corrections of how files became articles, and the staged ingest, through the
// window and the command line: near-duplicate groups in the list (the seed corpus's repeated AFP
// story), "Show differences", split at the cursor and join of selected articles with undo/redo,
// the status text of both stages, stage two resuming on start, a 10,000-file drop that leaves
// the window responsive, and `annalist split` / `join` / `list --json`.

#include "annotationworkbench.h"
#include "articlelistpane.h"
#include "diffdialog.h"
#include "importprogress.h"
#include "itemmodels/annotationlistmodel.h"
#include "itemmodels/articlelistmodel.h"
#include "mainwindow.h"
#include "seedcorpus.h"
#include "sourceview.h"
#include "store/articlestore.h"
#include "store/extractionstore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Annalist;

namespace {

const QString binary = QStringLiteral(ANNALIST_BINARY_DIR "/bin/annalist");

QString artifactDir()
{
    const QString fromEnv = qEnvironmentVariable("ANNALIST_ARTIFACT_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(ANNALIST_BINARY_DIR "/test-artifacts") : fromEnv;
}

// The formats of a document's text, character by character: (position, strike-out, background?).
QTextCharFormat formatAt(QTextDocument *document, int position)
{
    QTextCursor cursor(document);
    cursor.setPosition(position + 1); // the format of the character before the cursor
    return cursor.charFormat();
}

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(binary, arguments);
    if (!process.waitForFinished(180000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QJsonArray listJson(const QString &db)
{
    const CliResult listed = runCli({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    return QJsonDocument::fromJson(listed.out.toUtf8()).array();
}

void fetchAll(QAbstractItemModel *model)
{
    while (model->canFetchMore({}))
        model->fetchMore({});
}

} // namespace

class TestArticleEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("AnnalistTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_articleedits"));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("sample/imported"), true); // no sample import on first start
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_seed = m_dir.filePath(QStringLiteral("seed.db"));
        const QString problem = TestSupport::buildSeedCorpus(m_seed);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The aggregator's repeated AFP story is a near-duplicate group: "1 copy" on the first
    // version, "copy of #N" (in italics) on the copy, and sorting by Copies puts them together.
    void nearDuplicateGroupInTheList()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
#if QT_VERSION >= QT_VERSION_CHECK(6, 4, 0)
        // As in tst_articlelistmodel: Qt 6's tester fetches from its modelReset slot while it
        // still counts the reset as in flight; the test fetches itself, as a view would.
        tester.setUseFetchMore(false);
#endif
        QSignalSpy loaded(&model, &ArticleListModel::loaded);
        QVERIFY(model.setDatabasePath(m_seed));
        QTRY_VERIFY(!loaded.isEmpty());
        fetchAll(&model);
        int copyRow = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(ArticleListModel::DuplicateOfRole).toLongLong() > 0)
                copyRow = row;
        }
        QVERIFY2(copyRow >= 0, "the seed corpus holds a syndicated copy");
        const qint64 copy = model.articleId(copyRow);
        const qint64 first = model.index(copyRow, 0).data(ArticleListModel::DuplicateOfRole).toLongLong();
        const int firstRow = model.rowOfArticle(first);
        QVERIFY(firstRow >= 0);
        QCOMPARE(model.index(copyRow, ArticleListModel::CopiesColumn).data().toString(),
                 QStringLiteral("≈ copy of #%1").arg(first));
        QVERIFY(model.index(copyRow, ArticleListModel::TitleColumn).data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(model.index(firstRow, 0).data(ArticleListModel::CopiesRole).toInt() >= 1);
        QVERIFY(model.index(firstRow, ArticleListModel::CopiesColumn).data().toString().contains(QLatin1String("cop")));
        QVERIFY(model.index(copyRow, ArticleListModel::CopiesColumn).data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("#%1").arg(first)));
        QCOMPARE(model.headerData(ArticleListModel::CopiesColumn, Qt::Horizontal).toString(), QStringLiteral("Copies"));

        // Grouped: both directions list the first version directly above its copies.
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            loaded.clear();
            model.sort(ArticleListModel::CopiesColumn, order);
            QTRY_VERIFY(!loaded.isEmpty());
            fetchAll(&model);
            const int firstAt = model.rowOfArticle(first);
            const int copyAt = model.rowOfArticle(copy);
            QVERIFY(firstAt >= 0 && copyAt > firstAt);
            for (int row = firstAt + 1; row < copyAt; ++row)
                QCOMPARE(model.index(row, 0).data(ArticleListModel::DuplicateOfRole).toLongLong(), first);
        }
    }

    void diffDialogMarksWordChanges()
    {
        DiffDialog dialog;
        QSignalSpy ready(&dialog, &DiffDialog::ready);
        const QString a = QStringLiteral("The quick brown fox jumps over the lazy dog.");
        const QString b = QStringLiteral("The quick red fox jumps over the dog today.");
        dialog.setVersions({1, QStringLiteral("First"), a}, {2, QStringLiteral("Second"), b});
        QTRY_VERIFY(dialog.isReady());
        QCOMPARE(ready.size(), 1);
        QCOMPARE(dialog.leftDocument()->toPlainText(), a);
        QCOMPARE(dialog.rightDocument()->toPlainText(), b);
        // Left: what only the first version has is struck through; right: what only the second has is tinted.
        QVERIFY(formatAt(dialog.leftDocument(), int(a.indexOf(QLatin1String("brown")))).fontStrikeOut());
        QVERIFY(formatAt(dialog.leftDocument(), int(a.indexOf(QLatin1String("lazy")))).fontStrikeOut());
        QVERIFY(!formatAt(dialog.leftDocument(), int(a.indexOf(QLatin1String("quick")))).fontStrikeOut());
        QVERIFY(formatAt(dialog.rightDocument(), int(b.indexOf(QLatin1String("red")))).hasProperty(QTextFormat::BackgroundBrush));
        QVERIFY(formatAt(dialog.rightDocument(), int(b.indexOf(QLatin1String("today")))).hasProperty(QTextFormat::BackgroundBrush));
        QVERIFY(!formatAt(dialog.rightDocument(), int(b.indexOf(QLatin1String("fox")))).hasProperty(QTextFormat::BackgroundBrush));
        QCOMPARE(dialog.summary(), QStringLiteral("2 word(s) only in the first version (struck through) · 2 word(s) only in "
                                                  "the second version (highlighted)"));

        DiffDialog same;
        same.setVersions({1, QString(), a}, {2, QString(), a});
        QTRY_VERIFY(same.isReady());
        QCOMPARE(same.summary(), QStringLiteral("The two versions have the same words."));
    }

    // The window: a copy selected, Show Differences compares it with its first version.
    void showDifferencesOfTheAfpCopy()
    {
        const QString path = copyOfSeed(QStringLiteral("diff.db"));
        MainWindow window;
        window.resize(1280, 800);
        QVERIFY(window.openDatabase(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ArticleListModel *model = qobject_cast<ArticleListModel *>(window.articleList()->view()->model());
        QVERIFY(model);
        QTRY_VERIFY(model->rowCount() > 0);
        fetchAll(model);
        int copyRow = -1;
        for (int row = 0; row < model->rowCount() && copyRow < 0; ++row) {
            if (model->index(row, 0).data(ArticleListModel::DuplicateOfRole).toLongLong() > 0)
                copyRow = row;
        }
        QVERIFY(copyRow >= 0);
        window.articleList()->view()->setCurrentIndex(model->index(copyRow, 0));
        QVERIFY(window.differencesAction()->isEnabled());
        QVERIFY(!window.joinAction()->isEnabled());
        window.differencesAction()->trigger();
        DiffDialog *dialog = window.findChild<DiffDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isReady());
        const qint64 first = model->index(copyRow, 0).data(ArticleListModel::DuplicateOfRole).toLongLong();
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("#%1").arg(first)));
        // The same story: most of the shorter version (an aggregator may quote only the lead) is
        // shared text, and both sides together give back both versions.
        qsizetype same = 0;
        QString left, right;
        for (const DiffChunk &chunk : dialog->chunks()) {
            if (chunk.kind == DiffChunk::Same)
                same += chunk.text.size();
            if (chunk.kind != DiffChunk::Added)
                left += chunk.text;
            if (chunk.kind != DiffChunk::Removed)
                right += chunk.text;
        }
        QCOMPARE(dialog->rightDocument()->toPlainText(), right);
        QCOMPARE(dialog->leftDocument()->toPlainText(), left);
        QVERIFY(same * 2 > std::min(left.size(), right.size()));
        QDir().mkpath(artifactDir());
        dialog->grab().save(QDir(artifactDir()).filePath(QStringLiteral("diffdialog.png")));
        dialog->close();
        QTRY_VERIFY(!window.isExtracting());
    }

    void splitAtCursorAndJoinWithUndo()
    {
        const QString path = copyOfSeed(QStringLiteral("edit.db"));
        MainWindow window;
        window.resize(1280, 800);
        QVERIFY(window.openDatabase(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTreeView *view = window.articleList()->view();
        auto *model = qobject_cast<ArticleListModel *>(view->model());
        QTRY_VERIFY(model->rowCount() > 0);
        fetchAll(model);
        const int articles = model->totalCount();

        // The longest text article, cut at a paragraph break in its middle.
        Database db(path);
        QVERIFY(db.open());
        QSqlQuery longest(db.connection());
        QVERIFY(longest.exec(QStringLiteral("SELECT id, original FROM articles WHERE content IS NULL OR offset_map IS "
                                            "NOT NULL ORDER BY length(original) DESC LIMIT 1")));
        QVERIFY(longest.next());
        const qint64 id = longest.value(0).toLongLong();
        const QString whole = longest.value(1).toString();
        longest.finish();
        const qsizetype at = whole.indexOf(QStringLiteral("\n\n"), whole.size() / 2) + 2;
        QVERIFY(at > 2);

        // Once the list has settled (the start-up extraction reloads it), open the article.
        QTRY_VERIFY(!window.isExtracting() && !model->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(
            (window.articleList()->selectArticle(id), window.sourceView()->toPlainText() == whole), 20000);
        // A highlight in the second half: the Annotations dock follows it to the new article.
        QTextCursor cursor = window.sourceView()->textCursor();
        cursor.setPosition(int(at) + 1);
        cursor.setPosition(int(at) + 11, QTextCursor::KeepAnchor);
        window.sourceView()->setTextCursor(cursor);
        QVERIFY(window.annotations()->highlightSelection(QStringLiteral("yellow")));
        AnnotationListModel *notes = window.annotations()->model();
        const auto articleOfHighlight = [notes] {
            return notes->rowCount() == 1 ? notes->index(0, 0).data(AnnotationListModel::ArticleIdRole).toLongLong()
                                          : qint64(-1);
        };
        QTRY_COMPARE(articleOfHighlight(), id);
        window.undoStack()->clear();

        cursor.setPosition(int(at));
        window.sourceView()->setTextCursor(cursor);
        QVERIFY(window.splitAction()->isEnabled());
        window.splitAction()->trigger();
        QCOMPARE(window.undoStack()->count(), 1);
        QVERIFY(window.undoStack()->undoText().startsWith(QStringLiteral("Split")));
        QTRY_COMPARE(model->totalCount(), articles + 1);
        // The new second part is selected and shown.
        QTRY_COMPARE(window.sourceView()->toPlainText(), whole.mid(at));
        // The list selects it once its reload is through.
        qint64 second = 0;
        QTRY_VERIFY((second = window.articleList()->currentArticle()) > 0 && second != id);
        QTRY_COMPARE(articleOfHighlight(), second);

        window.undoStack()->undo();
        QTRY_COMPARE(model->totalCount(), articles);
        QTRY_COMPARE(window.sourceView()->toPlainText(), whole);
        QTRY_COMPARE(articleOfHighlight(), id);
        window.undoStack()->redo();
        QTRY_COMPARE(model->totalCount(), articles + 1);
        QTRY_COMPARE(window.sourceView()->toPlainText(), whole.left(at));

        // Join the two parts again from the list's selection.
        fetchAll(model);
        QTRY_VERIFY(model->rowOfArticle(id) >= 0 && model->rowOfArticle(second) >= 0);
        view->selectionModel()->clearSelection();
        for (qint64 part : {id, second})
            view->selectionModel()->select(model->index(model->rowOfArticle(part), 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(window.joinAction()->isEnabled());
        window.joinAction()->trigger();
        // Extraction of the split parts may still be writing: the join waits its turn.
        QVERIFY2(window.undoStack()->count() == 2, qPrintable(window.statusBar()->currentMessage()));
        QTRY_COMPARE(model->totalCount(), articles);
        QTRY_COMPARE(window.sourceView()->toPlainText(), whole);
        window.undoStack()->undo();
        QTRY_COMPARE(model->totalCount(), articles + 1);
        window.undoStack()->undo();
        QTRY_COMPARE(model->totalCount(), articles);
        QTRY_COMPARE(window.sourceView()->toPlainText(), whole);

        // A cut with nothing on one side is refused with a message; the stack stays as it was.
        cursor.setPosition(0);
        window.sourceView()->setTextCursor(cursor);
        window.splitAction()->trigger();
        QCOMPARE(window.undoStack()->index(), 0);
        QTRY_VERIFY(!window.isExtracting());
    }

    void statusShowsBothStagesWithCounts()
    {
        QWidget bar;
        auto *progress = new ImportProgress(&bar);
        bar.show();
        QVERIFY(!progress->isVisible());
        progress->start(ImportProgress::Stage::Import);
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->text(), QStringLiteral("Looking for files…"));
        progress->setProgress(ImportProgress::Stage::Import, 1234, 10000, QStringLiteral("/tmp/a.txt"));
        progress->start(ImportProgress::Stage::Extraction);
        progress->setProgress(ImportProgress::Stage::Extraction, 800, 5000);
        QCOMPARE(progress->text(), QStringLiteral("Importing 1,234 / 10,000 file(s) · Extracting 800 / 5,000 article(s)"));
        QSignalSpy cancel(progress, &ImportProgress::cancelRequested);
        progress->finish(ImportProgress::Stage::Import);
        QCOMPARE(progress->text(), QStringLiteral("Extracting 800 / 5,000 article(s)"));
        progress->finish(ImportProgress::Stage::Extraction);
        QVERIFY(!progress->isVisible());
    }

    // Articles imported without stage two (the app closed mid-way) are extracted when the
    // database is opened again, with the extraction shown in the status bar meanwhile.
    void stageTwoResumesOnStart()
    {
        const QString path = m_dir.filePath(QStringLiteral("resume.db"));
        {
            ImportRunner importer(path);
            ImportSummary summary;
            QVERIFY(importer.run({QStringLiteral(ANNALIST_SHARED_DIR "/corpus")}, summary));
        }
        qint64 pending = 0;
        {
            Database db(path);
            QVERIFY(db.open());
            pending = ExtractionStore(db.connection()).pendingCount();
        }
        QVERIFY(pending >= 5);
        MainWindow window;
        QSignalSpy extracted(&window, &MainWindow::extractionFinished);
        QVERIFY(window.openDatabase(path));
        QTRY_VERIFY(window.isExtracting() || !extracted.isEmpty());
        if (window.isExtracting())
            QVERIFY(window.ingestProgress()->isActive(ImportProgress::Stage::Extraction));
        QTRY_VERIFY_WITH_TIMEOUT(!extracted.isEmpty(), 120000);
        QTRY_VERIFY(!window.isExtracting());
        QVERIFY(!window.ingestProgress()->isActive(ImportProgress::Stage::Extraction));
        Database db(path);
        QVERIFY(db.open());
        QCOMPARE(ExtractionStore(db.connection()).pendingCount(), qint64(0));
    }

    // 10,000 files dropped at once: the window keeps handling events while they are found and
    // read (folder walking and parsing run on the import's thread), and Stop Import ends it.
    void tenThousandFilesKeepTheWindowResponsive()
    {
        const QString folder = m_dir.filePath(QStringLiteral("many"));
        QVERIFY(QDir().mkpath(folder));
        for (int i = 0; i < 10000; ++i) {
            QFile file(QDir(folder).filePath(QStringLiteral("note%1.txt").arg(i, 5, 10, QLatin1Char('0'))));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("Note %1\n\nField report number %1 from the archive.\n").arg(i).toUtf8());
        }
        MainWindow window;
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("many.db"))));
        QTRY_VERIFY(!window.isExtracting());
        int ticks = 0;
        int ticksWhileImporting = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] {
            ++ticks;
            if (window.isImporting())
                ++ticksWhileImporting;
        });
        timer.start(20);
        window.importPaths({folder});
        QVERIFY(window.isImporting()); // returned at once: nothing was walked yet
        QTRY_VERIFY_WITH_TIMEOUT(window.ingestProgress()->text().contains(QLatin1String("/ 10,000 file(s)")), 60000);
        QVERIFY(ticksWhileImporting > 0);
        // Stop it: what was imported stays, and the window is idle again.
        QSignalSpy finished(&window, &MainWindow::importFinished);
        Q_EMIT window.ingestProgress()->cancelRequested(ImportProgress::Stage::Import);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QVERIFY(!window.isImporting());
        window.close();
    }

    void commandLineSplitJoinAndListKeys()
    {
        const QString path = copyOfSeed(QStringLiteral("cli.db"));
        const QJsonArray before = listJson(path);
        QVERIFY(!before.isEmpty());
        qint64 target = 0;
        qint64 targetLength = 0;
        for (const QJsonValue &value : before) {
            const QJsonObject row = value.toObject();
            for (const char *key : {"id", "title", "file", "range", "published", "source", "duplicate_of"})
                QVERIFY2(row.contains(QLatin1String(key)), key);
            const QJsonArray range = row.value(QStringLiteral("range")).toArray();
            QCOMPARE(range.size(), 2);
            QVERIFY(range.at(0).toDouble() >= 0 && range.at(1).toDouble() > range.at(0).toDouble());
            QVERIFY(QFileInfo::exists(row.value(QStringLiteral("file")).toString()));
            if (qint64(range.at(1).toDouble() - range.at(0).toDouble()) > targetLength) {
                targetLength = qint64(range.at(1).toDouble() - range.at(0).toDouble());
                target = qint64(row.value(QStringLiteral("id")).toDouble());
            }
        }
        // The repeated AFP story names its first version.
        bool copyListed = false;
        for (const QJsonValue &value : before)
            copyListed |= value.toObject().value(QStringLiteral("duplicate_of")).toDouble() > 0;
        QVERIFY(copyListed);

        const CliResult split = runCli({QStringLiteral("split"), QStringLiteral("--db"), path, QStringLiteral("--article"),
                                        QString::number(target), QStringLiteral("--at"),
                                        QString::number(targetLength / 2)});
        QVERIFY2(split.exitCode == 0, qPrintable(split.err));
        const qint64 newId = split.out.trimmed().toLongLong();
        QVERIFY(newId > target);
        const QJsonArray after = listJson(path);
        QCOMPARE(after.size(), before.size() + 1);
        QJsonArray firstRange, secondRange;
        for (const QJsonValue &value : after) {
            const QJsonObject row = value.toObject();
            if (qint64(row.value(QStringLiteral("id")).toDouble()) == target)
                firstRange = row.value(QStringLiteral("range")).toArray();
            if (qint64(row.value(QStringLiteral("id")).toDouble()) == newId)
                secondRange = row.value(QStringLiteral("range")).toArray();
        }
        QCOMPARE(qint64(firstRange.at(1).toDouble()), qint64(secondRange.at(0).toDouble()));
        QCOMPARE(qint64(secondRange.at(1).toDouble() - firstRange.at(0).toDouble()), targetLength);
        {
            Database db(path);
            QVERIFY(db.open());
            QCOMPARE(ExtractionStore(db.connection()).pendingCount(), qint64(0)); // re-extracted before returning
        }

        const CliResult join = runCli({QStringLiteral("join"), QStringLiteral("--db"), path, QStringLiteral("--article"),
                                       QString::number(newId), QStringLiteral("--with"), QString::number(target)});
        QVERIFY2(join.exitCode == 0, qPrintable(join.err));
        QCOMPARE(join.out.trimmed().toLongLong(), target);
        QCOMPARE(listJson(path).size(), before.size());

        // Refusals: a clear message and exit 1; bad arguments exit 2.
        const CliResult bad = runCli({QStringLiteral("split"), QStringLiteral("--db"), path, QStringLiteral("--article"),
                                      QString::number(target), QStringLiteral("--at"), QStringLiteral("999999999")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.startsWith(QLatin1String("annalist split: ")));
        const CliResult usage = runCli({QStringLiteral("join"), QStringLiteral("--db"), path, QStringLiteral("--article"),
                                        QStringLiteral("x")});
        QCOMPARE(usage.exitCode, 2);
        QCOMPARE(listJson(path).size(), before.size());
    }

private:
    QString copyOfSeed(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        Database seed(m_seed);
        if (!seed.open())
            return {};
        QSqlQuery vacuum(seed.connection());
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(path);
        return vacuum.exec() ? path : QString();
    }

    QTemporaryDir m_dir;
    QString m_seed;
};

QTEST_MAIN(TestArticleEdits)
#include "tst_articleedits.moc"
