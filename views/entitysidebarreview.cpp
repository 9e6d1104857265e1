// The review side of EntitySidebar: context menu and the actions it pushes on the undo stack.
#include "entitysidebar.h"

#include <QInputDialog>
#include <QMenu>
#include <QTreeView>

#include <memory>

namespace Annalist {

void EntitySidebar::renameEntity(qint64 id, const QString &newName)
{
    const auto row = m_model->entity(id);
    if (row && !newName.simplified().isEmpty() && newName.simplified() != row->name)
        push(ReviewAction::rename(*row, newName));
}

void EntitySidebar::changeEntityType(qint64 id, const QString &type)
{
    const auto row = m_model->entity(id);
    if (row && row->type != type && ReviewAction::entityTypes().contains(type))
        push(ReviewAction::changeType(*row, type));
}

void EntitySidebar::addAlias(qint64 id, const QString &alias)
{
    const auto row = m_model->entity(id);
    if (row && !alias.simplified().isEmpty() && !row->aliases.contains(alias.simplified()))
        push(ReviewAction::addAlias(*row, alias));
}

void EntitySidebar::removeAlias(qint64 id, const QString &alias)
{
    const auto row = m_model->entity(id);
    if (row && alias != row->name && row->aliases.contains(alias))
        push(ReviewAction::removeAlias(*row, alias));
}

void EntitySidebar::splitAlias(qint64 id, const QString &alias)
{
    const auto row = m_model->entity(id);
    if (row && alias != row->name && row->aliases.contains(alias))
        push(ReviewAction::splitAlias(*row, alias));
}

void EntitySidebar::mergeEntities(const QList<qint64> &sources, qint64 into)
{
    const auto target = m_model->entity(into);
    if (!target)
        return;
    QList<EntityRow> rows;
    for (const qint64 id : sources) {
        if (id == into)
            continue;
        if (const auto row = m_model->entity(id))
            rows.append(*row);
    }
    if (!rows.isEmpty())
        push(ReviewAction::merge(rows, *target));
}

void EntitySidebar::ignoreEntities(const QList<qint64> &ids)
{
    QList<EntityRow> rows;
    for (const qint64 id : ids) {
        if (const auto row = m_model->entity(id))
            rows.append(*row);
    }
    if (!rows.isEmpty())
        push(ReviewAction::ignore(rows));
}

void EntitySidebar::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    const auto entity = m_model->entity(index.data(EntityModel::EntityIdRole).toLongLong());
    if (!entity)
        return;
    QList<EntityRow> selected = selectedEntities();
    if (!std::any_of(selected.cbegin(), selected.cend(), [&](const EntityRow &row) { return row.id == entity->id; }))
        selected = {*entity}; // right-click outside the selection acts on that entity alone
    QList<qint64> ids;
    for (const EntityRow &row : std::as_const(selected))
        ids.append(row.id);

    auto menu = std::make_unique<QMenu>(this);
    QAction *show = menu->addAction(selected.size() > 1 ? tr("Show Articles Mentioning All") : tr("Show Articles"));
    connect(show, &QAction::triggered, this, [this, ids] { Q_EMIT filterRequested(ids); });
    addReviewActions(menu.get(), *entity, selected);
    menu->exec(m_tree->viewport()->mapToGlobal(position));
}

void EntitySidebar::addReviewActions(QMenu *menu, const EntityRow &entity, const QList<EntityRow> &selected)
{
    menu->addSection(tr("Review"));
    const qint64 id = entity.id;

    QAction *rename = menu->addAction(tr("Rename…"));
    connect(rename, &QAction::triggered, this, [this, entity] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename Entity"), tr("New name for “%1”:").arg(entity.name),
                                                   QLineEdit::Normal, entity.name, &ok);
        if (ok)
            renameEntity(entity.id, name);
    });

    QMenu *types = menu->addMenu(tr("Change Type"));
    for (const QString &type : ReviewAction::entityTypes()) {
        QAction *action = types->addAction(ReviewAction::typeLabel(type));
        action->setCheckable(true);
        action->setChecked(type == entity.type);
        action->setEnabled(type != entity.type);
        connect(action, &QAction::triggered, this, [this, id, type] { changeEntityType(id, type); });
    }

    QAction *add = menu->addAction(tr("Add Alias…"));
    connect(add, &QAction::triggered, this, [this, entity] {
        bool ok = false;
        const QString alias = QInputDialog::getText(this, tr("Add Alias"),
                                                    tr("Another name of “%1”:").arg(entity.name), QLineEdit::Normal,
                                                    QString(), &ok);
        if (ok)
            addAlias(entity.id, alias);
    });

    QStringList aliases = entity.aliases;
    aliases.removeAll(entity.name);
    QMenu *remove = menu->addMenu(tr("Remove Alias"));
    QMenu *split = menu->addMenu(tr("Split Alias Out"));
    for (const QString &alias : std::as_const(aliases)) {
        connect(remove->addAction(alias), &QAction::triggered, this, [this, id, alias] { removeAlias(id, alias); });
        connect(split->addAction(alias), &QAction::triggered, this, [this, id, alias] { splitAlias(id, alias); });
    }
    remove->setEnabled(!aliases.isEmpty());
    split->setEnabled(!aliases.isEmpty());

    QList<qint64> others;
    for (const EntityRow &row : selected) {
        if (row.id != id)
            others.append(row.id);
    }
    QAction *merge = menu->addAction(others.isEmpty() ? tr("Merge Selected") : tr("Merge Selected into “%1”").arg(entity.name));
    merge->setEnabled(!others.isEmpty());
    merge->setToolTip(tr("Select several entities, or drag one onto another"));
    connect(merge, &QAction::triggered, this, [this, others, id] { mergeEntities(others, id); });

    menu->addSeparator();
    QList<qint64> ids = others;
    ids.prepend(id);
    QAction *ignore = menu->addAction(selected.size() > 1 ? tr("Ignore %n Entities", nullptr, int(selected.size()))
                                                          : tr("Ignore"));
    connect(ignore, &QAction::triggered, this, [this, ids] { ignoreEntities(ids); });
}

} // namespace Annalist
