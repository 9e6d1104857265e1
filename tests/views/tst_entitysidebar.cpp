// EntitySidebar and FilterChips offscreen on the extracted seed corpus: debounced filtering,
// activation and filter signals, chips and their removal, review actions through the undo stack
// (merge by dragging, undo/redo restoring the exact previous state after re-extraction), and
// the screenshot artefact sidebar.png.

#include "seedcorpus.h"

#include "entitysidebar.h"
#include "filterchips.h"
#include "itemmodels/entityfilterproxymodel.h"
#include "itemmodels/relatedentitymodel.h"

#include <QDir>
#include <QDropEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace Annalist;
using namespace Annalist::TestSupport;

namespace {

QStringList visibleNames(const QTreeView &tree)
{
    QStringList names;
    const QAbstractItemModel &model = *tree.model();
    for (int type = 0; type < model.rowCount(); ++type) {
        const QModelIndex parent = model.index(type, 0);
        for (int row = 0; row < model.rowCount(parent); ++row)
            names.append(model.index(row, 0, parent).data().toString());
    }
    return names;
}

} // namespace

class TestEntitySidebar : public QObject
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

    void init()
    {
        m_sidebar = std::make_unique<EntitySidebar>();
        m_sidebar->resize(360, 640);
        m_sidebar->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_sidebar.get()));
        QSignalSpy loaded(m_sidebar->entityModel(), &EntityModel::loaded);
        m_sidebar->setScope(EntityModel::Scope::Corpus);
        m_sidebar->setDatabasePath(m_path);
        QVERIFY(loaded.wait());
        QVERIFY(m_sidebar->entityModel()->entityCount() > 50);
    }

    void cleanup() { m_sidebar.reset(); }

    void filterIsDebounced()
    {
        QTreeView *tree = m_sidebar->treeView();
        const int all = int(visibleNames(*tree).size());
        QTest::keyClicks(m_sidebar->filterEdit(), QStringLiteral("tsing"));
        QCOMPARE(visibleNames(*tree).size(), all); // not yet: typing goes on
        QSignalSpy applied(m_sidebar->proxyModel(), &EntityFilterProxyModel::filterApplied);
        QVERIFY(applied.wait(1000));
        QCOMPARE(applied.size(), 1); // once for the five keystrokes
        const QStringList matching = visibleNames(*tree);
        QVERIFY(matching.contains(QStringLiteral("Tsinghua University")));
        QVERIFY(matching.size() < all);
        QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
        m_sidebar->filterEdit()->clear();
        QVERIFY(applied.wait(1000));
        QCOMPARE(visibleNames(*tree).size(), all);
    }

    void clickActivatesAndDoubleClickFilters()
    {
        QSignalSpy activated(m_sidebar.get(), &EntitySidebar::entityActivated);
        QSignalSpy filter(m_sidebar.get(), &EntitySidebar::filterRequested);
        QSignalSpy related(m_sidebar->relatedModel(), &RelatedEntityModel::loaded);
        const EntityRow zhipu = *m_sidebar->entityModel()->entity(idOf(QStringLiteral("Zhipu AI")));
        QTreeView *tree = m_sidebar->treeView();
        const QModelIndex index = m_sidebar->proxyModel()->mapFromSource(m_sidebar->entityModel()->indexOfEntity(zhipu.id));
        tree->scrollTo(index);
        const QPoint centre = tree->visualRect(index).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, centre);
        QVERIFY(!activated.isEmpty());
        QCOMPARE(activated.constLast().constFirst().toLongLong(), zhipu.id);
        QVERIFY(related.wait());
        QVERIFY(m_sidebar->relatedModel()->rowCount() > 0);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(filter.size(), 1);
        QCOMPARE(filter.constFirst().constFirst().value<QList<qint64>>(), QList<qint64>{zhipu.id});
    }

    void chipsAreRemovable()
    {
        const qint64 zhipu = idOf(QStringLiteral("Zhipu AI"));
        const qint64 china = idOf(QStringLiteral("China"));
        const QList<FilterChips::Chip> described = m_sidebar->chipsFor({zhipu, china, 0});
        QCOMPARE(described.size(), 2);
        QCOMPARE(described.constFirst().name, QStringLiteral("Zhipu AI"));
        QCOMPARE(described.constLast().type, QStringLiteral("PLACE"));

        FilterChips chips;
        chips.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chips));
        QSignalSpy removed(&chips, &FilterChips::chipRemoved);
        QSignalSpy changed(&chips, &FilterChips::filterChanged);
        chips.setChips(described);
        QVERIFY(chips.isVisible());
        QCOMPARE(chips.ids(), (QList<qint64>{zhipu, china}));
        QCOMPARE(changed.size(), 1);
        QToolButton *close = chips.closeButton(zhipu);
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.constFirst().constFirst().toLongLong(), zhipu);
        QCOMPARE(changed.constLast().constFirst().value<QList<qint64>>(), QList<qint64>{china});
        QCOMPARE(chips.ids(), QList<qint64>{china});
        chips.addChip(described.constFirst());
        chips.addChip(described.constFirst()); // once only
        QCOMPARE(chips.ids().size(), 2);
        chips.clear();
        QVERIFY(!chips.isVisible());
        QCOMPARE(removed.size(), 3);
        QVERIFY(changed.constLast().constFirst().value<QList<qint64>>().isEmpty());
    }

    void dragMergeUndoRedo()
    {
        QUndoStack stack;
        m_sidebar->setUndoStack(&stack);
        QSignalSpy corrections(m_sidebar->reviewer(), &EntityReviewer::correctionsChanged);
        const QStringList before = entitySnapshot(m_path);
        const QStringList mentionsBefore = mentionSnapshot(m_path);
        const qint64 dashed = idOf(QStringLiteral("Auto-GLM 2.0"));
        const qint64 target = idOf(QStringLiteral("AutoGLM 2.0"));
        QVERIFY(dashed && target);
        const int mentions = m_sidebar->entityModel()->entity(dashed)->mentions
            + m_sidebar->entityModel()->entity(target)->mentions;

        // Drag "Auto-GLM 2.0" onto "AutoGLM 2.0".
        QTreeView *tree = m_sidebar->treeView();
        const QModelIndex source = m_sidebar->proxyModel()->mapFromSource(m_sidebar->entityModel()->indexOfEntity(dashed));
        const QModelIndex onto = m_sidebar->proxyModel()->mapFromSource(m_sidebar->entityModel()->indexOfEntity(target));
        tree->scrollTo(onto);
        std::unique_ptr<QMimeData> mime(tree->model()->mimeData({source}));
        const QPointF at = tree->visualRect(onto).center();
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, mime.get(), Qt::LeftButton, {});
        QCoreApplication::sendEvent(tree->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
        QCoreApplication::sendEvent(tree->viewport(), &drop);
        QVERIFY(drop.isAccepted());

        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Merge “Auto-GLM 2.0” into “AutoGLM 2.0”"));
        QCOMPARE(corrections.size(), 1);
        // The window re-extracts in the background on correctionsChanged(); here, synchronously.
        QVERIFY(reextract(m_path).isEmpty());
        QSignalSpy loaded(m_sidebar->entityModel(), &EntityModel::loaded);
        m_sidebar->reload();
        QVERIFY(loaded.wait());
        QVERIFY(!m_sidebar->entityModel()->indexOfEntity(dashed).isValid());
        const auto merged = m_sidebar->entityModel()->entity(target);
        QVERIFY(merged);
        QVERIFY(merged->aliases.contains(QStringLiteral("Auto-GLM 2.0")));
        QCOMPARE(merged->mentions, mentions);
        const QStringList after = entitySnapshot(m_path);

        stack.undo();
        QCOMPARE(corrections.size(), 2);
        QCOMPARE(stack.redoText(), QStringLiteral("Merge “Auto-GLM 2.0” into “AutoGLM 2.0”"));
        QVERIFY(reextract(m_path).isEmpty());
        QCOMPARE(entitySnapshot(m_path), before);
        QCOMPARE(mentionSnapshot(m_path), mentionsBefore);

        stack.redo();
        QVERIFY(reextract(m_path).isEmpty());
        QCOMPARE(entitySnapshot(m_path), after);
        stack.undo();
        QVERIFY(reextract(m_path).isEmpty());
        QCOMPARE(entitySnapshot(m_path), before);
        m_sidebar->reload();
        QVERIFY(loaded.wait());
        QVERIFY(m_sidebar->entityModel()->entity(idOf(QStringLiteral("Auto-GLM 2.0"))));
    }

    void renameAndIgnoreGoOnTheStack()
    {
        QUndoStack stack;
        m_sidebar->setUndoStack(&stack);
        const qint64 tencent = idOf(QStringLiteral("Tencent"));
        m_sidebar->renameEntity(tencent, QStringLiteral("Tencent Holdings"));
        QCOMPARE(stack.undoText(), QStringLiteral("Rename “Tencent” to “Tencent Holdings”"));
        m_sidebar->renameEntity(tencent, QStringLiteral("Tencent")); // unchanged: nothing to do
        QCOMPARE(stack.count(), 1);
        m_sidebar->ignoreEntities({tencent, idOf(QStringLiteral("Alibaba"))});
        QCOMPARE(stack.undoText(), QStringLiteral("Ignore 2 entities"));
        m_sidebar->changeEntityType(tencent, QStringLiteral("PLACE"));
        QCOMPARE(stack.undoText(), QStringLiteral("Change type of “Tencent” to Places"));
        stack.undo();
        stack.undo();
        stack.undo();
        QCOMPARE(stack.index(), 0);
        QVERIFY(reextract(m_path).isEmpty());
    }

    void screenshot()
    {
        QSignalSpy related(m_sidebar->relatedModel(), &RelatedEntityModel::loaded);
        m_sidebar->selectEntity(idOf(QStringLiteral("Zhipu AI")));
        QVERIFY(related.wait());
        QTest::qWait(50);
        const QByteArray dir = qgetenv("ANNALIST_ARTIFACT_DIR");
        if (dir.isEmpty())
            QSKIP("ANNALIST_ARTIFACT_DIR is not set");
        QVERIFY(QDir().mkpath(QString::fromLocal8Bit(dir)));
        const QString file = QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("sidebar.png"));
        QVERIFY(m_sidebar->grab().save(file));
    }

private:
    qint64 idOf(const QString &name) const
    {
        const EntityModel *model = m_sidebar->entityModel();
        for (int type = 0; type < model->rowCount(); ++type) {
            const QModelIndex parent = model->index(type, 0);
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex index = model->index(row, 0, parent);
                if (index.data(EntityModel::NameRole).toString() == name)
                    return index.data(EntityModel::EntityIdRole).toLongLong();
            }
        }
        return 0;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<EntitySidebar> m_sidebar;
};

QTEST_MAIN(TestEntitySidebar)
#include "tst_entitysidebar.moc"
