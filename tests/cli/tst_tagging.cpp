// Tags, article metadata and saved searches in the real main window: a hierarchical tag made
// in the Tags pane, given by the list's context menu, by dropping list rows on it and by the
// quick-tag popup; the list filtered by clicking tags (All / Any); chips in the list; undo and
// redo of every edit restoring the database exactly (delete included); the metadata form's
// validation, write and undo; saved searches; the search box's error marker.

#include "articlelistpane.h"
#include "itemmodels/analysteditor.h"
#include "itemmodels/articlelistmodel.h"
#include "itemmodels/articlemime.h"
#include "itemmodels/tagtreemodel.h"
#include "mainwindow.h"
#include "metadatadialog.h"
#include "quicktagpopup.h"
#include "seedcorpus.h"
#include "store/database.h"
#include "store/tagstore.h"
#include "tagchipdelegate.h"
#include "tagpane.h"
#include "tagworkbench.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace Annalist;

namespace {

QString artifactDir()
{
    const QString fromEnv = qEnvironmentVariable("ANNALIST_ARTIFACT_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(ANNALIST_BINARY_DIR "/test-artifacts") : fromEnv;
}

// Every tag, assignment and article's hand-editable fields, in a fixed order: the exact state
// that undo and redo must give back.
QStringList tagState(const QString &path)
{
    Database db(path);
    if (!db.open())
        return {QStringLiteral("error: ") + db.errorString()};
    QStringList lines;
    const QStringList statements = {
        QStringLiteral("SELECT 'tag', id, name, coalesce(color, ''), coalesce(parent_id, 0) FROM tags ORDER BY id"),
        QStringLiteral("SELECT 'article_tag', article_id, tag_id, '', '' FROM article_tags ORDER BY 2, 3"),
        QStringLiteral("SELECT 'annotation_tag', annotation_id, tag_id, '', '' FROM annotation_tags ORDER BY 2, 3"),
    };
    for (const QString &statement : statements) {
        QSqlQuery q(db.connection());
        if (!q.exec(statement))
            return {QStringLiteral("error: ") + statement};
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < 5; ++i)
                fields.append(q.value(i).toString());
            lines.append(fields.join(QLatin1Char('|')));
        }
    }
    return lines;
}

QStringList metadataState(const QString &path)
{
    Database db(path);
    if (!db.open())
        return {QStringLiteral("error: ") + db.errorString()};
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT id, title, source, author, url, coalesce(published, '') FROM articles "
                               "ORDER BY id")))
        return {QStringLiteral("error")};
    QStringList lines;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 6; ++i)
            fields.append(q.value(i).toString());
        lines.append(fields.join(QLatin1Char('|')));
    }
    return lines;
}

QSet<qint64> listedIds(const QAbstractItemModel *model)
{
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->index(row, 0).data(ArticleListModel::ArticleIdRole).toLongLong());
    return ids;
}

