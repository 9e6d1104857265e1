#include "store/annotationstore.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/tagstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Annalist;

namespace {

const QString articleText = QStringLiteral(
    "BEIJING — Zhipu AI said on Monday it would open-source its new model. "
    "The company, backed by Tsinghua University, was added to the US entity list in January. "
    "Analysts expect export controls to tighten further this year.");

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
    const auto result = store.insert(r);
    return result.status == ArticleStore::InsertStatus::Inserted ? result.id : -1;
}

Annotation passage(qint64 articleId, const QString &text, const QString &quote)
{
    Annotation a;
    a.articleId = articleId;
    a.start = text.indexOf(quote);
    a.length = quote.size();
    return a;
}

// An annotation as create() would store it for text.
Annotation anchoredIn(const QString &text, const QString &quote)
{
    Annotation a;
    a.start = text.indexOf(quote);
    a.length = quote.size();
    a.quote = quote;
    const qsizetype before = std::max<qsizetype>(0, a.start - AnnotationStore::contextLength);
    a.prefix = text.mid(before, a.start - before);
    a.suffix = text.mid(a.start + a.length, AnnotationStore::contextLength);
    return a;
}

} // namespace

class TestAnnotationStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("notes%1.db").arg(++m_count)));
        QVERIFY2(m_database->open(), qPrintable(m_database->errorString()));
        ArticleStore articles(m_database->connection());
        m_article = addArticle(articles, QStringLiteral("Zhipu"), articleText);
        m_other = addArticle(articles, QStringLiteral("Moonshot"), QStringLiteral("Moonshot AI raised money for Kimi."));
        QVERIFY(m_article > 0 && m_other > 0);
    }
    void cleanup() { m_database.reset(); }

    void names()
    {
        QCOMPARE(highlightColorNames().size(), 7);
        QCOMPARE(highlightColorNames().first(), QStringLiteral("yellow"));
        for (AnchorStatus status : {AnchorStatus::Anchored, AnchorStatus::Fuzzy, AnchorStatus::Orphaned})
            QCOMPARE(anchorStatusFromName(anchorStatusName(status)), status);
        QCOMPARE(anchorStatusName(AnchorStatus::Fuzzy), QStringLiteral("fuzzy"));
        QVERIFY(!anchorStatusFromName(QStringLiteral("lost")));
    }

    void createReadUpdateRemove()
    {
        AnnotationStore store(m_database->connection());
        Annotation a = passage(m_article, articleText, QStringLiteral("added to the US entity list"));
        a.color = QStringLiteral("pink");
        a.note = QStringLiteral("Check the date of the listing.\nSecond line.");
        a.tags = QStringList{QStringLiteral("policy/export-controls"), QStringLiteral("entity-list")};
        a.author = QStringLiteral("analyst");
        const auto id = store.create(a);
        QVERIFY2(id, qPrintable(store.errorString()));

        auto stored = store.annotation(*id);
        QVERIFY(stored);
        QCOMPARE(stored->quote, QStringLiteral("added to the US entity list"));
        QCOMPARE(stored->prefix.size(), AnnotationStore::contextLength);
        QVERIFY(articleText.mid(0, a.start).endsWith(stored->prefix));
        QVERIFY(articleText.mid(a.start + a.length).startsWith(stored->suffix));
        QCOMPARE(stored->tags, (QStringList{QStringLiteral("entity-list"), QStringLiteral("policy/export-controls")}));
        QCOMPARE(stored->note, a.note);
        QCOMPARE(stored->status, AnchorStatus::Anchored);
        QVERIFY(stored->createdAt.isValid());
        QCOMPARE(stored->createdAt.timeSpec(), Qt::UTC);
        QVERIFY(TagStore(m_database->connection()).tagByName(QStringLiteral("policy")));

        // Bad input is refused and nothing is stored.
        Annotation bad = a;
        bad.length = 0;
        QVERIFY(!store.create(bad));
        QVERIFY(!store.errorString().isEmpty());
        bad = a;
        bad.start = articleText.size() - 2;
        QVERIFY(!store.create(bad));
        bad = a;
        bad.color = QStringLiteral("magenta");
        QVERIFY(!store.create(bad));
        QVERIFY(store.errorString().contains(QLatin1String("magenta")));
        bad = a;
        bad.articleId = 9999;
        QVERIFY(!store.create(bad));
        QCOMPARE(store.annotations()->size(), 1);

        // Update: colour, note, tags; new offsets take a new quote and context.
        Annotation changed = *stored;
        changed.color = QStringLiteral("green");
        changed.note.clear();
        changed.tags = QStringList{QStringLiteral("entity-list")};
        changed.start = articleText.indexOf(QLatin1String("US entity list"));
        changed.length = 14;
        QVERIFY2(store.update(changed), qPrintable(store.errorString()));
        stored = store.annotation(*id);
        QCOMPARE(stored->color, QStringLiteral("green"));
        QCOMPARE(stored->note, QString());
        QCOMPARE(stored->tags, QStringList{QStringLiteral("entity-list")});
        QCOMPARE(stored->quote, QStringLiteral("US entity list"));
        QVERIFY(stored->modifiedAt >= stored->createdAt);
        changed = *stored;
        changed.length = 100000;
        QVERIFY(!store.update(changed));
        QCOMPARE(store.annotation(*id)->quote, QStringLiteral("US entity list"));

        // Remove and restore give back exactly what was there.
        const Annotation before = *store.annotation(*id);
        QVERIFY(store.remove(*id));
        QVERIFY(!store.annotation(*id));
        QVERIFY(!store.remove(*id));
        QVERIFY2(store.restore(before), qPrintable(store.errorString()));
        QCOMPARE(*store.annotation(*id), before);
        QVERIFY(!store.restore(before)); // the id is taken now
    }

    void filters()
    {
        AnnotationStore store(m_database->connection());
        Annotation zhipu = passage(m_article, articleText, QStringLiteral("Zhipu AI said on Monday"));
        zhipu.tags = QStringList{QStringLiteral("companies/china")};
        zhipu.note = QStringLiteral("First statement");
        const qint64 first = *store.create(zhipu);
        Annotation exports = passage(m_article, articleText, QStringLiteral("export controls to tighten"));
        exports.color = QStringLiteral("blue");
        exports.tags = QStringList{QStringLiteral("policy/export-controls")};
        const qint64 second = *store.create(exports);
        Annotation kimi = passage(m_other, QStringLiteral("Moonshot AI raised money for Kimi."), QStringLiteral("Kimi"));
        kimi.tags = QStringList{QStringLiteral("companies")};
        kimi.note = QStringLiteral("Product, not the company");
        const qint64 third = *store.create(kimi);

        const auto ids = [&](const AnnotationFilter &filter) {
            QList<qint64> result;
            const auto list = store.annotations(filter);
            if (!list)
                return QList<qint64>{-1};
            for (const Annotation &a : *list)
                result << a.id;
            return result;
        };
        QCOMPARE(ids({}), (QList<qint64>{first, second, third}));
        AnnotationFilter filter;
        filter.articleId = m_article;
        QCOMPARE(ids(filter), (QList<qint64>{first, second}));
        filter = {};
        filter.tag = QStringLiteral("companies");
        QCOMPARE(ids(filter), (QList<qint64>{first, third})); // the tag and below it
        filter.tag = QStringLiteral("COMPANIES/China");
        QCOMPARE(ids(filter), QList<qint64>{first});
        filter.tag = QStringLiteral("compan"); // a tag, not a prefix of one
        QCOMPARE(ids(filter), QList<qint64>{});
        filter = {};
        filter.color = QStringLiteral("blue");
        QCOMPARE(ids(filter), QList<qint64>{second});
        filter = {};
        filter.text = QStringLiteral("statement OR product");
        QCOMPARE(ids(filter), (QList<qint64>{first, third}));
        filter.text = QStringLiteral("tighten"); // the quote is searched too
        QCOMPARE(ids(filter), QList<qint64>{second});
        filter.text = QStringLiteral("(broken");
        QVERIFY(!store.annotations(filter));
        QVERIFY(store.errorString().contains(QLatin1String("Character 1")));
        filter = {};
        filter.status = AnchorStatus::Orphaned;
        QCOMPARE(ids(filter), QList<qint64>{});
        filter.status = AnchorStatus::Anchored;
        QCOMPARE(ids(filter).size(), 3);

        // An entity mentioned inside the passage.
        QSqlQuery q(m_database->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO entities (id, type, name) VALUES (7, 'ORG', 'Zhipu AI')")));
        q.prepare(QStringLiteral("INSERT INTO mentions (article_id, entity_id, start, length, text) VALUES (?, 7, ?, 8, 'Zhipu AI')"));
        q.addBindValue(m_article);
        q.addBindValue(articleText.indexOf(QLatin1String("Zhipu AI")));
        QVERIFY(q.exec());
        filter = {};
        filter.entityId = 7;
        QCOMPARE(ids(filter), QList<qint64>{first});
    }

    void anchor_data()
    {
        QTest::addColumn<QString>("changed");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("found"); // the text at the new anchor

        const QString exports = QStringLiteral("export controls to tighten");
        QTest::newRow("unchanged") << articleText << exports << int(AnchorStatus::Anchored) << exports;
        QTest::newRow("moved by an inserted paragraph")
            << QStringLiteral("Updated at 10:00.\n\n") + articleText << exports << int(AnchorStatus::Fuzzy) << exports;
        QTest::newRow("moved by a deletion")
            << QString(articleText).remove(QStringLiteral("BEIJING — ")) << exports << int(AnchorStatus::Fuzzy) << exports;
        QTest::newRow("words edited inside")
            << QString(articleText).replace(QStringLiteral("export controls to tighten"),
                                            QStringLiteral("export-controls to tighten")) << exports
            << int(AnchorStatus::Fuzzy) << QStringLiteral("export-controls to tighten");
        QTest::newRow("cleaned differently and moved")
            << QStringLiteral("Share\n") + QString(articleText).replace(QStringLiteral("export controls"),
                                                                         QStringLiteral("export  con-\ntrols"))
            << exports << int(AnchorStatus::Fuzzy) << QStringLiteral("export  con-\ntrols to tighten");
        QTest::newRow("gone") << QStringLiteral("A completely different article about weather in Oslo.") << exports
                              << int(AnchorStatus::Orphaned) << QString();
        QTest::newRow("rewritten beyond the budget")
            << QString(articleText).replace(exports, QStringLiteral("trade curbs to become stricter")) << exports
            << int(AnchorStatus::Orphaned) << QString();
        // A repeated phrase: the occurrence with the passage's context wins over a nearer one.
        const QString repeated = QStringLiteral("the entity list");
        const QString twice = QStringLiteral("Zhipu AI joined the entity list. Later, more firms joined the entity list too.");
        QTest::newRow("repeated quote, context decides")
            << QStringLiteral("Intro. ") + twice << repeated << int(AnchorStatus::Fuzzy) << repeated;
    }
    void anchor()
    {
        QFETCH(QString, changed);
        QFETCH(QString, quote);
        QFETCH(int, status);
        QFETCH(QString, found);
        const bool repeated = quote == QLatin1String("the entity list");
        const QString original = repeated ? QStringLiteral("Zhipu AI joined the entity list. Later, more firms joined "
                                                           "the entity list too.")
                                          : articleText;
        Annotation a = anchoredIn(original, quote);
        if (repeated) { // the second occurrence
            a.start = original.lastIndexOf(quote);
            a.prefix = original.mid(a.start - AnnotationStore::contextLength, AnnotationStore::contextLength);
            a.suffix = original.mid(a.start + a.length, AnnotationStore::contextLength);
        }
        const AnchorResult result = anchorPassage(changed, a);
        QCOMPARE(int(result.status), status);
        if (result.status == AnchorStatus::Orphaned)
            return;
        QCOMPARE(changed.mid(result.start, result.length), found);
        if (repeated)
            QCOMPARE(result.start, changed.lastIndexOf(quote));
    }

    void reanchorStoresNewOffsets()
    {
        AnnotationStore store(m_database->connection());
        ArticleStore articles(m_database->connection());
        const qint64 moved = *store.create(passage(m_article, articleText, QStringLiteral("export controls to tighten")));
        const qint64 edited = *store.create(passage(m_article, articleText, QStringLiteral("backed by Tsinghua University")));
        const qint64 lost = *store.create(passage(m_article, articleText, QStringLiteral("open-source its new model")));
        const qint64 same = *store.create(passage(m_article, articleText, QStringLiteral("BEIJING")));
        const Annotation lostBefore = *store.annotation(lost);

        // BEIJING stays at 0; the rest moves; one passage is edited, one is gone.
        ArticleRecord record = *articles.article(m_article);
        record.original = QStringLiteral("BEIJING — Update: ") + articleText.mid(10);
        record.original.replace(QStringLiteral("backed by Tsinghua University"), QStringLiteral("backed by Tsinghua Univ."));
        record.original.replace(QStringLiteral(" it would open-source its new model"), QString());
        record.content = record.original;
        record.contentHash.clear();
        QVERIFY(articles.update(record));
        QVERIFY2(store.reanchor(m_article), qPrintable(store.errorString()));

        const Annotation a = *store.annotation(moved);
        QCOMPARE(a.status, AnchorStatus::Fuzzy);
        QCOMPARE(record.original.mid(a.start, a.length), QStringLiteral("export controls to tighten"));
        QCOMPARE(a.quote, QStringLiteral("export controls to tighten"));
        const Annotation b = *store.annotation(edited);
        QCOMPARE(b.status, AnchorStatus::Fuzzy);
        QCOMPARE(record.original.mid(b.start, b.length), QStringLiteral("backed by Tsinghua Univ."));
        QCOMPARE(b.quote, QStringLiteral("backed by Tsinghua University")); // kept for the next re-anchoring
        const Annotation c = *store.annotation(lost);
        QCOMPARE(c.status, AnchorStatus::Orphaned);
        QCOMPARE(c.quote, lostBefore.quote); // flagged, never dropped
        QCOMPARE(c.note, lostBefore.note);
        QCOMPARE(store.annotation(same)->status, AnchorStatus::Anchored);
        QCOMPARE(store.annotation(same)->start, 0);

        // Re-anchoring is stable: a second run changes nothing.
        const QList<Annotation> once = *store.annotations();
        QVERIFY(store.reanchor(m_article));
        QCOMPARE(*store.annotations(), once);
        QVERIFY(!store.reanchor(9999));
    }

    void updatingTheTextReanchors()
    {
        AnnotationStore store(m_database->connection());
        ArticleStore articles(m_database->connection());
        const qint64 id = *store.create(passage(m_article, articleText, QStringLiteral("Tsinghua University")));
        ArticleRecord record = *articles.article(m_article);
        record.original = QStringLiteral("Corrected: ") + articleText;
        record.content = record.original;
        record.contentHash.clear();
        QVERIFY(articles.update(record));
        const Annotation moved = *store.annotation(id);
        QCOMPARE(moved.status, AnchorStatus::Fuzzy);
        QCOMPARE(record.original.mid(moved.start, moved.length), QStringLiteral("Tsinghua University"));
    }

    void deletingTheArticleDeletesItsAnnotations()
    {
        AnnotationStore store(m_database->connection());
        Annotation a = passage(m_article, articleText, QStringLiteral("Zhipu AI"));
        a.tags = QStringList{QStringLiteral("x")};
        QVERIFY(store.create(a));
        QVERIFY(ArticleStore(m_database->connection()).remove(m_article));
        QCOMPARE(store.annotations()->size(), 0);
        QSqlQuery q(m_database->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM annotation_tags")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    int m_count = 0;
    qint64 m_article = 0, m_other = 0;
};

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
