// Passage annotations in the real main window, as the analyst uses them: select a passage in
// the source view, highlight it with a note and tags (Ctrl+Shift+H, the editor dialog), find it
// in the Annotations pane, click it from another article to get back to the passage, edit and
// undo across article switches; screenshot artefact of the window with the pane.

#include "annotationdialog.h"
#include "annotationspane.h"
#include "annotationworkbench.h"
#include "articlelistpane.h"
#include "itemmodels/articlelistmodel.h"
#include "itemmodels/annotationlistmodel.h"
#include "mainwindow.h"
#include "sourceview.h"
#include "store/annotationstore.h"
#include "store/articlestore.h"
#include "store/database.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Annalist;

namespace {

std::optional<QList<Annotation>> stored(const QString &path)
{
    Database db(path);
    if (!db.open())
        return std::nullopt;
    return AnnotationStore(db.connection()).annotations();
}

} // namespace

class TestAnnotationsGui : public QObject
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
        QCoreApplication::setApplicationName(QStringLiteral("tst_annotationsgui"));
        QSettings().clear();
    }

    void highlightFindAndReturn()
    {
        MainWindow window;
        window.resize(1400, 900);
        const QString dbPath = m_dir.filePath(QStringLiteral("annotations.db"));
        QVERIFY(window.openDatabase(dbPath));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy extracted(&window, &MainWindow::extractionFinished);
        window.importPaths({QStringLiteral(ANNALIST_SHARED_DIR "/corpus")});
        QTRY_VERIFY_WITH_TIMEOUT(!extracted.isEmpty() && !window.isExtracting() && !window.isImporting(), 120000);
        QTRY_VERIFY_WITH_TIMEOUT(window.articleList()->currentArticle() > 0, 10000);

        SourceView *source = window.sourceView();
        AnnotationWorkbench *annotations = window.annotations();
        QVERIFY(annotations);
        const qint64 article = window.articleList()->currentArticle();
        QTRY_COMPARE_WITH_TIMEOUT(annotations->article(), article, 10000);
        Database db(dbPath);
        QVERIFY(db.open());
        ArticleStore articles(db.connection());
        const QString original = articles.article(article)->original;

        // 1. Select a passage (the second paragraph's first sentence or so) and highlight it with a note.
        const QString shown = source->document()->toPlainText();
        const int paragraph = int(shown.indexOf(QLatin1Char('\n'), 40)) + 1;
        QVERIFY(paragraph > 0);
        int end = int(shown.indexOf(QLatin1Char(' '), paragraph + 50));
        QVERIFY(end > paragraph);
        QTextCursor cursor(source->document());
        cursor.setPosition(paragraph);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        source->setTextCursor(cursor);
        const QString phrase = cursor.selectedText();
        QVERIFY(annotations->annotateAction()->isEnabled());
        QCOMPARE(annotations->annotateAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+H")));
        QCOMPARE(annotations->highlightAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+H")));
        source->setFocus();
        QTest::keyClick(source, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        AnnotationDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<AnnotationDialog *>()) != nullptr, 5000);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        dialog->noteEdit()->setPlainText(QStringLiteral("Key claim.\nCheck against the ministry's statement."));
        dialog->tagsEdit()->setText(QStringLiteral("claims, policy/export-controls"));
        auto *green = dialog->findChild<QAbstractButton *>(QStringLiteral("color-green"));
        QVERIFY(green);
        green->click();
        // Ctrl+Return accepts (the dialog is the active window again after the clicks above).
        dialog->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(dialog));
        QTest::keyClick(dialog->noteEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!window.findChild<AnnotationDialog *>());

        QCOMPARE(window.undoStack()->count(), 1);
        QVERIFY(window.undoStack()->undoText().startsWith(QStringLiteral("Highlight “")));
        const auto afterCreate = stored(dbPath);
        QVERIFY(afterCreate && afterCreate->size() == 1);
        const Annotation annotation = afterCreate->constFirst();
        QCOMPARE(annotation.articleId, article);
        QCOMPARE(original.mid(annotation.start, annotation.length), annotation.quote);
        QCOMPARE(annotation.quote.simplified(), phrase.simplified());
        QCOMPARE(annotation.color, QStringLiteral("green"));
        QCOMPARE(annotation.note, QStringLiteral("Key claim.\nCheck against the ministry's statement."));
        QCOMPARE(annotation.tags, (QStringList{QStringLiteral("claims"), QStringLiteral("policy/export-controls")}));
        // Drawn in the source view.
        QCOMPARE(source->passages().items().size(), 1);
        QVERIFY(source->passages().toolTipAt(paragraph + 3).contains(QStringLiteral("Key claim.")));

        // 2. The pane lists it.
        annotations->dock()->raise();
        AnnotationsPane *pane = annotations->pane();
        QTreeView *list = pane->view();
        QTRY_VERIFY(list->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 10000);
        const QModelIndex quoteCell = list->model()->index(0, AnnotationListModel::QuoteColumn);
        QCOMPARE(quoteCell.data(AnnotationListModel::AnnotationIdRole).toLongLong(), annotation.id);
        QCOMPARE(list->model()->index(0, AnnotationListModel::NoteColumn).data().toString(),
                 QStringLiteral("Key claim. Check against the ministry's statement."));
        QCOMPARE(list->model()->index(0, AnnotationListModel::ArticleColumn).data().toString(),
                 articles.article(article)->title);
        // Its filters find it by the words of the note, and not by others.
        pane->searchField()->setText(QStringLiteral("ministry"));
        QTRY_COMPARE_WITH_TIMEOUT(annotations->model()->filter().text, QStringLiteral("ministry"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 10000);
        pane->searchField()->setText(QStringLiteral("zeppelin"));
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 0, 10000);
        pane->searchField()->clear();
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 10000);

        // 3. From another article, clicking the row opens the article at the passage.
        const QAbstractItemModel *articleModel = window.articleList()->view()->model();
        const qint64 other = articleModel->index(1, 0).data(ArticleListModel::ArticleIdRole).toLongLong();
        QVERIFY(other > 0 && other != article);
        window.articleList()->selectArticle(other);
        QTRY_COMPARE(annotations->article(), other);
        QVERIFY(source->passages().isEmpty());
        const QRect row = list->visualRect(list->model()->index(0, AnnotationListModel::QuoteColumn));
        QVERIFY(row.isValid());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
        QTRY_COMPARE_WITH_TIMEOUT(annotations->article(), article, 5000);
        QCOMPARE(window.articleList()->currentArticle(), article);
        QCOMPARE(source->textCursor().selectedText().simplified(), annotation.quote.simplified());
        QCOMPARE(source->selectedRange(), SourceView::Range(annotation.start, annotation.length));
        // The passage is scrolled into view.
        QVERIFY(source->viewport()->rect().contains(source->cursorRect().center()));

        // The picture of the window with the highlight and the pane, for eyes.
        QCoreApplication::processEvents();
        const QString artifacts = qEnvironmentVariable("ANNALIST_ARTIFACT_DIR", QStringLiteral(ANNALIST_BINARY_DIR "/test-artifacts"));
        QVERIFY(QDir().mkpath(artifacts));
        QVERIFY(window.grab().save(QDir(artifacts).filePath(QStringLiteral("annotations.png"))));

        // 4. Edit the note, then undo the edit and the highlight from another article.
        annotations->editAnnotation(annotation.id);
        QTRY_VERIFY((dialog = window.findChild<AnnotationDialog *>()) != nullptr);
        QCOMPARE(dialog->note(), annotation.note);
        QCOMPARE(dialog->color(), QStringLiteral("green"));
        dialog->noteEdit()->setPlainText(QStringLiteral("Confirmed."));
        dialog->accept();
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Edit note"));
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->index(0, AnnotationListModel::NoteColumn).data().toString(),
                                  QStringLiteral("Confirmed."), 10000);
        window.articleList()->selectArticle(other);
        QTRY_COMPARE(annotations->article(), other);
        window.undoStack()->undo();
        QCOMPARE(stored(dbPath)->constFirst(), annotation);
        window.undoStack()->undo();
        QVERIFY(stored(dbPath)->isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 0, 10000);
        window.undoStack()->redo();
        QCOMPARE(stored(dbPath)->constFirst(), annotation); // the same id, times and tags
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 10000);

        // 5. Delete from the pane's request; undo brings it back into the open article's view.
        window.articleList()->selectArticle(article);
        QTRY_COMPARE(annotations->article(), article);
        QCOMPARE(source->passages().items().size(), 1);
        Q_EMIT pane->deleteRequested(annotation.id);
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Delete highlight"));
        QVERIFY(source->passages().isEmpty());
        window.undoStack()->undo();
        QCOMPARE(source->passages().items().size(), 1);
        QCOMPARE(stored(dbPath)->constFirst(), annotation);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestAnnotationsGui)
#include "tst_annotationsgui.moc"
