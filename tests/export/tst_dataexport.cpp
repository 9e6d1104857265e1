#include "dossierfixture.h"

#include "export/dataexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Annalist;

class TestDataExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void annotationsJson();
    void annotationsCsv();
    void entities();
    void csvField_data();
    void csvField();

private:
    QTemporaryDir m_dir;
    QString m_db;
    TestSupport::DossierFixture m_fixture;
};

void TestDataExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("data.db"));
    m_fixture = TestSupport::buildDossierFixture(m_db);
    QVERIFY2(m_fixture.error.isEmpty(), qPrintable(m_fixture.error));
}

void TestDataExport::annotationsJson()
{
    Database db(m_db);
    QVERIFY(db.open());
    DataExporter exporter(db.connection());
    const auto bytes = exporter.exportData(DataExporter::What::Annotations, DataExporter::Format::Json,
                                           {m_fixture.articles.constFirst()});
    QVERIFY2(bytes, qPrintable(exporter.errorString()));
    const QJsonArray array = QJsonDocument::fromJson(*bytes).array();
    QCOMPARE(array.size(), 3);
    const QJsonObject second = array.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("note")).toString(), m_fixture.chineseNote);
    QCOMPARE(second.value(QStringLiteral("color")).toString(), QStringLiteral("blue"));
    QCOMPARE(second.value(QStringLiteral("article_title")).toString(), QStringLiteral("US tightens AI chip export controls"));
    const QString text = TestSupport::exportArticleText(0);
    const QString quote = second.value(QStringLiteral("quote")).toString();
    QCOMPARE(text.mid(second.value(QStringLiteral("start")).toInt(), second.value(QStringLiteral("length")).toInt()), quote);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("tags")).toArray(),
             QJsonArray({QStringLiteral("policy/export-controls")}));
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("author")).toString(), QStringLiteral("A. Analyst"));
}

void TestDataExport::annotationsCsv()
{
    Database db(m_db);
    QVERIFY(db.open());
    DataExporter exporter(db.connection());
    const auto bytes = exporter.exportData(DataExporter::What::Annotations, DataExporter::Format::Csv, m_fixture.articles);
    QVERIFY(bytes);
    const QString csv = QString::fromUtf8(*bytes);
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 5);
    QCOMPARE(lines.constFirst(),
             QStringLiteral("id,article,article_title,start,length,quote,note,tags,color,author,status,created,modified"));
    QVERIFY(csv.contains(m_fixture.chineseNote));
    // The Bernstein quote holds commas: quoted.
    QVERIFY(csv.contains(QStringLiteral(",\"Analysts at Bernstein estimated")));
}

void TestDataExport::entities()
{
    Database db(m_db);
    QVERIFY(db.open());
    DataExporter exporter(db.connection());
    const auto json = exporter.exportData(DataExporter::What::Entities, DataExporter::Format::Json, m_fixture.articles);
    QVERIFY(json);
    const QJsonArray array = QJsonDocument::fromJson(*json).array();
    QVERIFY(!array.isEmpty());
    bool huawei = false;
    int previous = INT_MAX;
    for (const QJsonValue &value : array) {
        const QJsonObject entity = value.toObject();
        QVERIFY(entity.value(QStringLiteral("mentions")).toInt() <= previous); // most mentioned first
        previous = entity.value(QStringLiteral("mentions")).toInt();
        QCOMPARE(entity.value(QStringLiteral("articles")).toInt(), entity.value(QStringLiteral("article_ids")).toArray().size());
        if (entity.value(QStringLiteral("name")).toString() == QLatin1String("Huawei")) {
            huawei = true;
            QCOMPARE(entity.value(QStringLiteral("type")).toString(), QStringLiteral("ORG"));
            QCOMPARE(entity.value(QStringLiteral("article_ids")).toArray(), QJsonArray({m_fixture.articles.at(1)}));
        }
    }
    QVERIFY(huawei);
    const auto csv = exporter.exportData(DataExporter::What::Entities, DataExporter::Format::Csv, {m_fixture.articles.at(1)});
    QVERIFY(csv);
    QVERIFY(csv->startsWith("id,type,name,aliases,mentions,articles,article_ids\r\n"));
    QVERIFY(csv->contains(",ORG,Huawei,"));
}

void TestDataExport::csvField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("plain") << QStringLiteral("plain");
    QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("cjk") << QStringLiteral("中文") << QStringLiteral("中文");
}

void TestDataExport::csvField()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(DataExporter::csvField(value), expected);
}

QTEST_GUILESS_MAIN(TestDataExport)
#include "tst_dataexport.moc"
