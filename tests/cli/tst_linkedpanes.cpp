// The four panes working together in the real main window: entities mark the text and filter
// the list, the timeline shows the list's events, opens an event's sentence, and its brush
// filters the list — the analyst's path through issue 4, end to end.

#include "articlelistpane.h"
#include "entitysidebar.h"
#include "filterchips.h"
#include "itemmodels/entitymodel.h"
#include "itemmodels/articlelistmodel.h"
#include "mainwindow.h"
#include "sourceview.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/entitystore.h"
#include "timeline/timelinemodel.h"
#include "timelinewidget.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>

using namespace Annalist;

namespace {

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

} // namespace

class TestLinkedPanes : public QObject
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
        QCoreApplication::setApplicationName(QStringLiteral("tst_linkedpanes"));
        QSettings().clear();
    }

    void entitiesTimelineAndListWorkTogether()
    {
        MainWindow window;
        window.resize(1400, 900);
        const QString dbPath = m_dir.filePath(QStringLiteral("panes.db"));
        QVERIFY(window.openDatabase(dbPath));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy extracted(&window, &MainWindow::extractionFinished);
        window.importPaths({QStringLiteral(ANNALIST_SHARED_DIR "/corpus")});
        QTRY_VERIFY_WITH_TIMEOUT(!extracted.isEmpty() && !window.isExtracting() && !window.isImporting(), 120000);

        const QAbstractItemModel *list = window.articleList()->view()->model();
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 13, 10000);

        Database db(dbPath);
        QVERIFY(db.open());
        EntityStore entities(db.connection());
        const auto zhipu = entities.findByName(QStringLiteral("Zhipu"));
        QVERIFY2(zhipu, qPrintable(entities.errorString()));
        const QSet<qint64> zhipuArticles = toSet(*entities.articlesWithEntities({zhipu->id}));
        QVERIFY(!zhipuArticles.isEmpty());
        QVERIFY(zhipuArticles.size() < 13);

        // 1. Clicking the entity marks its mentions in the article that is open.
        const qint64 shown = window.articleList()->currentArticle();
        QVERIFY(shown > 0);
        QVERIFY(zhipuArticles.contains(shown)); // the newest article, the blacklisting story
        Q_EMIT window.entitySidebar()->entityActivated(zhipu->id);
        QCOMPARE(window.sourceView()->activeEntity(), zhipu->id);
        const auto mentions = entities.mentions(shown);
        const int expected = int(std::count_if(mentions->cbegin(), mentions->cend(),
                                               [&](const MentionRow &m) { return m.entityId == zhipu->id; }));
        QVERIFY(expected > 1);
        QCOMPARE(window.sourceView()->entityMentionCount(), expected);

        // 2. Asking for its articles filters the list, shown as a chip; removing it restores it.
        // (The chip takes its name from the sidebar, which loads in the background.)
        QTRY_VERIFY_WITH_TIMEOUT(window.entitySidebar()->entityModel()->indexOfEntity(zhipu->id).isValid(), 10000);
        Q_EMIT window.entitySidebar()->filterRequested({zhipu->id});
        FilterChips *chips = window.findChild<FilterChips *>();
        QVERIFY(chips);
        QCOMPARE(chips->ids(), QList<qint64>{zhipu->id});
        QTRY_COMPARE_WITH_TIMEOUT(listedIds(list), zhipuArticles, 10000);

        // 3. The timeline shows the events of the listed articles only.
        TimelineModel *events = window.timeline()->model();
        QTRY_VERIFY_WITH_TIMEOUT(events->rowCount() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(events->events().cbegin(), events->events().cend(),
                                             [&](const TimelineEvent &e) { return zhipuArticles.contains(e.articleId); }),
                                 10000);
        chips->removeChip(zhipu->id);
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 13, 10000);

        // 4. Clicking an event of another article opens it at the event's sentence.
        QTRY_VERIFY_WITH_TIMEOUT(events->rowCount() > 20, 10000);
        const auto target = std::find_if(events->events().cbegin(), events->events().cend(), [&](const TimelineEvent &e) {
            return e.kind == TimelineEvent::Mentioned && e.articleId != shown && e.sentenceLength > 0;
        });
        QVERIFY(target != events->events().cend());
        const TimelineEvent event = *target;
        Q_EMIT window.timeline()->eventActivated(event);
        QTRY_COMPARE(window.articleList()->currentArticle(), event.articleId);
        QTRY_COMPARE(window.sourceView()->highlightedRanges(),
                     (QList<SourceView::Range>{{event.sentenceStart, event.sentenceLength}}));
        ArticleStore articles(db.connection());
        const QString original = articles.article(event.articleId)->original;
        QVERIFY(original.mid(event.sentenceStart, event.sentenceLength).simplified().contains(
            event.sentence.left(20).simplified()));

        // 5. Brushing January 2025 lists exactly the articles with an event or publication in it.
        ArticleQuery january;
        january.eventsFrom = QDate(2025, 1, 1);
        january.eventsTo = QDate(2025, 1, 31);
        const QSet<qint64> expectedJanuary = toSet(*articles.ids(january));
        QVERIFY(!expectedJanuary.isEmpty());
        QVERIFY(expectedJanuary.size() < 13);
        Q_EMIT window.timeline()->rangeSelected(january.eventsFrom, january.eventsTo);
        QTRY_COMPARE_WITH_TIMEOUT(listedIds(list), expectedJanuary, 10000);
        // The timeline keeps the whole axis while its brush filters the list.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(events->events().cbegin(), events->events().cend(),
                                             [](const TimelineEvent &e) { return e.end.year() < 2025; }),
                                 10000);

        // The picture of all four panes, for eyes.
        const QString artifacts = qEnvironmentVariable("ANNALIST_ARTIFACT_DIR",
                                                       QStringLiteral(ANNALIST_BINARY_DIR "/test-artifacts"));
        QVERIFY(QDir().mkpath(artifacts));
        QVERIFY(window.grab().save(QDir(artifacts).filePath(QStringLiteral("linkedpanes.png"))));

        Q_EMIT window.timeline()->rangeCleared();
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 13, 10000);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestLinkedPanes)
#include "tst_linkedpanes.moc"
