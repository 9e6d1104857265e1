#include "pipeline/extractionrunner.h"
#include "pipeline/importrunner.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/entitystore.h"
#include "store/extractionstore.h"
#include "store/scopedtransaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Annalist;

namespace {

int scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

int entityCount(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM entities e WHERE e.name = ? AND EXISTS "
                             "(SELECT 1 FROM mentions m WHERE m.entity_id = e.id)"));
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

// The five seed files hold 13 articles (a newspaper page and an aggregator page are split).
constexpr int seedArticles = 13;

} // namespace

class TestExtractionStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("corpus.db"));
        ImportRunner importer(m_path);
        ImportSummary summary;
        QVERIFY(importer.run({QStringLiteral(ANNALIST_SHARED_DIR "/corpus")}, summary));
        QCOMPARE(summary.imported.size(), seedArticles);
    }

    void extractsEveryArticle()
    {
        Database db(m_path);
        QVERIFY(db.open());
        ExtractionStore store(db.connection());
        QCOMPARE(store.pendingCount(), seedArticles);
        ExtractionRunner runner(m_path);
        QVERIFY2(runner.run(), qPrintable(runner.errorString()));
        QCOMPARE(runner.extractedCount(), seedArticles);
        QCOMPARE(store.pendingCount(), 0);
        QVERIFY(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM entities")) > 20);
        QVERIFY(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM timexes")) > 10);
        QCOMPARE(entityCount(db.connection(), QStringLiteral("Zhipu AI")), 1); // "Zhipu" merges into it
    }

    void flagsTheRepeatedWireStory()
    {
        // The aggregator page carries the same AFP story twice: the later copy points at the
        // earlier one, and nothing else is flagged.
        Database db(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT a.id, a.duplicate_of, a.similarity, b.title, a.title FROM articles a "
                                      "JOIN articles b ON b.id = a.duplicate_of")));
        QVERIFY(q.next());
        QVERIFY(q.value(1).toLongLong() < q.value(0).toLongLong());
        QVERIFY(q.value(2).toDouble() >= 0.8);
        QCOMPARE(q.value(3).toString(), QStringLiteral("Dazzling Chinese AI debuts mask growing pains"));
        QCOMPARE(q.value(4).toString(), q.value(3).toString());
        QVERIFY(!q.next());
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM articles WHERE signature IS NULL")), 0);
    }

    void filtersArticlesByEntitiesAndEvents()
    {
        Database db(m_path);
        QVERIFY(db.open());
        EntityStore entities(db.connection());
        const auto china = entities.findByName(QStringLiteral("China"));
        const auto zhipu = entities.findByName(QStringLiteral("zhipu")); // an alias, any case
        QVERIFY(china && zhipu);
        ArticleStore articles(db.connection());
        ArticleQuery query;
        query.entityIds = {china->id};
        QCOMPARE(articles.ids(query)->size(), china->articles);
        query.entityIds = {china->id, zhipu->id};
        QList<qint64> both = *articles.ids(query);
        std::sort(both.begin(), both.end());
        QCOMPARE(both, *entities.articlesWithEntities({china->id, zhipu->id}));
        QVERIFY(!both.isEmpty());
        QVERIFY(both.size() <= zhipu->articles);

        // January 2025 (DeepSeek's release) is an event of some articles but not of all.
        ArticleQuery january;
        january.eventsFrom = QDate(2025, 1, 1);
        january.eventsTo = QDate(2025, 1, 31);
        const QList<qint64> inJanuary = *articles.ids(january);
        QVERIFY(!inJanuary.isEmpty());
        QVERIFY(inJanuary.size() < seedArticles);
        EventQuery events;
        events.from = january.eventsFrom;
        events.to = january.eventsTo;
        events.scope = january;
        const auto rows = entities.events(events);
        QVERIFY(rows && !rows->isEmpty());
        for (const TimexRow &row : *rows) {
            QVERIFY(inJanuary.contains(row.articleId));
            QVERIFY(row.begin <= january.eventsTo && row.end >= january.eventsFrom);
            QVERIFY(!row.sentence.isEmpty());
        }
    }

    void mentionsPointAtTheOriginalText()
    {
        // Extraction reads the cleaned text; offsets are stored in the original. Where cleaning
        // changed nothing inside a mention the original shows exactly the mention's text; where
        // it joined a hyphenated or wrapped name, the same letters with the break.
        Database db(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT substr(a.original, m.start + 1, m.length), m.text, m.start + m.length, "
                                      "length(a.original) FROM mentions m JOIN articles a ON a.id = m.article_id "
                                      "UNION ALL SELECT substr(a.original, t.start + 1, t.length), t.text, "
                                      "t.start + t.length, length(a.original) FROM timexes t "
                                      "JOIN articles a ON a.id = t.article_id")));
        int exact = 0;
        int total = 0;
        auto letters = [](const QString &text) {
            QString result;
            for (QChar c : text) {
                if (c.isLetterOrNumber())
                    result += c;
            }
            return result;
        };
        while (q.next()) {
            ++total;
            QVERIFY(q.value(2).toLongLong() <= q.value(3).toLongLong());
            const QString shown = q.value(0).toString();
            const QString text = q.value(1).toString();
            if (shown == text)
                ++exact;
            else
                QCOMPARE(letters(shown), letters(text));
        }
        QVERIFY(total > 100);
        QVERIFY2(exact * 100 >= total * 95, qPrintable(QStringLiteral("%1 of %2 exact").arg(exact).arg(total)));
    }

    void storesSpansForCalendarValues()
    {
        Database db(m_path);
        QVERIFY(db.open());
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM timexes WHERE value LIKE '%_REF' "
                                                        "AND begin_date IS NOT NULL")),
                 0);
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM timexes WHERE value = '2025' AND "
                                                        "(begin_date <> '2025-01-01' OR end_date <> '2025-12-31')")),
                 0);
        QVERIFY(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM timexes WHERE begin_date IS NOT NULL")) > 0);
    }

    void resumesAfterCancel()
    {
        Database db(m_path);
        QVERIFY(db.open());
        ExtractionStore store(db.connection());
        QVERIFY(store.markPending());
        QCOMPARE(store.pendingCount(), seedArticles);
        std::atomic_bool cancel(false);
        ExtractionRunner first(m_path);
        first.setBatchSize(1);
        first.setCommitInterval(0);
        first.setCancelFlag(&cancel);
        first.setProgressCallback([&cancel](int done, int) {
            if (done >= 2)
                cancel = true;
        });
        QVERIFY(first.run());
        QVERIFY(store.pendingCount() > 0);
        QVERIFY(store.pendingCount() < seedArticles);
        ExtractionRunner second(m_path);
        QVERIFY(second.run());
        QCOMPARE(store.pendingCount(), 0);
        QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA foreign_key_check")), -1); // no violations
    }

    void correctionsReextractAffectedArticles()
    {
        Database db(m_path);
        QVERIFY(db.open());
        ExtractionStore store(db.connection());
        {
            ScopedTransaction transaction(db.connection());
            QVERIFY(store.applyCorrection(ExtractionStore::Correction::Rename, QStringLiteral("Zhipu AI"),
                                          QStringLiteral("Z.ai")));
            QVERIFY(transaction.commit());
        }
        const qint64 affected = store.pendingCount();
        QVERIFY(affected >= 1);
        QVERIFY(affected < seedArticles); // only articles that mention it
        ExtractionRunner runner(m_path);
        QVERIFY(runner.run());
        QVERIFY(store.removeUnusedEntities());
        QCOMPARE(entityCount(db.connection(), QStringLiteral("Z.ai")), 1);
        QCOMPARE(entityCount(db.connection(), QStringLiteral("Zhipu AI")), 0);

        const qint64 renameId = store.lastCorrectionId();
        QVERIFY(store.applyCorrection(ExtractionStore::Correction::Ignore, QStringLiteral("Tencent")));
        QVERIFY(runner.run());
        QCOMPARE(entityCount(db.connection(), QStringLiteral("Tencent")), 0);

        const auto dictionary = store.userDictionary();
        QVERIFY(dictionary);
        QVERIFY(dictionary->isIgnored(QStringLiteral("tencent")));
        QCOMPARE(dictionary->renamedTo(QStringLiteral("Zhipu AI")), QStringLiteral("Z.ai"));
        QVERIFY(store.removeCorrection(renameId));
        QVERIFY(store.userDictionary()->renamedTo(QStringLiteral("Zhipu AI")).isEmpty());
    }

    void findsArticlesByNameInText()
    {
        Database db(m_path);
        QVERIFY(db.open());
        ExtractionStore store(db.connection());
        const auto ids = store.articlesMentioning({QStringLiteral("Tsinghua University")});
        QVERIFY(ids);
        QVERIFY(!ids->isEmpty());
        const auto none = store.articlesMentioning({QStringLiteral("Quuxville Dynamics")});
        QVERIFY(none);
        QVERIFY(none->isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestExtractionStore)
#include "tst_extractionstore.moc"
