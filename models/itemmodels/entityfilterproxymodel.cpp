#include "itemmodels/entityfilterproxymodel.h"

#include "itemmodels/entitymodel.h"

#include <algorithm>

namespace Annalist {

EntityFilterProxyModel::EntityFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A type row stays while any entity below it matches.
    setRecursiveFilteringEnabled(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(EntityModel::CountRole);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &EntityFilterProxyModel::applyFilterNow);
}

void EntityFilterProxyModel::setFilterText(const QString &text)
{
    m_pending = text.simplified();
    if (m_pending == m_applied) {
        m_debounce.stop();
        return;
    }
    m_debounce.start();
}

void EntityFilterProxyModel::applyFilterNow()
{
    m_debounce.stop();
    if (m_pending == m_applied)
        return;
    m_applied = m_pending;
    invalidateFilter();
    Q_EMIT filterApplied(m_applied);
}

bool EntityFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_applied.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, EntityModel::NameColumn, sourceParent);
    if (index.data(EntityModel::IsTypeRole).toBool())
        return false; // shown through its matching entities (recursive filtering)
    if (index.data(EntityModel::NameRole).toString().contains(m_applied, Qt::CaseInsensitive))
        return true;
    const QStringList aliases = index.data(EntityModel::AliasesRole).toStringList();
    return std::any_of(aliases.cbegin(), aliases.cend(),
                       [this](const QString &alias) { return alias.contains(m_applied, Qt::CaseInsensitive); });
}

bool EntityFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool descending = sortOrder() == Qt::DescendingOrder;
    if (!left.parent().isValid()) {
        // Type rows: the model's fixed order, undoing the reversal of a descending sort.
        return descending ? left.row() > right.row() : left.row() < right.row();
    }
    const int byName = QString::localeAwareCompare(left.data(EntityModel::NameRole).toString(),
                                                   right.data(EntityModel::NameRole).toString());
    if (left.column() == EntityModel::CountColumn) {
        const int a = left.data(EntityModel::CountRole).toInt();
        const int b = right.data(EntityModel::CountRole).toInt();
        if (a != b)
            return a < b;
        // Equal counts list A to Z in both directions.
        return descending ? byName > 0 : byName < 0;
    }
    if (byName != 0)
        return byName < 0;
    return left.data(EntityModel::EntityIdRole).toLongLong() < right.data(EntityModel::EntityIdRole).toLongLong();
}

} // namespace Annalist
