#include "store/articlestore.h"
#include "store/database.h"
#include "store/migrator.h"
#include "store/scopedtransaction.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Annalist;

namespace {

ArticleRecord makeArticle(const QString &title, const QString &text)
{
    ArticleRecord r;
    r.title = title;
    r.source = QStringLiteral("AFP");
    r.filePath = QStringLiteral("/tmp/") + title + QStringLiteral(".txt");
    r.format = QStringLiteral("txt");
    r.original = text;
    r.content = text;
    r.contentHash = ArticleStore::contentHash(text);
    r.published = QDate(2026, 1, 8);
    r.publishedSource = QStringLiteral("text");
    return r;
}

QList<qint64> searchIds(ArticleStore &store, const QString &query)
{
    ArticleQuery q;
    q.search = query;
    const auto ids = store.ids(q);
    return ids ? *ids : QList<qint64>{-1};
}

int tableCount(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void splitStatementsKeepsTriggers()
    {
        const QStringList statements = Migrator::splitStatements(QStringLiteral(
            "CREATE TABLE a (x); -- note\n\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES (1);\n"
            "  INSERT INTO b VALUES (2);\nEND;\nCREATE INDEX i ON a (x);\n"));
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(1).contains(QLatin1String("VALUES (2);")));
        QVERIFY(statements.at(1).endsWith(QLatin1String("END;")));
    }

