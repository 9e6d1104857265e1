#include "ingest/metadatadate.h"

#include <QDateTime>

namespace Annalist {

namespace {

bool digitsAt(const QString &s, qsizetype from, qsizetype count)
{
    if (from + count > s.size())
        return false;
    for (qsizetype i = from; i < from + count; ++i) {
        if (!s.at(i).isDigit())
            return false;
    }
    return true;
}

QDate plausible(QDate date)
{
    return date.isValid() && date.year() >= 1800 && date.year() <= 2200 ? date : QDate();
}

} // namespace

QDate parseMetadataDate(const QString &value)
{
    const QString s = value.trimmed();
    if (s.size() < 8)
        return QDate();
    // yyyy-MM-dd or yyyy/MM/dd, optionally followed by a time.
    if (digitsAt(s, 0, 4) && digitsAt(s, 5, 2) && digitsAt(s, 8, 2) && s.at(4) == s.at(7)
        && (s.at(4) == QLatin1Char('-') || s.at(4) == QLatin1Char('/')) && (s.size() == 10 || !s.at(10).isDigit()))
        return plausible(QDate(s.left(4).toInt(), s.mid(5, 2).toInt(), s.mid(8, 2).toInt()));
    // yyyyMMdd, optionally followed by "T..." (basic ISO format)
    if (digitsAt(s, 0, 8) && (s.size() == 8 || s.at(8) == QLatin1Char('T')))
        return plausible(QDate(s.left(4).toInt(), s.mid(4, 2).toInt(), s.mid(6, 2).toInt()));

    const QDateTime rfc = QDateTime::fromString(s, Qt::RFC2822Date);
    if (rfc.isValid())
        return plausible(rfc.date());
    // QDate::fromString with a format reads English month names in both Qt 5 and Qt 6.
    for (const char *format : { "MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy", "MMMM d yyyy" }) {
        const QDate date = QDate::fromString(s, QString::fromLatin1(format));
        if (date.isValid())
            return plausible(date);
    }
    return QDate();
}

} // namespace Annalist
