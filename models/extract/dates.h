#pragma once

#include "extract/tokenizer.h"
#include "extract/types.h"

#include <QDate>
#include <QList>
#include <QStringView>

#include <vector>

namespace Annalist::Extract {

// Finds TIMEX3 DATE expressions and normalises them against the publication date (dct),
// TempEval-3 style: "2025-08-22", "2025-08", "2025", "2025-W37", "2025-Q3", "2021/2025",
// "PAST_REF", "PRESENT_REF", "FUTURE_REF". Relative dates lean to the past, as news does:
// "in April" in a June article is April of the same year, "Wednesday" the most recent
// Wednesday on or before the dct, unless the sentence speaks of the future ("will",
// "next", "upcoming"). Without a dct, expressions that need one get "XXXX"-based values.
// Durations ("12 months") and quantities ("2,000 characters") are not dates.
QList<Timex> findDates(QStringView text, const std::vector<Token> &tokens, const QDate &dct);

// Convenience for tests and tools: tokenises text itself.
QList<Timex> findDates(QStringView text, const QDate &dct);

} // namespace Annalist::Extract