    void migratesFromEmpty()
    {
        Database db(m_dir.filePath(QStringLiteral("empty.db")));
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Migrator::latestVersion());
        QVERIFY(Migrator::latestVersion() >= 2);
        QCOMPARE(tableCount(db.connection(), QStringLiteral("articles_fts")), 1);
        QCOMPARE(tableCount(db.connection(), QStringLiteral("mentions")), 1);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void migratesFromVersion1()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.db"));
        qint64 id = 0;
        {
            Database db(path);
            QVERIFY(db.open(1));
            QCOMPARE(db.schemaVersion(), 1);
            QCOMPARE(tableCount(db.connection(), QStringLiteral("mentions")), 0);
            // Written as version 1 wrote articles; today's store writes columns v1 lacks.
            QSqlQuery insert(db.connection());
            QVERIFY(insert.exec(QStringLiteral(
                "INSERT INTO articles (title, imported_at, file_path, format, original, content_hash) "
                "VALUES ('old', '2026-01-01T00:00:00Z', '/tmp/old.txt', 'txt', 'kept across upgrades', 'h1')")));
            id = insert.lastInsertId().toLongLong();
            QVERIFY(id > 0);
        }
        Database db(path);
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Migrator::latestVersion());
        QCOMPARE(tableCount(db.connection(), QStringLiteral("mentions")), 1);
        ArticleStore store(db.connection());
        QCOMPARE(store.article(id)->title, QStringLiteral("old"));
        QCOMPARE(searchIds(store, QStringLiteral("upgrades")), QList<qint64>{id});
    }

    void refusesNewerSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.db"));
        {
            Database db(path);
            QVERIFY(db.open());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (999, 'later')")));
        }
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        Database db(path);
        QVERIFY(!db.open());
        QVERIFY2(db.errorString().contains(QLatin1String("newer version")), qPrintable(db.errorString()));
        QVERIFY(db.errorString().contains(QLatin1String("999")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void refusesNonDatabaseFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("These are my notes, not a database.\n").repeated(200));
        f.close();
        Database db(path);
        QVERIFY(!db.open());
        QVERIFY(!db.errorString().isEmpty());
    }

    void detectsDuplicates()
    {
        Database db(m_dir.filePath(QStringLiteral("dup.db")));
        QVERIFY(db.open());
        ArticleStore store(db.connection());
        const auto first = store.insert(makeArticle(QStringLiteral("a"), QStringLiteral("Same text.\nTwice.")));
        QCOMPARE(first.status, ArticleStore::InsertStatus::Inserted);
        // Whitespace differences do not make a new article.
        const auto second = store.insert(makeArticle(QStringLiteral("b"), QStringLiteral("Same   text. Twice.\n")));
        QCOMPARE(second.status, ArticleStore::InsertStatus::Duplicate);
        QCOMPARE(second.id, first.id);
        QCOMPARE(store.count(), 1);
        const auto third = store.insert(makeArticle(QStringLiteral("c"), QStringLiteral("Different text.")));
        QCOMPARE(third.status, ArticleStore::InsertStatus::Inserted);
        QCOMPARE(store.count(), 2);
    }

    void roundTripsFields()
    {
        Database db(m_dir.filePath(QStringLiteral("fields.db")));
        QVERIFY(db.open());
        ArticleStore store(db.connection());
        ArticleRecord r = makeArticle(QStringLiteral("智谱 headline"), QStringLiteral("<p>Body</p>"));
        r.content = QStringLiteral("Body");
        r.contentHash = ArticleStore::contentHash(r.content);
        r.format = QStringLiteral("html");
        r.author = QStringLiteral("Tang Jie");
        r.url = QStringLiteral("https://example.org/a");
        const qint64 id = store.insert(r).id;
        const auto back = store.article(id);
        QVERIFY(back);
        QCOMPARE(back->title, r.title);
        QCOMPARE(back->original, r.original);
        QCOMPARE(back->content, r.content);
        QCOMPARE(back->author, r.author);
        QCOMPARE(back->url, r.url);
        QCOMPARE(back->published, r.published);
        QCOMPARE(back->publishedSource, QStringLiteral("text"));
        QCOMPARE(back->format, QStringLiteral("html"));
        QVERIFY(back->importedAt.isValid());
        QVERIFY(!store.article(id + 100));
        QVERIFY(!store.errorString().isEmpty());
    }

    void ftsFollowsInsertUpdateDelete()
    {
        Database db(m_dir.filePath(QStringLiteral("fts.db")));
        QVERIFY(db.open());
        ArticleStore store(db.connection());
        const qint64 a = store.insert(makeArticle(QStringLiteral("Zhipu blacklisted"),
                                                  QStringLiteral("The Commerce Department added Zhipu.")))
                             .id;
        const qint64 b = store.insert(makeArticle(QStringLiteral("Chips"),
                                                  QStringLiteral("Export controls on advanced chips tightened.")))
                             .id;
        QCOMPARE(searchIds(store, QStringLiteral("zhipu")), QList<qint64>{a});
        QCOMPARE(searchIds(store, QStringLiteral("\"export controls\"")), QList<qint64>{b});
        QCOMPARE(searchIds(store, QStringLiteral("chip*")), QList<qint64>{b});
        QCOMPARE(searchIds(store, QStringLiteral("zhipu OR chips")).size(), 2);
        QCOMPARE(searchIds(store, QStringLiteral("department NOT zhipu")), QList<qint64>{});
        // Porter stemming: "tighten" finds "tightened".
        QCOMPARE(searchIds(store, QStringLiteral("tighten")), QList<qint64>{b});

        ArticleRecord changed = *store.article(a);
        changed.original = QStringLiteral("Moonshot released Kimi K2.");
        changed.content = changed.original;
        changed.contentHash.clear();
        QVERIFY2(store.update(changed), qPrintable(store.errorString()));
        QCOMPARE(searchIds(store, QStringLiteral("commerce")), QList<qint64>{});
        QCOMPARE(searchIds(store, QStringLiteral("kimi")), QList<qint64>{a});
        QCOMPARE(searchIds(store, QStringLiteral("blacklisted")), QList<qint64>{a}); // the title is indexed

        QVERIFY(store.remove(a));
        QCOMPARE(searchIds(store, QStringLiteral("kimi")), QList<qint64>{});
        QVERIFY(!store.remove(a));
        // The index stays consistent with its content table.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")));
    }

    void rankedSearchWithSnippets()
    {
        Database db(m_dir.filePath(QStringLiteral("rank.db")));
        QVERIFY(db.open());
        ArticleStore store(db.connection());
        const qint64 body = store.insert(makeArticle(QStringLiteral("Other"), QStringLiteral("Tsinghua once."))).id;
        const qint64 title = store.insert(makeArticle(QStringLiteral("Tsinghua"), QStringLiteral("A university."))).id;
        const auto hits = store.search(QStringLiteral("tsinghua"), 10);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 2);
        QCOMPARE(hits->at(0).id, title); // titles weigh more
        QCOMPARE(hits->at(1).id, body);
        QVERIFY(hits->at(1).snippet.contains(QLatin1String("[Tsinghua]")));
        QVERIFY(hits->at(0).rank <= hits->at(1).rank);
    }

    void malformedQueriesGiveMessages()
    {
        Database db(m_dir.filePath(QStringLiteral("bad.db")));
        QVERIFY(db.open());
        ArticleStore store(db.connection());
        store.insert(makeArticle(QStringLiteral("x"), QStringLiteral("text")));
        for (const char *bad : {"\"open", "(a", "AND", "x NOT", "*", "title:x", "date:2025-13"}) {
            ArticleQuery q;
            q.search = QString::fromLatin1(bad);
            QVERIFY(!store.ids(q));
            QVERIFY(!store.errorString().isEmpty());
            QVERIFY(!store.search(q.search, 10));
        }
    }

    void transactionTakesWriteLockAtBegin()
    {
        // A write transaction that starts by reading must not lose its write to another
        // connection's commit in between (a stale snapshot fails at once, whatever the
        // busy timeout): it holds the write lock from its first statement.
        const QString path = m_dir.filePath(QStringLiteral("locks.db"));
        Database editor(path), writer(path);
        QVERIFY2(editor.open(), qPrintable(editor.errorString()));
        QVERIFY2(writer.open(), qPrintable(writer.errorString()));
        ArticleStore(editor.connection()).insert(makeArticle(QStringLiteral("First"), QStringLiteral("one")));

        QSqlQuery impatient(writer.connection());
        QVERIFY(impatient.exec(QStringLiteral("PRAGMA busy_timeout = 0")));
        {
            ScopedTransaction transaction(editor.connection());
            QVERIFY(transaction.isActive());
            QSqlQuery read(editor.connection());
            QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM articles")) && read.next());
            read.finish();
            // The other connection cannot slip a write in before ours.
            QVERIFY(!impatient.exec(QStringLiteral("DELETE FROM articles")));
            QSqlQuery write(editor.connection());
            QVERIFY2(write.exec(QStringLiteral("UPDATE articles SET title = 'Edited'")), qPrintable(write.lastError().text()));
            QVERIFY(transaction.commit());
        }
        QVERIFY(impatient.exec(QStringLiteral("SELECT title FROM articles")) && impatient.next());
        QCOMPARE(impatient.value(0).toString(), QStringLiteral("Edited"));
        impatient.finish();
        // Rolled back when not committed.
        {
            ScopedTransaction transaction(editor.connection());
            QSqlQuery write(editor.connection());
            QVERIFY(write.exec(QStringLiteral("DELETE FROM articles")));
        }
        QVERIFY(impatient.exec(QStringLiteral("SELECT count(*) FROM articles")) && impatient.next());
        QCOMPARE(impatient.value(0).toInt(), 1);
    }

    void sortsAndFilters()
    {
        Database db(m_dir.filePath(QStringLiteral("sort.db")));
        QVERIFY(db.open());
        ArticleStore store(db.connection());
        const qint64 b = store.insert(makeArticle(QStringLiteral("beta"), QStringLiteral("2"))).id;
        const qint64 a = store.insert(makeArticle(QStringLiteral("Alpha"), QStringLiteral("1"))).id;
        const qint64 c = store.insert(makeArticle(QStringLiteral("gamma 50%_off"), QStringLiteral("3"))).id;
        ArticleQuery q;
        q.sort = ArticleSort::Title;
        q.order = Qt::AscendingOrder;
        QCOMPARE(*store.ids(q), (QList<qint64>{a, b, c}));
        q.order = Qt::DescendingOrder;
        QCOMPARE(*store.ids(q), (QList<qint64>{c, b, a}));
        q.filter = QStringLiteral("%_");
        QCOMPARE(*store.ids(q), QList<qint64>{c}); // LIKE wildcards are literal
        q.filter = QStringLiteral("ALPHA");
        QCOMPARE(*store.ids(q), QList<qint64>{a});
        QCOMPARE(store.summaries({c, a}).size(), 2);
        QCOMPARE(store.summaries({c, a}).at(0).id, c);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