QSet<qint64> toSet(const QList<qint64> &ids)
{
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

QAction *findAction(QMenu *menu, const QString &text)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestTagging : public QObject
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
        QCoreApplication::setApplicationName(QStringLiteral("tst_tagging"));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("sample/imported"), true);
        m_seed = m_dir.filePath(QStringLiteral("seed.db"));
        const QString problem = TestSupport::buildSeedCorpus(m_seed);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void init()
    {
        // Each test on its own copy of the extracted seed corpus.
        m_path = m_dir.filePath(QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_path);
        QVERIFY(QFile::copy(m_seed, m_path));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        QVERIFY(m_window->openDatabase(m_path));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->tagging()->dock()->show();
        m_window->tagging()->dock()->raise();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isExtracting(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(list()->rowCount() >= 5 && !listModel()->isLoading(), 10000);
    }

    void cleanup() { m_window.reset(); }

    void hierarchicalTagsAssignedByMenuDropAndKeyboard()
    {
        TagWorkbench *tagging = m_window->tagging();
        TagPane *pane = tagging->pane();
        QAbstractItemModelTester tester(pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList before = tagState(m_path);

        // The tag manager: a path makes its parent too.
        pane->createTag(QStringLiteral("  policy / export-controls "));
        QCOMPARE(pane->model()->rowCount(), 1);
        const QModelIndex policy = pane->model()->index(0, TagTreeModel::NameColumn);
        QCOMPARE(policy.data().toString(), QStringLiteral("policy"));
        QCOMPARE(pane->model()->rowCount(policy), 1);
        const QModelIndex exportControls = pane->model()->index(0, TagTreeModel::NameColumn, policy);
        QCOMPARE(exportControls.data(TagTreeModel::PathRole).toString(), QStringLiteral("policy/export-controls"));
        QVERIFY(pane->treeView()->isExpanded(policy));
        const qint64 exportId = exportControls.data(TagTreeModel::TagIdRole).toLongLong();
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("New Tag “policy/export-controls”"));

        // Context menu on two selected rows: Tags ▸ Add Tag ▸ policy/export-controls.
        selectRows({0, 1});
        const QList<qint64> firstTwo = selectedIds();
        QCOMPARE(firstTwo.size(), 2);
        QMenu *tagsMenu = tagging->contextActions().constFirst()->menu();
        QVERIFY(tagsMenu);
        Q_EMIT tagsMenu->aboutToShow();
        QMenu *add = findAction(tagsMenu, QStringLiteral("Add Tag"))->menu();
        QAction *give = findAction(add, QStringLiteral("policy/export-controls"));
        QVERIFY(give);
        give->trigger();
        QCOMPARE(toSet(articlesWith(exportId)), toSet(firstTwo));
        // (Plural forms come from the translation; the test runs without one.)
        QVERIFY(m_window->undoStack()->undoText().startsWith(QStringLiteral("Tag 2 article")));
        QVERIFY(m_window->undoStack()->undoText().endsWith(QStringLiteral("“policy/export-controls”")));
        // The chips of those rows show it.
        QTRY_VERIFY(rowTags(firstTwo.constFirst()).contains(QStringLiteral("policy/export-controls")));

        // Dragging rows 2 and 3 of the list onto the parent tag "policy".
        selectRows({2, 3});
        const QList<qint64> dragged = selectedIds();
        const qint64 policyId = policy.data(TagTreeModel::TagIdRole).toLongLong();
        std::unique_ptr<QMimeData> mime(list()->mimeData(m_window->articleList()->view()->selectionModel()->selectedIndexes()));
        QVERIFY(mime);
        QCOMPARE(ArticleMime::decodeIds(mime.get()), dragged);
        dropOnTag(mime.get(), policyId);
        QCOMPARE(toSet(articlesWith(policyId, false)), toSet(dragged));

        // Ctrl+T with a new path: completion over existing paths, a new tag created.
        selectRows({4});
        const qint64 fifth = selectedIds().constFirst();
        tagging->quickTagAction()->trigger();
        QuickTagPopup *popup = tagging->quickTagPopup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClicks(popup->lineEdit(), QStringLiteral("export"));
        QTRY_VERIFY(popup->completer()->completionCount() >= 1);
        QCOMPARE(popup->completer()->currentCompletion(), QStringLiteral("policy/export-controls"));
        popup->lineEdit()->setText(QStringLiteral("region/Asia"));
        QVERIFY(popup->hint().contains(QStringLiteral("creates")));
        popup->accept();
        const auto asia = tagByName(QStringLiteral("region/Asia"));
        QVERIFY(asia);
        QCOMPARE(articlesWith(asia->id), QList<qint64>{fifth});
        QTRY_COMPARE(pane->model()->rowCount(), 2);

        // Removing by the context menu takes only what it gave.
        selectRows({0, 1, 2});
        Q_EMIT tagsMenu->aboutToShow();
        QMenu *remove = findAction(tagsMenu, QStringLiteral("Remove Tag"))->menu();
        QAction *take = nullptr;
        for (QAction *action : remove->actions()) {
            if (action->text().startsWith(QStringLiteral("policy/export-controls")))
                take = action;
        }
        QVERIFY(take);
        take->trigger();
        QVERIFY(articlesWith(exportId, false).isEmpty());

        // Every step undoes to the exact state before it, and redoes to the exact state after.
        const QStringList after = tagState(m_path);
        QUndoStack *undo = m_window->undoStack();
        QCOMPARE(undo->count(), 5);
        while (undo->canUndo())
            undo->undo();
        QCOMPARE(tagState(m_path), before);
        QCOMPARE(pane->model()->rowCount(), 0);
        while (undo->canRedo())
            undo->redo();
        QCOMPARE(tagState(m_path), after);
        QCOMPARE(pane->model()->rowCount(), 2);
    }

    void clickingTagsFiltersTheList()
    {
        TagWorkbench *tagging = m_window->tagging();
        TagPane *pane = tagging->pane();
        selectRows({0, 1, 2});
        const QList<qint64> abc = selectedIds();
        tagging->addTag(abc, QStringLiteral("topic/chips"));
        selectRows({2, 3});
        const QList<qint64> cd = selectedIds();
        tagging->addTag(cd, QStringLiteral("topic/trade"));
        const qint64 chips = tagByName(QStringLiteral("topic/chips"))->id;
        const qint64 trade = tagByName(QStringLiteral("topic/trade"))->id;
        const int total = list()->rowCount();

        // A click on one tag lists its articles.
        QTest::mouseClick(pane->treeView()->viewport(), Qt::LeftButton, {}, tagCenter(chips));
        QTRY_VERIFY(!listModel()->isLoading() && listModel()->query().tagIds == QList<qint64>{chips});
        QTRY_COMPARE(listedIds(list()), toSet(abc));
        // Ctrl+click adds the second: All = both tags.
        QTest::mouseClick(pane->treeView()->viewport(), Qt::LeftButton, Qt::ControlModifier, tagCenter(trade));
        QTRY_COMPARE(listModel()->query().tagIds.size(), 2);
        QCOMPARE(listModel()->query().tagMatch, TagMatch::All);
        QTRY_COMPARE(listedIds(list()), toSet(abc) & toSet(cd));
        // Any = either.
        QVERIFY(pane->matchAnyButton()->isEnabled());
        QTest::mouseClick(pane->matchAnyButton(), Qt::LeftButton);
        QTRY_COMPARE(listModel()->query().tagMatch, TagMatch::Any);
        QTRY_COMPARE(listedIds(list()), toSet(abc) | toSet(cd));
        // The parent "topic" includes what is below it.
        QTest::mouseClick(pane->treeView()->viewport(), Qt::LeftButton, {},
                          tagCenter(tagByName(QStringLiteral("topic"))->id));
        QTRY_COMPARE(listedIds(list()), toSet(abc) | toSet(cd));
        QTRY_COMPARE(listModel()->query().tagIds.size(), 1);

        // Untagging an article while listed by its tag takes it off the list.
        QTest::mouseClick(pane->treeView()->viewport(), Qt::LeftButton, {}, tagCenter(chips));
        QTRY_COMPARE(listedIds(list()), toSet(abc));
        tagging->removeTag({abc.constFirst()}, chips);
        QTRY_COMPARE(listedIds(list()), toSet(abc.mid(1)));

        // Show All clears the filter.
        QTest::mouseClick(findChildButton(pane, QStringLiteral("Show All")), Qt::LeftButton);
        QTRY_VERIFY(listModel()->query().tagIds.isEmpty());
        QTRY_COMPARE(list()->rowCount(), total);

        grabTo(pane, QStringLiteral("tagging-pane.png"));
    }

    void chipsAreLoadedWithTheRowsAndPainted()
    {
        TagWorkbench *tagging = m_window->tagging();
        selectRows({0});
        const qint64 first = selectedIds().constFirst();
        tagging->addTag({first}, QStringLiteral("watch"));
        tagging->addTag({first}, QStringLiteral("policy/export-controls"));
        const auto watch = tagByName(QStringLiteral("watch"));
        tagging->pane()->recolorTag(watch->id, QStringLiteral("#d81b60"));
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Recolour Tag “watch”"));

        const QModelIndex title = list()->index(listModel()->rowOfArticle(first), ArticleListModel::TitleColumn);
        QCOMPARE(title.data(ArticleListModel::TagNamesRole).toStringList(),
                 (QStringList{QStringLiteral("policy/export-controls"), QStringLiteral("watch")}));
        QCOMPARE(title.data(ArticleListModel::TagColorsRole).toStringList(),
                 (QStringList{QString(), QStringLiteral("#d81b60")}));
        QCOMPARE(toSet(title.data(ArticleListModel::TagIdsRole).value<QList<qint64>>()).size(), 2);
        QVERIFY(title.data(Qt::ToolTipRole).toString().contains(QStringLiteral("watch")));
        // A row without tags has none.
        QVERIFY(list()->index(1, 0).data(ArticleListModel::TagNamesRole).toStringList().isEmpty()
                || listModel()->articleId(1) == first);

        // The delegate paints the chip in the tag's colour at the right of the title cell.
        QTreeView *view = m_window->articleList()->view();
        // Room for the title and its chips, as an analyst would make it.
        for (int column = ArticleListModel::PublishedColumn; column < list()->columnCount(); ++column)
            view->header()->setSectionHidden(column, true);
        view->clearSelection();
        view->scrollTo(title);
        const QRect cell = view->visualRect(title);
        const QImage image = view->viewport()->grab().toImage();
        grabTo(view, QStringLiteral("tagging-list.png"));
        grabTo(m_window.get(), QStringLiteral("tagging-window.png"));
        int pink = 0;
        for (int x = cell.left() + cell.width() / 2; x < cell.right(); ++x) {
            const QColor c = image.pixelColor(x, cell.center().y());
            pink += qAbs(c.red() - 0xd8) < 12 && qAbs(c.green() - 0x1b) < 12 && qAbs(c.blue() - 0x60) < 12;
        }
        QVERIFY2(pink > 5, qPrintable(QStringLiteral("%1 chip pixels").arg(pink)));
        int hidden = -1;
        const auto chipsLaidOut = TagChipDelegate::layoutChips(title.data(ArticleListModel::TagNamesRole).toStringList(),
                                                               title.data(ArticleListModel::TagColorsRole).toStringList(),
                                                               QRect(0, 0, 400, 20), view->font(), &hidden);
        QCOMPARE(chipsLaidOut.size(), 2);
        QCOMPARE(hidden, 0);
        // Narrower: dots, one per tag; narrower still: what fits and "+N".
        const QStringList two{QStringLiteral("policy/export-controls"), QStringLiteral("watch")};
        const auto dots = TagChipDelegate::layoutChips(two, {}, QRect(0, 0, 90, 20), view->font(), &hidden);
        QCOMPARE(dots.size(), 2);
        QCOMPARE(hidden, 0);
        QVERIFY(dots.at(0).text.isEmpty() && dots.at(0).rect.right() < dots.at(1).rect.left());
        const auto tight = TagChipDelegate::layoutChips(two + two + two, {}, QRect(0, 0, 40, 20), view->font(), &hidden);
        QCOMPARE(tight.size() + hidden, 6);
        QVERIFY(hidden >= 1);
    }

    void renameRecolourDeleteUndoExactly()
    {
        TagWorkbench *tagging = m_window->tagging();
        TagPane *pane = tagging->pane();
        selectRows({0, 1, 2});
        const QList<qint64> three = selectedIds();
        tagging->addTag(three.mid(0, 2), QStringLiteral("policy/export-controls/chips"));
        tagging->addTag(three.mid(1), QStringLiteral("policy/sanctions"));
        const qint64 policy = tagByName(QStringLiteral("policy"))->id;
        const qint64 exportControls = tagByName(QStringLiteral("policy/export-controls"))->id;
        QUndoStack *undo = m_window->undoStack();
        const int base = undo->count();
        QList<QStringList> states{tagState(m_path)};

        // Rename into a new branch: the descendants move along, the new parent is created.
        pane->renameTag(exportControls, QStringLiteral("trade/export-controls"));
        QVERIFY(tagByName(QStringLiteral("trade/export-controls/chips")));
        QVERIFY(!tagByName(QStringLiteral("policy/export-controls")));
        QCOMPARE(undo->undoText(), QStringLiteral("Rename Tag “policy/export-controls” to “trade/export-controls”"));
        states.append(tagState(m_path));
        // A clash is refused with a message and changes nothing.
        QSignalSpy refused(tagging->editor(), &AnalystEditor::failed);
        pane->renameTag(exportControls, QStringLiteral("policy/sanctions"));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(undo->count(), base + 1);
        QCOMPARE(tagState(m_path), states.last());

        pane->recolorTag(policy, QStringLiteral("#1e88e5"));
        states.append(tagState(m_path));

        // Delete asks first, saying how many articles carry the branch.
        const QString question = pane->deleteConfirmation(policy);
        QVERIFY2(question.contains(QStringLiteral("“policy”")) && question.contains(QStringLiteral("1 subtag"))
                     && question.contains(QStringLiteral("2 article")),
                 qPrintable(question));
        pane->deleteTag(policy);
        QVERIFY(!tagByName(QStringLiteral("policy/sanctions")));
        QCOMPARE(undo->undoText(), QStringLiteral("Delete Tag “policy”"));
        states.append(tagState(m_path));
        QCOMPARE(undo->count(), base + 3);

        for (qsizetype i = states.size() - 1; i > 0; --i) {
            undo->undo();
            QCOMPARE(tagState(m_path), states.at(i - 1));
        }
        QCOMPARE(pane->model()->indexOf(policy).data(TagTreeModel::PathRole).toString(), QStringLiteral("policy"));
        for (qsizetype i = 1; i < states.size(); ++i) {
            undo->redo();
            QCOMPARE(tagState(m_path), states.at(i));
        }
        // Undo of the delete brings back the same ids, colours and assignments, and the chips.
        undo->undo();
        QCOMPARE(tagState(m_path), states.at(2));
        const int row = listModel()->rowOfArticle(three.at(1));
        QTRY_VERIFY(list()->index(row, 0).data(ArticleListModel::TagNamesRole).toStringList().contains(
            QStringLiteral("policy/sanctions")));
    }

    void metadataFormValidatesWritesAndUndoes()
    {
        TagWorkbench *tagging = m_window->tagging();
        selectRows({0});
        const qint64 id = selectedIds().constFirst();
        const QStringList before = metadataState(m_path);
        const QString oldTitle = tagging->editor()->metadata(id).value_or(ArticleMetadata()).title;
        QPointer<MetadataDialog> dialog = tagging->editMetadata(id);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);

        dialog->titleEdit()->setText(QStringLiteral("   "));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->message().contains(QStringLiteral("title")));
        dialog->titleEdit()->setText(QStringLiteral("Export rules, corrected title"));
        dialog->urlEdit()->setText(QStringLiteral("ftp://example.org/a"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->message().contains(QStringLiteral("http")));
        dialog->urlEdit()->setText(QStringLiteral("example.org/story"));
        QVERIFY(!ok->isEnabled());
        dialog->urlEdit()->setText(QStringLiteral("https://example.org/story"));
        QVERIFY(ok->isEnabled());
        dialog->sourceEdit()->setText(QStringLiteral("Annalist Wire"));
        dialog->authorEdit()->setText(QStringLiteral("A. Analyst"));
        dialog->unknownDate()->setChecked(false);
        dialog->dateEdit()->setDate(QDate(2025, 3, 14));
        grabTo(dialog, QStringLiteral("tagging-metadata.png"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!dialog);

        const auto written = tagging->editor()->metadata(id);
        QVERIFY(written);
        QCOMPARE(written->title, QStringLiteral("Export rules, corrected title"));
        QCOMPARE(written->source, QStringLiteral("Annalist Wire"));
        QCOMPARE(written->author, QStringLiteral("A. Analyst"));
        QCOMPARE(written->url, QStringLiteral("https://example.org/story"));
        QCOMPARE(written->published, QDate(2025, 3, 14));
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Edit Metadata of “%1”").arg(oldTitle));
        // The list shows the new title.
        QTRY_COMPARE(list()->index(listModel()->rowOfArticle(id), ArticleListModel::TitleColumn).data().toString(),
                     QStringLiteral("Export rules, corrected title"));
        const QStringList after = metadataState(m_path);
        m_window->undoStack()->undo();
        QCOMPARE(metadataState(m_path), before);
        m_window->undoStack()->redo();
        QCOMPARE(metadataState(m_path), after);

        // "Unknown" clears the date.
        dialog = tagging->editMetadata(id);
        QVERIFY(dialog);
        dialog->unknownDate()->setChecked(true);
        QVERIFY(!dialog->dateEdit()->isEnabled());
        dialog->accept();
        QTRY_VERIFY(!dialog);
        QVERIFY(!tagging->editor()->metadata(id)->published.isValid());
    }

    void savedSearchesRoundTrip()
    {
        TagWorkbench *tagging = m_window->tagging();
        QLineEdit *search = m_window->articleList()->searchField();
        QListWidget *saved = tagging->pane()->savedSearchList();
        QCOMPARE(saved->count(), 0);
        search->setText(QStringLiteral("export OR chips"));
        QVERIFY(tagging->saveSearch(QStringLiteral("Chips and exports")));
        QCOMPARE(saved->count(), 1);
        QCOMPARE(saved->item(0)->text(), QStringLiteral("Chips and exports"));
        QCOMPARE(saved->item(0)->toolTip(), QStringLiteral("export OR chips"));
        // A malformed query is refused and not stored.
        search->setText(QStringLiteral("export AND"));
        QVERIFY(!tagging->saveSearch(QStringLiteral("Broken")));
        QCOMPARE(saved->count(), 1);

        search->clear();
        QTRY_VERIFY(listModel()->query().search.isEmpty() && !listModel()->isLoading());
        const QRect rect = saved->visualItemRect(saved->item(0));
        QTest::mouseClick(saved->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(search->text(), QStringLiteral("export OR chips"));
        QCOMPARE(listModel()->query().search, QStringLiteral("export OR chips"));
        QTRY_VERIFY(!listModel()->isLoading());

        const qint64 id = saved->item(0)->data(Qt::UserRole).toLongLong();
        QVERIFY(tagging->editor()->renameSearch(id, QStringLiteral("Semiconductors")));
        QCOMPARE(saved->item(0)->text(), QStringLiteral("Semiconductors"));
        // It is in the database: a new window on it lists it.
        m_window.reset();
        MainWindow again;
        QVERIFY(again.openDatabase(m_path));
        QCOMPARE(again.tagging()->pane()->savedSearchList()->count(), 1);
        QCOMPARE(again.tagging()->pane()->savedSearchList()->item(0)->text(), QStringLiteral("Semiconductors"));
        QVERIFY(again.tagging()->editor()->removeSearch(id));
        QCOMPARE(again.tagging()->pane()->savedSearchList()->count(), 0);
    }

    void searchErrorsAreMarked()
    {
        QLineEdit *search = m_window->articleList()->searchField();
        QTest::keyClicks(search, QStringLiteral("chips AND (export"));
        QTRY_VERIFY_WITH_TIMEOUT(search->toolTip().contains(QStringLiteral("parenthesis")), 5000);
        // The problem's place is marked in the tooltip; the list keeps its rows.
        QVERIFY(search->toolTip().contains(QStringLiteral("<span")));
        QCOMPARE(search->actions().size(), 2); // the warning marker joins Save Search…
        QVERIFY(list()->rowCount() > 0);
        grabTo(m_window->articleList(), QStringLiteral("tagging-search-error.png"));
        search->setText(QStringLiteral("chips"));
        QTRY_VERIFY_WITH_TIMEOUT(search->toolTip().isEmpty(), 5000);
        QCOMPARE(search->actions().size(), 1);
    }

private:
    QAbstractItemModel *list() const { return m_window->articleList()->view()->model(); }
    ArticleListModel *listModel() const { return qobject_cast<ArticleListModel *>(list()); }

    void selectRows(const QList<int> &rows)
    {
        QTreeView *view = m_window->articleList()->view();
        QItemSelection selection;
        for (const int row : rows)
            selection.select(list()->index(row, 0), list()->index(row, list()->columnCount() - 1));
        view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        view->selectionModel()->setCurrentIndex(list()->index(rows.constFirst(), 0), QItemSelectionModel::NoUpdate);
    }

    QList<qint64> selectedIds() const
    {
        QList<qint64> ids;
        QModelIndexList rows = m_window->articleList()->view()->selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        for (const QModelIndex &index : rows)
            ids.append(index.data(ArticleListModel::ArticleIdRole).toLongLong());
        return ids;
    }

    QStringList rowTags(qint64 article) const
    {
        return list()->index(listModel()->rowOfArticle(article), 0).data(ArticleListModel::TagNamesRole).toStringList();
    }

    QList<qint64> articlesWith(qint64 tagId, bool descendants = true)
    {
        Database db(m_path);
        if (!db.open())
            return {};
        return TagStore(db.connection()).articlesWith(tagId, descendants).value_or(QList<qint64>());
    }

    std::optional<Tag> tagByName(const QString &path)
    {
        Database db(m_path);
        if (!db.open())
            return std::nullopt;
        return TagStore(db.connection()).tagByName(path);
    }

    QPoint tagCenter(qint64 tagId)
    {
        TagPane *pane = m_window->tagging()->pane();
        const QModelIndex index = pane->model()->indexOf(tagId);
        pane->treeView()->scrollTo(index);
        return pane->treeView()->visualRect(index).center();
    }

    void dropOnTag(const QMimeData *mime, qint64 tagId)
    {
        QWidget *viewport = m_window->tagging()->pane()->treeView()->viewport();
        const QPoint at = tagCenter(tagId);
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &drop);
        QVERIFY(drop.isAccepted());
    }

    static QToolButton *findChildButton(QWidget *parent, const QString &text)
    {
        const auto buttons = parent->findChildren<QToolButton *>();
        for (QToolButton *button : buttons) {
            if (button->text() == text)
                return button;
        }
        return nullptr;
    }

    static void grabTo(QWidget *widget, const QString &name)
    {
        QDir().mkpath(artifactDir());
        widget->grab().save(QDir(artifactDir()).filePath(name));
    }

    QTemporaryDir m_dir;
    QString m_seed;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestTagging)
#include "tst_tagging.moc"
