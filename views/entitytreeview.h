#pragma once

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>
#include <QTreeView>

#include <functional>

namespace Annalist {

// Paints a type colour swatch before every row of an entity tree or list (TypeRole of
// EntityModel / RelatedEntityModel); the swatches are made once per type and palette.
class EntitySwatchDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit EntitySwatchDelegate(int typeRole, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_typeRole;
    mutable QHash<QString, QIcon> m_swatches; // "dark/TYPE" -> icon
};

// The entity tree: dropping entities onto another entity asks to merge them into it.
class EntityTreeView final : public QTreeView
{
    Q_OBJECT
public:
    using MergeHandler = std::function<void(const QList<qint64> &sources, qint64 into)>;

    explicit EntityTreeView(QWidget *parent = nullptr);
    void setMergeHandler(MergeHandler handler) { m_merge = std::move(handler); }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    qint64 dropTarget(const QPoint &position, const QList<qint64> &sources) const;

    MergeHandler m_merge;
};

} // namespace Annalist
