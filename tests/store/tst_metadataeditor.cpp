#include "pipeline/extractionrunner.h"
#include "pipeline/metadataeditor.h"
#include "store/articlestore.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Annalist;

namespace {

const QString storyText = QStringLiteral(
    "Chip rules tighten\n\nBEIJING — Officials said on Monday that the new export rules took effect "
    "yesterday. Zhipu AI said it would comply.");

// "value|begin|end" of every dated expression of the article, in text order.
QStringList dates(const QSqlDatabase &db, qint64 articleId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT text, value, begin_date FROM timexes WHERE article_id = ? ORDER BY start"));
    q.addBindValue(articleId);
    QStringList result;
    if (!q.exec())
        return {QStringLiteral("error")};
    while (q.next())
        result << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() + QLatin1Char('|')
                + q.value(2).toString();
    return result;
}

int scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestMetadataEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("meta%1.db").arg(++m_count));
        m_database = std::make_unique<Database>(m_path);
        QVERIFY(m_database->open());
        ArticleRecord r;
        r.title = QStringLiteral("Chip rules tighten");
        r.source = QStringLiteral("AFP");
        r.filePath = QStringLiteral("/tmp/chips.txt");
        r.format = QStringLiteral("txt");
        r.original = storyText;
        r.content = storyText;
        r.contentHash = ArticleStore::contentHash(storyText);
        r.published = QDate(2025, 6, 18); // a Wednesday
        r.publishedSource = QStringLiteral("text");
        m_article = ArticleStore(m_database->connection()).insert(r).id;
        QVERIFY(m_article > 0);
        ExtractionRunner runner(m_path);
        QVERIFY2(runner.run(), qPrintable(runner.errorString()));
    }
    void cleanup() { m_database.reset(); }

    void readsAndWrites()
    {
        MetadataEditor editor(m_database->connection());
        const auto read = editor.read(m_article);
        QVERIFY2(read, qPrintable(editor.errorString()));
        QCOMPARE(read->title, QStringLiteral("Chip rules tighten"));
        QCOMPARE(read->source, QStringLiteral("AFP"));
        QCOMPARE(read->published, QDate(2025, 6, 18));

        ArticleMetadata changed = *read;
        changed.title = QStringLiteral("  Chip rules   tighten again ");
        changed.author = QStringLiteral("A. Reporter");
        changed.url = QStringLiteral("https://example.com/chips");
        QVERIFY2(editor.write(m_article, changed), qPrintable(editor.errorString()));
        const auto after = editor.read(m_article);
        QCOMPARE(after->title, QStringLiteral("Chip rules tighten again"));
        QCOMPARE(after->author, QStringLiteral("A. Reporter"));
        QCOMPARE(after->url, QStringLiteral("https://example.com/chips"));
        // The date did not change: its source stays what the import found.
        QCOMPARE(scalar(m_database->connection(),
                        QStringLiteral("SELECT published_source = 'text' FROM articles WHERE id = %1").arg(m_article)),
                 1);
        // The new title is searchable.
        ArticleQuery query;
        query.search = QStringLiteral("again");
        QCOMPARE(*ArticleStore(m_database->connection()).ids(query), QList<qint64>{m_article});
        QVERIFY(!editor.read(9999));
    }

    void refusesBadInputAndChangesNothing_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QDate>("published");
        QTest::newRow("empty title") << "   " << "" << QDate(2025, 6, 18);
        QTest::newRow("relative url") << "T" << "example.com/story" << QDate(2025, 6, 18);
        QTest::newRow("other scheme") << "T" << "javascript:alert(1)" << QDate(2025, 6, 18);
        QTest::newRow("no host") << "T" << "https://" << QDate(2025, 6, 18);
        QTest::newRow("far future") << "T" << "" << QDate::currentDate().addYears(3);
    }
    void refusesBadInputAndChangesNothing()
    {
        QFETCH(QString, title);
        QFETCH(QString, url);
        QFETCH(QDate, published);
        MetadataEditor editor(m_database->connection());
        const ArticleMetadata before = *editor.read(m_article);
        const QStringList datesBefore = dates(m_database->connection(), m_article);
        ArticleMetadata changed = before;
        changed.title = title;
        changed.url = url;
        changed.published = published;
        QVERIFY(!editor.write(m_article, changed));
        QVERIFY(!editor.errorString().isEmpty());
        QCOMPARE(*editor.read(m_article), before);
        QCOMPARE(dates(m_database->connection(), m_article), datesBefore);
    }

    void newDateRenormalisesRelativeDates()
    {
        const QSqlDatabase db = m_database->connection();
        const QStringList before = dates(db, m_article);
        QVERIFY2(before.contains(QStringLiteral("Monday|2025-06-16|2025-06-16")), qPrintable(before.join(u',')));
        QVERIFY2(before.contains(QStringLiteral("yesterday|2025-06-17|2025-06-17")), qPrintable(before.join(u',')));
        const int mentions = scalar(db, QStringLiteral("SELECT count(*) FROM mentions"));
        QVERIFY(mentions > 0);

        MetadataEditor editor(db);
        ArticleMetadata changed = *editor.read(m_article);
        changed.published = QDate(2026, 2, 11); // a Wednesday
        QVERIFY2(editor.write(m_article, changed), qPrintable(editor.errorString()));
        const QStringList after = dates(db, m_article);
        QVERIFY2(after.contains(QStringLiteral("Monday|2026-02-09|2026-02-09")), qPrintable(after.join(u',')));
        QVERIFY2(after.contains(QStringLiteral("yesterday|2026-02-10|2026-02-10")), qPrintable(after.join(u',')));
        QCOMPARE(after.size(), before.size());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM mentions")), mentions); // entities untouched
        QCOMPARE(scalar(db, QStringLiteral("SELECT published_source = 'user' FROM articles WHERE id = %1").arg(m_article)),
                 1);
        // The list's date filter sees the new dates.
        ArticleQuery query;
        query.search = QStringLiteral("date:2026-02");
        QCOMPARE(*ArticleStore(db).ids(query), QList<qint64>{m_article});

        // An unknown date: relative expressions can no longer be placed on the calendar.
        changed.published = QDate();
        QVERIFY(editor.write(m_article, changed));
        QCOMPARE(editor.read(m_article)->published, QDate());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM timexes WHERE article_id = %1 AND begin_date IS NOT NULL")
                                .arg(m_article)),
                 0);
    }

    void restoringTheOldMetadataRestoresItsDateSource()
    {
        // What undo of a date edit does: write back the metadata read before it.
        const QSqlDatabase db = m_database->connection();
        MetadataEditor editor(db);
        const ArticleMetadata original = *editor.read(m_article);
        QCOMPARE(original.publishedSource, QStringLiteral("text"));
        const QStringList datesBefore = dates(db, m_article);
        ArticleMetadata changed = original;
        changed.published = QDate(2026, 2, 11);
        QVERIFY2(editor.write(m_article, changed), qPrintable(editor.errorString()));
        QCOMPARE(editor.read(m_article)->publishedSource, QStringLiteral("user"));
        QVERIFY2(editor.write(m_article, original), qPrintable(editor.errorString()));
        QCOMPARE(*editor.read(m_article), original);
        QCOMPARE(dates(db, m_article), datesBefore);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
    int m_count = 0;
    qint64 m_article = 0;
};

QTEST_GUILESS_MAIN(TestMetadataEditor)
#include "tst_metadataeditor.moc"
