#include "extract/lexicon.h"

#include <array>

namespace Annalist::Extract::Lexicon {

namespace {

constexpr std::array<const char16_t *, 12> monthNames = {u"january", u"february", u"march", u"april", u"may", u"june",
    u"july", u"august", u"september", u"october", u"november", u"december"};
constexpr std::array<const char16_t *, 7> weekdayNames
    = {u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday"};

// Compares word (ASCII letters) with a lower-case name, ignoring case.
bool equalsFolded(QStringView word, const char16_t *lower, qsizetype length)
{
    if (word.size() != length)
        return false;
    for (qsizetype i = 0; i < length; ++i) {
        char16_t c = word[i].unicode();
        if (c >= 'A' && c <= 'Z')
            c = char16_t(c + ('a' - 'A'));
        if (c != lower[i])
            return false;
    }
    return true;
}

qsizetype length16(const char16_t *s)
{
    qsizetype n = 0;
    while (s[n])
        ++n;
    return n;
}

bool acceptableCase(QStringView word, bool caseSensitive)
{
    if (word.isEmpty())
        return false;
    if (!caseSensitive)
        return true;
    return isAsciiUpper(word.front()); // "May", "MAY", not "may"
}

// Matches full names, three-letter abbreviations and "Sept"/"Tues"/"Thur"/"Thurs"-style
// four/five-letter prefixes; a trailing dot is allowed after an abbreviation.
int matchName(QStringView word, const char16_t *const *names, int count, bool caseSensitive, bool *abbreviated)
{
    if (word.size() < 3 || word.size() > 10 || !acceptableCase(word, caseSensitive))
        return 0;
    // quick rejection on the first letter: months and weekdays start with one of these
    switch (word.front().unicode() | 0x20) {
    case 'j': case 'f': case 'm': case 'a': case 's': case 'o': case 'n': case 'd': case 't': case 'w':
        break;
    default:
        return 0;
    }
    bool dotted = false;
    if (word.endsWith(QLatin1Char('.'))) {
        word.chop(1);
        dotted = true;
    }
    if (word.size() < 3)
        return 0;
    for (int i = 0; i < count; ++i) {
        const qsizetype full = length16(names[i]);
        if (!dotted && equalsFolded(word, names[i], full)) {
            if (abbreviated)
                *abbreviated = false;
            return i + 1;
        }
        const bool prefixLength = word.size() == 3 || (word.size() == 4 && i == 8 && names == monthNames.data())
            || (word.size() >= 4 && word.size() <= 5 && (i == 1 || i == 3) && names == weekdayNames.data());
        if (prefixLength && word.size() < full && equalsFolded(word, names[i], word.size())) {
            if (abbreviated)
                *abbreviated = true;
            return i + 1;
        }
    }
    return 0;
}

} // namespace

int monthFromName(QStringView word, bool caseSensitive)
{
    return matchName(word, monthNames.data(), int(monthNames.size()), caseSensitive, nullptr);
}

bool isMonthAbbreviation(QStringView word)
{
    bool abbreviated = false;
    return matchName(word, monthNames.data(), int(monthNames.size()), false, &abbreviated) && abbreviated;
}

int weekdayFromName(QStringView word)
{
    return matchName(word, weekdayNames.data(), int(weekdayNames.size()), true, nullptr);
}

int parseDigits(QStringView digits)
{
    if (digits.isEmpty() || digits.size() > 9)
        return -1;
    int value = 0;
    for (QChar c : digits) {
        if (!isAsciiDigit(c))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

} // namespace Annalist::Extract::Lexicon
