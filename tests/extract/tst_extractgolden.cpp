#include "extractrunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

// "annalist extract --json" on every seed file of ../shared/corpus, compared with the reference
// JSON in tests/extract/data/. The references change only deliberately:
//   ANNALIST_REGENERATE_GOLDEN=1 ctest -R tst_extractgolden
// rewrites them; review the diff before committing it.
class TestExtractGolden : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpus_data();
    void corpus();
    void commandLine();
};

namespace {

QString corpusDir()
{
    return QStringLiteral(ANNALIST_SHARED_DIR "/corpus");
}

// The publication date the dev gold uses for a file, if it has gold; otherwise a fixed one,
// so relative dates are exercised everywhere.
QString dctFor(const QString &baseName)
{
    QFile gold(QStringLiteral(ANNALIST_SHARED_DIR "/eval/gold/") + baseName + QStringLiteral(".json"));
    if (gold.open(QIODevice::ReadOnly))
        return QJsonDocument::fromJson(gold.readAll()).object().value(QLatin1String("dct")).toString();
    return QStringLiteral("2026-01-20");
}

} // namespace

void TestExtractGolden::corpus_data()
{
    QTest::addColumn<QString>("fileName");
    const QStringList files = QDir(corpusDir()).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        QSKIP("no seed corpus next to the project (../shared/corpus)");
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void TestExtractGolden::corpus()
{
    QFETCH(QString, fileName);
    const QString baseName = QFileInfo(fileName).completeBaseName();
    const QString previous = QDir::currentPath();
    QDir::setCurrent(corpusDir()); // so "file" in the output is the bare file name
    const ExtractRun run = runExtract({QStringLiteral("--json"), QStringLiteral("--dct"), dctFor(baseName), fileName});
    QDir::setCurrent(previous);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1); // JSON Lines: one object per file
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(lines.first().toUtf8(), &error);
    QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
    const QByteArray actual = doc.toJson(QJsonDocument::Indented);

    const QString referencePath = QStringLiteral(ANNALIST_TEST_DATA_DIR "/") + baseName + QStringLiteral(".json");
    if (qEnvironmentVariableIsSet("ANNALIST_REGENERATE_GOLDEN")) {
        QFile out(referencePath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual);
        qInfo("regenerated %s", qPrintable(referencePath));
        return;
    }
    QFile reference(referencePath);
    QVERIFY2(reference.open(QIODevice::ReadOnly),
             qPrintable(QStringLiteral("missing %1; run with ANNALIST_REGENERATE_GOLDEN=1").arg(referencePath)));
    const QByteArray expected = reference.readAll();
    if (actual != expected) {
        const QString artifacts = qEnvironmentVariable("ANNALIST_ARTIFACT_DIR", QDir::tempPath());
        QDir().mkpath(artifacts);
        const QString actualPath = artifacts + QLatin1Char('/') + baseName + QStringLiteral(".actual.json");
        QFile out(actualPath);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(actual);
        out.close();
        QProcess diff;
        diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), referencePath, actualPath});
        diff.waitForFinished();
        qWarning().noquote() << QString::fromUtf8(diff.readAllStandardOutput()).left(6000);
        QFAIL("extraction output differs from the reference (diff above); if the change is intended, "
              "regenerate with ANNALIST_REGENERATE_GOLDEN=1");
    }
}

void TestExtractGolden::commandLine()
{
    const ExtractRun noFile = runExtract({QStringLiteral("--json")});
    QCOMPARE(noFile.exitCode, int(Annalist::ExitUsage));
    const ExtractRun badDate = runExtract({QStringLiteral("--dct"), QStringLiteral("yesterday"), QStringLiteral("x")});
    QCOMPARE(badDate.exitCode, int(Annalist::ExitUsage));
    const ExtractRun missing = runExtract({QStringLiteral("--json"), QStringLiteral("/nonexistent/file.txt")});
    QCOMPARE(missing.exitCode, int(Annalist::ExitFailure));

    // dct_source: text when the dateline gives it, none otherwise; offsets index the decoded text
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\xEF\xBB\xBFHeadline\n\n08 Jan 2026 (AFP)\n\nOn Wednesday, Nvidia said so.\n");
    f.close();
    const ExtractRun run = runExtract({QStringLiteral("--json"), path});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("dct")).toString(), QStringLiteral("2026-01-08"));
    QCOMPARE(o.value(QLatin1String("dct_source")).toString(), QStringLiteral("text"));
    QCOMPARE(o.value(QLatin1String("file")).toString(), path);
    const QString text = QStringLiteral("Headline\n\n08 Jan 2026 (AFP)\n\nOn Wednesday, Nvidia said so.\n");
    QJsonObject nvidia;
    for (const QJsonValue &e : o.value(QLatin1String("entities")).toArray())
        if (e.toObject().value(QLatin1String("name")).toString() == QLatin1String("Nvidia"))
            nvidia = e.toObject();
    QCOMPARE(nvidia.value(QLatin1String("type")).toString(), QStringLiteral("ORG"));
    const QJsonObject mention = nvidia.value(QLatin1String("mentions")).toArray().first().toObject();
    QCOMPARE(text.mid(mention.value(QLatin1String("start")).toInt(), mention.value(QLatin1String("length")).toInt()),
             QStringLiteral("Nvidia"));
    bool sawWednesday = false;
    for (const QJsonValue &t : o.value(QLatin1String("timex")).toArray()) {
        if (t.toObject().value(QLatin1String("text")).toString() == QLatin1String("Wednesday")) {
            QCOMPARE(t.toObject().value(QLatin1String("value")).toString(), QStringLiteral("2026-01-07"));
            QCOMPARE(t.toObject().value(QLatin1String("type")).toString(), QStringLiteral("DATE"));
            sawWednesday = true;
        }
    }
    QVERIFY(sawWednesday);

    const ExtractRun option = runExtract({QStringLiteral("--json"), QStringLiteral("--dct"), QStringLiteral("2025-03-01"), path});
    const QJsonObject o2 = QJsonDocument::fromJson(option.out.toUtf8()).object();
    QCOMPARE(o2.value(QLatin1String("dct_source")).toString(), QStringLiteral("option"));
    QCOMPARE(o2.value(QLatin1String("dct")).toString(), QStringLiteral("2025-03-01"));

    QFile g(dir.filePath(QStringLiteral("b.txt")));
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("No date here, said Nvidia.\n");
    g.close();
    const ExtractRun none = runExtract({QStringLiteral("--json"), g.fileName()});
    const QJsonObject o3 = QJsonDocument::fromJson(none.out.toUtf8()).object();
    QCOMPARE(o3.value(QLatin1String("dct_source")).toString(), QStringLiteral("none"));
    QVERIFY(o3.value(QLatin1String("dct")).isNull());
}

QTEST_GUILESS_MAIN(TestExtractGolden)
#include "tst_extractgolden.moc"
