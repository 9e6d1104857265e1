#include "timelinewidget.h"

#include "timeline/timelinemodel.h"

#include <QAction>
#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolButton>
#include <QToolTip>

namespace Annalist {

namespace {

constexpr int MaxToolTipEvents = 10;
constexpr qsizetype MaxToolTipSentence = 160;

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
    , m_ownModel(std::make_unique<TimelineModel>())
{
    qRegisterMetaType<Annalist::TimelineEvent>();
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Timeline"));

    m_fitAction = new QAction(tr("Fit"), this);
    m_fitAction->setToolTip(tr("Show all events (Home)"));
    connect(m_fitAction, &QAction::triggered, this, &TimelineWidget::fit);
    m_clearBrushAction = new QAction(tr("Clear Selection"), this);
    m_clearBrushAction->setToolTip(tr("Clear the selected date range (Esc)"));
    connect(m_clearBrushAction, &QAction::triggered, this, &TimelineWidget::clearBrush);
    m_zoomInAction = new QAction(tr("Zoom In"), this);
    connect(m_zoomInAction, &QAction::triggered, this, &TimelineWidget::zoomIn);
    m_zoomOutAction = new QAction(tr("Zoom Out"), this);
    connect(m_zoomOutAction, &QAction::triggered, this, &TimelineWidget::zoomOut);

    const auto makeButton = [this](QAction *action, const QString &accessibleName) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::NoFocus); // the keyboard lives on the timeline itself
        button->setAccessibleName(accessibleName);
        return button;
    };
    m_fitButton = makeButton(m_fitAction, tr("Fit timeline to all events"));
    m_clearButton = makeButton(m_clearBrushAction, tr("Clear selected date range"));

    updateStyle();
    setModel(nullptr);
    updateBrushAction();
}

TimelineWidget::~TimelineWidget()
{
    // The own model dies after the index it would otherwise ask to rebuild.
    for (const auto &connection : std::as_const(m_modelConnections)) {
        disconnect(connection);
    }
}

void TimelineWidget::setModel(TimelineModel *model)
{
    for (const auto &connection : std::as_const(m_modelConnections)) {
        disconnect(connection);
    }
    m_modelConnections.clear();
    m_model = model ? model : m_ownModel.get();
    const auto rebuild = [this] { rebuildIndex(); };
    m_modelConnections = {
        connect(m_model, &QAbstractItemModel::modelReset, this, rebuild),
        connect(m_model, &QAbstractItemModel::rowsInserted, this, rebuild),
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, rebuild),
        connect(m_model, &QAbstractItemModel::dataChanged, this, rebuild),
        connect(m_model, &QAbstractItemModel::layoutChanged, this, rebuild),
        connect(m_model, &QObject::destroyed, this, [this] {
            m_modelConnections.clear();
            setModel(nullptr);
        }),
    };
    rebuildIndex();
}

void TimelineWidget::setEvents(QList<TimelineEvent> events)
{
    m_model->setEvents(std::move(events));
}

void TimelineWidget::setLanes(const QStringList &names)
{
    if (names == m_lanes) {
        return;
    }
    m_lanes = names;
    rebuildIndex();
}

void TimelineWidget::setEmphasizedArticle(qint64 articleId)
{
    if (articleId == m_emphasized) {
        return;
    }
    m_emphasized = articleId;
    invalidate();
}

void TimelineWidget::setVisibleRange(QDate first, QDate last)
{
    m_scale.setVisibleDates(first, last);
    m_autoFit = false;
    scaleChanged();
}

void TimelineWidget::setBrush(QDate from, QDate to)
{
    if (from.isValid() && to.isValid() && to < from) {
        std::swap(from, to);
    }
    const bool valid = from.isValid() && to.isValid();
    m_brushFrom = valid ? from : QDate();
    m_brushTo = valid ? to : QDate();
    updateBrushAction();
    update();
}

void TimelineWidget::clearBrush()
{
    if (!hasBrush()) {
        return;
    }
    setBrush({}, {});
    Q_EMIT rangeCleared();
}

