#pragma once

#include <QStringView>

namespace Annalist::Extract::Lexicon {

// Month number 1..12 for "January", "Jan", "Jan.", "Sept" (any case when caseSensitive is false,
// else the word must be capitalised or all caps: "may" is a verb); 0 otherwise.
int monthFromName(QStringView word, bool caseSensitive = true);
// True when monthFromName() matched an abbreviation, not the full name.
bool isMonthAbbreviation(QStringView word);
// Day of week 1 (Monday) ..7 for "Monday", "Mon", "Tues"...; 0 otherwise. Capitalised only.
int weekdayFromName(QStringView word);

inline bool isAsciiDigit(QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; }
inline bool isAsciiUpper(QChar c) { return c.unicode() >= 'A' && c.unicode() <= 'Z'; }
inline bool isAsciiLower(QChar c) { return c.unicode() >= 'a' && c.unicode() <= 'z'; }
// Equality with a literal whose length is known at compile time (no strlen, no allocation).
template<qsizetype N>
inline bool eq(QStringView a, const char16_t (&b)[N])
{
    if (a.size() != N - 1)
        return false;
    const char16_t *s = a.utf16();
    for (qsizetype i = 0; i < N - 1; ++i)
        if (s[i] != b[i])
            return false;
    return true;
}
// Same, ignoring the case of ASCII letters; b must be lower case.
template<qsizetype N>
inline bool eqFolded(QStringView a, const char16_t (&b)[N])
{
    if (a.size() != N - 1)
        return false;
    const char16_t *s = a.utf16();
    for (qsizetype i = 0; i < N - 1; ++i) {
        char16_t c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = char16_t(c + 32);
        if (c != b[i])
            return false;
    }
    return true;
}

// Value of an all-digit view (at most 9 digits), -1 if it is not one.
int parseDigits(QStringView digits);

} // namespace Annalist::Extract::Lexicon
