// Field filters and words across text, notes and tags, against the imported and extracted seed
// corpus. Expected sets come from plain SQL over the same database, not from the compiler.
#include "seedcorpus.h"

#include "store/annotationstore.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/entitystore.h"
#include "store/tagstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Annalist;

namespace {

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

QList<qint64> column(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec())
        return {-1};
    QList<qint64> result;
    while (q.next())
        result << q.value(0).toLongLong();
    return sorted(result);
}

QList<qint64> minus(const QList<qint64> &all, const QList<qint64> &removed)
{
    QList<qint64> result;
    for (qint64 id : all) {
        if (!removed.contains(id))
            result << id;
    }
    return result;
}

QList<qint64> united(const QList<qint64> &a, const QList<qint64> &b)
{
    return sorted(a + b);
}

QList<qint64> intersected(const QList<qint64> &a, const QList<qint64> &b)
{
    QList<qint64> result;
    for (qint64 id : a) {
        if (b.contains(id))
            result << id;
    }
    return result;
}

} // namespace

class TestSearchFields : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("seed.db"));
        const QString built = TestSupport::buildSeedCorpus(m_path);
        QVERIFY2(built.isEmpty(), qPrintable(built));
        m_database = std::make_unique<Database>(m_path);
        QVERIFY(m_database->open());
        const QSqlDatabase db = m_database->connection();
        m_all = column(db, QStringLiteral("SELECT id FROM articles"));
        m_zhipu = column(db, QStringLiteral("SELECT m.article_id FROM mentions m JOIN entities e ON e.id = m.entity_id "
                                            "WHERE e.name = 'Zhipu AI' UNION SELECT article_id FROM entity_aliases "
                                            "WHERE alias = 'Zhipu AI'"));
        QVERIFY(!m_zhipu.isEmpty() && m_zhipu.size() < m_all.size());

        // The analyst's layer: tags on two articles, a passage with a note on a third.
        TagStore tags(db);
        const qint64 exports = *tags.ensureTag(QStringLiteral("policy/export-controls"));
        const qint64 people = *tags.ensureTag(QStringLiteral("people"));
        m_tagged = {m_all.at(0), m_all.at(1)};
        QVERIFY(tags.assign(m_all.at(0), exports));
        QVERIFY(tags.assign(m_all.at(1), *tags.ensureTag(QStringLiteral("policy"))));
        QVERIFY(tags.assign(m_all.at(2), people));
        AnnotationStore annotations(db);
        Annotation note;
        note.articleId = m_all.at(3);
        note.start = 0;
        note.length = 10;
        note.note = QStringLiteral("Quixotic claim, check with the ministry");
        note.tags = QStringList{QStringLiteral("policy/sanctions")};
        QVERIFY2(annotations.create(note), qPrintable(annotations.errorString()));
        m_noted = m_all.at(3);
    }
    void cleanupTestCase() { m_database.reset(); }

    void fields_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expectedSql"); // plain SQL giving the same articles
        // By name, or where the name is an alias of another entity in that article ("Zhipu AI"
        // for "Zhipu Huazhang Technology").
        QTest::newRow("entity") << "entity:\"Zhipu AI\""
                                << "SELECT m.article_id FROM mentions m JOIN entities e ON e.id = m.entity_id "
                                   "WHERE e.name = 'Zhipu AI' UNION SELECT article_id FROM entity_aliases "
                                   "WHERE alias = 'Zhipu AI'";
        QTest::newRow("entity case") << "entity:\"zhipu ai\""
                                     << "SELECT m.article_id FROM mentions m JOIN entities e ON e.id = "
                                        "m.entity_id WHERE e.name = 'Zhipu AI' UNION SELECT article_id FROM "
                                        "entity_aliases WHERE alias = 'Zhipu AI'";
        QTest::newRow("entity prefix") << "entity:Zhip*"
                                       << "SELECT m.article_id FROM mentions m JOIN entities e ON e.id = m.entity_id "
                                          "WHERE e.name LIKE 'Zhip%' UNION SELECT article_id FROM entity_aliases "
                                          "WHERE alias LIKE 'Zhip%'";
        QTest::newRow("type") << "type:PRODUCT"
                              << "SELECT m.article_id FROM mentions m JOIN entities e ON e.id = m.entity_id "
                                 "WHERE e.type = 'PRODUCT'";
        QTest::newRow("date") << "date:2025-01..2025-06"
                              << "SELECT id FROM articles WHERE published BETWEEN '2025-01-01' AND '2025-06-30' "
                                 "UNION SELECT article_id FROM timexes WHERE begin_date <= '2025-06-30' AND "
                                 "end_date >= '2025-01-01'";
        QTest::newRow("date open") << "date:2026-01-15.."
                                   << "SELECT id FROM articles WHERE published >= '2026-01-15' UNION SELECT article_id "
                                      "FROM timexes WHERE end_date >= '2026-01-15'";
        QTest::newRow("source") << "source:afp" << "SELECT id FROM articles WHERE source LIKE '%afp%'";
        QTest::newRow("not source") << "NOT source:AFP" << "SELECT id FROM articles WHERE source NOT LIKE '%afp%'";
        QTest::newRow("tag with descendants") << "tag:policy"
                                              << "SELECT article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                                                 "WHERE t.name LIKE 'policy%' UNION SELECT article_id FROM annotations";
        QTest::newRow("tag leaf") << "tag:policy/export-controls"
                                  << "SELECT article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                                     "WHERE t.name = 'policy/export-controls'";
        QTest::newRow("unknown tag") << "tag:nothing" << "SELECT id FROM articles WHERE 0";
        QTest::newRow("has note") << "has:note" << "SELECT article_id FROM annotations WHERE note <> ''";
        QTest::newRow("has tag") << "has:tag"
                                 << "SELECT article_id FROM article_tags UNION SELECT article_id FROM annotations";
        QTest::newRow("word in a note") << "quixotic"
                                        << "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'quixotic' "
                                           "UNION SELECT article_id FROM annotations";
        QTest::newRow("word in a tag name") << "sanctions"
                                            << "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'sanctions' "
                                               "UNION SELECT article_id FROM annotations";
        QTest::newRow("injection attempt") << "source:\"x'; DROP TABLE articles; --\" OR tag:\"') OR 1=1 --\""
                                           << "SELECT id FROM articles WHERE 0";
    }
    void fields()
    {
        QFETCH(QString, query);
        QFETCH(QString, expectedSql);
        const QSqlDatabase db = m_database->connection();
        const QList<qint64> expected = column(db, expectedSql);
        QVERIFY(!expected.contains(-1));
        ArticleStore store(db);
        ArticleQuery q;
        q.search = query;
        const auto ids = store.ids(q);
        QVERIFY2(ids, qPrintable(store.errorString()));
        QCOMPARE(sorted(*ids), expected);
        QCOMPARE(ids->size(), expected.size()); // no article twice
        // search() finds the same articles, each with a snippet.
        const auto hits = store.search(query, 1000);
        QVERIFY2(hits, qPrintable(store.errorString()));
        QList<qint64> hitIds;
        for (const SearchHit &hit : *hits) {
            hitIds << hit.id;
            QVERIFY(!hit.snippet.isEmpty());
        }
        QCOMPARE(sorted(hitIds), expected);
        QCOMPARE(store.count(), qint64(m_all.size()));
    }

    void combinations()
    {
        const QSqlDatabase db = m_database->connection();
        ArticleStore store(db);
        const auto find = [&](const QString &query) {
            ArticleQuery q;
            q.search = query;
            const auto ids = store.ids(q);
            return ids ? sorted(*ids) : QList<qint64>{-1};
        };
        const QList<qint64> afp = column(db, QStringLiteral("SELECT id FROM articles WHERE source LIKE '%AFP%'"));
        const QList<qint64> china = find(QStringLiteral("china"));
        QVERIFY(!china.isEmpty());
        QCOMPARE(find(QStringLiteral("entity:\"Zhipu AI\" OR source:AFP")), united(m_zhipu, afp));
        QCOMPARE(find(QStringLiteral("entity:\"Zhipu AI\" source:AFP")), intersected(m_zhipu, afp));
        QCOMPARE(find(QStringLiteral("entity:\"Zhipu AI\" NOT source:AFP")), minus(m_zhipu, afp));
        QCOMPARE(find(QStringLiteral("china AND NOT entity:\"Zhipu AI\"")), minus(china, m_zhipu));
        QCOMPARE(find(QStringLiteral("NOT (china OR source:AFP)")), minus(m_all, united(china, afp)));
        QCOMPARE(find(QStringLiteral("NOT NOT china")), china);
        // A word found only in a note combines with words found in the text, both ways.
        QCOMPARE(find(QStringLiteral("quixotic OR china")), united(china, {m_noted}));
        const QList<qint64> noteAndChina = china.contains(m_noted) ? QList<qint64>{m_noted} : QList<qint64>{};
        QCOMPARE(find(QStringLiteral("quixotic china")), noteAndChina);
        QCOMPARE(find(QStringLiteral("china NOT quixotic")), minus(china, {m_noted}));
        QCOMPARE(find(QStringLiteral("(export OR quixotic) tag:policy")),
                 intersected(united(find(QStringLiteral("export")), {m_noted}), find(QStringLiteral("tag:policy"))));

        // The list's other filters narrow a field search further.
        ArticleQuery q;
        q.search = QStringLiteral("has:tag OR entity:\"Zhipu AI\"");
        q.tagIds = {TagStore(db).tagByName(QStringLiteral("policy"))->id};
        q.sort = ArticleSort::Title;
        QCOMPARE(sorted(*store.ids(q)), m_tagged);
        // The entity store takes the same query as its scope.
        EntityStore entities(db);
        EventQuery events;
        ArticleQuery scope;
        scope.search = QStringLiteral("entity:\"Zhipu AI\"");
        events.scope = scope;
        const auto rows = entities.events(events);
        QVERIFY2(rows, qPrintable(entities.errorString()));
        QVERIFY(!rows->isEmpty());
        for (const TimexRow &row : *rows)
            QVERIFY(m_zhipu.contains(row.articleId));
        const auto published = entities.publications(scope);
        QVERIFY2(published, qPrintable(entities.errorString()));
        for (const PublicationEvent &event : *published)
            QVERIFY(m_zhipu.contains(event.articleId));
    }

    void ranking()
    {
        ArticleStore store(m_database->connection());
        // Ranked by the words where there are some: the same order as the words alone.
        ArticleQuery words;
        words.search = QStringLiteral("china");
        const QList<qint64> byWords = *store.ids(words);
        ArticleQuery fielded;
        fielded.search = QStringLiteral("china NOT tag:nothing");
        QCOMPARE(*store.ids(fielded), byWords);
        const auto hits = store.search(fielded.search, 100);
        QVERIFY(hits);
        QCOMPARE(hits->size(), byWords.size());
        for (qsizetype i = 0; i < hits->size(); ++i) {
            QCOMPARE(hits->at(i).id, byWords.at(i));
            QVERIFY(hits->at(i).snippet.contains(QLatin1String("[")));
        }
        // A match by note only comes after the matches in the text.
        ArticleQuery mixed;
        mixed.search = QStringLiteral("quixotic OR china");
        const QList<qint64> ids = *store.ids(mixed);
        if (!byWords.contains(m_noted))
            QCOMPARE(ids.constLast(), m_noted);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
    QList<qint64> m_all, m_zhipu, m_tagged;
    qint64 m_noted = 0;
};

QTEST_GUILESS_MAIN(TestSearchFields)
#include "tst_searchfields.moc"
