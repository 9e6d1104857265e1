#include "highlightcolors.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace Annalist::HighlightColors {

namespace {

QColor blend(const QColor &base, const QColor &tint, qreal amount)
{
    const auto mix = [amount](qreal a, qreal b) { return a + (b - a) * amount; };
    return QColor::fromRgbF(float(mix(base.redF(), tint.redF())), float(mix(base.greenF(), tint.greenF())),
                            float(mix(base.blueF(), tint.blueF())));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

QColor hue(const QString &name)
{
    if (name == QLatin1String("yellow"))
        return QColor(255, 214, 0);
    if (name == QLatin1String("green"))
        return QColor(76, 196, 90);
    if (name == QLatin1String("blue"))
        return QColor(66, 150, 255);
    if (name == QLatin1String("pink"))
        return QColor(255, 105, 180);
    if (name == QLatin1String("orange"))
        return QColor(255, 140, 30);
    if (name == QLatin1String("purple"))
        return QColor(160, 100, 230);
    return QColor(150, 150, 150);
}

QColor background(const QString &name, const QPalette &palette)
{
    // Light backgrounds take a clear pastel, dark ones a deeper tint that keeps light text legible.
    const QColor base = palette.color(QPalette::Base);
    return blend(base, hue(name), isDark(palette) ? 0.42 : 0.48);
}

QColor marker(const QString &name, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    return blend(base, hue(name), isDark(palette) ? 0.8 : 0.9);
}

QString label(const QString &name)
{
    if (name == QLatin1String("yellow"))
        return QCoreApplication::translate("HighlightColors", "Yellow");
    if (name == QLatin1String("green"))
        return QCoreApplication::translate("HighlightColors", "Green");
    if (name == QLatin1String("blue"))
        return QCoreApplication::translate("HighlightColors", "Blue");
    if (name == QLatin1String("pink"))
        return QCoreApplication::translate("HighlightColors", "Pink");
    if (name == QLatin1String("orange"))
        return QCoreApplication::translate("HighlightColors", "Orange");
    if (name == QLatin1String("purple"))
        return QCoreApplication::translate("HighlightColors", "Purple");
    if (name == QLatin1String("grey"))
        return QCoreApplication::translate("HighlightColors", "Grey");
    return name;
}

QIcon swatch(const QString &name, const QPalette &palette, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette.color(QPalette::Mid), 1));
    painter.setBrush(marker(name, palette));
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3);
    painter.end();
    return QIcon(pixmap);
}

} // namespace Annalist::HighlightColors
