// ArticleListModel over a real database of 10,000 articles, always under
// QAbstractItemModelTester (Fatal): lazy loading, sorting by every column, full-text search,
// filtering, malformed queries and stale results.

#include "itemmodels/articlelistmodel.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/scopedtransaction.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <algorithm>

using namespace Annalist;

namespace {

constexpr int articleCount = 10000;
constexpr int batchSize = 500;

const QStringList outlets = {QStringLiteral("Reuters"), QStringLiteral("AFP"),    QStringLiteral("bloomberg"),
                             QStringLiteral("Xinhua"),  QStringLiteral("ap"),     QStringLiteral("Caixin"),
                             QStringLiteral("Nikkei")};
const QStringList formats = {QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("html")};
const QSet<int> needles = {17, 4242, 9999};

// One generated article; i is its position in the generated set, record.id its database id.
ArticleRecord makeRecord(int i)
{
    ArticleRecord r;
    const int number = int((qint64(i) * 7919) % articleCount); // distinct, not in insertion order
    r.title = QStringLiteral("Article %1").arg(number, 5, 10, QLatin1Char('0'));
    if (i % 3 == 0)
        r.title = r.title.toLower(); // sorting by title ignores case
    if (i % 1000 == 3)
        r.title += QStringLiteral(" 50% rise");
    if (i % 1000 == 4)
        r.title += QStringLiteral(" under_score");
    r.source = outlets.at(i % outlets.size());
    if (i % 5 != 0)
        r.published = QDate(2020, 1, 1).addDays((i * 37) % 2000);
    r.publishedSource = r.published.isValid() ? QStringLiteral("text") : QStringLiteral("none");
    r.importedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs((qint64(i) * 6007) % articleCount);
    r.filePath = QStringLiteral("/data/articles/f-%1.txt").arg(int((qint64(i) * 3001) % articleCount), 5, 10,
                                                              QLatin1Char('0'));
    r.format = formats.at(i % formats.size());
    QString body = QStringLiteral("Body of generated article %1 with the token tok%1.").arg(i);
    if (i % 10 == 0)
        body += QStringLiteral(" alpha");
    if (i % 7 == 0)
        body += QStringLiteral(" bravo");
    if (i % 11 == 0)
        body += QStringLiteral(" New export controls were announced.");
    if (i % 13 == 0)
        body += QStringLiteral(" Controls on export were relaxed.");
    if (needles.contains(i))
        body += QStringLiteral(" A needle in the haystack.");
    r.original = body;
    r.content = body;
    r.contentHash = ArticleStore::contentHash(body);
    return r;
}

QString asc(const QString &text)
{
    return text.toLower(); // SQLite NOCASE folds ASCII only; the generated text is ASCII
}

// The order the store promises: key, then id, both in the requested direction; NULL first
// when ascending.
QList<qint64> expectedOrder(const QList<ArticleRecord> &records, int column, Qt::SortOrder order)
{
    QList<const ArticleRecord *> sorted;
    for (const ArticleRecord &r : records)
        sorted.append(&r);
    auto key = [column](const ArticleRecord *r) -> QString {
        switch (column) {
        case ArticleListModel::TitleColumn:
            return asc(r->title);
        case ArticleListModel::SourceColumn:
            return asc(r->source);
        case ArticleListModel::PublishedColumn:
            return r->published.isValid() ? QLatin1Char('1') + r->published.toString(Qt::ISODate) : QStringLiteral("0");
        case ArticleListModel::FormatColumn:
            return r->format;
        case ArticleListModel::FileColumn:
            return r->filePath;
        case ArticleListModel::CopiesColumn: // groups: the first version's id, then the group by id
            return QStringLiteral("%1").arg(r->duplicateOf > 0 ? r->duplicateOf : r->id, 12, 10, QLatin1Char('0'));
        default:
            return r->importedAt.toUTC().toString(Qt::ISODate);
        }
    };
    std::sort(sorted.begin(), sorted.end(), [&](const ArticleRecord *a, const ArticleRecord *b) {
        const QString ka = key(a), kb = key(b);
        if (ka != kb)
            return order == Qt::AscendingOrder ? ka < kb : kb < ka;
        return order == Qt::AscendingOrder || column == ArticleListModel::CopiesColumn ? a->id < b->id : b->id < a->id;
    });
    QList<qint64> ids;
    for (const ArticleRecord *r : std::as_const(sorted))
        ids.append(r->id);
    return ids;
}

QList<qint64> loadedIds(const ArticleListModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(ArticleListModel::ArticleIdRole).toLongLong());
    return ids;
}

