#pragma once

#include <QSortFilterProxyModel>
#include <QTimer>

namespace Annalist {

// Sorts and filters an EntityModel. Type rows keep their fixed order whatever the sort; the
// entities below them sort by count (ties by name, A to Z) or by name. The filter is plain text
// (no pattern syntax, so user text needs no escaping) matched case-insensitively against names
// and aliases; setFilterText() applies it after a pause in typing, applyFilterNow() at once.
class EntityFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EntityFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_pending; }
    void applyFilterNow();
    void setDebounceInterval(int milliseconds) { m_debounce.setInterval(milliseconds); }

Q_SIGNALS:
    void filterApplied(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QTimer m_debounce;
    QString m_pending;
    QString m_applied;
};

} // namespace Annalist
