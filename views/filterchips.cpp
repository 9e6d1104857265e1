#include "filterchips.h"

#include "timeline/typecolors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QToolButton>
#include <QVariant>

namespace Annalist {

namespace {

QPixmap dot(const QColor &colour, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return pixmap;
}

} // namespace

FilterChips::FilterChips(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Entity filters"));
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(4, 2, 4, 2);
    m_layout->setSpacing(6);
    m_layout->addStretch(1);
    m_clearAll = new QToolButton(this);
    m_clearAll->setText(tr("Clear filters"));
    m_clearAll->setAutoRaise(true);
    connect(m_clearAll, &QToolButton::clicked, this, &FilterChips::clear);
    m_layout->addWidget(m_clearAll);
    setVisible(false);
}

FilterChips::~FilterChips() = default;

void FilterChips::setChips(const QList<Chip> &chips)
{
    m_chips.clear();
    for (const Chip &chip : chips) {
        if (chip.id && !ids().contains(chip.id))
            m_chips.append(chip);
    }
    rebuild();
    Q_EMIT filterChanged(ids());
}

void FilterChips::addChip(const Chip &chip)
{
    if (!chip.id || ids().contains(chip.id))
        return;
    m_chips.append(chip);
    rebuild();
    Q_EMIT filterChanged(ids());
}

void FilterChips::removeChip(qint64 id)
{
    const auto it = std::find_if(m_chips.begin(), m_chips.end(), [id](const Chip &chip) { return chip.id == id; });
    if (it == m_chips.end())
        return;
    m_chips.erase(it);
    rebuild();
    Q_EMIT chipRemoved(id);
    Q_EMIT filterChanged(ids());
}

void FilterChips::clear()
{
    if (m_chips.isEmpty())
        return;
    const QList<qint64> removed = ids();
    m_chips.clear();
    rebuild();
    for (const qint64 id : removed)
        Q_EMIT chipRemoved(id);
    Q_EMIT filterChanged({});
}

QList<qint64> FilterChips::ids() const
{
    QList<qint64> result;
    for (const Chip &chip : m_chips)
        result.append(chip.id);
    return result;
}

QToolButton *FilterChips::closeButton(qint64 id) const
{
    for (QWidget *widget : std::as_const(m_widgets)) {
        if (widget->property("entityId").toLongLong() == id)
            return widget->findChild<QToolButton *>();
    }
    return nullptr;
}

void FilterChips::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild(); // dots in the colours of the new palette
}

void FilterChips::rebuild()
{
    // Later: rebuild() runs from a chip's own close button.
    for (QWidget *widget : std::as_const(m_widgets)) {
        m_layout->removeWidget(widget);
        widget->hide();
        widget->deleteLater();
    }
    m_widgets.clear();
    const bool dark = TypeColors::isDark(palette());
    const int dotSize = fontMetrics().height() * 2 / 3;
    for (qsizetype i = 0; i < m_chips.size(); ++i) {
        const Chip &chip = m_chips.at(i);
        // A framed pill: dot, name, close button.
        auto *frame = new QWidget(this);
        frame->setObjectName(QStringLiteral("chip"));
        frame->setProperty("entityId", chip.id);
        frame->setAttribute(Qt::WA_StyledBackground);
        const QColor colour = TypeColors::entityColor(chip.type, dark);
        frame->setStyleSheet(QStringLiteral("#chip { border: 1px solid %1; border-radius: 9px; }").arg(colour.name()));
        auto *row = new QHBoxLayout(frame);
        row->setContentsMargins(6, 1, 2, 1);
        row->setSpacing(4);
        auto *swatch = new QLabel(frame);
        swatch->setPixmap(dot(colour, dotSize, devicePixelRatioF()));
        row->addWidget(swatch);
        auto *label = new QLabel(chip.name, frame);
        row->addWidget(label);
        auto *close = new QToolButton(frame);
        close->setAutoRaise(true);
        close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
        close->setIconSize(QSize(dotSize, dotSize));
        close->setToolTip(tr("Remove the filter “%1”").arg(chip.name));
        close->setAccessibleName(tr("Remove %1").arg(chip.name));
        const qint64 id = chip.id;
        connect(close, &QToolButton::clicked, this, [this, id] { removeChip(id); });
        row->addWidget(close);
        m_layout->insertWidget(int(i), frame);
        m_widgets.append(frame);
    }
    m_clearAll->setVisible(m_chips.size() > 1);
    setVisible(!m_chips.isEmpty());
}

} // namespace Annalist
