#pragma once

#include <QDate>
#include <QString>

namespace Annalist {

// A publication date as metadata writes it: ISO 8601 ("2026-01-02", "2026-01-02T09:30:00+08:00",
// "2026/01/02", "20260102"), RFC 2822 ("Fri, 02 Jan 2026 09:30:00 +0000") or English
// ("January 2, 2026", "2 Jan 2026"). The calendar date as written is kept: a time zone
// never moves it to another day. Invalid for anything else.
QDate parseMetadataDate(const QString &value);

} // namespace Annalist
