// Review actions through the user dictionary on the seed corpus: each one changes what
// re-extraction stores, and reverting it restores exactly the previous entities, aliases and
// mentions. Re-extraction runs synchronously here, as the window's ExtractionJob would.

#include "seedcorpus.h"

#include "itemmodels/entityreview.h"
#include "store/database.h"
#include "store/entitystore.h"
#include "store/extractionstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Annalist;
using namespace Annalist::TestSupport;

namespace {

EntityRow findEntity(const QString &path, const QString &name)
{
    Database db(path);
    if (!db.open())
        return {};
    EntityStore store(db.connection());
    return store.findByName(name).value_or(EntityRow{});
}

bool hasEntity(const QStringList &snapshot, const QString &type, const QString &name)
{
    const QString prefix = type + QLatin1Char('|') + name + QLatin1Char('|');
    return std::any_of(snapshot.cbegin(), snapshot.cend(), [&](const QString &line) { return line.startsWith(prefix); });
}

} // namespace

class TestEntityReview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("corpus.db"));
        const QString error = buildSeedCorpus(m_path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // A failed row must not leave its corrections to the next one.
    void cleanup()
    {
        Database db(m_path);
        QVERIFY(db.open());
        ExtractionStore store(db.connection());
        if (store.userDictionary()->isEmpty())
            return;
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM user_dictionary")));
        QVERIFY(store.markPending());
        QVERIFY(reextract(m_path).isEmpty());
    }

    void texts()
    {
        const EntityRow zhipu{1, QStringLiteral("ORG"), QStringLiteral("Zhipu AI"), {}, 0, 0};
        const EntityRow shortForm{2, QStringLiteral("ORG"), QStringLiteral("Zhipu"), {}, 0, 0};
        QCOMPARE(ReviewAction::merge({shortForm}, zhipu).text, QStringLiteral("Merge “Zhipu” into “Zhipu AI”"));
        QCOMPARE(ReviewAction::rename(zhipu, QStringLiteral(" Z.ai ")).text,
                 QStringLiteral("Rename “Zhipu AI” to “Z.ai”"));
        QCOMPARE(ReviewAction::ignore({zhipu}).text, QStringLiteral("Ignore “Zhipu AI”"));
        QCOMPARE(ReviewAction::changeType(zhipu, QStringLiteral("PERSON")).text,
                 QStringLiteral("Change type of “Zhipu AI” to People"));
    }

    void mergeTakesEveryForm()
    {
        const EntityRow into{1, QStringLiteral("ORG"), QStringLiteral("A"), {QStringLiteral("A")}, 0, 0};
        const EntityRow from{2, QStringLiteral("ORG"), QStringLiteral("B"), {QStringLiteral("B"), QStringLiteral("Bee"), QStringLiteral("a")}, 0, 0};
        const ReviewAction action = ReviewAction::merge({from}, into);
        QCOMPARE(action.corrections.size(), 2); // "B" and "Bee"; "a" is the target itself
        QCOMPARE(action.corrections.at(1).name, QStringLiteral("Bee"));
        QCOMPARE(action.corrections.at(1).target, QStringLiteral("A"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("goneType");
        QTest::addColumn<QString>("gone");
        QTest::addColumn<QString>("newType");
        QTest::addColumn<QString>("appeared");

        QTest::newRow("merge") << "merge" << "AutoGLM 2.0" << "Auto-GLM 2.0" << "PRODUCT" << "Auto-GLM 2.0"
                               << "PRODUCT" << "AutoGLM 2.0";
        QTest::newRow("rename") << "rename" << "Zhipu AI" << "Z.ai" << "ORG" << "Zhipu AI" << "ORG" << "Z.ai";
        QTest::newRow("ignore") << "ignore" << "Tencent" << "" << "ORG" << "Tencent" << "" << "";
        QTest::newRow("type") << "type" << "CIFTIS" << "ORG" << "EVENT" << "CIFTIS" << "ORG" << "CIFTIS";
        QTest::newRow("split") << "split" << "Zhipu AI" << "Zhipu" << "" << "" << "ORG" << "Zhipu";
        QTest::newRow("add alias") << "alias" << "DeepSeek" << "Clear Voice" << "ORG" << "Clear Voice" << "ORG"
                                   << "DeepSeek";
        QTest::newRow("remove alias") << "unalias" << "Zhipu AI" << "Zhipu" << "" << "" << "ORG" << "Zhipu AI";
    }

    void roundTrip()
    {
        QFETCH(QString, kind);
        QFETCH(QString, entity);
        QFETCH(QString, argument);
        QFETCH(QString, goneType);
        QFETCH(QString, gone);
        QFETCH(QString, newType);
        QFETCH(QString, appeared);

        const QStringList before = entitySnapshot(m_path);
        const QStringList mentionsBefore = mentionSnapshot(m_path);
        const EntityRow row = findEntity(m_path, entity);
        QCOMPARE(row.name, entity);
        if (kind == QLatin1String("split") || kind == QLatin1String("unalias"))
            QVERIFY2(row.aliases.contains(argument), qPrintable(row.aliases.join(QLatin1Char(','))));

        ReviewAction action;
        if (kind == QLatin1String("merge"))
            action = ReviewAction::merge({findEntity(m_path, argument)}, row);
        else if (kind == QLatin1String("rename"))
            action = ReviewAction::rename(row, argument);
        else if (kind == QLatin1String("ignore"))
            action = ReviewAction::ignore({row});
        else if (kind == QLatin1String("type"))
            action = ReviewAction::changeType(row, argument);
        else if (kind == QLatin1String("split"))
            action = ReviewAction::splitAlias(row, argument);
        else if (kind == QLatin1String("alias"))
            action = ReviewAction::addAlias(row, argument);
        else
            action = ReviewAction::removeAlias(row, argument);

        Database db(m_path);
        QVERIFY(db.open());
        EntityReview review(db.connection());
        ExtractionStore extraction(db.connection());

        // Redo: the correction is stored, affected articles re-extracted.
        const auto applied = review.apply(action);
        QVERIFY2(applied, qPrintable(review.errorString()));
        QCOMPARE(applied->correctionIds.size(), action.corrections.size());
        QVERIFY(!applied->articles.isEmpty());
        QCOMPARE(extraction.pendingCount(), qint64(applied->articles.size()));
        QString error = reextract(m_path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList after = entitySnapshot(m_path);
        QVERIFY(after != before);
        if (!gone.isEmpty())
            QVERIFY2(!hasEntity(after, goneType, gone), qPrintable(gone));
        if (!appeared.isEmpty())
            QVERIFY2(hasEntity(after, newType, appeared), qPrintable(after.join(QLatin1Char('\n'))));
        if (kind == QLatin1String("split") || kind == QLatin1String("unalias"))
            QVERIFY(!findEntity(m_path, entity).aliases.contains(argument));
        if (kind == QLatin1String("alias"))
            QVERIFY(findEntity(m_path, entity).aliases.contains(argument));

        // Undo: exactly the previous state.
        QVERIFY2(review.revert(action, *applied), qPrintable(review.errorString()));
        QCOMPARE(extraction.userDictionary()->isEmpty(), true);
        error = reextract(m_path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(entitySnapshot(m_path), before);
        QCOMPARE(mentionSnapshot(m_path), mentionsBefore);

        // Redo again gives the same result as the first time.
        const auto again = review.apply(action);
        QVERIFY(again);
        QVERIFY(reextract(m_path).isEmpty());
        QCOMPARE(entitySnapshot(m_path), after);
        QVERIFY(review.revert(action, *again));
        QVERIFY(reextract(m_path).isEmpty());
        QCOMPARE(entitySnapshot(m_path), before);
    }

    void emptyActionFails()
    {
        Database db(m_path);
        QVERIFY(db.open());
        EntityReview review(db.connection());
        QVERIFY(!review.apply(ReviewAction{}));
        QVERIFY(!review.errorString().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestEntityReview)
#include "tst_entityreview.moc"
