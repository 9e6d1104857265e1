// Manual split and join of articles (ArticleSplitJoin) on the seed corpus, imported and
// extracted into a real SQLite file: the parts keep their file ranges and their mentions,
// dates, tags and annotations; undo and redo give back the exact rows; bad requests are refused
// with a message and change nothing.

#include "pipeline/articlesplitjoin.h"
#include "pipeline/extractionrunner.h"
#include "seedcorpus.h"
#include "store/articlestore.h"
#include "store/database.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Annalist;

namespace {

// Every row of every table a split or join touches, as text: equal dumps are equal states.
QStringList dump(const QSqlDatabase &db)
{
    QStringList lines;
    const QStringList tables{QStringLiteral("articles"),     QStringLiteral("mentions"),
                             QStringLiteral("timexes"),      QStringLiteral("entity_aliases"),
                             QStringLiteral("article_tags"), QStringLiteral("annotations"),
                             QStringLiteral("annotation_tags")};
    for (const QString &table : tables) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3").arg(table))) {
            lines << table + QStringLiteral(": ") + query.lastError().text();
            continue;
        }
        while (query.next()) {
            QStringList fields;
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i) {
                const QVariant value = record.value(i);
                fields << (value.isNull() ? QStringLiteral("NULL")
                                          : value.userType() == QMetaType::QByteArray
                                      ? QString::fromLatin1(value.toByteArray().toHex())
                                      : value.toString());
            }
            lines << table + QLatin1Char('|') + fields.join(QLatin1Char('|'));
        }
    }
    return lines;
}

QString ftsProblem(const QSqlDatabase &db)
{
    QSqlQuery fts(db);
    if (!fts.exec(QStringLiteral("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")))
        return fts.lastError().text();
    QSqlQuery keys(db);
    if (!keys.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return keys.lastError().text();
    if (keys.next())
        return QStringLiteral("foreign key broken in ") + keys.value(0).toString();
    return {};
}

qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// Every mention and date of the article still points at its own text.
QString anchorsProblem(const QSqlDatabase &db, qint64 articleId, const QString &original)
{
    for (const QString &table : {QStringLiteral("mentions"), QStringLiteral("timexes")}) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT start, length, text FROM %1 WHERE article_id = ?").arg(table));
        query.addBindValue(articleId);
        if (!query.exec())
            return query.lastError().text();
        while (query.next()) {
            const qsizetype start = query.value(0).toLongLong();
            const qsizetype length = query.value(1).toLongLong();
            if (start < 0 || start + length > original.size())
                return QStringLiteral("%1 %2+%3 outside the text").arg(table).arg(start).arg(length);
            // The engine may have read a cleaned spelling (joined hyphenation): compare letters.
            auto letters = [](const QString &s) {
                QString out;
                for (QChar c : s)
                    if (c.isLetterOrNumber())
                        out += c;
                return out;
            };
            if (letters(original.mid(start, length)) != letters(query.value(2).toString()))
                return QStringLiteral("%1 %2 at %3 reads %4").arg(table, query.value(2).toString()).arg(start).arg(original.mid(start, length));
        }
    }
    return {};
}

} // namespace

class TestSplitJoin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void splitMovesEverythingAfterTheCut();
    void splitUndoRedoRestoresExactRows();
    void splitThenReextract();
    void joinAdjacentArticlesOfABundle();
    void refusals();

private:
    QTemporaryDir m_dir;
    QString m_seed;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

void TestSplitJoin::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_seed = m_dir.filePath(QStringLiteral("seed.db"));
    const QString problem = TestSupport::buildSeedCorpus(m_seed);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestSplitJoin::init()
{
    // Each test edits its own copy of the extracted seed database.
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("test%1.db").arg(++n));
    {
        Database seed(m_seed);
        QVERIFY(seed.open());
        QSqlQuery vacuum(seed.connection());
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(m_path);
        QVERIFY2(vacuum.exec(), qPrintable(vacuum.lastError().text()));
    }
    m_db = std::make_unique<Database>(m_path);
    QVERIFY(m_db->open());
}

