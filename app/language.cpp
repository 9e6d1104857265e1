#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Annalist::Language {

QList<Choice> choices()
{
    return {
        {QString(), QCoreApplication::translate("Annalist::Language", "System Language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
}

QString configured()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void setConfigured(const QString &code)
{
    QSettings().setValue(QStringLiteral("language"), code);
}

void install(QCoreApplication &app)
{
    const QString code = configured();
    QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    // The "C" locale of a bare environment means English (its plural forms live in annalist_en).
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    if (!code.isEmpty())
        QLocale::setDefault(locale);

    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("annalist"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(own);
    else
        delete own;

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    const QString qtTranslations = QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtTranslations))
        app.installTranslator(qt);
    else
        delete qt;
}

} // namespace Annalist::Language
