#include "store/articlestore.h"
#include "store/contentpatch.h"
#include "store/ftstokens.h"
#include "store/database.h"
#include "store/migrator.h"
#include "store/scopedtransaction.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <thread>

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
        QSqlQuery pageSize(db.connection());
        QVERIFY(pageSize.exec(QStringLiteral("PRAGMA page_size")) && pageSize.next());
        QCOMPARE(pageSize.value(0).toInt(), 16384);
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

    // annalist_bm25 keeps the document lengths in memory; its scores must stay FTS5's own bm25
    // scores through inserts (here and on another connection), text changes and deletions.
    void rankingEqualsBm25ThroughChanges()
    {
        const QString path = m_dir.filePath(QStringLiteral("bm25.db"));
        Database db(path);
        QVERIFY(db.open());
        ArticleStore store(db.connection());
        const QStringList words = {QStringLiteral("china"), QStringLiteral("export"), QStringLiteral("controls"),
                                   QStringLiteral("zhipu"), QStringLiteral("chips"), QStringLiteral("model"),
                                   QStringLiteral("said"), QStringLiteral("beijing")};
        auto text = [&words](int seed, int length) {
            QStringList out;
            for (int i = 0; i < length; ++i)
                out << words.at((seed * 7 + i * i * 3 + i) % words.size());
            return out.join(QLatin1Char(' '));
        };
        QList<qint64> ids;
        auto insertSome = [&](ArticleStore &into, int from, int count) {
            for (int i = from; i < from + count; ++i) {
                const ArticleStore::InsertResult result = into.insert(
                    makeArticle(QStringLiteral("T%1 %2").arg(i).arg(words.at(i % 8)), text(i, 3 + (i * 13) % 90)));
                if (result.status == ArticleStore::InsertStatus::Failed)
                    return false;
                if (result.status == ArticleStore::InsertStatus::Inserted)
                    ids.append(result.id);
            }
            return true;
        };
        auto compare = [&](const char *step) {
            const QStringList queries = {QStringLiteral("china"), QStringLiteral("export AND controls"),
                                         QStringLiteral("\"export controls\""), QStringLiteral("zhipu OR beijing"),
                                         QStringLiteral("chip*"), QStringLiteral("model NOT said")};
            int rows = 0;
            for (const QString &query : queries) {
                QSqlQuery q(db.connection());
                QVERIFY(q.prepare(QStringLiteral("SELECT rowid, annalist_bm25(articles_fts, 5.0, 1.0), "
                                                 "bm25(articles_fts, 5.0, 1.0) FROM articles_fts WHERE articles_fts MATCH ?")));
                q.addBindValue(query);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                while (q.next()) {
                    ++rows;
                    const double ours = q.value(1).toDouble();
                    const double theirs = q.value(2).toDouble();
                    if (std::abs(ours - theirs) > 1e-12 * std::max(1.0, std::abs(theirs)))
                        QFAIL(qPrintable(QStringLiteral("%1: %2, row %3: %4 instead of bm25's %5")
                                             .arg(QLatin1String(step), query)
                                             .arg(q.value(0).toLongLong())
                                             .arg(ours, 0, 'g', 17)
                                             .arg(theirs, 0, 'g', 17)));
                }
            }
            QVERIFY2(rows > 100, step);
        };
        QVERIFY2(insertSome(store, 0, 200), qPrintable(store.errorString()));
        compare("first look");
        QVERIFY2(insertSome(store, 200, 50), qPrintable(store.errorString()));
        compare("added on the same connection");
        {
            Database other(path);
            QVERIFY(other.open());
            ArticleStore otherStore(other.connection());
            QVERIFY2(insertSome(otherStore, 250, 50), qPrintable(otherStore.errorString()));
            // A text change and a deletion elsewhere: ids the lengths already hold.
            ArticleRecord changed = *otherStore.article(ids.at(3));
            changed.original = text(99, 150);
            changed.content = changed.original;
            changed.contentHash.clear();
            QVERIFY2(otherStore.update(changed), qPrintable(otherStore.errorString()));
            QVERIFY(otherStore.remove(ids.at(7)));
        }
        compare("changed on another connection");
        const qint64 highest = ids.constLast();
        QVERIFY(store.remove(highest)); // the highest id, so the next insert takes it again
        const ArticleStore::InsertResult reused =
            store.insert(makeArticle(QStringLiteral("Reused"), QStringLiteral("china china export once more, longer than before")));
        QCOMPARE(reused.status, ArticleStore::InsertStatus::Inserted);
        QCOMPARE(reused.id, highest);
        compare("highest id deleted and taken again");
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE articles SET title = 'china china china' WHERE id = %1").arg(ids.at(10))));
        compare("title changed");
    }

    void contentPatchRebuildsTheText()
    {
        // Deletions, a replacement, an insertion, non-ASCII and a character outside the BMP.
        const QString original = QStringLiteral("Der Bäcker sagte: \u201eDevel-\nopment\u201c kostet 5 € 😀 [1]\n3\nEnde.");
        QList<ContentPatch::Edit> edits;
        QString content;
        qsizetype kept = 0;
        auto edit = [&](qsizetype start, qsizetype length, const QString &replacement) {
            content += original.mid(kept, start - kept);
            edits.append({start, length, content.size(), replacement.size()});
            content += replacement;
            kept = start + length;
        };
        edit(original.indexOf(QLatin1String("-\n")), 2, QString());
        edit(original.indexOf(u"5 €"), 1, QStringLiteral("fünf"));
        edit(original.indexOf(QLatin1String(" [1]")), 4, QString());
        edit(original.indexOf(QLatin1String("3\n")), 2, QString());
        edit(original.size(), 0, QStringLiteral(" ✓"));
        content += original.mid(kept);
        QCOMPARE(content, QStringLiteral("Der Bäcker sagte: \u201eDevelopment\u201c kostet fünf € 😀\nEnde. ✓"));
        const QByteArray originalUtf8 = original.toUtf8();
        const QByteArray contentUtf8 = content.toUtf8();
        // Below the break-even size a patch is refused; a long article makes it worth it.
        QVERIFY(ContentPatch::make(original, originalUtf8, content, contentUtf8, edits).isEmpty());
        const QString tail = QStringLiteral(" Lorem ipsum dolor sit amet.").repeated(20);
        const QByteArray patch = ContentPatch::make(original + tail, (original + tail).toUtf8(), content + tail,
                                                    (content + tail).toUtf8(), edits);
        QVERIFY(!patch.isEmpty());
        QCOMPARE(ContentPatch::apply((original + tail).toUtf8(), patch), std::optional<QByteArray>((content + tail).toUtf8()));
        // Edits that do not give the content make no patch; a damaged patch rebuilds nothing.
        QList<ContentPatch::Edit> wrong = edits;
        wrong.first().originalLength = 1;
        QVERIFY(ContentPatch::make(original + tail, (original + tail).toUtf8(), content + tail, (content + tail).toUtf8(),
                                   wrong)
                    .isEmpty());
        QVERIFY(!ContentPatch::apply((original + tail).toUtf8(), patch.left(patch.size() - 3)).has_value()
                || ContentPatch::apply((original + tail).toUtf8(), patch.left(patch.size() - 3))
                       != std::optional<QByteArray>((content + tail).toUtf8()));
        QVERIFY(!ContentPatch::apply(originalUtf8, QByteArray("\x01\xff\xff\xff\xff\x0f\x00\x00", 8)).has_value());

        // Stored through the import path: the SQL function, the record and the index agree.
        Database db(m_dir.filePath(QStringLiteral("patch.db")));
        QVERIFY(db.open());
        ArticleStore store(db.connection());
        ArticleRecord record = makeArticle(QStringLiteral("Bäcker"), original + tail);
        record.content = content + tail;
        record.contentHash = ArticleStore::contentHash(record.content);
        ArticleStore::prepare(record, edits);
        const qint64 id = store.insert(record).id;
        QVERIFY(id > 0);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT content IS NULL, length(content_patch), "
                                      "annalist_content(original, content, content_patch) FROM articles WHERE id = %1")
                           .arg(id)));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toBool());
        QCOMPARE(q.value(1).toInt(), patch.size());
        QCOMPARE(q.value(2).toString(), content + tail);
        QCOMPARE(store.article(id)->content, content + tail);
        QCOMPARE(searchIds(store, QStringLiteral("development")), QList<qint64>{id});
        QCOMPARE(searchIds(store, QStringLiteral("fünf")), QList<qint64>{id});
        const auto hits = store.search(QStringLiteral("fünf"), 5);
        QVERIFY(hits && hits->size() == 1 && hits->first().snippet.contains(QStringLiteral("[fünf]")));

        // A record changed after prepare() is stored as it is now, whole.
        ArticleRecord changed = makeArticle(QStringLiteral("Changed"), original + tail + tail);
        changed.content = content + tail + tail;
        ArticleStore::prepare(changed, edits);
        changed.content = QStringLiteral("Something else entirely.");
        changed.contentHash = ArticleStore::contentHash(changed.content);
        const qint64 changedId = store.insert(changed).id;
        QCOMPARE(store.article(changedId)->content, QStringLiteral("Something else entirely."));

        // An edit stores the text whole and drops the patch; the index follows, deletion too.
        ArticleRecord edited = *store.article(id);
        edited.content = QStringLiteral("Neuer Text über Bäcker.");
        edited.contentHash.clear();
        QVERIFY2(store.update(edited), qPrintable(store.errorString()));
        QVERIFY(q.exec(QStringLiteral("SELECT content_patch IS NULL FROM articles WHERE id = %1").arg(id)));
        QVERIFY(q.next() && q.value(0).toBool());
        QCOMPARE(searchIds(store, QStringLiteral("development")), QList<qint64>{});
        QCOMPARE(searchIds(store, QStringLiteral("neuer")), QList<qint64>{id});
        QVERIFY(store.remove(id));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")));
    }

    // Tokens made ahead on another thread and replayed into FTS5 must give the very index that
    // SQLite's porter makes itself.
    void readyTokensGiveTheSameIndex()
    {
        const QStringList texts = {
            QStringLiteral("Zhipu AI's GLM-4.5 was released; the Commerce Department's export controls tightened."),
            QStringLiteral("Über Bäcker, Café-Besitzer und naïve résumés: 北京 said “yes” — 42% of $3.5bn."),
            QStringLiteral("Running runners ran; connected connections connecting. A-B-C d’e f_g h.i"),
            QString(),
        };
        auto build = [&](const QString &name, bool ready) -> QStringList {
            Database db(m_dir.filePath(name));
            if (!db.open())
                return {db.errorString()};
            ArticleStore store(db.connection());
            QList<ArticleRecord> records;
            for (int i = 0; i < texts.size(); ++i)
                records.append(makeArticle(QStringLiteral("Title %1 GLM").arg(i), texts.at(i) + QString::number(i)));
            if (ready) {
                std::thread worker([&records] {
                    for (ArticleRecord &r : records)
                        ArticleStore::prepare(r);
                });
                worker.join();
            }
            const qint64 replayedBefore = FtsTokens::Replay::replayedOnThisThread();
            for (const ArticleRecord &r : std::as_const(records)) {
                if (store.insert(r).status != ArticleStore::InsertStatus::Inserted)
                    return {store.errorString()};
            }
            const qint64 replayed = FtsTokens::Replay::replayedOnThisThread() - replayedBefore;
            QStringList index{QStringLiteral("replayed %1").arg(replayed)};
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, articles_fts, instance)"));
            q.exec(QStringLiteral("SELECT term, doc, col, offset FROM temp.vocab ORDER BY doc, col, offset, term"));
            while (q.next())
                index << QStringLiteral("%1 %2 %3 %4").arg(q.value(0).toString(), q.value(1).toString(),
                                                           q.value(2).toString(), q.value(3).toString());
            return index;
        };
        QStringList plain = build(QStringLiteral("plain.db"), false);
        QStringList ready = build(QStringLiteral("ready.db"), true);
        QCOMPARE(plain.takeFirst(), QStringLiteral("replayed 0"));
        QCOMPARE(ready.takeFirst(), QStringLiteral("replayed %1").arg(texts.size()));
        QVERIFY(plain.size() > 40);
        QCOMPARE(ready, plain);

        // Tokens of another text are never used for this one.
        const auto other = FtsTokens::tokenize(QByteArrayLiteral("completely different words"));
        QVERIFY(other && other->tokens.size() == 3);
        Database db(m_dir.filePath(QStringLiteral("ready.db")));
        QVERIFY(db.open());
        QSqlQuery q(db.connection());
        const qint64 before = FtsTokens::Replay::replayedOnThisThread();
        {
            const FtsTokens::Replay replay(other.get());
            QVERIFY(q.exec(QStringLiteral("UPDATE articles SET title = 'renamed' WHERE id = 1")));
        }
        QCOMPARE(FtsTokens::Replay::replayedOnThisThread(), before);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")));
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
