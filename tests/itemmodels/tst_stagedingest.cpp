// Staged ingest: the status text of both stages with counts and an estimate (IngestProgress),
// and a 200 MB text file dropped with other files: refused with a clear message before it is
// read, while the rest of the batch imports.

#include "pipeline/importrunner.h"
#include "pipeline/ingestprogress.h"
#include "store/articlestore.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace Annalist;

using Stage = IngestProgress::Stage;

class TestStagedIngest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Counts are grouped as the analyst's locale does; fixed here so the text is known. No
        // translator is installed, so plural forms read as their source, "file(s)".
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void statusText_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("expected");
        QTest::newRow("walking folders") << "looking" << QStringLiteral("Looking for files…");
        QTest::newRow("import, too early for an estimate")
            << "import-early" << QStringLiteral("Importing 12 / 10,000 file(s)");
        QTest::newRow("import with estimate")
            << "import" << QStringLiteral("Importing 1,234 / 10,000 file(s) · about 1 minute(s) left");
        QTest::newRow("both stages")
            << "both"
            << QStringLiteral("Importing 1,234 / 10,000 file(s) · Extracting 800 / 5,000 article(s) · about 2 "
                              "minute(s) left");
        QTest::newRow("import after an extraction rate is known")
            << "import-then" << QStringLiteral("Importing 1,234 / 10,000 file(s) · about 3 minute(s) left");
        QTest::newRow("resumed extraction counts only its own speed")
            << "resumed" << QStringLiteral("Extracting 4,100 / 5,000 article(s) · about 2 minute(s) left");
        QTest::newRow("nothing running") << "idle" << QString();
    }

    void statusText()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, expected);
        IngestProgress progress;
        qint64 now = 0;
        if (scenario == QLatin1String("looking")) {
            progress.start(Stage::Import, 0);
            now = 10000;
        } else if (scenario == QLatin1String("import-early")) {
            progress.start(Stage::Import, 0);
            progress.update(Stage::Import, 12, 10000, 1000);
            now = 1000;
        } else if (scenario == QLatin1String("import")) {
            // 1,234 files in 10 s: 8,766 to go at 8.1 ms each, 71 s.
            progress.start(Stage::Import, 0);
            progress.update(Stage::Import, 1234, 10000, 10000);
            now = 10000;
        } else if (scenario == QLatin1String("both")) {
            // Import 71 s as above, extraction 4,200 articles at 12.5 ms: 52.5 s; 124 s in all.
            progress.start(Stage::Import, 0);
            progress.start(Stage::Extraction, 0);
            progress.update(Stage::Extraction, 0, 5000, 0);
            progress.update(Stage::Import, 1234, 10000, 10000);
            progress.update(Stage::Extraction, 800, 5000, 10000);
            now = 10000;
        } else if (scenario == QLatin1String("import-then")) {
            // An extraction ran at 12.5 ms an article; the 8,766 files still to import will need
            // it too: 71 s + 110 s.
            progress.start(Stage::Extraction, 0);
            progress.update(Stage::Extraction, 0, 800, 0);
            progress.update(Stage::Extraction, 800, 800, 10000);
            progress.finish(Stage::Extraction, 10000);
            progress.start(Stage::Import, 20000);
            progress.update(Stage::Import, 1234, 10000, 30000);
            now = 30000;
        } else if (scenario == QLatin1String("resumed")) {
            // 4,000 were done before the restart; 100 in the 10 s since: 900 to go at 100 ms.
            progress.start(Stage::Extraction, 0);
            progress.update(Stage::Extraction, 4000, 5000, 1000);
            progress.update(Stage::Extraction, 4100, 5000, 11000);
            now = 11000;
        }
        QCOMPARE(progress.text(now), expected);
        QCOMPARE(progress.isActive(), !expected.isEmpty());
    }

    void fractionSpansBothStages()
    {
        IngestProgress progress;
        QCOMPARE(progress.fraction(), 0.0);
        progress.update(Stage::Import, 50, 100, 0);
        progress.update(Stage::Extraction, 25, 100, 0);
        QCOMPARE(progress.fraction(), 75.0 / 200.0);
        progress.finish(Stage::Import, 0);
        QCOMPARE(progress.fraction(), 0.25);
        QVERIFY(!progress.isActive(Stage::Import));
        QVERIFY(progress.isActive(Stage::Extraction));
    }

    void remainingText_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seconds") << qint64(20000) << QStringLiteral("less than a minute left");
        QTest::newRow("one minute") << qint64(70000) << QStringLiteral("about 1 minute(s) left");
        QTest::newRow("an hour") << qint64(60 * 60000) << QStringLiteral("about 60 minute(s) left");
        QTest::newRow("hours") << qint64(150 * 60000) << QStringLiteral("about 3 hour(s) left");
    }

    void remainingText()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, expected);
        QCOMPARE(IngestProgress::remainingText(ms), expected);
    }

    // A 200 MB text file among ordinary ones: refused by size before anything is read (so the
    // memory it would take is never allocated), named with a reason, and the rest imports.
    void hugeTextFileIsRefusedAndTheBatchImports()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("drop"));
        QVERIFY(QDir().mkpath(folder));
        const QDir seed(QStringLiteral(ANNALIST_SHARED_DIR "/corpus"));
        const QStringList names = seed.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QCOMPARE(names.size(), 5);
        for (const QString &name : names)
            QVERIFY(QFile::copy(seed.filePath(name), QDir(folder).filePath(name)));
        // Sparse: a real text head, then 200 MB the file system does not have to store.
        const QString huge = QDir(folder).filePath(QStringLiteral("huge.txt"));
        {
            QFile file(huge);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write("A headline\n\nSome text of an enormous transcript.\n") > 0);
            QVERIFY(file.resize(200LL * 1024 * 1024));
        }
        QCOMPARE(QFileInfo(huge).size(), 200LL * 1024 * 1024);

        const QString db = dir.filePath(QStringLiteral("huge.db"));
        ImportRunner runner(db);
        ImportSummary summary;
        QVERIFY2(runner.run({folder}, summary), qPrintable(runner.errorString()));
        QCOMPARE(summary.filesTotal, 6);
        QCOMPARE(summary.filesDone, 6);
        QCOMPARE(summary.failed.size(), 1);
        QCOMPARE(QFileInfo(summary.failed.constFirst().path).fileName(), QStringLiteral("huge.txt"));
        const QString reason = summary.failed.constFirst().describe();
        QVERIFY2(reason.contains(QLatin1String("too large")) && reason.contains(QLatin1String("200 MB")),
                 qPrintable(reason));
        QVERIFY(summary.imported.size() >= 5); // every seed file, bundles split into several
        for (const auto &item : std::as_const(summary.imported))
            QVERIFY(!item.path.endsWith(QLatin1String("huge.txt")));

        Database database(db);
        QVERIFY(database.open());
        ArticleStore store(database.connection());
        QCOMPARE(store.count(), qint64(summary.imported.size()));
    }
};

QTEST_GUILESS_MAIN(TestStagedIngest)
#include "tst_stagedingest.moc"
