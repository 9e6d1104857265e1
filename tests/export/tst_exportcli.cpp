#include "dossierfixture.h"
#include "syntax/syntaxspans.h"


#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#if ANNALIST_QT_MAJOR == 6
#include <poppler-qt6.h>
#else
#include <poppler-qt5.h>
#endif

using namespace Annalist;

namespace {

const QString binary = QStringLiteral(ANNALIST_BINARY_DIR "/bin/annalist");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real executable without a display, as on a server: export-pdf must fall back to
// the offscreen platform by itself.
Run run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(binary, arguments);
    Run result;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportPdf();
    void exportPdfUsage_data();
    void exportPdfUsage();
    void exportPdfUnknownTag();
    void exportPdfSyntaxColors();
    void exportJsonEntities();
    void exportCsvAnnotationsToFile();

private:
    QTemporaryDir m_dir;
    QString m_db;
    TestSupport::DossierFixture m_fixture;
};

void TestExportCli::initTestCase()
{
    QVERIFY(QFile::exists(binary));
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("cli.db"));
    m_fixture = TestSupport::buildDossierFixture(m_db);
    QVERIFY2(m_fixture.error.isEmpty(), qPrintable(m_fixture.error));
}

void TestExportCli::exportPdf()
{
    const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
    const Run result = run({QStringLiteral("export-pdf"), QStringLiteral("--db"), m_db, QStringLiteral("--article"),
                            QString::number(m_fixture.articles.at(2)), QStringLiteral("--article"),
                            QString::number(m_fixture.articles.at(0)), QStringLiteral("--out"), pdf,
                            QStringLiteral("--title"), QStringLiteral("CLI dossier"), QStringLiteral("--paper"),
                            QStringLiteral("letter"), QStringLiteral("--no-entities")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.startsWith(QStringLiteral("Wrote ")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("2 articles, 4 annotations")));
    const std::unique_ptr<Poppler::Document> document(Poppler::Document::load(pdf));
    QVERIFY(document);
    QCOMPARE(document->info(QStringLiteral("Title")), QStringLiteral("CLI dossier"));
    const std::unique_ptr<Poppler::Page> contents(document->page(1));
    const QString text = contents->text(QRectF()).simplified();
    // The given order is kept; without entities there is no index, the timeline stays.
    QVERIFY(text.indexOf(QStringLiteral("Japan to review export rules"))
            < text.indexOf(QStringLiteral("US tightens AI chip export controls")));
    QVERIFY(!text.contains(QStringLiteral("Index of entities")));
    QVERIFY(text.contains(QStringLiteral("Timeline")));
    QCOMPARE(qRound(contents->pageSizeF().width()), 612);
}

void TestExportCli::exportPdfUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no scope") << QStringList{QStringLiteral("--out"), QStringLiteral("x.pdf")}
                              << QStringLiteral("--article ID, --tag TAG or --query QUERY");
    QTest::newRow("two scopes") << QStringList{QStringLiteral("--tag"), QStringLiteral("a"), QStringLiteral("--query"),
                                               QStringLiteral("b"), QStringLiteral("--out"), QStringLiteral("x.pdf")}
                                << QStringLiteral("give one scope");
    QTest::newRow("no out") << QStringList{QStringLiteral("--tag"), QStringLiteral("policy")}
                            << QStringLiteral("--out FILE.pdf is required");
    QTest::newRow("bad paper") << QStringList{QStringLiteral("--tag"), QStringLiteral("policy"),
                                              QStringLiteral("--out"), QStringLiteral("x.pdf"),
                                              QStringLiteral("--paper"), QStringLiteral("a5")}
                               << QStringLiteral("unknown paper size 'a5'");
    QTest::newRow("bad id") << QStringList{QStringLiteral("--article"), QStringLiteral("seven"),
                                           QStringLiteral("--out"), QStringLiteral("x.pdf")}
                            << QStringLiteral("'seven' is not an article id");
}

void TestExportCli::exportPdfUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(QStringList{QStringLiteral("export-pdf"), QStringLiteral("--db"), m_db} + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFile::exists(QStringLiteral("x.pdf")));
}

void TestExportCli::exportPdfUnknownTag()
{
    const QString pdf = m_dir.filePath(QStringLiteral("none.pdf"));
    const Run result = run({QStringLiteral("export-pdf"), QStringLiteral("--db"), m_db, QStringLiteral("--tag"),
                            QStringLiteral("nowhere"), QStringLiteral("--out"), pdf});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("nowhere")), qPrintable(result.err));
    QVERIFY(!QFile::exists(pdf));
    const Run missing = run({QStringLiteral("export-pdf"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("no.db")),
                             QStringLiteral("--tag"), QStringLiteral("x"), QStringLiteral("--out"), pdf});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("no database")));
}

void TestExportCli::exportPdfSyntaxColors()
{
    const QString pdf = m_dir.filePath(QStringLiteral("syntax.pdf"));
    const Run result = run({QStringLiteral("export-pdf"), QStringLiteral("--db"), m_db, QStringLiteral("--article"),
                            QString::number(m_fixture.articles.constFirst()), QStringLiteral("--syntax-colors"),
                            QStringLiteral("--out"), pdf});
    if (Syntax::PrintColors::available()) {
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(QFile::exists(pdf));
    } else {
        // Said plainly, and nothing written.
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("KSyntaxHighlighting")), qPrintable(result.err));
        QVERIFY(!QFile::exists(pdf));
    }
}

void TestExportCli::exportJsonEntities()
{
    const Run result = run({QStringLiteral("export-json"), QStringLiteral("--db"), m_db, QStringLiteral("--what"),
                            QStringLiteral("entities"), QStringLiteral("--tag"), QStringLiteral("china")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QVERIFY(!array.isEmpty());
    for (const QJsonValue &value : array)
        QCOMPARE(value.toObject().value(QStringLiteral("article_ids")).toArray(), QJsonArray({m_fixture.articles.at(1)}));
    const Run bad = run({QStringLiteral("export-json"), QStringLiteral("--db"), m_db, QStringLiteral("--what"),
                         QStringLiteral("people")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QStringLiteral("'people'")));
}

void TestExportCli::exportCsvAnnotationsToFile()
{
    const QString csv = m_dir.filePath(QStringLiteral("annotations.csv"));
    const Run result = run({QStringLiteral("export-csv"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), csv});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QCOMPARE(text.count(QStringLiteral("\r\n")), 1 + 5); // header and every annotation of every article
    QVERIFY(text.contains(m_fixture.chineseNote));
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
