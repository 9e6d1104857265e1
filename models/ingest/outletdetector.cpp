#include "ingest/outletdetector.h"

#include <QRegularExpression>

namespace Annalist {

namespace {

// Credits are short names: "AFP", "Reuters", "Xinhua", "The Associated Press".
bool plausibleOutlet(QStringView name)
{
    if (name.isEmpty() || name.size() > 40 || !name.front().isUpper())
        return false;
    int words = 1;
    for (QChar c : name) {
        if (c == QLatin1Char(' '))
            ++words;
        else if (!c.isLetterOrNumber() && c != QLatin1Char('&') && c != QLatin1Char('.') && c != QLatin1Char('-'))
            return false;
    }
    return words <= 4;
}

} // namespace

QString detectOutlet(QStringView text)
{
    const QStringView head = text.left(1500);
    // "(AFP)" right after a date or a capitalised dateline place, at most once per line start.
    static const QRegularExpression credit(QStringLiteral(
        "(?:\\d{4}|\\b[A-Z][A-Za-z]+,?)\\s*\\(([A-Z][A-Za-z&. -]{1,38})\\)\\s*(?:[-–—:]|$)"),
                                           QRegularExpression::MultilineOption);
    static const QRegularExpression sourceLine(QStringLiteral("^\\s*(?:Source|Quelle|来源)\\s*[:：]\\s*(\\S[^\\n]{0,38})\\s*$"),
                                               QRegularExpression::MultilineOption);
    for (const QRegularExpression *pattern : {&credit, &sourceLine}) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
        const QRegularExpressionMatch match = pattern->match(head);
#else
        const QRegularExpressionMatch match = pattern->match(head.toString());
#endif
        if (match.hasMatch()) {
            const QString name = match.captured(1).trimmed();
            if (plausibleOutlet(name))
                return name;
        }
    }
    return {};
}

} // namespace Annalist