void TestSplitJoin::cleanup()
{
    m_db.reset();
}

// The longest article, cut at the paragraph break nearest its middle.
static std::pair<qint64, qsizetype> cutInTheMiddle(const QSqlDatabase &db)
{
    const qint64 id = scalar(db, QStringLiteral("SELECT id FROM articles WHERE content IS NULL OR offset_map IS NOT NULL "
                                                "ORDER BY length(original) DESC LIMIT 1"));
    ArticleStore store(db);
    const auto article = store.article(id);
    if (!article)
        return {0, 0};
    const qsizetype middle = article->original.size() / 2;
    qsizetype at = article->original.indexOf(QStringLiteral("\n\n"), middle);
    if (at < 0)
        at = article->original.lastIndexOf(QStringLiteral("\n\n"), middle);
    return {id, at + 2};
}

void TestSplitJoin::splitMovesEverythingAfterTheCut()
{
    QSqlDatabase db = m_db->connection();
    const auto [id, at] = cutInTheMiddle(db);
    QVERIFY(id > 0 && at > 2);
    ArticleStore store(db);
    const ArticleRecord whole = *store.article(id);
    // An annotation and a tag, so we can see where they go.
    QSqlQuery setup(db);
    QVERIFY(setup.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('wire')")));
    const qint64 tagId = setup.lastInsertId().toLongLong();
    setup.prepare(QStringLiteral("INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)"));
    setup.addBindValue(id);
    setup.addBindValue(tagId);
    QVERIFY(setup.exec());
    const qsizetype noteStart = at + 5;
    setup.prepare(QStringLiteral("INSERT INTO annotations (article_id, start, length, quote, created_at, modified_at) "
                                 "VALUES (?, ?, 10, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
    setup.addBindValue(id);
    setup.addBindValue(qint64(noteStart));
    setup.addBindValue(whole.original.mid(noteStart, 10));
    QVERIFY2(setup.exec(), qPrintable(setup.lastError().text()));
    // And one the cut goes through: it stays with the first part, re-anchored inside its text.
    setup.prepare(QStringLiteral("INSERT INTO annotations (article_id, start, length, quote, created_at, modified_at) "
                                 "VALUES (?, ?, 12, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
    setup.addBindValue(id);
    setup.addBindValue(qint64(at - 6));
    setup.addBindValue(whole.original.mid(at - 6, 12));
    QVERIFY(setup.exec());
    const qint64 crossing = setup.lastInsertId().toLongLong();
    const qint64 mentionsAfter = scalar(db, QStringLiteral("SELECT count(*) FROM mentions WHERE article_id = ? AND start >= ?"),
                                        {id, qint64(at)});
    QVERIFY(mentionsAfter > 0);

    ArticleSplitJoin editor(db);
    const auto edit = editor.split(id, at);
    QVERIFY2(edit, qPrintable(editor.errorString()));
    QCOMPARE(edit->first, id);
    QVERIFY(edit->second > id);

    const ArticleRecord first = *store.article(id);
    const ArticleRecord second = *store.article(edit->second);
    QCOMPARE(first.original + second.original, whole.original);
    QCOMPARE(first.rangeStart, whole.rangeStart);
    QCOMPARE(first.rangeEnd, whole.rangeStart + at);
    QCOMPARE(second.rangeStart, whole.rangeStart + at);
    QCOMPARE(second.rangeEnd, whole.rangeEnd);
    QCOMPARE(second.filePath, whole.filePath);
    QCOMPARE(first.title, whole.title);
    QVERIFY(!second.title.isEmpty());
    QVERIFY(second.content.size() < whole.content.size());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM mentions WHERE article_id = ?"), {edit->second}),
             mentionsAfter);
    QCOMPARE(anchorsProblem(db, id, first.original), QString());
    QCOMPARE(anchorsProblem(db, edit->second, second.original), QString());
    QCOMPARE(scalar(db, QStringLiteral("SELECT start FROM annotations WHERE article_id = ?"), {edit->second}),
             qint64(noteStart - at));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM annotations WHERE article_id = ? AND status = 'anchored' "
                                       "AND start + length <= ?"),
                    {edit->second, qint64(second.original.size())}),
             1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT article_id FROM annotations WHERE id = ?"), {crossing}), id);
    QVERIFY(scalar(db, QStringLiteral("SELECT start + length FROM annotations WHERE id = ?"), {crossing})
            <= first.original.size());
    QVERIFY(scalar(db, QStringLiteral("SELECT status = 'anchored' FROM annotations WHERE id = ?"), {crossing}) == 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT tag_id FROM article_tags WHERE article_id = ?"), {edit->second}), tagId);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles WHERE id IN (?, ?) AND extracted = 0"),
                    {id, edit->second}),
             2);
    QCOMPARE(ftsProblem(db), QString());
    // The index follows: a word only the second part has finds it, not the first.
    QString word;
    const QStringList words = second.content.split(QRegularExpression(QStringLiteral("[^\\p{L}]+")));
    for (const QString &candidate : words) {
        if (candidate.size() >= 6 && !first.content.contains(candidate.left(5), Qt::CaseInsensitive)) {
            word = candidate;
            break;
        }
    }
    QVERIFY(!word.isEmpty());
    ArticleQuery query;
    query.search = word;
    const auto hits = store.ids(query);
    QVERIFY(hits && hits->contains(edit->second) && !hits->contains(id));
}

