#include "export/dossierstyle.h"

#include <QStringList>

namespace Annalist {

namespace {

// Text faces first, then a CJK face for the characters they lack: Qt falls back per glyph
// through the list, so Chinese notes and quotes render and are embedded like the rest.
const QStringList &serifFamilies()
{
    static const QStringList families = {QStringLiteral("DejaVu Serif"), QStringLiteral("Noto Serif CJK SC"),
                                         QStringLiteral("Noto Sans CJK SC"), QStringLiteral("serif")};
    return families;
}

const QStringList &sansFamilies()
{
    static const QStringList families = {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC"),
                                         QStringLiteral("sans-serif")};
    return families;
}

struct Swatch
{
    const char16_t *name;
    QRgb tint;
    QRgb strong;
};

constexpr Swatch swatches[] = {
    {u"yellow", 0xfff1a8, 0xe0b000}, {u"green", 0xcdeec4, 0x3f9b3a}, {u"blue", 0xcfe2fb, 0x2f6fc0},
    {u"pink", 0xfbd3e4, 0xd0457f},   {u"orange", 0xffddb8, 0xe07a1f}, {u"purple", 0xe4d9fa, 0x7b52c9},
    {u"grey", 0xe3e5e8, 0x7a8390},
};

const Swatch &swatch(const QString &name)
{
    for (const Swatch &entry : swatches) {
        if (name == QStringView(entry.name))
            return entry;
    }
    return swatches[0]; // an unknown name prints as the default yellow
}

} // namespace

DossierStyle DossierStyle::forPage(const QPageSize &pageSize, double dpi)
{
    DossierStyle style;
    style.dpi = dpi;
    const QSizeF millimetres = pageSize.size(QPageSize::Millimeter);
    style.page = QSizeF(style.mm(millimetres.width()), style.mm(millimetres.height()));
    const double left = style.mm(22);
    const double right = style.mm(12);
    const double top = style.mm(24);
    const double bottom = style.mm(22);
    const double gap = style.mm(6);
    const double noteWidth = style.mm(44);
    const double full = style.page.width() - left - right;
    // Below ~100 mm of text a margin column would squeeze both: notes then go to the end.
    if (full - noteWidth - gap >= style.mm(100)) {
        style.text = QRectF(left, top, full - noteWidth - gap, style.page.height() - top - bottom);
        style.notes = QRectF(style.text.right() + gap, top, noteWidth, style.text.height());
    } else {
        style.text = QRectF(left, top, full - style.mm(10), style.page.height() - top - bottom);
    }
    style.header = QRectF(left, style.mm(11), full, style.mm(8));
    style.footer = QRectF(left, style.page.height() - style.mm(14), full, style.mm(7));
    style.serif = style.serifFont(10);
    style.sans = style.sansFont(9);
    return style;
}

QFont DossierStyle::serifFont(double points, bool bold, bool italic) const
{
    QFont font;
    font.setFamilies(serifFamilies());
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    // No ligatures: an "fi" glyph would come out of the PDF as U+FB01 and defeat search.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QFont DossierStyle::sansFont(double points, bool bold) const
{
    QFont font;
    font.setFamilies(sansFamilies());
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QColor DossierStyle::highlightTint(const QString &name)
{
    return QColor(swatch(name).tint);
}

QColor DossierStyle::highlightStrong(const QString &name)
{
    return QColor(swatch(name).strong);
}

} // namespace Annalist
