#include "tagchipdelegate.h"

#include "itemmodels/articlelistmodel.h"
#include "itemmodels/tagtreemodel.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>

#include <optional>

namespace Annalist {

namespace {

constexpr int chipPadding = 5; // left and right of the text inside a chip
constexpr int chipSpacing = 3;
constexpr int chipMaxText = 130; // longer paths elide in the middle
constexpr int moreWidth = 28; // "+N"

QFont chipFont(const QFont &base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    else if (font.pixelSize() > 0)
        font.setPixelSize(std::max(8, font.pixelSize() * 85 / 100));
    return font;
}

} // namespace

TagChipDelegate::TagChipDelegate(int column, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_column(column)
{
}

QColor TagChipDelegate::textColorOn(const QColor &background)
{
    // Rec. 601 luma: dark text on light chips, white on dark ones.
    const int luma = (background.red() * 299 + background.green() * 587 + background.blue() * 114) / 1000;
    return luma > 150 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
}

QList<TagChipDelegate::Chip> TagChipDelegate::layoutChips(const QStringList &names, const QStringList &colors,
                                                          const QRect &rect, const QFont &font, int *hidden)
{
    const QFontMetrics metrics(font);
    const int height = std::min(rect.height() - 2, metrics.height() + 2);
    const int top = rect.top() + (rect.height() - height) / 2;
    const auto colourAt = [&colors](qsizetype i) {
        const QColor colour(colors.value(i));
        return colour.isValid() ? colour : TagTreeModel::defaultColor();
    };
    // Right-aligned chips of these texts when all of them fit.
    const auto allFit = [&](const QStringList &texts, bool dots) -> std::optional<QList<Chip>> {
        const int dot = std::max(6, height - 6);
        QList<int> widths;
        int total = 0;
        for (const QString &text : texts) {
            const int width = dots ? dot : metrics.horizontalAdvance(text) + 2 * chipPadding;
            widths.append(width);
            total += width + (widths.size() > 1 ? chipSpacing : 0);
        }
        if (total > rect.width())
            return std::nullopt;
        QList<Chip> chips;
        int x = rect.right() + 1 - total;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const QRect box = dots ? QRect(x, rect.top() + (rect.height() - dot) / 2, dot, dot)
                                   : QRect(x, top, widths.at(i), height);
            chips.append(Chip{box, dots ? QString() : texts.at(i), colourAt(i)});
            x += widths.at(i) + chipSpacing;
        }
        return chips;
    };
    if (hidden)
        *hidden = 0;
    // Whole paths, then the last level only, then a coloured dot per tag (the tooltip names
    // them all)...
    QStringList full;
    QStringList leaves;
    for (const QString &name : names) {
        full.append(metrics.elidedText(name, Qt::ElideMiddle, chipMaxText));
        leaves.append(metrics.elidedText(name.section(QLatin1Char('/'), -1), Qt::ElideRight, chipMaxText));
    }
    if (auto chips = allFit(full, false))
        return *chips;
    if (auto chips = allFit(leaves, false))
        return *chips;
    if (auto chips = allFit(names, true))
        return *chips;
    // ...and when not even the dots fit, the first leaves that do and "+N" for the rest.
    QList<Chip> chips;
    int x = rect.left() + moreWidth + chipSpacing;
    for (qsizetype i = 0; i < leaves.size(); ++i) {
        const int width = metrics.horizontalAdvance(leaves.at(i)) + 2 * chipPadding;
        if (x + width > rect.right() + 1)
            break;
        chips.append(Chip{QRect(x, top, width, height), leaves.at(i), colourAt(i)});
        x += width + chipSpacing;
    }
    if (hidden)
        *hidden = int(names.size() - chips.size());
    return chips;
}

void TagChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList names = index.column() == m_column ? index.data(ArticleListModel::TagNamesRole).toStringList()
                                                         : QStringList();
    if (names.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QStringList colors = index.data(ArticleListModel::TagColorsRole).toStringList();
    const QFont font = chipFont(option.font);
    // The chips take at most 60% of the cell; the title keeps the rest.
    const QRect area = option.rect.adjusted(option.rect.width() * 2 / 5, 0, -3, 0);
    int hidden = 0;
    const QList<Chip> chips = layoutChips(names, colors, area, font, &hidden);
    const int moreLeft = area.left();
    const int chipsLeft = hidden > 0 ? moreLeft : (chips.isEmpty() ? area.right() : chips.constFirst().rect.left());

    QStyleOptionViewItem titleOption(option);
    titleOption.rect.setRight(chipsLeft - chipSpacing);
    // Background and selection across the whole cell, then the title in what is left of it.
    QStyleOptionViewItem background(option);
    background.text.clear();
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    QStyledItemDelegate::paint(painter, titleOption, index);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(font);
    for (const Chip &chip : std::as_const(chips)) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(chip.color);
        if (chip.text.isEmpty()) {
            painter->drawEllipse(QRectF(chip.rect));
            continue;
        }
        painter->drawRoundedRect(QRectF(chip.rect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        painter->setPen(textColorOn(chip.color));
        painter->drawText(chip.rect, Qt::AlignCenter, chip.text);
    }
    if (hidden > 0) {
        const QRect more(moreLeft, area.top(), moreWidth, area.height());
        painter->setPen(option.state & QStyle::State_Selected ? option.palette.color(QPalette::HighlightedText)
                                                              : option.palette.color(QPalette::PlaceholderText));
        painter->drawText(more, Qt::AlignCenter, QStringLiteral("+%1").arg(hidden));
    }
    painter->restore();
}

} // namespace Annalist
