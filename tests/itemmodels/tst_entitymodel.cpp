// EntityModel, EntityFilterProxyModel and RelatedEntityModel over the extracted seed corpus,
// always under QAbstractItemModelTester (Fatal).

#include "seedcorpus.h"

#include "itemmodels/entityfilterproxymodel.h"
#include "itemmodels/entitymodel.h"
#include "itemmodels/relatedentitymodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Annalist;
using namespace Annalist::TestSupport;

namespace {

constexpr QAbstractItemModelTester::FailureReportingMode fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names.append(model.index(row, EntityModel::NameColumn, parent).data(EntityModel::NameRole).toString());
    return names;
}

QModelIndex typeRow(const QAbstractItemModel &model, const QString &type)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(EntityModel::TypeRole).toString() == type)
            return index;
    }
    return {};
}

} // namespace

class TestEntityModel : public QObject
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
        EntityStore store(db.connection());
        const auto zhipu = store.findByName(QStringLiteral("Zhipu AI"));
        QVERIFY(zhipu);
        m_zhipu = *zhipu;
        const auto articles = store.articlesWithEntities({m_zhipu.id});
        QVERIFY(articles && !articles->isEmpty());
        m_article = articles->constFirst();
    }

    void init()
    {
        m_model = std::make_unique<EntityModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), fatal);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void corpusScopeGroupsByType()
    {
        QSignalSpy loaded(m_model.get(), &EntityModel::loaded);
        m_model->setScope(EntityModel::Scope::Corpus);
        m_model->setDatabasePath(m_path);
        QVERIFY(m_model->isLoading());
        QVERIFY(loaded.wait());
        QVERIFY(!m_model->isLoading());
        QVERIFY(m_model->entityCount() > 50);
        QCOMPARE(loaded.constFirst().constFirst().toInt(), m_model->entityCount());

        // Fixed type order, each type row counting its entities.
        const QStringList order = {QStringLiteral("PERSON"), QStringLiteral("ORG"), QStringLiteral("PLACE"),
                                   QStringLiteral("PRODUCT"), QStringLiteral("EVENT")};
        int previous = -1;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex type = m_model->index(row, 0);
            QVERIFY(type.data(EntityModel::IsTypeRole).toBool());
            const int position = int(order.indexOf(type.data(EntityModel::TypeRole).toString()));
            QVERIFY(position > previous);
            previous = position;
            QCOMPARE(m_model->index(row, EntityModel::CountColumn).data().toInt(), m_model->rowCount(type));
            QVERIFY(!(m_model->flags(type) & Qt::ItemIsSelectable));
        }
        QCOMPARE(m_model->headerData(EntityModel::CountColumn, Qt::Horizontal).toString(), QStringLiteral("Articles"));

        const QModelIndex zhipu = m_model->indexOfEntity(m_zhipu.id);
        QVERIFY(zhipu.isValid());
        QCOMPARE(zhipu.parent().data(EntityModel::TypeRole).toString(), QStringLiteral("ORG"));
        QCOMPARE(zhipu.data().toString(), QStringLiteral("Zhipu AI"));
        QCOMPARE(zhipu.siblingAtColumn(EntityModel::CountColumn).data().toInt(), m_zhipu.articles);
        QCOMPARE(zhipu.data(EntityModel::AliasesRole).toStringList(), m_zhipu.aliases);
        QCOMPARE(zhipu.data(EntityModel::MentionsRole).toInt(), m_zhipu.mentions);
        QVERIFY(zhipu.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Organisations")));
        QCOMPARE(m_model->entity(m_zhipu.id)->name, m_zhipu.name);

        // Drag data carries the ids.
        std::unique_ptr<QMimeData> mime(m_model->mimeData({zhipu, zhipu.siblingAtColumn(EntityModel::CountColumn)}));
        QVERIFY(mime);
        QCOMPARE(EntityModel::entityIdsFromMime(mime.get()), QList<qint64>{m_zhipu.id});
    }

    void articleScopeCountsMentions()
    {
        QSignalSpy loaded(m_model.get(), &EntityModel::loaded);
        m_model->setDatabasePath(m_path);
        QVERIFY(loaded.wait()); // no article yet: empty
        QCOMPARE(m_model->rowCount(), 0);
        m_model->setArticleId(m_article);
        QVERIFY(loaded.wait());
        QCOMPARE(m_model->headerData(EntityModel::CountColumn, Qt::Horizontal).toString(), QStringLiteral("Mentions"));
        const QModelIndex zhipu = m_model->indexOfEntity(m_zhipu.id, EntityModel::CountColumn);
        QVERIFY(zhipu.isValid());
        QVERIFY(zhipu.data().toInt() >= 1);
        QCOMPARE(zhipu.data().toInt(), zhipu.data(EntityModel::MentionsRole).toInt());
        QVERIFY(zhipu.data().toInt() < m_zhipu.mentions); // one article of four

        // The scope toggle reloads with corpus counts.
        m_model->setScope(EntityModel::Scope::Corpus);
        QVERIFY(loaded.wait());
        QCOMPARE(m_model->indexOfEntity(m_zhipu.id, EntityModel::CountColumn).data().toInt(), m_zhipu.articles);
    }

    void newerLoadWins()
    {
        QSignalSpy loaded(m_model.get(), &EntityModel::loaded);
        m_model->setDatabasePath(m_path);
        m_model->setArticleId(m_article);
        m_model->setArticleId(m_article == 1 ? 2 : 1);
        m_model->setArticleId(m_article); // supersedes both
        QTRY_VERIFY(!m_model->isLoading());
        QVERIFY(m_model->indexOfEntity(m_zhipu.id).isValid());
        QTest::qWait(50); // stale results would arrive and reset here
        QCOMPARE(loaded.size(), 1);
    }

    void proxySortsAndFilters()
    {
        EntityFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, fatal);
        proxy.setSourceModel(m_model.get());
        proxy.sort(EntityModel::CountColumn, Qt::DescendingOrder);
        QSignalSpy loaded(m_model.get(), &EntityModel::loaded);
        m_model->setScope(EntityModel::Scope::Corpus);
        m_model->setDatabasePath(m_path);
        QVERIFY(loaded.wait());

        QCOMPARE(proxy.index(0, 0).data(EntityModel::TypeRole).toString(), QStringLiteral("PERSON")); // fixed order
        const QModelIndex places = typeRow(proxy, QStringLiteral("PLACE"));
        QCOMPARE(proxy.index(0, 0, places).data().toString(), QStringLiteral("China")); // most articles
        int last = INT_MAX;
        for (int row = 0; row < proxy.rowCount(places); ++row) {
            const int count = proxy.index(row, EntityModel::CountColumn, places).data().toInt();
            QVERIFY(count <= last);
            last = count;
        }

        proxy.sort(EntityModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(EntityModel::TypeRole).toString(), QStringLiteral("PERSON"));
        const QStringList names = childNames(proxy, typeRow(proxy, QStringLiteral("ORG")));
        for (qsizetype i = 1; i < names.size(); ++i)
            QVERIFY2(QString::localeAwareCompare(names.at(i - 1), names.at(i)) <= 0, qPrintable(names.at(i)));
        proxy.sort(EntityModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(EntityModel::TypeRole).toString(), QStringLiteral("PERSON"));

        // Debounced: nothing changes until the pause is over.
        QSignalSpy applied(&proxy, &EntityFilterProxyModel::filterApplied);
        proxy.setDebounceInterval(100);
        const int typesBefore = proxy.rowCount();
        proxy.setFilterText(QStringLiteral("  zHIpu "));
        QCOMPARE(proxy.rowCount(), typesBefore);
        QVERIFY(applied.wait());
        QCOMPARE(applied.constFirst().constFirst().toString(), QStringLiteral("zHIpu"));
        QCOMPARE(proxy.rowCount(), 1); // only organisations match
        QVERIFY(childNames(proxy, proxy.index(0, 0)).contains(QStringLiteral("Zhipu AI")));

        // Aliases match too, and text is not a pattern.
        proxy.setFilterText(QStringLiteral("Auto-GLM"));
        proxy.applyFilterNow();
        QVERIFY(childNames(proxy, typeRow(proxy, QStringLiteral("PRODUCT"))).contains(QStringLiteral("Auto-GLM 2.0")));
        proxy.setFilterText(QStringLiteral("Zhipu.*"));
        proxy.applyFilterNow();
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText(QString());
        proxy.applyFilterNow();
        QCOMPARE(proxy.rowCount(), typesBefore);
    }

    void relatedEntities()
    {
        RelatedEntityModel related;
        QAbstractItemModelTester relatedTester(&related, fatal);
        QSignalSpy loaded(&related, &RelatedEntityModel::loaded);
        related.setDatabasePath(m_path);
        QVERIFY(loaded.wait());
        QCOMPARE(related.rowCount(), 0);
        related.setEntityId(m_zhipu.id);
        QVERIFY(loaded.wait());
        QVERIFY(related.rowCount() > 5);
        QStringList names;
        int lastSentences = INT_MAX;
        for (int row = 0; row < related.rowCount(); ++row) {
            const QModelIndex index = related.index(row, RelatedEntityModel::NameColumn);
            names.append(index.data().toString());
            QVERIFY(index.data(RelatedEntityModel::EntityIdRole).toLongLong() != m_zhipu.id);
            const int sentences = related.index(row, RelatedEntityModel::SentencesColumn).data().toInt();
            QVERIFY(sentences <= lastSentences); // most co-occurring first
            lastSentences = sentences;
            QVERIFY(related.index(row, RelatedEntityModel::ArticlesColumn).data().toInt() >= 1);
        }
        QVERIFY2(names.contains(QStringLiteral("China")), qPrintable(names.join(QLatin1Char(','))));
        related.setEntityId(0);
        QVERIFY(loaded.wait());
        QCOMPARE(related.rowCount(), 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    EntityRow m_zhipu;
    qint64 m_article = 0;
    std::unique_ptr<EntityModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestEntityModel)
#include "tst_entitymodel.moc"
