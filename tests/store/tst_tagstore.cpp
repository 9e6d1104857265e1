#include "store/annotationstore.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/savedsearchstore.h"
#include "store/tagstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Annalist;

namespace {

qint64 addArticle(ArticleStore &store, const QString &title, const QString &text)
{
    ArticleRecord r;
    r.title = title;
    r.source = QStringLiteral("AFP");
    r.filePath = QStringLiteral("/tmp/") + title + QStringLiteral(".txt");
    r.format = QStringLiteral("txt");
    r.original = text;
    r.content = text;
    r.contentHash = ArticleStore::contentHash(text);
    r.published = QDate(2025, 3, 1);
    const auto result = store.insert(r);
    return result.status == ArticleStore::InsertStatus::Inserted ? result.id : -1;
}

QStringList names(const QList<Tag> &tags)
{
    QStringList result;
    for (const Tag &tag : tags)
        result << tag.name;
    return result;
}

} // namespace

class TestTagStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("tags%1.db").arg(++m_count)));
        QVERIFY2(m_database->open(), qPrintable(m_database->errorString()));
        ArticleStore articles(m_database->connection());
        m_a = addArticle(articles, QStringLiteral("A"), QStringLiteral("Export controls tighten on chips."));
        m_b = addArticle(articles, QStringLiteral("B"), QStringLiteral("Zhipu AI releases a new model."));
        m_c = addArticle(articles, QStringLiteral("C"), QStringLiteral("Moonshot raises money for Kimi."));
        QVERIFY(m_a > 0 && m_b > 0 && m_c > 0);
    }
    void cleanup() { m_database.reset(); }

    void normalizedPath_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "policy" << "policy";
        QTest::newRow("path") << "policy/export-controls" << "policy/export-controls";
        QTest::newRow("spaces") << "  policy /  export   controls " << "policy/export controls";
        QTest::newRow("empty segments") << "/policy//chips/" << "policy/chips";
        QTest::newRow("only slashes") << " / / " << "";
        QTest::newRow("empty") << "" << "";
    }
    void normalizedPath()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TagStore::normalizedPath(input), expected);
    }

    void hierarchyIsCreatedOnDemand()
    {
        TagStore store(m_database->connection());
        const auto leaf = store.ensureTag(QStringLiteral("policy/export-controls/US"), QStringLiteral("#aa0000"));
        QVERIFY2(leaf, qPrintable(store.errorString()));
        const auto tags = store.tags();
        QVERIFY(tags);
        QCOMPARE(names(*tags), (QStringList{QStringLiteral("policy"), QStringLiteral("policy/export-controls"),
                                            QStringLiteral("policy/export-controls/US")}));
        QCOMPARE(tags->at(0).parentId, 0);
        QCOMPARE(tags->at(1).parentId, tags->at(0).id);
        QCOMPARE(tags->at(2).parentId, tags->at(1).id);
        QCOMPARE(tags->at(2).color, QStringLiteral("#aa0000"));
        // Case-insensitive: the same tag, and a child under the stored spelling.
        QCOMPARE(store.ensureTag(QStringLiteral("POLICY/Export-Controls/us")), leaf);
        const auto child = store.ensureTag(QStringLiteral("Policy/chips"));
        QVERIFY(child);
        QCOMPARE(store.tag(*child)->name, QStringLiteral("policy/chips"));
        QVERIFY(!store.ensureTag(QStringLiteral(" / ")));
        QVERIFY(!store.errorString().isEmpty());
        QVERIFY(!store.ensureTag(QStringLiteral("x"), QStringLiteral("red")));
        QVERIFY(!store.setColor(*child, QStringLiteral("#12345")));
        QVERIFY(store.setColor(*child, QStringLiteral("#123456")));
        QCOMPARE(store.tag(*child)->color, QStringLiteral("#123456"));
    }

    void assignmentsAndFilter()
    {
        TagStore tags(m_database->connection());
        const qint64 policy = *tags.ensureTag(QStringLiteral("policy"));
        const qint64 exports = *tags.ensureTag(QStringLiteral("policy/export-controls"));
        const qint64 models = *tags.ensureTag(QStringLiteral("models"));
        QVERIFY(tags.assign(m_a, exports));
        QVERIFY(tags.assign(m_a, exports)); // twice is fine
        QVERIFY(tags.assign(m_b, models));
        QVERIFY(tags.assign(m_b, policy));
        QVERIFY(!tags.assign(9999, policy));
        QVERIFY(!tags.assign(m_a, 9999));

        QCOMPARE(names(*tags.tagsOf(m_a)), QStringList{QStringLiteral("policy/export-controls")});
        QCOMPARE(*tags.articlesWith(policy), (QList<qint64>{m_a, m_b}));
        QCOMPARE(*tags.articlesWith(policy, false), QList<qint64>{m_b});
        const auto byArticle = tags.tagIdsOf({m_a, m_b, m_c});
        QVERIFY(byArticle);
        QCOMPARE(byArticle->value(m_a), QList<qint64>{exports});
        QCOMPARE(byArticle->value(m_b), (QList<qint64>{models, policy}));
        QVERIFY(!byArticle->contains(m_c));
        const auto all = tags.tags();
        QCOMPARE(all->at(names(*all).indexOf(QStringLiteral("policy"))).articles, 1);

        ArticleStore articles(m_database->connection());
        ArticleQuery query;
        query.sort = ArticleSort::Title;
        query.order = Qt::AscendingOrder;
        query.tagIds = {policy};
        QCOMPARE(*articles.ids(query), (QList<qint64>{m_a, m_b})); // descendants included
        query.tagIds = {policy, models};
        QCOMPARE(*articles.ids(query), QList<qint64>{m_b});
        query.tagMatch = TagMatch::Any;
        QCOMPARE(*articles.ids(query), (QList<qint64>{m_a, m_b}));
        query.tagIds = {exports, models};
        QCOMPARE(*articles.ids(query), (QList<qint64>{m_a, m_b}));
        query.tagMatch = TagMatch::All;
        QCOMPARE(*articles.ids(query), QList<qint64>{});
        query.search = QStringLiteral("zhipu");
        query.tagIds = {models};
        QCOMPARE(*articles.ids(query), QList<qint64>{m_b});

        QVERIFY(tags.unassign(m_b, models));
        QCOMPARE(*articles.ids(query), QList<qint64>{});
    }

    void renameMovesDescendants()
    {
        TagStore tags(m_database->connection());
        const qint64 leaf = *tags.ensureTag(QStringLiteral("a/b/c"));
        const qint64 b = tags.tagByName(QStringLiteral("a/b"))->id;
        QVERIFY(tags.assign(m_a, leaf));
        QVERIFY2(tags.rename(b, QStringLiteral("x/y")), qPrintable(tags.errorString()));
        QCOMPARE(names(*tags.tags()),
                 (QStringList{QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("x/y"), QStringLiteral("x/y/c")}));
        QCOMPARE(tags.tag(leaf)->name, QStringLiteral("x/y/c"));
        QCOMPARE(tags.tag(b)->parentId, tags.tagByName(QStringLiteral("x"))->id);
        QCOMPARE(names(*tags.tagsOf(m_a)), QStringList{QStringLiteral("x/y/c")});
        // Case-only renames work; clashes and moves below itself are refused, nothing changed.
        QVERIFY(tags.rename(b, QStringLiteral("x/Y")));
        QCOMPARE(tags.tag(leaf)->name, QStringLiteral("x/Y/c"));
        const qint64 other = *tags.ensureTag(QStringLiteral("z/c"));
        Q_UNUSED(other);
        QVERIFY(!tags.rename(b, QStringLiteral("z")));
        QVERIFY(tags.errorString().contains(QStringLiteral("“z”")));
        QVERIFY(!tags.rename(b, QStringLiteral("x/Y/c/d")));
        QVERIFY(!tags.rename(b, QStringLiteral("  ")));
        QCOMPARE(tags.tag(leaf)->name, QStringLiteral("x/Y/c"));
        // Up to the top level.
        QVERIFY(tags.rename(b, QStringLiteral("top")));
        QCOMPARE(tags.tag(b)->parentId, 0);
        QCOMPARE(tags.tag(leaf)->name, QStringLiteral("top/c"));
    }

    void removeAndRestore()
    {
        TagStore tags(m_database->connection());
        const qint64 policy = *tags.ensureTag(QStringLiteral("policy"), QStringLiteral("#0000ff"));
        const qint64 exports = *tags.ensureTag(QStringLiteral("policy/export-controls"));
        const qint64 keep = *tags.ensureTag(QStringLiteral("keep"));
        QVERIFY(tags.assign(m_a, exports));
        QVERIFY(tags.assign(m_b, policy));
        QVERIFY(tags.assign(m_b, keep));
        AnnotationStore annotations(m_database->connection());
        Annotation note;
        note.articleId = m_c;
        note.start = 0;
        note.length = 8;
        note.tags = QStringList{QStringLiteral("policy/export-controls"), QStringLiteral("keep")};
        const auto annotationId = annotations.create(note);
        QVERIFY2(annotationId, qPrintable(annotations.errorString()));

        const auto before = tags.tags();
        const auto snapshot = tags.snapshot(policy);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->tags.size(), 2);
        QCOMPARE(snapshot->articleTags.size(), 2);
        QCOMPARE(snapshot->annotationTags.size(), 1);

        QVERIFY(tags.remove(policy));
        QCOMPARE(names(*tags.tags()), QStringList{QStringLiteral("keep")});
        QCOMPARE(names(*tags.tagsOf(m_b)), QStringList{QStringLiteral("keep")});
        QCOMPARE(annotations.annotation(*annotationId)->tags, QStringList{QStringLiteral("keep")});
        QVERIFY(!tags.remove(policy));

        QVERIFY2(tags.restore(*snapshot), qPrintable(tags.errorString()));
        QCOMPARE(*tags.tags(), *before); // same ids, names, colours, parents and counts
        QCOMPARE(annotations.annotation(*annotationId)->tags,
                 (QStringList{QStringLiteral("keep"), QStringLiteral("policy/export-controls")}));
        // Restoring twice clashes with itself and changes nothing.
        QVERIFY(!tags.restore(*snapshot));
        QCOMPARE(*tags.tags(), *before);
    }

    void savedSearches()
    {
        SavedSearchStore store(m_database->connection());
        const auto first = store.save(QStringLiteral("Exports"), QStringLiteral("export controls"));
        QVERIFY2(first, qPrintable(store.errorString()));
        const auto second = store.save(QStringLiteral("  Chips "), QStringLiteral("chip*"));
        QVERIFY(second);
        QCOMPARE(store.save(QStringLiteral("exports"), QStringLiteral("\"export controls\"")), first); // upsert
        QVERIFY(!store.save(QStringLiteral("Broken"), QStringLiteral("(a OR")));
        QVERIFY(store.errorString().contains(QLatin1String("Character 6")));
        QVERIFY(!store.save(QStringLiteral(" "), QStringLiteral("a")));
        QCOMPARE(*store.list(), (QList<SavedSearch>{{*second, QStringLiteral("Chips"), QStringLiteral("chip*")},
                                                    {*first, QStringLiteral("Exports"),
                                                     QStringLiteral("\"export controls\"")}}));
        QVERIFY(!store.rename(*second, QStringLiteral("EXPORTS")));
        QVERIFY(store.rename(*second, QStringLiteral("Semiconductors")));
        QVERIFY(store.remove(*first));
        QVERIFY(!store.remove(*first));
        QCOMPARE(*store.list(), (QList<SavedSearch>{{*second, QStringLiteral("Semiconductors"), QStringLiteral("chip*")}}));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    int m_count = 0;
    qint64 m_a = 0, m_b = 0, m_c = 0;
};

QTEST_GUILESS_MAIN(TestTagStore)
#include "tst_tagstore.moc"
