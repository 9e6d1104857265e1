// ImportRunner and ImportJob against real SQLite files: the seed corpus, duplicates, files that
// cannot be imported, unknown types, and cancellation in the middle of a batch.

#include "ingest/textcleaner.h"
#include "pipeline/importjob.h"
#include "pipeline/importrunner.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/deferredindexes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Annalist;

namespace {

const QString seedFolder = QDir::cleanPath(QStringLiteral(ANNALIST_SHARED_DIR "/corpus"));

QStringList seedFiles()
{
    const QDir dir(seedFolder);
    QStringList files;
    const QStringList names = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        files.append(dir.absoluteFilePath(name));
    return files;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// What the database says about itself after an import: page-level integrity, the external
// content FTS5 index against its content, and the number of articles.
struct Consistency
{
    QString integrity;
    QString ftsError; // empty when the FTS5 integrity-check passed
    qint64 articles = -1;
    qint64 indexed = -1; // rows the FTS index knows
};

Consistency checkConsistency(const QString &path)
{
    Consistency result;
    Database db(path);
    if (!db.open()) {
        result.integrity = db.errorString();
        return result;
    }
    QSqlQuery query(db.connection());
    if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
        result.integrity = query.value(0).toString();
    else
        result.integrity = query.lastError().text();
    QSqlQuery fts(db.connection());
    if (!fts.exec(QStringLiteral("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")))
        result.ftsError = fts.lastError().text();
    QSqlQuery count(db.connection());
    if (count.exec(QStringLiteral("SELECT count(*) FROM articles")) && count.next())
        result.articles = count.value(0).toLongLong();
    // Every article must be findable through the index by its own id.
    QSqlQuery indexed(db.connection());
    if (indexed.exec(QStringLiteral("SELECT count(*) FROM articles_fts_docsize")) && indexed.next())
        result.indexed = indexed.value(0).toLongLong();
    return result;
}

// The files articles came from, each once (a file may hold several articles).
QStringList importedPaths(const ImportSummary &summary)
{
    QStringList paths;
    for (const auto &item : summary.imported)
        paths.append(QFileInfo(item.path).fileName());
    paths.sort();
    paths.removeDuplicates();
    return paths;
}

// The seed files hold 13 articles: the newspaper page 000 five, the aggregator page 003 five
// (four sources and the summary), the others one each.
constexpr int seedArticles = 13;

const ImportSummary::Failed *failureFor(const ImportSummary &summary, const QString &fileName)
{
    for (const auto &failure : summary.failed) {
        if (QFileInfo(failure.path).fileName() == fileName || failure.reason.contains(fileName))
            return &failure;
    }
    return nullptr;
}

// Many small, distinct articles for the cancellation tests.
QString generateFolder(const QString &folder, int count)
{
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("gen-%1.txt").arg(i, 4, 10, QLatin1Char('0'));
        const QByteArray text = QStringLiteral("Generated article %1\n\nBy Test Desk\n\nBody of article number %1 "
                                               "with a figure of %2 percent and the word sentinel%1.\n")
                                    .arg(i)
                                    .arg(i % 97)
                                    .toUtf8();
        if (!writeFile(QDir(folder).filePath(name), text))
            return {};
    }
    return folder;
}

// The schema as sqlite_master lists it: every table, index, trigger and view with its SQL.
QStringList schemaOf(const QString &path)
{
    Database db(path);
    if (!db.open())
        return {db.errorString()};
    QSqlQuery query(db.connection());
    QStringList schema;
    if (!query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")))
        return {query.lastError().text()};
    while (query.next())
        schema.append(QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                  query.value(3).toString()}
                          .join(QLatin1Char('|')));
    return schema;
}

bool hasIndex(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next();
}

} // namespace

class TestImportRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(seedFiles().size(), 5);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void seedFolderImportsFiveArticles()
    {
        const QString dbPath = m_dir->filePath(QStringLiteral("seed.db"));
        ImportRunner runner(dbPath);
        QList<ImportRunner::Progress> progress;
        runner.setProgressCallback([&progress](const ImportRunner::Progress &p) { progress.append(p); });
        ImportSummary summary;
        QVERIFY2(runner.run({seedFolder}, summary), qPrintable(runner.errorString()));

        QCOMPARE(summary.imported.size(), seedArticles);
        QVERIFY(summary.duplicates.isEmpty());
        QVERIFY(summary.failed.isEmpty());
        QVERIFY(summary.skipped.isEmpty());
        QVERIFY(!summary.cancelled);
        QCOMPARE(summary.filesTotal, 5);
        QCOMPARE(summary.filesDone, 5);

        QStringList expected;
        for (const QString &file : seedFiles())
            expected.append(QFileInfo(file).fileName());
        QCOMPARE(importedPaths(summary), expected);

        // Progress counts every file once, in order, against the right total.
        QCOMPARE(progress.size(), 5);
        for (int i = 0; i < progress.size(); ++i) {
            QCOMPARE(progress.at(i).done, i + 1);
            QCOMPARE(progress.at(i).total, 5);
            QVERIFY(!progress.at(i).currentFile.isEmpty());
        }

        // Each stored article holds its file's text exactly and a title.
        Database db(dbPath);
        QVERIFY(db.open());
        ArticleStore store(db.connection());
        QCOMPARE(store.count(), seedArticles);
        for (const auto &item : std::as_const(summary.imported)) {
            const auto article = store.article(item.id);
            QVERIFY2(article, qPrintable(store.errorString()));
            QFile file(item.path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            QVERIFY(article->rangeStart >= 0 && article->rangeEnd <= text.size());
            QCOMPARE(article->original, text.mid(article->rangeStart, article->rangeEnd - article->rangeStart));
            QCOMPARE(article->filePath, QFileInfo(item.path).absoluteFilePath());
            QCOMPARE(article->format, QStringLiteral("txt"));
            QVERIFY(!article->title.trimmed().isEmpty());
            QCOMPARE(article->title, item.title);
            // The readable text is the cleaner's, rebuilt exactly from the original and its patch.
            const QString clean = TextCleaner::clean(article->original).text;
            if (article->content == article->original)
                QVERIFY(article->original.startsWith(clean)); // only trimmed at the end: stored once
            else
                QCOMPARE(article->content, clean);
        }
        // Cleaned articles keep their readable text as a small patch, not a second copy.
        QSqlQuery patched(db.connection());
        QVERIFY(patched.exec(QStringLiteral("SELECT count(*), coalesce(sum(length(content_patch)), 0), "
                                            "coalesce(sum(length(CAST(original AS BLOB))), 0) FROM articles "
                                            "WHERE content_patch IS NOT NULL AND content IS NULL")));
        QVERIFY(patched.next());
        QVERIFY2(patched.value(0).toInt() >= 3, qPrintable(patched.value(0).toString()));
        QVERIFY(patched.value(1).toLongLong() * 20 < patched.value(2).toLongLong());
        // The index was made from the readable text: FTS5's integrity check below reads it back
        // through annalist_content() and compares.
        const Consistency c = checkConsistency(dbPath);
        QCOMPARE(c.integrity, QStringLiteral("ok"));
        QVERIFY2(c.ftsError.isEmpty(), qPrintable(c.ftsError));
        QCOMPARE(c.indexed, seedArticles);
    }

    void reimportReportsFiveDuplicates()
    {
        const QString dbPath = m_dir->filePath(QStringLiteral("dup.db"));
        ImportSummary first;
        QVERIFY(ImportRunner(dbPath).run({seedFolder}, first));
        QCOMPARE(first.imported.size(), seedArticles);

        ImportSummary second;
        ImportRunner runner(dbPath);
        QVERIFY(runner.run(seedFiles(), second));
        QVERIFY(second.imported.isEmpty());
        QVERIFY(second.failed.isEmpty());
        QCOMPARE(second.duplicates.size(), seedArticles);
        QCOMPARE(second.filesDone, 5);

        // Each duplicate names the article it duplicates: the one imported from the same file.
        QMultiHash<QString, qint64> firstIds;
        for (const auto &item : std::as_const(first.imported))
            firstIds.insert(QFileInfo(item.path).fileName(), item.id);
        for (const auto &duplicate : std::as_const(second.duplicates)) {
            const QString name = QFileInfo(duplicate.path).fileName();
            QVERIFY2(firstIds.contains(name), qPrintable(name));
            QVERIFY(firstIds.values(name).contains(duplicate.existingId));
            QVERIFY(!duplicate.title.isEmpty());
        }

        // A copy of a seed file under another name is still the same article.
        const QString copy = m_dir->filePath(QStringLiteral("copy/renamed.txt"));
        QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
        QVERIFY(QFile::copy(seedFiles().constFirst(), copy));
        ImportSummary third;
        QVERIFY(ImportRunner(dbPath).run({copy}, third));
        const QList<qint64> firstFileIds = firstIds.values(QFileInfo(seedFiles().constFirst()).fileName());
        QCOMPARE(third.duplicates.size(), firstFileIds.size());
        for (const auto &duplicate : std::as_const(third.duplicates))
            QVERIFY(firstFileIds.contains(duplicate.existingId));

        const Consistency c = checkConsistency(dbPath);
        QCOMPARE(c.articles, seedArticles);
        QCOMPARE(c.integrity, QStringLiteral("ok"));
        QVERIFY2(c.ftsError.isEmpty(), qPrintable(c.ftsError));
    }

    void badFilesFailClearlyAndTheRestIsImported()
    {
        const QString folder = m_dir->filePath(QStringLiteral("mixed"));
        QVERIFY(QDir().mkpath(folder));
        for (const QString &file : seedFiles().mid(0, 3))
            QVERIFY(QFile::copy(file, QDir(folder).filePath(QFileInfo(file).fileName())));
        // A PNG with a .txt name, an empty file, a file of whitespace only.
        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        png.append(QByteArray(512, '\0'));
        QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("picture.txt")), png));
        QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("empty.txt")), QByteArray()));
        QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("blank.md")), QByteArray("  \n\n\t\n")));
        QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("good.md")),
                          QByteArray("# A good Markdown note\n\nIt has **real** content about export controls.\n")));

        // A file the importer cannot read. Permissions do not stop root, so on Linux a link to
        // /proc/self/mem stands in for it: it opens, but reading at offset 0 fails with EIO.
        QStringList unreadableNames;
        if (geteuid() != 0) {
            const QString locked = QDir(folder).filePath(QStringLiteral("locked.txt"));
            QVERIFY(writeFile(locked, QByteArray("secret text nobody may read\n")));
            QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
            unreadableNames << QStringLiteral("locked.txt");
        }
        if (QFileInfo::exists(QStringLiteral("/proc/self/mem"))) {
            QVERIFY(QFile::link(QStringLiteral("/proc/self/mem"), QDir(folder).filePath(QStringLiteral("mem.txt"))));
            unreadableNames << QStringLiteral("mem.txt");
        }
        QVERIFY(!unreadableNames.isEmpty());
        // A path that does not exist, named explicitly.
        const QString missing = m_dir->filePath(QStringLiteral("missing.txt"));

        const QString dbPath = m_dir->filePath(QStringLiteral("mixed.db"));
        ImportRunner runner(dbPath);
        runner.setBatchSize(2); // failures spread over several batches
        ImportSummary summary;
        QVERIFY2(runner.run({folder, missing}, summary), qPrintable(runner.errorString()));

        QStringList expectedImported;
        for (const QString &file : seedFiles().mid(0, 3))
            expectedImported.append(QFileInfo(file).fileName());
        expectedImported.append(QStringLiteral("good.md"));
        expectedImported.sort();
        QCOMPARE(importedPaths(summary), expectedImported);
        QVERIFY(summary.duplicates.isEmpty());
        QVERIFY(!summary.cancelled);

        const auto expectFailure = [&summary](const QString &name, const QString &reasonPart) {
            const ImportSummary::Failed *failure = failureFor(summary, name);
            if (!failure)
                return QStringLiteral("no failure reported for %1").arg(name);
            if (!failure->describe().contains(reasonPart, Qt::CaseInsensitive))
                return QStringLiteral("%1: reason '%2' lacks '%3'").arg(name, failure->describe(), reasonPart);
            return QString();
        };
        QString problem = expectFailure(QStringLiteral("picture.txt"), QStringLiteral("binary"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = expectFailure(QStringLiteral("empty.txt"), QStringLiteral("empty"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = expectFailure(QStringLiteral("blank.md"), QStringLiteral("empty"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = expectFailure(QStringLiteral("missing.txt"), QStringLiteral("no such file"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const QString &name : std::as_const(unreadableNames)) {
            problem = expectFailure(name, QStringLiteral("read"));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QCOMPARE(summary.failed.size(), 4 + unreadableNames.size());
        // Every failure names its file.
        for (const auto &failure : std::as_const(summary.failed))
            QVERIFY2(failure.describe().contains(QLatin1Char('/')), qPrintable(failure.describe()));

        const Consistency c = checkConsistency(dbPath);
        QCOMPARE(c.articles, 8); // 000 holds five articles, 001, 002 and good.md one each
        QCOMPARE(c.integrity, QStringLiteral("ok"));
        QVERIFY2(c.ftsError.isEmpty(), qPrintable(c.ftsError));
    }

    void unknownTypesAreSkippedAndReported()
    {
        const QString folder = m_dir->filePath(QStringLiteral("types"));
        QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("report.odt")), QByteArray("PK\x03\x04")));
        QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("table.csv")), QByteArray("a,b\n1,2\n")));
        QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("README")), QByteArray("no suffix\n")));
        QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("sub/page.html")),
                          QByteArray("<html><head><title>Nested page</title></head>"
                                     "<body><p>Text of a nested page about chips.</p></body></html>")));

        const QString dbPath = m_dir->filePath(QStringLiteral("types.db"));
        ImportSummary summary;
        ImportRunner runner(dbPath);
        QVERIFY(runner.run({folder}, summary));
        QCOMPARE(summary.imported.size(), 1);
        QCOMPARE(summary.imported.constFirst().title, QStringLiteral("Nested page"));
        QVERIFY(summary.failed.isEmpty());
        QCOMPARE(summary.skipped.size(), 3);
        QCOMPARE(summary.filesTotal, 1); // skipped files are not counted as work
        const QString skipped = summary.skipped.join(QLatin1Char('\n'));
        QVERIFY2(skipped.contains(QLatin1String("report.odt")) && skipped.contains(QLatin1String(".odt")),
                 qPrintable(skipped));
        QVERIFY2(skipped.contains(QLatin1String("table.csv")), qPrintable(skipped));
        QVERIFY2(skipped.contains(QLatin1String("README")) && skipped.contains(QLatin1String("no suffix")),
                 qPrintable(skipped));
        for (const QString &line : std::as_const(summary.skipped))
            QVERIFY2(line.contains(QLatin1String("unknown file type")), qPrintable(line));
    }

    void cancelMidBatchLeavesDatabaseConsistent_data()
    {
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<int>("cancelAfter");
        QTest::newRow("batch 10, cancel after 25") << 10 << 25;
        QTest::newRow("batch 16, cancel after 1") << 16 << 1;
        QTest::newRow("batch 7, cancel after 100") << 7 << 100;
    }

    void cancelMidBatchLeavesDatabaseConsistent()
    {
        QFETCH(int, batchSize);
        QFETCH(int, cancelAfter);
        constexpr int fileCount = 300;
        const QString folder = generateFolder(m_dir->filePath(QStringLiteral("many")), fileCount);
        QVERIFY(!folder.isEmpty());

        const QString dbPath = m_dir->filePath(QStringLiteral("cancel.db"));
        std::atomic_bool cancel(false);
        ImportRunner runner(dbPath);
        runner.setBatchSize(batchSize);
        runner.setCancelFlag(&cancel);
        int lastDone = 0;
        runner.setProgressCallback([&](const ImportRunner::Progress &p) {
            lastDone = p.done;
            if (p.done == cancelAfter)
                cancel.store(true);
        });
        ImportSummary summary;
        QVERIFY2(runner.run({folder}, summary), qPrintable(runner.errorString()));

        QVERIFY(summary.cancelled);
        QCOMPARE(summary.filesTotal, fileCount);
        QVERIFY(summary.failed.isEmpty());
        QVERIFY(summary.duplicates.isEmpty());
        // The batch in flight is finished and committed whole; nothing after it is touched.
        const int expected = std::min(fileCount, (cancelAfter + batchSize - 1) / batchSize * batchSize);
        QCOMPARE(int(summary.imported.size()), expected);
        QCOMPARE(summary.filesDone, expected);
        QCOMPARE(lastDone, expected);
        QVERIFY(summary.imported.size() < fileCount);

        const Consistency c = checkConsistency(dbPath);
        QCOMPARE(c.integrity, QStringLiteral("ok"));
        QVERIFY2(c.ftsError.isEmpty(), qPrintable(c.ftsError));
        QCOMPARE(c.articles, qint64(summary.imported.size()));
        QCOMPARE(c.indexed, qint64(summary.imported.size()));

        // The reported ids are exactly what is stored.
        Database db(dbPath);
        QVERIFY(db.open());
        QSet<qint64> stored;
        QSqlQuery ids(db.connection());
        QVERIFY(ids.exec(QStringLiteral("SELECT id FROM articles")));
        while (ids.next())
            stored.insert(ids.value(0).toLongLong());
        QSet<qint64> reported;
        for (const auto &item : std::as_const(summary.imported))
            reported.insert(item.id);
        QCOMPARE(stored, reported);

        // Importing again picks up the rest: the cancelled run left nothing half-done.
        ImportSummary rest;
        QVERIFY(ImportRunner(dbPath).run({folder}, rest));
        QCOMPARE(int(rest.imported.size()), fileCount - expected);
        QCOMPARE(int(rest.duplicates.size()), expected);
        QCOMPARE(checkConsistency(dbPath).articles, fileCount);
    }

    void bigImportBuildsTheSortIndexesAtTheEnd()
    {
        // Enough files for the runner to set the list's sort indexes aside in an empty database.
        const int fileCount = ImportRunner::DeferIndexesFrom + 50;
        const QString folder = generateFolder(m_dir->filePath(QStringLiteral("big")), fileCount);
        QVERIFY(!folder.isEmpty());
        const QString migratedPath = m_dir->filePath(QStringLiteral("migrated.db"));
        {
            Database migrated(migratedPath);
            QVERIFY(migrated.open());
        }
        const QString dbPath = m_dir->filePath(QStringLiteral("big.db"));
        ImportRunner runner(dbPath);
        runner.setBatchSize(100);
        runner.setTransactionSize(500);
        // Half-way, a second connection (as the window's list opens one per query) sees the
        // indexes set aside, and does not build them behind the running import's back.
        bool lookedHalfWay = false;
        runner.setProgressCallback([&](const ImportRunner::Progress &progress) {
            if (lookedHalfWay || progress.done < fileCount / 2)
                return;
            lookedHalfWay = true;
            Database reader(dbPath);
            QVERIFY(reader.open());
            QVERIFY(DeferredIndexes::pending(reader.connection()));
            for (const QString &name : DeferredIndexes::names())
                QVERIFY2(!hasIndex(reader.connection(), name), qPrintable(name));
            QVERIFY(hasIndex(reader.connection(), QStringLiteral("articles_content_hash")));
            QVERIFY(QFileInfo::exists(DeferredIndexes::lockPath(dbPath)));
        });
        ImportSummary summary;
        QVERIFY(runner.run({folder}, summary));
        QVERIFY(lookedHalfWay);
        QCOMPARE(int(summary.imported.size()), fileCount);
        QVERIFY2(summary.warnings.isEmpty(), qPrintable(summary.warnings.join(QLatin1Char('\n'))));

        // Afterwards the schema is exactly the migrated one, and nothing is left behind.
        QCOMPARE(schemaOf(dbPath), schemaOf(migratedPath));
        QVERIFY(!QFileInfo::exists(DeferredIndexes::lockPath(dbPath)));
        const Consistency c = checkConsistency(dbPath);
        QCOMPARE(c.integrity, QStringLiteral("ok"));
        QVERIFY2(c.ftsError.isEmpty(), qPrintable(c.ftsError));
        QCOMPARE(c.articles, qint64(fileCount));
        QCOMPARE(c.indexed, qint64(fileCount));

        // The sort indexes answer: the list's order by title uses one and is right.
        Database db(dbPath);
        QVERIFY(db.open());
        QSqlQuery plan(db.connection());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM articles ORDER BY title COLLATE NOCASE")));
        QString steps;
        while (plan.next())
            steps += plan.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(steps.contains(QLatin1String("articles_title")), qPrintable(steps));
        // Plain text the cleaner only trimmed at the end is stored once, with no offset map.
        QSqlQuery stored(db.connection());
        QVERIFY(stored.exec(QStringLiteral("SELECT count(*) FROM articles WHERE content IS NULL AND offset_map IS NULL")));
        QVERIFY(stored.next());
        QCOMPARE(stored.value(0).toInt(), fileCount);
        ArticleStore store(db.connection());
        const std::optional<ArticleRecord> first = store.article(summary.imported.constFirst().id);
        QVERIFY(first);
        QVERIFY(first->original.endsWith(QLatin1Char('\n')));
        QCOMPARE(first->content, first->original);
        const auto hits = store.search(QStringLiteral("sentinel7"), 5);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
    }

    void smallOrDisabledImportsKeepTheIndexes()
    {
        // Into a database that already holds more articles than the import brings, or with
        // deferring switched off, the indexes stay (checked half-way through).
        const QString folder = generateFolder(m_dir->filePath(QStringLiteral("some")), ImportRunner::DeferIndexesFrom);
        QVERIFY(!folder.isEmpty());
        const QString dbPath = m_dir->filePath(QStringLiteral("kept.db"));
        ImportRunner runner(dbPath);
        runner.setDeferIndexes(false);
        bool looked = false;
        runner.setProgressCallback([&](const ImportRunner::Progress &progress) {
            if (looked || progress.done < 100)
                return;
            looked = true;
            Database reader(dbPath);
            QVERIFY(reader.open());
            QVERIFY(!DeferredIndexes::pending(reader.connection()));
            QVERIFY(hasIndex(reader.connection(), QStringLiteral("articles_title")));
        });
        ImportSummary summary;
        QVERIFY(runner.run({folder}, summary));
        QVERIFY(looked);
        QCOMPARE(int(summary.imported.size()), ImportRunner::DeferIndexesFrom);
    }

    void indexesOfAnImportThatDiedComeBackAtOpen()
    {
        const QString dbPath = m_dir->filePath(QStringLiteral("died.db"));
        const QString migratedPath = m_dir->filePath(QStringLiteral("migrated.db"));
        {
            Database migrated(migratedPath);
            QVERIFY(migrated.open());
            Database db(dbPath);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(DeferredIndexes::defer(db.connection(), &error), qPrintable(error));
            QVERIFY(DeferredIndexes::pending(db.connection()));
            QVERIFY(!hasIndex(db.connection(), QStringLiteral("articles_title")));
        }
        // While a live import holds the lock (here: this process), an open leaves them alone.
        {
            QLockFile lock(DeferredIndexes::lockPath(dbPath));
            QVERIFY(lock.tryLock(0));
            Database db(dbPath);
            QVERIFY(db.open());
            QVERIFY(DeferredIndexes::pending(db.connection()));
            QVERIFY(!hasIndex(db.connection(), QStringLiteral("articles_published")));
        }
        // Nobody holds it: the next open builds them, and the schema is the migrated one again.
        {
            Database db(dbPath);
            QVERIFY(db.open());
            QVERIFY(!DeferredIndexes::pending(db.connection()));
        }
        QCOMPARE(schemaOf(dbPath), schemaOf(migratedPath));
        QVERIFY(!QFileInfo::exists(DeferredIndexes::lockPath(dbPath)));
    }

    void cancelBeforeStartImportsNothing()
    {
        const QString dbPath = m_dir->filePath(QStringLiteral("early.db"));
        std::atomic_bool cancel(true);
        ImportRunner runner(dbPath);
        runner.setCancelFlag(&cancel);
        ImportSummary summary;
        QVERIFY(runner.run({seedFolder}, summary));
        QVERIFY(summary.cancelled);
        QVERIFY(summary.imported.isEmpty());
        QCOMPARE(checkConsistency(dbPath).articles, 0);
    }

    void unusableDatabaseIsAnError()
    {
        const QString dbPath = m_dir->filePath(QStringLiteral("not-a-database.db"));
        QVERIFY(writeFile(dbPath, QByteArray(4096, 'x')));
        ImportRunner runner(dbPath);
        ImportSummary summary;
        QVERIFY(!runner.run({seedFolder}, summary));
        QVERIFY(!runner.errorString().isEmpty());
        QVERIFY(summary.imported.isEmpty());
    }

    void jobReportsProgressAndFinishes()
    {
        const QString dbPath = m_dir->filePath(QStringLiteral("job.db"));
        ImportJob job(dbPath, {seedFolder});
        QSignalSpy progress(&job, &ImportJob::progress);
        QSignalSpy finished(&job, &ImportJob::finished);
        QVERIFY(!job.isRunning());
        job.start();
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!job.isRunning());

        const auto summary = finished.constFirst().at(0).value<ImportSummary>();
        const QString error = finished.constFirst().at(1).toString();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(summary.imported.size(), seedArticles);
        QVERIFY(!summary.cancelled);

        // Progress is throttled, but the last update (all done) always arrives, before finished.
        QVERIFY(!progress.isEmpty());
        QVERIFY(progress.size() <= 5);
        const QList<QVariant> last = progress.constLast();
        QCOMPARE(last.at(0).toInt(), 5);
        QCOMPARE(last.at(1).toInt(), 5);
        QVERIFY(seedFiles().contains(QFileInfo(last.at(2).toString()).absoluteFilePath()));
        int previous = 0;
        for (const QList<QVariant> &update : std::as_const(progress)) {
            QVERIFY(update.at(0).toInt() > previous);
            previous = update.at(0).toInt();
        }
        QCOMPARE(checkConsistency(dbPath).articles, seedArticles);
    }

    void jobCancelStopsAndKeepsDatabaseConsistent()
    {
        constexpr int fileCount = 400;
        const QString folder = generateFolder(m_dir->filePath(QStringLiteral("jobmany")), fileCount);
        QVERIFY(!folder.isEmpty());
        const QString dbPath = m_dir->filePath(QStringLiteral("jobcancel.db"));
        ImportJob job(dbPath, {folder});
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start();
        job.cancel();
        QVERIFY(finished.wait(20000));
        const auto summary = finished.constFirst().at(0).value<ImportSummary>();
        QVERIFY(finished.constFirst().at(1).toString().isEmpty());
        QVERIFY(summary.cancelled);
        QVERIFY(summary.imported.size() < fileCount);

        const Consistency c = checkConsistency(dbPath);
        QCOMPARE(c.integrity, QStringLiteral("ok"));
        QVERIFY2(c.ftsError.isEmpty(), qPrintable(c.ftsError));
        QCOMPARE(c.articles, qint64(summary.imported.size()));
    }

    void jobReportsDatabaseError()
    {
        const QString dbPath = m_dir->filePath(QStringLiteral("garbage.db"));
        QVERIFY(writeFile(dbPath, QByteArray(4096, 'x')));
        ImportJob job(dbPath, {seedFolder});
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start();
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.constFirst().at(1).toString().isEmpty());
        QVERIFY(finished.constFirst().at(0).value<ImportSummary>().imported.isEmpty());
    }

    void jobDestroyedWhileRunningIsSafe()
    {
        constexpr int fileCount = 300;
        const QString folder = generateFolder(m_dir->filePath(QStringLiteral("destroy")), fileCount);
        QVERIFY(!folder.isEmpty());
        const QString dbPath = m_dir->filePath(QStringLiteral("destroy.db"));
        int finishedCount = 0;
        {
            auto job = std::make_unique<ImportJob>(dbPath, QStringList{folder});
            connect(job.get(), &ImportJob::finished, this, [&finishedCount] { ++finishedCount; });
            job->start();
        } // cancels and waits for the worker
        // Deliver whatever the worker posted: nothing may reach the destroyed job.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(finishedCount, 0);

        const Consistency c = checkConsistency(dbPath);
        QCOMPARE(c.integrity, QStringLiteral("ok"));
        QVERIFY2(c.ftsError.isEmpty(), qPrintable(c.ftsError));
        QVERIFY(c.articles >= 0 && c.articles <= fileCount);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestImportRunner)
#include "tst_importrunner.moc"