void TestSplitJoin::splitUndoRedoRestoresExactRows()
{
    QSqlDatabase db = m_db->connection();
    const auto [id, at] = cutInTheMiddle(db);
    const QStringList before = dump(db);
    ArticleSplitJoin editor(db);
    const auto edit = editor.split(id, at);
    QVERIFY2(edit, qPrintable(editor.errorString()));
    const QStringList after = dump(db);
    QVERIFY(after != before);

    QVERIFY2(editor.undo(*edit), qPrintable(editor.errorString()));
    QCOMPARE(dump(db), before);
    QCOMPARE(ftsProblem(db), QString());
    QVERIFY2(editor.redo(*edit), qPrintable(editor.errorString()));
    QCOMPARE(dump(db), after);
    QCOMPARE(ftsProblem(db), QString());
    QVERIFY(editor.undo(*edit));
    QCOMPARE(dump(db), before);
}

void TestSplitJoin::splitThenReextract()
{
    QSqlDatabase db = m_db->connection();
    const auto [id, at] = cutInTheMiddle(db);
    ArticleSplitJoin editor(db);
    const auto edit = editor.split(id, at);
    QVERIFY(edit);
    ExtractionRunner runner(m_path);
    QVERIFY2(runner.run(), qPrintable(runner.errorString()));
    QCOMPARE(runner.extractedCount(), 2);
    ArticleStore store(db);
    QCOMPARE(anchorsProblem(db, id, store.article(id)->original), QString());
    QCOMPARE(anchorsProblem(db, edit->second, store.article(edit->second)->original), QString());
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM mentions WHERE article_id = ?"), {edit->second}) > 0);
}