// Materialises every row of the current query.
QList<qint64> fetchAll(ArticleListModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    return loadedIds(model);
}

// Every model in this test runs under the tester, failing hard on any contract violation.
std::unique_ptr<QAbstractItemModelTester> attachTester(QAbstractItemModel *model)
{
    auto tester = std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
#if QT_VERSION >= QT_VERSION_CHECK(6, 4, 0)
    // Qt 6's tester calls fetchMore() from its modelReset slot before its own bookkeeping has
    // seen the reset end, and then takes the rows that fetchMore() inserts for a reset still
    // in flight. The tests call fetchMore() themselves, as a view would.
    tester->setUseFetchMore(false);
#endif
    return tester;
}

template<typename T>
QSet<T> toSet(const QList<T> &list)
{
    return QSet<T>(list.cbegin(), list.cend());
}

} // namespace

class TestArticleListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(QStringLiteral("articles.db"));
        Database db(m_dbPath);
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        ArticleStore store(db.connection());
        QElapsedTimer timer;
        timer.start();
        ScopedTransaction transaction(db.connection());
        QVERIFY(transaction.isActive());
        m_records.reserve(articleCount);
        for (int i = 0; i < articleCount; ++i) {
            ArticleRecord record = makeRecord(i);
            const ArticleStore::InsertResult result = store.insert(record);
            QVERIFY2(result.status == ArticleStore::InsertStatus::Inserted, qPrintable(store.errorString()));
            record.id = result.id;
            m_records.append(record);
        }
        QVERIFY(transaction.commit());
        QCOMPARE(store.count(), articleCount);
        qInfo("inserted %d articles in %lld ms", articleCount, timer.elapsed());
    }

    void cleanup()
    {
        // No background query of one test may deliver into the next.
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents();
    }

    void loadsLazilyInBatches()
    {
        ArticleListModel model;
        model.setBatchSize(batchSize);
        const auto tester = attachTester(&model);
        QList<QPair<int, int>> inserted;
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&inserted](const QModelIndex &, int first, int last) { inserted.append({first, last}); });
        QSignalSpy loaded(&model, &ArticleListModel::loaded);
        QSignalSpy loading(&model, &ArticleListModel::loadingChanged);

        QVERIFY2(model.setDatabasePath(m_dbPath), qPrintable(model.errorString()));
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.constFirst().at(0).toInt(), articleCount);
        QCOMPARE(model.totalCount(), articleCount);
        QVERIFY(!model.isLoading());
        QCOMPARE(loading.size(), 2);
        QCOMPARE(loading.at(0).at(0).toBool(), true);
        QCOMPARE(loading.at(1).at(0).toBool(), false);
        QCOMPARE(model.columnCount(), int(ArticleListModel::ColumnCount));

        // At most the batch or two the Qt 5 tester pulls itself are materialised.
        QVERIFY(model.rowCount() <= 2 * batchSize);
        QCOMPARE(model.rowCount() % batchSize, 0);
        QVERIFY(model.canFetchMore({}));

        // Each fetchMore() adds exactly one batch.
        int fetches = 0;
        while (model.canFetchMore({})) {
            const int before = model.rowCount();
            model.fetchMore({});
            ++fetches;
            QCOMPARE(model.rowCount() - before, std::min(batchSize, articleCount - before));
        }
        QVERIFY(fetches > 0);
        QCOMPARE(model.rowCount(), articleCount);
        QVERIFY(!model.canFetchMore({}));
        const int insertions = int(inserted.size());
        model.fetchMore({}); // at the end: nothing happens
        QCOMPARE(int(inserted.size()), insertions);
        QCOMPARE(model.rowCount(), articleCount);

        // The batches are contiguous and none is larger than the batch size.
        int next = 0;
        for (const auto &range : std::as_const(inserted)) {
            QCOMPARE(range.first, next);
            QVERIFY(range.second - range.first + 1 <= batchSize);
            next = range.second + 1;
        }
        QCOMPARE(next, articleCount);

        // Default order: most recently imported first; every article exactly once.
        const QList<qint64> ids = loadedIds(model);
        QCOMPARE(ids, expectedOrder(m_records, ArticleListModel::ImportedColumn, Qt::DescendingOrder));
        for (int row : {0, 1, 4999, articleCount - 1}) {
            QCOMPARE(model.articleId(row), ids.at(row));
            QCOMPARE(model.rowOfArticle(ids.at(row)), row);
        }
        QCOMPARE(model.articleId(articleCount), 0);
        QCOMPARE(model.articleId(-1), 0);
        QCOMPARE(model.rowOfArticle(-5), -1);
    }

    void nothingIsMaterialisedUntilAsked()
    {
        ArticleListModel model; // no tester here: it would fetch on its own
        model.setBatchSize(batchSize);
        QSignalSpy loaded(&model, &ArticleListModel::loaded);
        QVERIFY(model.setDatabasePath(m_dbPath));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(model.totalCount(), articleCount);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), batchSize);
        QVERIFY(!model.canFetchMore(model.index(0, 0))); // a flat list: no children
        const qint64 unloaded = expectedOrder(m_records, ArticleListModel::ImportedColumn, Qt::DescendingOrder)
                                    .at(batchSize + 1);
        QCOMPARE(model.rowOfArticle(unloaded), -1);
    }

    void displaysEveryColumn()
    {
        ArticleListModel model;
        model.setBatchSize(batchSize);
        const auto tester = attachTester(&model);
        QSignalSpy loaded(&model, &ArticleListModel::loaded);
        QVERIFY(model.setDatabasePath(m_dbPath));
        QVERIFY(loaded.wait(20000));
        model.fetchMore({});
        QVERIFY(model.rowCount() >= batchSize);

        QHash<qint64, const ArticleRecord *> byId;
        for (const ArticleRecord &r : std::as_const(m_records))
            byId.insert(r.id, &r);
        for (int row : {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, model.rowCount() - 1}) {
            const ArticleRecord *r = byId.value(model.articleId(row));
            QVERIFY(r);
            auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
            QCOMPARE(cell(ArticleListModel::TitleColumn).toString(), r->title);
            QCOMPARE(cell(ArticleListModel::SourceColumn).toString(), r->source);
            QCOMPARE(cell(ArticleListModel::PublishedColumn).toString(),
                     r->published.isValid() ? r->published.toString(Qt::ISODate) : QString());
            QCOMPARE(cell(ArticleListModel::PublishedColumn, ArticleListModel::SortValueRole).toDate(), r->published);
            QCOMPARE(cell(ArticleListModel::ImportedColumn).toString(),
                     QLocale().toString(r->importedAt.toLocalTime(), QLocale::ShortFormat));
            QCOMPARE(cell(ArticleListModel::ImportedColumn, ArticleListModel::SortValueRole).toDateTime(),
                     r->importedAt);
            QCOMPARE(cell(ArticleListModel::FormatColumn).toString(), r->format);
            QCOMPARE(cell(ArticleListModel::FileColumn).toString(), QFileInfo(r->filePath).fileName());
            QCOMPARE(cell(ArticleListModel::FileColumn, Qt::ToolTipRole).toString(),
                     QDir::toNativeSeparators(r->filePath));
            QCOMPARE(cell(ArticleListModel::TitleColumn, ArticleListModel::ArticleIdRole).toLongLong(), r->id);
        }
        const QStringList headers = {QStringLiteral("Title"),    QStringLiteral("Source"), QStringLiteral("Published"),
                                     QStringLiteral("Imported"), QStringLiteral("Format"), QStringLiteral("File"),
                                     QStringLiteral("Copies")};
        for (int column = 0; column < model.columnCount(); ++column)
            QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), headers.at(column));
        QVERIFY(!model.index(model.rowCount(), 0).isValid());
    }

    void sortsByEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        const QMetaEnum columns = QMetaEnum::fromType<ArticleListModel::Column>();
        for (int column = 0; column < ArticleListModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QTest::addRow("%s %s", columns.valueToKey(column), order == Qt::AscendingOrder ? "asc" : "desc")
                    << column << order;
            }
        }
    }

    void sortsByEveryColumn()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        ArticleListModel model;
        model.setBatchSize(batchSize);
        auto tester = attachTester(&model);
        QSignalSpy loaded(&model, &ArticleListModel::loaded);
        QVERIFY(model.setDatabasePath(m_dbPath));
        QVERIFY(loaded.wait(20000));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const bool isDefault = ArticleListModel::sortForColumn(column) == model.query().sort
            && order == model.query().order;
        model.sort(column, order);
        if (isDefault) {
            // Already sorted that way: nothing is queried again.
            QVERIFY(!model.isLoading());
            QCOMPARE(reset.size(), 0);
        } else {
            QVERIFY(loaded.wait(20000));
            QCOMPARE(loaded.size(), 2);
            QCOMPARE(reset.size(), 1);
        }
        QCOMPARE(model.query().sort, ArticleListModel::sortForColumn(column));
        QCOMPARE(model.query().order, order);
        QCOMPARE(model.totalCount(), articleCount);

        const QList<qint64> expected = expectedOrder(m_records, column, order);
        // Check what is loaded, plus one more batch through the lazy path.
        model.fetchMore({});
        const QList<qint64> ids = loadedIds(model);
        QVERIFY(ids.size() >= batchSize);
        QCOMPARE(ids, expected.mid(0, ids.size()));
        // And the whole order, with the end where NULLs go. The tester re-checks every row on
        // every insertion; a full walk under it takes long and adds nothing the lazy-loading
        // test does not already cover.
        tester.reset();
        QCOMPARE(fetchAll(model), expected);
    }

    void invalidSortColumnIsIgnored()
    {
        ArticleListModel model;
        QSignalSpy loaded(&model, &ArticleListModel::loaded);
        QVERIFY(model.setDatabasePath(m_dbPath));
        QVERIFY(loaded.wait(20000));
        const ArticleQuery before = model.query();
        model.sort(-1);
        model.sort(ArticleListModel::ColumnCount);
        QVERIFY(model.query() == before);
        QVERIFY(!model.isLoading());
    }

    void searchFindsTheRightArticles_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QList<int>>("expected"); // generated positions

        auto where = [](auto predicate) {
            QList<int> positions;
            for (int i = 0; i < articleCount; ++i) {
                if (predicate(i))
                    positions.append(i);
            }
            return positions;
        };
        const auto title = [](int i) { return makeRecord(i).title; };
        const auto source = [](int i) { return makeRecord(i).source; };
        const auto matches = [&](int i, const QString &text) {
            return title(i).contains(text, Qt::CaseInsensitive) || source(i).contains(text, Qt::CaseInsensitive);
        };

        QTest::newRow("word") << "needle" << "" << QList<int>(needles.cbegin(), needles.cend());
        QTest::newRow("stemmed word") << "needles" << "" << QList<int>(needles.cbegin(), needles.cend());
        QTest::newRow("common word") << "alpha" << "" << where([](int i) { return i % 10 == 0; });
        QTest::newRow("implicit and") << "alpha bravo" << "" << where([](int i) { return i % 70 == 0; });
        QTest::newRow("and") << "alpha AND bravo" << "" << where([](int i) { return i % 70 == 0; });
        QTest::newRow("or") << "alpha OR bravo" << "" << where([](int i) { return i % 10 == 0 || i % 7 == 0; });
        QTest::newRow("not") << "alpha NOT bravo" << "" << where([](int i) { return i % 10 == 0 && i % 7 != 0; });
        QTest::newRow("phrase") << "\"export controls\"" << "" << where([](int i) { return i % 11 == 0; });
        QTest::newRow("words of the phrase") << "export controls" << ""
                                             << where([](int i) { return i % 11 == 0 || i % 13 == 0; });
        QTest::newRow("parentheses") << "needle OR (alpha AND bravo)" << ""
                                     << where([](int i) { return needles.contains(i) || i % 70 == 0; });
        QTest::newRow("unique token") << "tok4711" << "" << QList<int>{4711};
        QTest::newRow("prefix") << "tok471*" << ""
                                << where([](int i) { return QString::number(i).startsWith(QLatin1String("471")); });
        QTest::newRow("no match") << "zeppelin" << "" << QList<int>{};
        QTest::newRow("filter by title") << "" << "0042" << where([&](int i) { return matches(i, QStringLiteral("0042")); });
        QTest::newRow("filter ignores case") << "" << "REUTERS"
                                             << where([](int i) { return i % 7 == 0; });
        QTest::newRow("filter percent is literal") << "" << "50%" << where([](int i) { return i % 1000 == 3; });
        QTest::newRow("filter underscore is literal") << "" << "_" << where([](int i) { return i % 1000 == 4; });
        QTest::newRow("search and filter") << "alpha" << "Reuters" << where([](int i) { return i % 70 == 0; });
    }

    void searchFindsTheRightArticles()
    {
        QFETCH(QString, search);
        QFETCH(QString, filter);
        QFETCH(QList<int>, expected);

        ArticleListModel model;
        model.setBatchSize(batchSize);
        const auto tester = attachTester(&model);
        QSignalSpy loaded(&model, &ArticleListModel::loaded);
        QSignalSpy failed(&model, &ArticleListModel::queryFailed);
        QVERIFY(model.setDatabasePath(m_dbPath));
        QVERIFY(loaded.wait(20000));

        ArticleQuery query = model.query();
        query.search = search;
        query.filter = filter;
        model.setQuery(query);
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait(20000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.constFirst().at(0).toString()));
        QCOMPARE(loaded.constLast().at(0).toInt(), int(expected.size()));
        QCOMPARE(model.totalCount(), int(expected.size()));

        QSet<qint64> expectedIds;
        for (int i : std::as_const(expected))
            expectedIds.insert(m_records.at(i).id);
        const QList<qint64> ids = fetchAll(model);
        QCOMPARE(ids.size(), expected.size());
        QCOMPARE(toSet(ids), expectedIds);
    }

    void searchRanksBestFirstAndHonoursAnotherSort()
    {
        // Three articles made for ranking: the term in the title weighs most.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rank.db"));
        qint64 inTitle = 0, twice = 0, once = 0;
        {
            Database db(path);
            QVERIFY(db.open());
            ArticleStore store(db.connection());
            auto add = [&store](const QString &title, const QString &body) {
                ArticleRecord r;
                r.title = title;
                r.filePath = QStringLiteral("/x/") + title;
                r.format = QStringLiteral("txt");
                r.original = r.content = body;
                r.contentHash = ArticleStore::contentHash(title + body);
                return store.insert(r).id;
            };
            once = add(QStringLiteral("A"), QStringLiteral("Semiconductor news, and a lot of other words here."));
            twice = add(QStringLiteral("B"), QStringLiteral("Semiconductor semiconductor."));
            inTitle = add(QStringLiteral("C semiconductor"), QStringLiteral("Something else entirely."));
        }
        ArticleListModel model;
        const auto tester = attachTester(&model);
        QSignalSpy loaded(&model, &ArticleListModel::loaded);
        QVERIFY(model.setDatabasePath(path));
        QVERIFY(loaded.wait(20000));
        ArticleQuery query;
        query.search = QStringLiteral("semiconductor");
        model.setQuery(query);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(fetchAll(model), (QList<qint64>{inTitle, twice, once}));

        model.sort(ArticleListModel::TitleColumn, Qt::DescendingOrder);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(model.query().search, QStringLiteral("semiconductor"));
        QCOMPARE(fetchAll(model), (QList<qint64>{inTitle, twice, once}));
        model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(fetchAll(model), (QList<qint64>{once, twice, inTitle}));
    }

    void firstPageComesFirstAndIsThePrefixOfTheWholeOrder_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        // "alpha" ranks 1,000 articles of which most score exactly alike: only the tie-break
        // by id makes the first page the start of the whole list.
        QTest::newRow("search ranked") << "alpha" << int(ArticleListModel::ImportedColumn) << Qt::DescendingOrder;
        QTest::newRow("search or ranked") << "alpha OR bravo" << int(ArticleListModel::ImportedColumn)
                                          << Qt::DescendingOrder;
        QTest::newRow("search by source") << "alpha" << int(ArticleListModel::SourceColumn) << Qt::AscendingOrder;
        QTest::newRow("every article by title") << "" << int(ArticleListModel::TitleColumn) << Qt::DescendingOrder;
        QTest::newRow("every article by date") << "" << int(ArticleListModel::PublishedColumn) << Qt::AscendingOrder;
    }

    void firstPageComesFirstAndIsThePrefixOfTheWholeOrder()
    {
        QFETCH(QString, search);
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        constexpr int page = 64;
        ArticleListModel model;
        model.setBatchSize(page);
        const auto tester = attachTester(&model);
        QSignalSpy loaded(&model, &ArticleListModel::loaded);
        QVERIFY(model.setDatabasePath(m_dbPath));
        QVERIFY(loaded.wait(20000));

        ArticleQuery query = model.query();
        query.search = search;
        query.sort = ArticleListModel::sortForColumn(column);
        query.order = order;
        // What the list shows at each reset, and whether the whole list was known then.
        QList<QPair<qsizetype, bool>> resets;
        connect(&model, &QAbstractItemModel::modelReset, this,
                [&] { resets.append({model.totalCount(), model.isLoading()}); });
        model.setQuery(query);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(resets.constFirst().first, qsizetype(page)); // the first page alone...
        QVERIFY(resets.constFirst().second); // ...while the rest was still loading
        QVERIFY(model.totalCount() > page);

        Database db(m_dbPath);
        QVERIFY(db.open());
        ArticleStore store(db.connection());
        const std::optional<QList<qint64>> whole = store.ids(query);
        QVERIFY2(whole, qPrintable(store.errorString()));
        QCOMPARE(model.totalCount(), int(whole->size()));
        QCOMPARE(fetchAll(model), *whole);
        // Every LIMIT'ed page of the store is the prefix of its whole order.
        for (int limit : {1, 7, page, 300}) {
            const std::optional<QList<qint64>> first = store.ids(query, limit);
            QVERIFY(first);
            QCOMPARE(*first, whole->mid(0, limit));
        }
        if (!search.isEmpty() && query.sort == ArticleSort::Imported) {
            // Ranked: best (lowest bm25) first, equal ranks by id; search() pages agree.
            const std::optional<QList<SearchHit>> hits = store.search(search, int(whole->size()));
            QVERIFY(hits);
            QCOMPARE(hits->size(), whole->size());
            for (qsizetype i = 0; i < hits->size(); ++i) {
                QCOMPARE(hits->at(i).id, whole->at(i));
                if (i > 0) {
                    const SearchHit &a = hits->at(i - 1), &b = hits->at(i);
                    QVERIFY(a.rank < b.rank || (a.rank == b.rank && a.id < b.id));
                }
            }
            const std::optional<QList<SearchHit>> third = store.search(search, page, 2 * page);
            QVERIFY(third);
            QCOMPARE(int(third->size()), page);
            QCOMPARE(third->constFirst().id, whole->at(2 * page));
            QCOMPARE(third->constLast().id, whole->at(3 * page - 1));
        }
    }

    void aViewAtTheEndOfTheFirstPageGetsMoreWhenTheRestArrives()
    {
        constexpr int page = 32;
        ArticleListModel model; // as a view that took every row it was offered
        model.setBatchSize(page);
        QSignalSpy loaded(&model, &ArticleListModel::loaded);
        connect(&model, &QAbstractItemModel::modelReset, this, [&] {
            while (model.canFetchMore({}))
                model.fetchMore({});
        });
        QVERIFY(model.setDatabasePath(m_dbPath));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(model.totalCount(), articleCount);
        // The first page was taken whole before the rest was known; the next batch followed.
        QCOMPARE(model.rowCount(), 2 * page);
        QCOMPARE(loadedIds(model),
                 expectedOrder(m_records, ArticleListModel::ImportedColumn, Qt::DescendingOrder).mid(0, 2 * page));
    }

    void malformedSearchReportsFailure_data()
    {
        QTest::addColumn<QString>("search");
        QTest::newRow("unclosed parenthesis") << "(alpha OR bravo";
        QTest::newRow("unclosed quote") << "\"export controls";
        QTest::newRow("trailing operator") << "alpha AND";
        QTest::newRow("leading operator") << "OR alpha";
        QTest::newRow("stray parenthesis") << "alpha)";
    }

    void malformedSearchReportsFailure()
    {
        QFETCH(QString, search);
        ArticleListModel model;
        model.setBatchSize(batchSize);
        const auto tester = attachTester(&model);
        QSignalSpy loaded(&model, &ArticleListModel::loaded);
        QSignalSpy failed(&model, &ArticleListModel::queryFailed);
        QVERIFY(model.setDatabasePath(m_dbPath));
        QVERIFY(loaded.wait(20000));
        const QList<qint64> before = loadedIds(model);

        ArticleQuery query = model.query();
        query.search = search;
        model.setQuery(query);
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.size(), 1);
        const QString message = failed.constFirst().at(0).toString();
        QVERIFY(!message.isEmpty());
        QVERIFY2(message.contains(QLatin1String("Character")), qPrintable(message)); // says where
        QCOMPARE(loaded.size(), 1);
        QVERIFY(!model.isLoading());
        // The list keeps showing what it showed.
        QCOMPARE(loadedIds(model), before);
        QCOMPARE(model.totalCount(), articleCount);

        // A correct query afterwards works again.
        query.search = QStringLiteral("needle");
        model.setQuery(query);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(model.totalCount(), int(needles.size()));
    }

    void staleResultsAreDropped()
    {
        ArticleListModel model;
        model.setBatchSize(batchSize);
        const auto tester = attachTester(&model);
        QSignalSpy loaded(&model, &ArticleListModel::loaded);
        QSignalSpy failed(&model, &ArticleListModel::queryFailed);
        QVERIFY(model.setDatabasePath(m_dbPath));
        QVERIFY(loaded.wait(20000));
        loaded.clear();
        QSignalSpy loading(&model, &ArticleListModel::loadingChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // Typed quickly: a slow query (every article, sorted), a malformed one, a broad one,
        // then the one that counts. Only the last may reach the list.
        ArticleQuery query;
        query.sort = ArticleSort::Title;
        model.setQuery(query);
        query.search = QStringLiteral("(alpha");
        model.setQuery(query);
        query.search = QStringLiteral("alpha OR bravo");
        model.setQuery(query);
        query.search = QStringLiteral("needle");
        model.setQuery(query);

        QVERIFY(loaded.wait(20000));
        // Let every superseded query finish and deliver.
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();

        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.constFirst().at(0).toInt(), int(needles.size()));
        QVERIFY(failed.isEmpty());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(loading.size(), 2); // on once, off once
        QVERIFY(!model.isLoading());
        QSet<qint64> expected;
        for (int i : needles)
            expected.insert(m_records.at(i).id);
        QCOMPARE(toSet(fetchAll(model)), expected);
    }

    void sameQueryTwiceDoesNotReload()
    {
        ArticleListModel model;
        QSignalSpy loaded(&model, &ArticleListModel::loaded);
        QVERIFY(model.setDatabasePath(m_dbPath));
        QVERIFY(loaded.wait(20000));
        model.setQuery(model.query());
        QVERIFY(!model.isLoading());
        model.reload(); // an explicit reload does run
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.size(), 2);
    }

    void articlesDeletedBeforeTheyAreFetchedAreSkipped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("small.db"));
        QList<qint64> ids;
        {
            Database db(path);
            QVERIFY(db.open());
            ArticleStore store(db.connection());
            ScopedTransaction transaction(db.connection());
            for (int i = 0; i < 50; ++i)
                ids.append(store.insert(makeRecord(i)).id);
            QVERIFY(transaction.commit());
        }
        ArticleListModel model;
        model.setBatchSize(10);
        QSignalSpy loaded(&model, &ArticleListModel::loaded);
        QVERIFY(model.setDatabasePath(path));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(model.totalCount(), 50);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 10);

        // Another connection deletes more than a batch-worth of articles that the list knows
        // by id but has not materialised yet.
        const auto tester = attachTester(&model);
        const QList<qint64> order = loadedIds(model);
        QSet<qint64> deleted;
        {
            Database db(path);
            QVERIFY(db.open());
            ArticleStore store(db.connection());
            for (qint64 id : std::as_const(ids)) {
                if (order.contains(id))
                    continue;
                if (deleted.size() < 13) {
                    QVERIFY(store.remove(id));
                    deleted.insert(id);
                }
            }
        }
        const QList<qint64> all = fetchAll(model);
        QCOMPARE(all.size(), 50 - deleted.size());
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.totalCount(), 50 - int(deleted.size()));
        for (qint64 id : all)
            QVERIFY(!deleted.contains(id));
        QCOMPARE(toSet(all).size(), all.size());
    }

    void unusableDatabaseIsReported()
    {
        QTemporaryDir dir;
        ArticleListModel model;
        QVERIFY(!model.setDatabasePath(dir.path())); // a folder is no database
        QVERIFY(!model.errorString().isEmpty());
        QVERIFY(model.databasePath().isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    QList<ArticleRecord> m_records; // index = generated position
};

QTEST_GUILESS_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
