#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace Annalist::Language {

struct Choice
{
    QString code; // "" follows the system, otherwise a locale name such as "de" or "zh_CN"
    QString label; // shown in its own language
};

QList<Choice> choices();
QString configured();
void setConfigured(const QString &code);
// Installs Annalist's and Qt's translators for the configured (or system) language.
void install(QCoreApplication &app);

} // namespace Annalist::Language