void TestSplitJoin::joinAdjacentArticlesOfABundle()
{
    QSqlDatabase db = m_db->connection();
    // Two articles cut from the same file, one right after the other.
    QSqlQuery pair(db);
    QVERIFY(pair.exec(QStringLiteral("SELECT a.id, b.id FROM articles a JOIN articles b ON b.file_path = a.file_path "
                                     "AND b.range_start = (SELECT min(c.range_start) FROM articles c WHERE "
                                     "c.file_path = a.file_path AND c.range_start >= a.range_end) "
                                     "ORDER BY a.id LIMIT 1")));
    QVERIFY2(pair.next(), "the seed corpus has a file with several articles");
    const qint64 a = pair.value(0).toLongLong();
    const qint64 b = pair.value(1).toLongLong();
    ArticleStore store(db);
    const ArticleRecord first = *store.article(a);
    const ArticleRecord second = *store.article(b);
    const qint64 mentionsOfSecond = scalar(db, QStringLiteral("SELECT count(*) FROM mentions WHERE article_id = ?"), {b});
    const QStringList before = dump(db);

    ArticleSplitJoin editor(db);
    // Either order names the same pair; the earlier one stays.
    const auto edit = editor.join(b, a);
    QVERIFY2(edit, qPrintable(editor.errorString()));
    QCOMPARE(edit->first, a);
    QCOMPARE(edit->second, b);
    QVERIFY(!store.article(b));
    const ArticleRecord merged = *store.article(a);
    // The file's text from the first's start to the second's end, "[2]" markers in between included.
    QFile file(first.filePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString fileText = QString::fromUtf8(file.readAll());
    QCOMPARE(merged.original, fileText.mid(first.rangeStart, second.rangeEnd - first.rangeStart));
    const QString between = fileText.mid(first.rangeEnd, second.rangeStart - first.rangeEnd);
    QVERIFY(merged.original.startsWith(first.original) && merged.original.endsWith(second.original));
    QCOMPARE(merged.rangeStart, first.rangeStart);
    QCOMPARE(merged.rangeEnd, second.rangeEnd);
    QCOMPARE(merged.title, first.title);
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM mentions WHERE article_id = ?"), {a})
            >= mentionsOfSecond);
    QCOMPARE(anchorsProblem(db, a, merged.original), QString());
    QCOMPARE(ftsProblem(db), QString());
    const QStringList after = dump(db);

    QVERIFY2(editor.undo(*edit), qPrintable(editor.errorString()));
    QCOMPARE(dump(db), before);
    QCOMPARE(ftsProblem(db), QString());
    QVERIFY(editor.redo(*edit));
    QCOMPARE(dump(db), after);

    // Split the joined article where the first ended: the first's text again, and the rest.
    QVERIFY(editor.undo(*edit));
    QVERIFY(editor.redo(*edit));
    const auto again = editor.split(a, first.original.size());
    QVERIFY2(again, qPrintable(editor.errorString()));
    QCOMPARE(store.article(a)->original, first.original);
    QCOMPARE(store.article(again->second)->original, between + second.original);
    QCOMPARE(store.article(again->second)->rangeStart, first.rangeEnd);
    QCOMPARE(store.article(again->second)->rangeEnd, second.rangeEnd);
}

void TestSplitJoin::refusals()
{
    QSqlDatabase db = m_db->connection();
    const QStringList before = dump(db);
    ArticleSplitJoin editor(db);
    const qint64 id = scalar(db, QStringLiteral("SELECT min(id) FROM articles"));
    QVERIFY(!editor.split(id, 0));
    QVERIFY(!editor.errorString().isEmpty());
    QVERIFY(!editor.split(id, 1 << 30));
    QVERIFY(!editor.split(987654, 10));
    QVERIFY(!editor.join(id, id));
    // Articles of different files never join.
    QSqlQuery other(db);
    QVERIFY(other.exec(QStringLiteral("SELECT a.id, b.id FROM articles a JOIN articles b ON b.file_path <> a.file_path "
                                      "LIMIT 1")));
    QVERIFY(other.next());
    QVERIFY(!editor.join(other.value(0).toLongLong(), other.value(1).toLongLong()));
    QVERIFY(editor.errorString().contains(QStringLiteral("same file")));
    QCOMPARE(dump(db), before);
}

QTEST_GUILESS_MAIN(TestSplitJoin)
#include "tst_splitjoin.moc"
