#include "store/database.h"
#include "store/rowinserter.h"
#include "store/scopedtransaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Annalist;

class TestRowInserter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("rows.db")));
        QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE IF EXISTS t")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (n INTEGER PRIMARY KEY, word TEXT NOT NULL, note TEXT)")));
    }
    void cleanup() { m_db.reset(); }

    void writesEveryRowInOrder_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("chunk");
        QTest::newRow("none") << 0 << 4;
        QTest::newRow("one") << 1 << 4;
        QTest::newRow("less than a chunk") << 3 << 4;
        QTest::newRow("one chunk") << 4 << 4;
        QTest::newRow("chunk and one") << 5 << 4;
        QTest::newRow("many chunks and a rest") << 1003 << 32;
        QTest::newRow("one row per statement") << 7 << 1;
    }
    void writesEveryRowInOrder()
    {
        QFETCH(int, rows);
        QFETCH(int, chunk);
        RowInserter insert(m_db->connection(), QStringLiteral("INSERT INTO t (n, word, note)"), 3, chunk);
        ScopedTransaction transaction(m_db->connection());
        for (int i = 0; i < rows; ++i)
            insert << i << QStringLiteral("w%1").arg(i) << (i % 2 ? QVariant(QStringLiteral("odd")) : QVariant());
        QVERIFY2(insert.flush(), qPrintable(insert.errorString()));
        QVERIFY(insert.flush()); // nothing left: a no-op
        QVERIFY(transaction.commit());

        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT n, word, note FROM t ORDER BY n")));
        int seen = 0;
        while (q.next()) {
            QCOMPARE(q.value(0).toInt(), seen);
            QCOMPARE(q.value(1).toString(), QStringLiteral("w%1").arg(seen));
            QCOMPARE(q.value(2).isNull(), seen % 2 == 0);
            ++seen;
        }
        QCOMPARE(seen, rows);
    }

    void reportsFailureAndDropsTheRows()
    {
        RowInserter insert(m_db->connection(), QStringLiteral("INSERT INTO t (n, word, note)"), 3, 4);
        insert << 1 << QStringLiteral("one") << QVariant();
        insert << 1 << QStringLiteral("again") << QVariant(); // same key
        QVERIFY(!insert.flush());
        QVERIFY(insert.errorString().contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive));
        // The failed rows are gone; the next rows go in on their own.
        insert << 2 << QStringLiteral("two") << QVariant();
        QVERIFY2(insert.flush(), qPrintable(insert.errorString()));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(word) FROM t")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("two"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestRowInserter)
#include "tst_rowinserter.moc"