void TimelineWidget::fit()
{
    m_autoFit = true;
    if (!m_index.isEmpty()) {
        m_scale.fit(m_index.firstDate(), m_index.lastDate());
    }
    scaleChanged();
}

void TimelineWidget::zoomIn()
{
    m_scale.zoomAround(m_scale.width() / 2, 1.5);
    m_autoFit = false;
    scaleChanged();
}

void TimelineWidget::zoomOut()
{
    m_scale.zoomAround(m_scale.width() / 2, 1 / 1.5);
    m_autoFit = false;
    scaleChanged();
}

void TimelineWidget::rebuildIndex()
{
    m_index.build(m_model->events(), m_lanes);
    m_hoverEvent = -1;
    relayout();
    if (m_autoFit) {
        fit();
    }
    updateAccessibleDescription();
    invalidate();
}

void TimelineWidget::updateStyle()
{
    m_style = TimelinePainter::Style::fromPalette(palette(), font());
    relayout();
    invalidate();
}

void TimelineWidget::relayout()
{
    const int buttonHeight = std::max(18, int(QFontMetricsF(font()).height()) + 6);
    int right = width() - 4;
    for (QToolButton *button : {m_fitButton, m_clearButton}) {
        if (button->isHidden()) {
            continue;
        }
        const QSize size(button->sizeHint().width(), buttonHeight);
        right -= size.width();
        button->setGeometry(QRect(QPoint(right, 1), size));
        right -= 2;
    }
    m_style.headerRightInset = width() - right;
    m_layout = TimelinePainter::layout(QRectF(rect()), m_style, m_index.laneNames());
    m_scale.setWidth(m_layout.plot.width());
}

void TimelineWidget::ensureBins() const
{
    if (!m_binsDirty) {
        return;
    }
    m_bins.compute(m_index, m_scale, TimelinePainter::binOptions(m_layout, m_style, m_emphasized));
    m_binsDirty = false;
}

void TimelineWidget::invalidate()
{
    m_binsDirty = true;
    update();
}

void TimelineWidget::scaleChanged()
{
    invalidate();
    Q_EMIT visibleRangeChanged(m_scale.firstDate(), m_scale.lastDate());
}

const TimelinePainter::Layout &TimelineWidget::currentLayout() const
{
    return m_layout;
}

std::vector<int> TimelineWidget::hitEvents(const QPointF &pos, bool marksOnly) const
{
    ensureBins();
    return TimelinePainter::eventsAt(pos, QRectF(rect()), m_bins, m_index, m_style, marksOnly);
}

QList<TimelineEvent> TimelineWidget::eventsAt(const QPoint &pos) const
{
    QList<TimelineEvent> result;
    for (const int event : hitEvents(QPointF(pos), false)) {
        result.append(m_model->event(event));
    }
    return result;
}

QString TimelineWidget::toolTipTextAt(const QPoint &pos) const
{
    const auto hits = hitEvents(QPointF(pos), false);
    if (hits.empty()) {
        return {};
    }
    QString html = QStringLiteral("<qt>");
    const auto shown = std::min(hits.size(), size_t(MaxToolTipEvents));
    for (size_t i = 0; i < shown; ++i) {
        const TimelineEvent &event = m_model->event(hits[i]);
        const QString what = event.kind == TimelineEvent::Published ? tr("Published") : event.value.toHtmlEscaped();
        html += QStringLiteral("<p style='margin:0 0 4px 0'><b>") + what + QStringLiteral("</b> · ")
            + TimelineModel::spanText(event).toHtmlEscaped();
        if (!event.sentence.isEmpty()) {
            QString sentence = event.sentence.simplified();
            if (sentence.size() > MaxToolTipSentence) {
                sentence = sentence.left(MaxToolTipSentence - 1) + QChar(0x2026);
            }
            html += QStringLiteral("<br/><i>") + sentence.toHtmlEscaped() + QStringLiteral("</i>");
        }
        html += QStringLiteral("</p>");
    }
    if (hits.size() > shown) {
        html += QStringLiteral("<p style='margin:0'>")
            + tr("and %1 more").arg(QLocale().toString(qint64(hits.size() - shown))) + QStringLiteral("</p>");
    }
    return html + QStringLiteral("</qt>");
}

