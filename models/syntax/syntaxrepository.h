#pragma once

// Only available in builds with KSyntaxHighlighting (ANNALIST_HAVE_SYNTAX_HIGHLIGHTING): the
// including target must link KF<major>::SyntaxHighlighting itself.

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QString>

class QPalette;

namespace Annalist::Syntax {

// Name of the custom definition for plain news text, shipped in resources/syntax/annalist-news.xml.
inline QString newsDefinitionName()
{
    return QStringLiteral("Annalist News Text");
}

// Registers the shipped definitions (resources/syntax.qrc) with Qt's resource system; a
// Repository constructed afterwards finds them. Any thread, any number of times.
void registerResources();

// The one long-lived repository of the process, created on first use. Loading the definitions is
// expensive, so every view shares it. GUI thread only.
KSyntaxHighlighting::Repository &repository();

// Definition for an article format ("txt", "md", "html"); invalid for anything else (plain text).
KSyntaxHighlighting::Definition definitionForFormat(const QString &format);

// The default light or dark theme, whichever suits the palette's base colour.
KSyntaxHighlighting::Theme themeForPalette(const QPalette &palette);

} // namespace Annalist::Syntax
