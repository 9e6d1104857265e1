// AnnotationListModel over passage annotations of the extracted seed corpus, always under
// QAbstractItemModelTester (Fatal): columns, every filter of the annotations pane, the filter
// choices, reloading after a change, and the CSV (RFC 4180) and JSON exports.

#include "seedcorpus.h"

#include "itemmodels/annotationexport.h"
#include "itemmodels/annotationlistmodel.h"
#include "store/annotationstore.h"
#include "store/articlestore.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Annalist;
using namespace Annalist::TestSupport;

namespace {

constexpr QAbstractItemModelTester::FailureReportingMode fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QList<qint64> listedIds(const AnnotationListModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(AnnotationListModel::AnnotationIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

// A strict RFC 4180 reader: records of fields, CRLF between records.
QList<QStringList> parseCsv(const QString &text, QString *error)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted) {
                *error = QStringLiteral("quote inside an unquoted field at %1").arg(i);
                return {};
            }
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n')) {
                *error = QStringLiteral("bare CR at %1").arg(i);
                return {};
            }
            fields.append(field);
            records.append(fields);
            fields.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == QLatin1Char('\n')) {
            *error = QStringLiteral("bare LF at %1").arg(i);
            return {};
        } else {
            field += c;
        }
    }
    if (quoted)
        *error = QStringLiteral("unterminated quote");
    if (!field.isEmpty() || !fields.isEmpty())
        *error = QStringLiteral("last record without CRLF");
    return records;
}

} // namespace

class TestAnnotationListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("corpus.db"));
        const QString error = buildSeedCorpus(m_path);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        Database db(m_path);
        QVERIFY(db.open());
        EntityStore entities(db.connection());
        const auto zhipu = entities.findByName(QStringLiteral("Zhipu AI"));
        QVERIFY(zhipu);
        m_zhipu = zhipu->id;
        const auto articles = entities.articlesWithEntities({m_zhipu});
        QVERIFY(articles && !articles->isEmpty());
        m_articleA = articles->constFirst();
        ArticleStore store(db.connection());
        const auto ids = store.ids({});
        QVERIFY(ids);
        for (const qint64 id : *ids) {
            if (!articles->contains(id)) {
                m_articleB = id;
                break;
            }
        }
        QVERIFY(m_articleB);
        m_titleA = store.article(m_articleA)->title;

        // A passage around the first mention of Zhipu AI, and one far from any of its mentions.
        const auto mentions = entities.mentions(m_articleA);
        QVERIFY(mentions);
        const auto first = std::find_if(mentions->cbegin(), mentions->cend(),
                                        [&](const MentionRow &m) { return m.entityId == m_zhipu; });
        QVERIFY(first != mentions->cend());
        const QString textA = store.article(m_articleA)->original;
        const qsizetype zhipuStart = first->start;
        const qsizetype passageStart = std::max<qsizetype>(0, zhipuStart - 10);
        const qsizetype passageLength = std::min<qsizetype>(first->length + 30, textA.size() - passageStart);

        AnnotationStore annotations(db.connection());
        Annotation a1;
        a1.articleId = m_articleA;
        a1.start = passageStart;
        a1.length = passageLength;
        a1.color = QStringLiteral("yellow");
        a1.tags = QStringList{QStringLiteral("policy/export-controls")};
        a1.note = QStringLiteral("Needs a second source");
        const auto id1 = annotations.create(a1);
        QVERIFY2(id1, qPrintable(annotations.errorString()));
        m_a1 = *id1;

        Annotation a2;
        a2.articleId = m_articleA;
        a2.start = 0;
        a2.length = 5;
        a2.color = QStringLiteral("green");
        a2.tags = QStringList{QStringLiteral("people")};
        const auto id2 = annotations.create(a2);
        QVERIFY2(id2, qPrintable(annotations.errorString()));
        m_a2 = *id2;
        QVERIFY(zhipuStart > 5); // a2 must not contain the mention

        Annotation a3;
        a3.articleId = m_articleB;
        a3.start = 10;
        a3.length = 20;
        a3.color = QStringLiteral("blue");
        a3.tags = QStringList{QStringLiteral("policy")};
        a3.note = QStringLiteral("Comma, \"quotes\" and\nanother line");
        const auto id3 = annotations.create(a3);
        QVERIFY2(id3, qPrintable(annotations.errorString()));
        m_a3 = *id3;
    }

    void init()
    {
        m_model = std::make_unique<AnnotationListModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), fatal);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void listsEveryAnnotation()
    {
        QSignalSpy loaded(m_model.get(), &AnnotationListModel::loaded);
        m_model->setDatabasePath(m_path);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->columnCount(), int(AnnotationListModel::ColumnCount));
        QCOMPARE(listedIds(*m_model), (QList<qint64>{m_a1, m_a2, m_a3}));

        const int row = m_model->rowOfAnnotation(m_a1);
        QVERIFY(row >= 0);
        auto cell = [&](int column, int role = Qt::DisplayRole) { return m_model->index(row, column).data(role); };
        QCOMPARE(cell(AnnotationListModel::ArticleColumn).toString(), m_titleA);
        QVERIFY(!cell(AnnotationListModel::QuoteColumn).toString().isEmpty());
        QVERIFY(cell(AnnotationListModel::QuoteColumn, AnnotationListModel::QuoteRole).toString().contains(QStringLiteral("Zhipu")));
        QCOMPARE(cell(AnnotationListModel::NoteColumn).toString(), QStringLiteral("Needs a second source"));
        QCOMPARE(cell(AnnotationListModel::TagsColumn).toString(), QStringLiteral("policy/export-controls"));
        QCOMPARE(cell(AnnotationListModel::ColorColumn, AnnotationListModel::ColorNameRole).toString(), QStringLiteral("yellow"));
        QCOMPARE(cell(AnnotationListModel::StatusColumn).toString(), QStringLiteral("Anchored"));
        QCOMPARE(cell(AnnotationListModel::StatusColumn, AnnotationListModel::StatusRole).toString(), QStringLiteral("anchored"));
        QCOMPARE(cell(0, AnnotationListModel::ArticleIdRole).toLongLong(), m_articleA);
        QVERIFY(!cell(AnnotationListModel::DateColumn).toString().isEmpty());
        QVERIFY(cell(AnnotationListModel::DateColumn, AnnotationListModel::SortRole).toDateTime().isValid());
        // Multi-line notes are one line in the table, whole in the tooltip.
        const int row3 = m_model->rowOfAnnotation(m_a3);
        QCOMPARE(m_model->index(row3, AnnotationListModel::NoteColumn).data().toString(),
                 QStringLiteral("Comma, \"quotes\" and another line"));
        QCOMPARE(m_model->index(row3, AnnotationListModel::NoteColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Comma, \"quotes\" and\nanother line"));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("color");
        QTest::addColumn<bool>("zhipu");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("expected"); // 1, 2, 3 for a1, a2, a3

        QTest::newRow("everything") << QString() << QString() << false << QString() << QList<int>{1, 2, 3};
        QTest::newRow("tag with the tags below it") << QStringLiteral("policy") << QString() << false << QString()
                                                    << QList<int>{1, 3};
        QTest::newRow("tag path") << QStringLiteral("policy/export-controls") << QString() << false << QString()
                                  << QList<int>{1};
        QTest::newRow("colour") << QString() << QStringLiteral("green") << false << QString() << QList<int>{2};
        QTest::newRow("entity in the quote") << QString() << QString() << true << QString() << QList<int>{1};
        QTest::newRow("words in the note") << QString() << QString() << false << QStringLiteral("second source")
                                           << QList<int>{1};
        QTest::newRow("tag and colour") << QStringLiteral("policy") << QStringLiteral("blue") << false << QString()
                                        << QList<int>{3};
        QTest::newRow("nothing") << QStringLiteral("people") << QStringLiteral("blue") << false << QString()
                                 << QList<int>{};
    }

    void filters()
    {
        QFETCH(QString, tag);
        QFETCH(QString, color);
        QFETCH(bool, zhipu);
        QFETCH(QString, text);
        QFETCH(QList<int>, expected);
        AnnotationFilter filter;
        filter.tag = tag;
        filter.color = color;
        filter.entityId = zhipu ? m_zhipu : 0;
        filter.text = text;
        QSignalSpy loaded(m_model.get(), &AnnotationListModel::loaded);
        m_model->setFilter(filter);
        m_model->setDatabasePath(m_path);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !m_model->isLoading(), 20000);
        QList<qint64> ids;
        const qint64 all[] = {m_a1, m_a2, m_a3};
        for (const int n : std::as_const(expected))
            ids.append(all[n - 1]);
        QCOMPARE(listedIds(*m_model), ids);
        // The choices never narrow with the filter.
        QCOMPARE(m_model->filterChoices().tags,
                 (QStringList{QStringLiteral("people"), QStringLiteral("policy"), QStringLiteral("policy/export-controls")}));
        const auto &entities = m_model->filterChoices().entities;
        QVERIFY(std::any_of(entities.cbegin(), entities.cend(), [&](const auto &e) { return e.first == m_zhipu; }));
    }

    void malformedSearchIsReported()
    {
        QSignalSpy failed(m_model.get(), &AnnotationListModel::loadFailed);
        AnnotationFilter filter;
        filter.text = QStringLiteral("\"unbalanced");
        m_model->setFilter(filter);
        m_model->setDatabasePath(m_path);
        QVERIFY(failed.wait(20000));
        QVERIFY(!failed.constFirst().constFirst().toString().isEmpty());
    }

    void reloadsAfterChange()
    {
        QSignalSpy loaded(m_model.get(), &AnnotationListModel::loaded);
        m_model->setDatabasePath(m_path);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(m_model->rowCount(), 3);
        Annotation a4;
        a4.articleId = m_articleB;
        a4.start = 40;
        a4.length = 8;
        a4.color = QStringLiteral("pink");
        qint64 id4 = 0;
        {
            Database db(m_path);
            QVERIFY(db.open());
            AnnotationStore store(db.connection());
            id4 = store.create(a4).value_or(0);
            QVERIFY2(id4, qPrintable(store.errorString()));
        }
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->reload();
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 4, 20000);
        QCOMPARE(reset.size(), 1);
        {
            Database db(m_path);
            QVERIFY(db.open());
            QVERIFY(AnnotationStore(db.connection()).remove(id4));
        }
        m_model->reload();
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 3, 20000);
        // Nothing changed: no reset, so the pane keeps its selection and scroll position.
        loaded.clear();
        reset.clear();
        m_model->reload();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(reset.size(), 0);
    }

    void exportsCsv()
    {
        QSignalSpy loaded(m_model.get(), &AnnotationListModel::loaded);
        m_model->setDatabasePath(m_path);
        QVERIFY(loaded.wait(20000));
        const QString csv = QString::fromUtf8(AnnotationExport::toCsv(m_model->rows()));
        QString error;
        const QList<QStringList> records = parseCsv(csv, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.constFirst(),
                 QStringLiteral("id,article,title,start,length,quote,note,tags,color,status,created,modified")
                     .split(QLatin1Char(',')));
        for (const AnnotationRow &row : m_model->rows()) {
            const auto record = std::find_if(records.cbegin() + 1, records.cend(), [&](const QStringList &r) {
                return r.constFirst() == QString::number(row.annotation.id);
            });
            QVERIFY(record != records.cend());
            QCOMPARE(record->size(), 12);
            QCOMPARE(record->at(1), QString::number(row.annotation.articleId));
            QCOMPARE(record->at(2), row.articleTitle);
            QCOMPARE(record->at(5), row.annotation.quote);
            QCOMPARE(record->at(6), row.annotation.note); // commas, quotes and line breaks survive
            QCOMPARE(record->at(7), row.annotation.tags.join(QStringLiteral("; ")));
            QCOMPARE(record->at(8), row.annotation.color);
            QCOMPARE(record->at(9), QStringLiteral("anchored"));
        }
        QVERIFY(csv.contains(QStringLiteral("\"Comma, \"\"quotes\"\" and\nanother line\"")));
    }

    void exportsJson()
    {
        QSignalSpy loaded(m_model.get(), &AnnotationListModel::loaded);
        m_model->setDatabasePath(m_path);
        QVERIFY(loaded.wait(20000));
        const QString path = m_dir.filePath(QStringLiteral("annotations.json"));
        QString error;
        QVERIFY2(AnnotationExport::write(path, AnnotationExport::Format::Json, m_model->rows(), &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonArray array = document.array();
        QCOMPARE(array.size(), 3);
        QStringList keys = {QStringLiteral("id"),    QStringLiteral("article"), QStringLiteral("start"),
                            QStringLiteral("length"), QStringLiteral("quote"),  QStringLiteral("note"),
                            QStringLiteral("tags"),  QStringLiteral("color"),   QStringLiteral("status")};
        std::sort(keys.begin(), keys.end());
        for (const QJsonValue &value : array) {
            const QJsonObject object = value.toObject();
            QCOMPARE(object.keys(), keys);
            const int row = m_model->rowOfAnnotation(object.value(QStringLiteral("id")).toVariant().toLongLong());
            QVERIFY(row >= 0);
            const Annotation &a = m_model->rows().at(row).annotation;
            QCOMPARE(object.value(QStringLiteral("article")).toVariant().toLongLong(), a.articleId);
            QCOMPARE(object.value(QStringLiteral("start")).toVariant().toLongLong(), qint64(a.start));
            QCOMPARE(object.value(QStringLiteral("length")).toVariant().toLongLong(), qint64(a.length));
            QCOMPARE(object.value(QStringLiteral("quote")).toString(), a.quote);
            QCOMPARE(object.value(QStringLiteral("note")).toString(), a.note);
            QCOMPARE(object.value(QStringLiteral("tags")).toVariant().toStringList(), a.tags);
            QCOMPARE(object.value(QStringLiteral("color")).toString(), a.color);
            QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("anchored"));
        }

        // A folder that does not exist: refused with a message naming the file.
        const QString bad = m_dir.filePath(QStringLiteral("missing/annotations.csv"));
        QVERIFY(!AnnotationExport::write(bad, AnnotationExport::Format::Csv, m_model->rows(), &error));
        QVERIFY(error.contains(QStringLiteral("annotations.csv")));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_zhipu = 0;
    qint64 m_articleA = 0;
    qint64 m_articleB = 0;
    QString m_titleA;
    qint64 m_a1 = 0;
    qint64 m_a2 = 0;
    qint64 m_a3 = 0;
    std::unique_ptr<AnnotationListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestAnnotationListModel)
#include "tst_annotationlistmodel.moc"
