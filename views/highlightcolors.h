#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

class QPalette;

namespace Annalist {

// The one place where the palette names of passage highlights (highlightColorNames(): yellow,
// green, ...) become colours. Every colour is a tint of the palette's base colour, so the same
// name reads well on light and on dark backgrounds.
namespace HighlightColors {

// The pure hue of a name, for swatches; grey for an unknown name.
QColor hue(const QString &name);
// Background of highlighted text.
QColor background(const QString &name, const QPalette &palette);
// The margin marker beside highlighted lines: stronger than the background.
QColor marker(const QString &name, const QPalette &palette);
// The translated name shown to the analyst ("Yellow").
QString label(const QString &name);
// A small rounded swatch of the colour, for menus, combo boxes and the annotations list.
QIcon swatch(const QString &name, const QPalette &palette, int size = 14);

} // namespace HighlightColors

} // namespace Annalist
