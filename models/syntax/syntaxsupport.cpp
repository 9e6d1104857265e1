#include "syntax/syntaxsupport.h"

#ifdef ANNALIST_HAVE_SYNTAX_HIGHLIGHTING
#include "syntax/syntaxrepository.h"

#include <ksyntaxhighlighting_version.h>

#include <QPalette>

#include <mutex>

// Q_INIT_RESOURCE must be used outside any namespace. The resources live in a static library, so
// without this call the linker would drop them and the custom definition would never be found.
static void initAnnalistSyntaxResources()
{
    Q_INIT_RESOURCE(syntax);
}
#endif

namespace Annalist {

bool syntaxHighlightingAvailable()
{
#ifdef ANNALIST_HAVE_SYNTAX_HIGHLIGHTING
    return true;
#else
    return false;
#endif
}

QString syntaxHighlightingVersion()
{
#ifdef ANNALIST_HAVE_SYNTAX_HIGHLIGHTING
    return QStringLiteral(SyntaxHighlighting_VERSION_STRING);
#else
    return {};
#endif
}

#ifdef ANNALIST_HAVE_SYNTAX_HIGHLIGHTING
namespace Syntax {

void registerResources()
{
    static std::once_flag once;
    std::call_once(once, initAnnalistSyntaxResources);
}

KSyntaxHighlighting::Repository &repository()
{
    // The repository scans ":/org.kde.syntax-highlighting/syntax-addons" when it is constructed,
    // so the resources must be registered first.
    static KSyntaxHighlighting::Repository *const instance = [] {
        registerResources();
        return new KSyntaxHighlighting::Repository;
    }();
    return *instance;
}

KSyntaxHighlighting::Definition definitionForFormat(const QString &format)
{
    const QString key = format.toLower();
    if (key == QLatin1String("txt") || key == QLatin1String("text")) {
        return repository().definitionForName(newsDefinitionName());
    }
    if (key == QLatin1String("md") || key == QLatin1String("markdown")) {
        return repository().definitionForName(QStringLiteral("Markdown"));
    }
    if (key == QLatin1String("html") || key == QLatin1String("htm")) {
        return repository().definitionForName(QStringLiteral("HTML"));
    }
    return {};
}

KSyntaxHighlighting::Theme themeForPalette(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                          : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace Syntax
#endif

} // namespace Annalist
