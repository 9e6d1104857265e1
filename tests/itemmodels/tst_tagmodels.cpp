// The models under the tag pane and the list's chips, always under QAbstractItemModelTester:
// the tag tree (hierarchy, swatches, counts, drops of article ids), the article list's tag roles
// loaded batch by batch with the rows, its drag data, and the AnalystEditor operations that the
// undo commands call, which must give back exactly the state before them.

#include "itemmodels/analysteditor.h"
#include "itemmodels/articlelistmodel.h"
#include "itemmodels/articlemime.h"
#include "itemmodels/tagtreemodel.h"
#include "store/articlestore.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Annalist;

namespace {

constexpr int articleCount = 2000;

QStringList dump(const QString &path)
{
    Database db(path);
    if (!db.open())
        return {db.errorString()};
    QStringList lines;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id, name, coalesce(color, ''), coalesce(parent_id, 0) FROM tags ORDER BY id"));
    while (q.next())
        lines << QStringLiteral("tag %1 %2 %3 %4").arg(q.value(0).toString(), q.value(1).toString(),
                                                       q.value(2).toString(), q.value(3).toString());
    q.exec(QStringLiteral("SELECT article_id, tag_id FROM article_tags ORDER BY 1, 2"));
    while (q.next())
        lines << QStringLiteral("at %1 %2").arg(q.value(0).toString(), q.value(1).toString());
    return lines;
}

} // namespace

class TestTagModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("tags.db"));
        Database db(m_path);
        QVERIFY(db.open());
        ArticleStore store(db.connection());
        ArticleStore::Batch batch(store);
        for (int i = 0; i < articleCount; ++i) {
            ArticleRecord r;
            r.title = QStringLiteral("Article %1").arg(i);
            r.source = QStringLiteral("Wire");
            r.importedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i);
            r.filePath = QStringLiteral("/data/a%1.txt").arg(i);
            r.format = QStringLiteral("txt");
            r.original = r.content = QStringLiteral("Body %1").arg(i);
            r.contentHash = ArticleStore::contentHash(r.content);
            const auto inserted = store.insert(r);
            QCOMPARE(inserted.status, ArticleStore::InsertStatus::Inserted);
            m_ids.append(inserted.id);
        }
        QVERIFY(batch.commit());
        TagStore tags(db.connection());
        const auto chips = tags.ensureTag(QStringLiteral("topic/chips"), QStringLiteral("#d81b60"));
        const auto trade = tags.ensureTag(QStringLiteral("topic/trade"));
        QVERIFY(chips && trade);
        m_chips = *chips;
        m_trade = *trade;
        // Every third article is about chips, every fifth about trade; spread over all batches.
        for (int i = 0; i < articleCount; ++i) {
            if (i % 3 == 0)
                QVERIFY(tags.assign(m_ids.at(i), m_chips));
            if (i % 5 == 0)
                QVERIFY(tags.assign(m_ids.at(i), m_trade));
        }
    }

    void tagTreeModel()
    {
        Database db(m_path);
        QVERIFY(db.open());
        TagStore store(db.connection());
        TagTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setTags(*store.tags());
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex topic = model.index(0, TagTreeModel::NameColumn);
        QCOMPARE(topic.data().toString(), QStringLiteral("topic"));
        QCOMPARE(model.rowCount(topic), 2);
        const QModelIndex chips = model.indexOf(m_chips);
        QCOMPARE(chips.parent(), topic);
        QCOMPARE(chips.data().toString(), QStringLiteral("chips"));
        QCOMPARE(chips.data(TagTreeModel::PathRole).toString(), QStringLiteral("topic/chips"));
        QCOMPARE(chips.data(Qt::DecorationRole).value<QColor>(), QColor(QStringLiteral("#d81b60")));
        QCOMPARE(model.indexOf(m_trade).data(Qt::DecorationRole).value<QColor>(), TagTreeModel::defaultColor());
        QCOMPARE(model.indexOf(m_chips, TagTreeModel::CountColumn).data().toInt(), (articleCount + 2) / 3);

        // Article ids dropped onto a tag are announced, between rows they are not taken.
        QMimeData mime;
        mime.setData(ArticleMime::idsType(), ArticleMime::encodeIds({m_ids.at(1), m_ids.at(2)}));
        QSignalSpy dropped(&model, &TagTreeModel::articlesDropped);
        QVERIFY(!model.canDropMimeData(&mime, Qt::CopyAction, 0, 0, topic));
        QVERIFY(model.canDropMimeData(&mime, Qt::CopyAction, -1, -1, chips));
        QVERIFY(model.dropMimeData(&mime, Qt::CopyAction, -1, -1, chips));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.at(0).at(0).value<QList<qint64>>(), (QList<qint64>{m_ids.at(1), m_ids.at(2)}));
        QCOMPARE(dropped.at(0).at(1).toLongLong(), m_chips);
        QMimeData garbage;
        garbage.setData(ArticleMime::idsType(), QByteArray("\xff\xff", 2));
        QVERIFY(!model.dropMimeData(&garbage, Qt::CopyAction, -1, -1, chips));
        QCOMPARE(dropped.size(), 1);

        model.setTags({});
        QCOMPARE(model.rowCount(), 0);
    }

    void listRowsCarryTheirTags()
    {
        ArticleListModel model;
        model.setBatchSize(300);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
#if QT_VERSION >= QT_VERSION_CHECK(6, 4, 0)
        // Qt 6's tester fetches from its modelReset slot before it has seen the reset end (see
        // tst_articlelistmodel); the test fetches itself, as a view would.
        tester.setUseFetchMore(false);
#endif
        QSignalSpy loaded(&model, &ArticleListModel::loaded);
        ArticleQuery query;
        query.sort = ArticleSort::Imported;
        query.order = Qt::AscendingOrder;
        model.setQuery(query);
        QVERIFY(model.setDatabasePath(m_path));
        QTRY_VERIFY(!loaded.isEmpty() && !model.isLoading());
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), articleCount);
        for (int row = 0; row < articleCount; ++row) {
            const QModelIndex index = model.index(row, ArticleListModel::TitleColumn);
            const int i = int(m_ids.indexOf(model.articleId(row)));
            QStringList expected;
            if (i % 3 == 0)
                expected << QStringLiteral("topic/chips");
            if (i % 5 == 0)
                expected << QStringLiteral("topic/trade");
            QCOMPARE(index.data(ArticleListModel::TagNamesRole).toStringList(), expected);
            QCOMPARE(index.data(ArticleListModel::TagColorsRole).toStringList().size(), expected.size());
        }
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
        std::unique_ptr<QMimeData> mime(model.mimeData({model.index(4, 0), model.index(4, 1), model.index(2, 3)}));
        QCOMPARE(ArticleMime::decodeIds(mime.get()), (QList<qint64>{model.articleId(4), model.articleId(2)}));

        // A tag given elsewhere shows after refreshTags(), as dataChanged of that row only.
        {
            Database db(m_path);
            QVERIFY(db.open());
            QCOMPARE(model.articleId(1), m_ids.at(1)); // imported in order, listed oldest first
            QVERIFY(TagStore(db.connection()).assign(m_ids.at(1), m_trade)); // 1 % 5: not yet
        }
        QSignalSpy changed(&model, &ArticleListModel::dataChanged);
        model.refreshTags({model.articleId(1)});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QVERIFY(model.index(1, 0).data(ArticleListModel::TagNamesRole).toStringList().contains(
            QStringLiteral("topic/trade")));

        // Filtered by tags, All and Any.
        query.tagIds = {m_chips, m_trade};
        query.tagMatch = TagMatch::All;
        model.setQuery(query);
        QTRY_VERIFY(!model.isLoading());
        const int both = model.totalCount();
        query.tagMatch = TagMatch::Any;
        model.setQuery(query);
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(model.totalCount() > both);
    }

    void editorOperationsUndoExactly()
    {
        AnalystEditor editor;
        QVERIFY(editor.setDatabasePath(m_path));
        const QStringList start = dump(m_path);
        QSignalSpy articles(&editor, &AnalystEditor::articleTagsChanged);

        // A new branch for a selection naming one article twice.
        TagAssignment add;
        add.path = QStringLiteral("region / Asia / East");
        add.requested = {m_ids.at(0), m_ids.at(1), m_ids.at(1)};
        QVERIFY(editor.applyAdd(add));
        QCOMPARE(add.path, QStringLiteral("region/Asia/East"));
        QCOMPARE(add.changed, (QList<qint64>{m_ids.at(0), m_ids.at(1)}));
        QVERIFY(add.createdRoot);
        QCOMPARE(editor.tag(add.createdRoot)->name, QStringLiteral("region"));
        QCOMPARE(articles.last().at(0).value<QList<qint64>>(), add.changed);
        const QStringList added = dump(m_path);
        QVERIFY(editor.unapplyAdd(add));
        QCOMPARE(dump(m_path), start);
        QVERIFY(editor.applyAdd(add));
        QCOMPARE(dump(m_path), added); // the same ids again

        // Removing takes it only from those that carry it.
        TagAssignment remove;
        remove.tagId = m_chips;
        remove.requested = {m_ids.at(0), m_ids.at(1)}; // 0 carries chips, 1 does not
        QVERIFY(editor.applyRemove(remove));
        QCOMPARE(remove.changed, QList<qint64>{m_ids.at(0)});
        QVERIFY(editor.unapplyRemove(remove));
        QCOMPARE(dump(m_path), added);

        // Rename into a new parent; undo takes the parent away again.
        TagRename rename;
        rename.tagId = m_chips;
        rename.from = QStringLiteral("topic/chips");
        rename.to = QStringLiteral("industry/semiconductors");
        QVERIFY(editor.applyRename(rename));
        const QStringList renamed = dump(m_path);
        QVERIFY(rename.createdRoot);
        QVERIFY(editor.unapplyRename(rename));
        QCOMPARE(dump(m_path), added);
        QVERIFY(editor.applyRename(rename));
        QCOMPARE(dump(m_path), renamed);
        QVERIFY(editor.unapplyRename(rename));

        // Refusals change nothing and say why.
        QSignalSpy failed(&editor, &AnalystEditor::failed);
        TagRename clash{m_chips, QStringLiteral("topic/chips"), QStringLiteral("topic/trade"), 0, std::nullopt};
        QVERIFY(!editor.applyRename(clash));
        QCOMPARE(failed.size(), 1);
        QVERIFY(editor.checkNewPath(QStringLiteral("topic/chips/x"), m_chips).contains(QStringLiteral("below")));
        QVERIFY(editor.checkNewPath(QStringLiteral("Topic/Chips"), m_chips).isEmpty()); // a case-only rename
        QVERIFY(!editor.checkNewPath(QStringLiteral(" / ")).isEmpty());
        QCOMPARE(dump(m_path), added);

        // Delete with its subtree and restore with the same ids.
        const auto snapshot = editor.removeTag(add.createdRoot);
        QVERIFY(snapshot);
        QVERIFY(!editor.tagByPath(QStringLiteral("region/asia/east")));
        QVERIFY(editor.restoreTag(*snapshot));
        QCOMPARE(dump(m_path), added);
        QVERIFY(editor.unapplyAdd(add));
        QCOMPARE(dump(m_path), start);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QList<qint64> m_ids;
    qint64 m_chips = 0;
    qint64 m_trade = 0;
};

QTEST_GUILESS_MAIN(TestTagModels)
#include "tst_tagmodels.moc"
