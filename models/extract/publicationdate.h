#pragma once

#include <QDate>
#include <QString>

namespace Annalist::Extract {

// A publication date read from the text itself.
struct PublicationDate
{
    QDate date; // invalid when none was found
    qsizetype start = -1; // UTF-16 offset of the date expression in the text
    qsizetype length = 0;
    QString method; // "dateline" (a line that is essentially the date, "02 Jan 2026 (AFP)") or "header"
    bool isValid() const { return date.isValid(); }
};

// Looks for a full calendar date in the first lines of an article: datelines such as
// "02 Jan 2026", "02 Jan 2026•", "Jan 8, 2026 (AFP)", "22 Jul, 2025", "2026-01-02",
// "WASHINGTON, Jan. 8, 2026 (AFP) -". Reads at most the head of the text (a few lines,
// at most 2,000 characters), never the whole article. Returns an invalid date when none.
PublicationDate detectPublicationDate(const QString &text);

} // namespace Annalist::Extract
