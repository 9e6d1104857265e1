#pragma once

#include <QStringView>

#include <cstdint>
#include <vector>

namespace Annalist::Extract {

// One token of the text: a word (letters and digits, with joined hyphens, decimal points,
// "U.S."-style dots and a few abbreviations' dots), or a single punctuation character.
// Offsets are UTF-16 units of the original text; nothing is copied.
struct Token
{
    enum Flag : std::uint16_t {
        Word = 1 << 0, // starts with a letter or digit
        Cap = 1 << 1, // starts with an upper-case letter
        AllCaps = 1 << 2, // two or more letters, none lower case
        HasDigit = 1 << 3,
        HasLetter = 1 << 4,
        LineStart = 1 << 5, // first token of its line
        ParaStart = 1 << 6, // first token after a blank line (or of the text)
        SentStart = 1 << 7, // first word of a sentence (after . ! ? or a line start)
        Possessive = 1 << 8, // followed by 's / ’s (consumed, not a token) or a plural s’
        SpaceBefore = 1 << 9, // white space right before
        Citation = 1 << 10, // digits glued to the end of a paragraph ("breakout3")
        Hyphenated = 1 << 11, // contains a joined '-'
        Dotted = 1 << 12, // ends in '.' ("U.S.", "Co.", "Jan.")
    };
    std::int32_t start = 0;
    std::int32_t length = 0;
    std::uint16_t flags = 0;

    bool has(Flag f) const { return flags & f; }
    std::int32_t end() const { return start + length; }
};

std::vector<Token> tokenize(QStringView text);

// The token's text.
inline QStringView tokenText(QStringView text, const Token &t)
{
    return text.mid(t.start, t.length);
}

} // namespace Annalist::Extract
