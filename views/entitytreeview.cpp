#include "entitytreeview.h"

#include "itemmodels/entitymodel.h"
#include "timeline/typecolors.h"

#include <QDragMoveEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>

namespace Annalist {

EntitySwatchDelegate::EntitySwatchDelegate(int typeRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_typeRole(typeRole)
{
}

void EntitySwatchDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != 0)
        return;
    const QString type = index.data(m_typeRole).toString();
    if (type.isEmpty())
        return;
    const bool dark = TypeColors::isDark(option->palette);
    const QString key = (dark ? QLatin1String("d/") : QLatin1String("l/")) + type;
    auto it = m_swatches.find(key);
    if (it == m_swatches.end()) {
        const int size = 12;
        QPixmap pixmap(size * 2, size * 2); // sharp on high-DPI screens too
        pixmap.setDevicePixelRatio(2);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor colour = TypeColors::entityColor(type, dark);
        painter.setPen(colour.darker(dark ? 100 : 130));
        painter.setBrush(colour);
        painter.drawRoundedRect(QRectF(1.5, 1.5, size - 3, size - 3), 2, 2);
        painter.end();
        it = m_swatches.insert(key, QIcon(pixmap));
    }
    option->icon = *it;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(12, 12);
}

EntityTreeView::EntityTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::CopyAction);
}

qint64 EntityTreeView::dropTarget(const QPoint &position, const QList<qint64> &sources) const
{
    const qint64 target = indexAt(position).data(EntityModel::EntityIdRole).toLongLong();
    return target && !sources.contains(target) ? target : 0;
}

void EntityTreeView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(EntityModel::entityIdsMimeType())) {
        setState(DraggingState);
        event->acceptProposedAction();
        return;
    }
    event->ignore();
}

void EntityTreeView::dragMoveEvent(QDragMoveEvent *event)
{
    const QList<qint64> sources = EntityModel::entityIdsFromMime(event->mimeData());
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const QPoint position = event->position().toPoint();
#else
    const QPoint position = event->pos();
#endif
    if (dropTarget(position, sources)) {
        // Shows the drop indicator on the target row, and scrolls near the edges.
        QTreeView::dragMoveEvent(event);
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QTreeView::dragMoveEvent(event);
    event->ignore();
}

void EntityTreeView::dropEvent(QDropEvent *event)
{
    const QList<qint64> sources = EntityModel::entityIdsFromMime(event->mimeData());
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const QPoint position = event->position().toPoint();
#else
    const QPoint position = event->pos();
#endif
    const qint64 target = dropTarget(position, sources);
    setState(NoState);
    if (!target || !m_merge) {
        event->ignore();
        return;
    }
    // The model is not changed by the drop itself: the merge re-extracts, then reloads.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    m_merge(sources, target);
}

} // namespace Annalist