QSize TimelineWidget::sizeHint() const
{
    return {800, 220};
}

QSize TimelineWidget::minimumSizeHint() const
{
    const QFontMetricsF metrics(font());
    return {240, int(metrics.height() * 4 + 60)};
}

void TimelineWidget::updateAccessibleDescription()
{
    if (m_index.isEmpty()) {
        setAccessibleDescription(tr("No dated events"));
        return;
    }
    const QLocale locale;
    setAccessibleDescription(tr("%Ln dated event(s) from %1 to %2", nullptr, int(m_index.placedCount()))
                                 .arg(locale.toString(m_index.firstDate(), QLocale::LongFormat),
                                      locale.toString(m_index.lastDate(), QLocale::LongFormat)));
}

void TimelineWidget::updateBrushAction()
{
    m_clearBrushAction->setEnabled(hasBrush());
    m_clearButton->setVisible(hasBrush());
    relayout();
}

void TimelineWidget::setHoverEvent(int event)
{
    if (event != m_hoverEvent) {
        m_hoverEvent = event;
        update();
    }
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    ensureBins();
    QPainter painter(this);
    TimelinePainter::paint(painter, QRectF(rect()), m_scale, m_bins, m_style);
    paintOverlays(painter);
}

void TimelineWidget::paintOverlays(QPainter &painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    // The hovered mark gets an outline in the text colour.
    if (m_hoverEvent >= 0) {
        for (size_t l = 0; l < m_bins.lanes().size() && l < m_layout.lanes.size(); ++l) {
            const auto &lane = m_bins.lanes()[l];
            for (const auto &mark : lane.marks) {
                if (mark.event == m_hoverEvent) {
                    painter.setPen(QPen(m_style.text, 1.5));
                    painter.setBrush(Qt::NoBrush);
                    const QRectF r = TimelinePainter::markRect(m_layout.lanes[l], m_style, lane, mark);
                    painter.drawRoundedRect(r.adjusted(-1.5, -1.5, 1.5, 1.5), 2.5, 2.5);
                }
            }
        }
    }
    if (hasBrush()) {
        const auto [x0, x1] = m_scale.xRangeForSpan(m_brushFrom, m_brushTo);
        const QRectF area = m_layout.plot.united(m_layout.axis);
        const QRectF band(area.left() + x0, area.top(), std::max(1.0, x1 - x0), area.height());
        QColor fill = palette().color(QPalette::Highlight);
        painter.setClipRect(area);
        fill.setAlpha(45);
        painter.fillRect(band, fill);
        fill.setAlpha(200);
        painter.setPen(QPen(fill, 1));
        painter.drawLine(QPointF(band.left() + 0.5, band.top()), QPointF(band.left() + 0.5, band.bottom()));
        painter.drawLine(QPointF(band.right() - 0.5, band.top()), QPointF(band.right() - 0.5, band.bottom()));

        const QLocale locale;
        const QString format = QStringLiteral("d MMM yyyy");
        const QString label = m_brushFrom == m_brushTo
            ? locale.toString(m_brushFrom, format)
            : locale.toString(m_brushFrom, format) + QStringLiteral(" – ") + locale.toString(m_brushTo, format);
        const QFontMetricsF metrics(m_style.font);
        const QSizeF size(metrics.horizontalAdvance(label) + 12, metrics.height() + 4);
        double left = std::clamp(band.center().x() - size.width() / 2, area.left() + 2, area.right() - size.width() - 2);
        const QRectF labelRect(QPointF(left, area.top() + 3), size);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::Highlight));
        painter.drawRoundedRect(labelRect, 3, 3);
        painter.setPen(palette().color(QPalette::HighlightedText));
        painter.drawText(labelRect, Qt::AlignCenter, label);
    }
    if (hasFocus()) {
        QColor focus = palette().color(QPalette::Highlight);
        focus.setAlpha(160);
        painter.setClipping(false);
        painter.setPen(QPen(focus, 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
    painter.restore();
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipTextAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
    invalidate();
}

void TimelineWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange) {
        updateStyle();
    }
}

} // namespace Annalist
