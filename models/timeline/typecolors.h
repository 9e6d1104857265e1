#pragma once

#include <QColor>
#include <QPalette>
#include <QStringView>

// One set of colours for entity types and dates, shared by everything that draws them — the
// entity sidebar, the source view overlays, the timeline and the PDF — so PERSON is the same
// blue everywhere. Each colour has a light and a dark variant with similar contrast against
// the palette's base colour.
namespace Annalist::TypeColors {

// Dark palettes have a dark window colour, whatever the style calls itself.
inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// type is one of the stored strings "PERSON", "ORG", "PLACE", "PRODUCT", "EVENT".
inline QColor entityColor(QStringView type, bool dark)
{
    struct Entry
    {
        QStringView type;
        QRgb light;
        QRgb dark;
    };
    static const Entry entries[] = {
        {QStringView(u"PERSON"), 0x2b6cb0, 0x63b3ed}, // blue
        {QStringView(u"ORG"), 0x6b46c1, 0xb794f4}, // violet
        {QStringView(u"PLACE"), 0x2f855a, 0x68d391}, // green
        {QStringView(u"PRODUCT"), 0xc05621, 0xf6ad55}, // orange
        {QStringView(u"EVENT"), 0xc53030, 0xfc8181}, // red
    };
    for (const Entry &entry : entries) {
        if (entry.type == type) {
            return QColor(dark ? entry.dark : entry.light);
        }
    }
    return dark ? QColor(0xa0aec0) : QColor(0x4a5568);
}

// Dates found in the text: a neutral slate, so entity colours stand out next to them.
inline QColor dateColor(bool dark)
{
    return dark ? QColor(0xa3b1c6) : QColor(0x4a5568);
}

// Publication dates: amber, distinct from mentioned dates and from the (blue) selection.
inline QColor publicationColor(bool dark)
{
    return dark ? QColor(0xf0b429) : QColor(0xb7791f);
}

} // namespace Annalist::TypeColors
