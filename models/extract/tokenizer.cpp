#include "extract/tokenizer.h"

namespace Annalist::Extract {

namespace {

inline bool isAsciiLetter(char16_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool isDigit(char16_t c) { return c >= '0' && c <= '9'; }
inline bool isLetter(char16_t c) { return c < 0x80 ? isAsciiLetter(c) : QChar(c).isLetter(); }
inline bool isAlnum(char16_t c) { return c < 0x80 ? (isAsciiLetter(c) || isDigit(c)) : QChar(c).isLetterOrNumber(); }
inline bool isUpper(char16_t c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : QChar(c).isUpper(); }
inline bool isLower(char16_t c) { return c < 0x80 ? (c >= 'a' && c <= 'z') : QChar(c).isLower(); }
inline bool isSpace(char16_t c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xA0 || c == 0x3000; }
inline bool isApostrophe(char16_t c) { return c == '\'' || c == 0x2019; }

// Words whose trailing dot belongs to them.
bool keepsDot(const char16_t *s, qsizetype len)
{
    static constexpr const char16_t *words[] = {u"Co", u"Inc", u"Ltd", u"Corp", u"Jr", u"Sr", u"St", u"Dr", u"Mr", u"Ms",
        u"Mrs", u"Prof", u"Gen", u"Rep", u"Sen", u"Gov", u"No", u"vs", u"Jan", u"Feb", u"Mar", u"Apr", u"Jun", u"Jul",
        u"Aug", u"Sep", u"Sept", u"Oct", u"Nov", u"Dec", u"Mt", u"Ft"};
    for (const char16_t *w : words) {
        qsizetype i = 0;
        while (i < len && w[i] && w[i] == s[i])
            ++i;
        if (i == len && !w[i])
            return true;
    }
    return false;
}

} // namespace

std::vector<Token> tokenize(QStringView text)
{
    std::vector<Token> tokens;
    tokens.reserve(size_t(text.size() / 5 + 16));
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    int newlines = 2; // the text start counts as a paragraph start
    bool space = true;
    bool sentenceEnded = true;
    qsizetype lineStart = 0;

    while (i < n) {
        const char16_t c = s[i];
        if (isSpace(c)) {
            if (c == '\n') {
                ++newlines;
                lineStart = i + 1;
            }
            space = true;
            ++i;
            continue;
        }
        Token t;
        t.start = std::int32_t(i);
        if (space)
            t.flags |= Token::SpaceBefore;
        if (newlines > 0 || tokens.empty())
            t.flags |= Token::LineStart;
        if (newlines > 1)
            t.flags |= Token::ParaStart;

        if (isAlnum(c)) {
            t.flags |= Token::Word;
            if (isUpper(c))
                t.flags |= Token::Cap;
            qsizetype j = i;
            int letters = 0;
            int upper = 0;
            int lower = 0;
            int digits = 0;
            bool dotted = false;
            // "U.S.", "U.K.", "U.S.A.": single capitals each followed by a dot
            if (isUpper(c) && i + 3 < n && s[i + 1] == '.' && isUpper(s[i + 2]) && s[i + 3] == '.') {
                j = i;
                while (j + 1 < n && isUpper(s[j]) && s[j + 1] == '.' && (j + 2 >= n || !isLetter(s[j + 2]) || isUpper(s[j + 2]))) {
                    ++upper;
                    ++letters;
                    j += 2;
                    if (j < n && !(isUpper(s[j]) && j + 1 < n && s[j + 1] == '.'))
                        break;
                }
                dotted = true;
            } else {
                while (j < n) {
                    const char16_t d = s[j];
                    if (isAlnum(d)) {
                        if (isDigit(d)) {
                            ++digits;
                        } else {
                            ++letters;
                            if (isUpper(d))
                                ++upper;
                            else if (isLower(d))
                                ++lower;
                        }
                        ++j;
                        continue;
                    }
                    if (j + 1 < n) {
                        const char16_t e = s[j + 1];
                        // joined hyphen: GPT-5.6, Lira-Cantu, e-commerce
                        if ((d == '-' || d == 0x2010 || d == 0x2011) && isAlnum(e)) {
                            t.flags |= Token::Hyphenated;
                            ++j;
                            continue;
                        }
                        // decimal point or thousands separator between digits: 4.8, 1,250
                        if ((d == '.' || d == ',') && isDigit(s[j - 1]) && isDigit(e)) {
                            const bool thousands = j + 3 < n && isDigit(s[j + 2]) && isDigit(s[j + 3])
                                && (j + 4 >= n || !isDigit(s[j + 4]));
                            if (d == ',' && !thousands)
                                break;
                            ++j;
                            continue;
                        }
                        // inner apostrophe: Xi'an, O'Brien, don't (not a possessive 's)
                        if (isApostrophe(d) && isLetter(e)
                            && !((e == 's' || e == 'S') && (j + 2 >= n || !isLetter(s[j + 2])))) {
                            ++j;
                            continue;
                        }
                        // dotted domain-like names: JD.com, Character.AI
                        if (d == '.' && isLetter(s[j - 1]) && isLetter(e)) {
                            qsizetype k = j + 1;
                            while (k < n && isLetter(s[k]))
                                ++k;
                            if (k - j - 1 <= 3 && (k >= n || !isAlnum(s[k])) && (k >= n || s[k] != '.')) {
                                letters += int(k - j - 1);
                                j = k;
                                continue;
                            }
                        }
                    }
                    break;
                }
                // "John F. Kennedy": an initial keeps its dot and ends no sentence
                const bool initial = j - i == 1 && isUpper(c) && j + 2 < n && s[j] == '.' && s[j + 1] == ' '
                    && isUpper(s[j + 2]);
                if (j < n && s[j] == '.' && digits == 0 && (initial || keepsDot(s + i, j - i))) {
                    ++j;
                    dotted = true;
                }
            }
            t.length = std::int32_t(j - i);
            if (digits)
                t.flags |= Token::HasDigit;
            if (letters)
                t.flags |= Token::HasLetter;
            if (letters >= 2 && lower == 0 && upper >= 2)
                t.flags |= Token::AllCaps;
            if (dotted)
                t.flags |= Token::Dotted;
            // Citation markers glued to the last word of a paragraph: "...breakout3\n"
            if (digits && letters) {
                qsizetype k = j;
                while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r'))
                    ++k;
                const bool endOfLine = k >= n || s[k] == '\n';
                if (endOfLine && i - lineStart > 80 && isDigit(s[j - 1])) {
                    qsizetype d = j;
                    while (d > i && isDigit(s[d - 1]))
                        --d;
                    if (d > i && isLower(s[d - 1]) && j - d <= 2) {
                        t.length = std::int32_t(d - i);
                        t.flags &= ~Token::HasDigit;
                        if (sentenceEnded)
                            t.flags |= Token::SentStart;
                        tokens.push_back(t);
                        Token cite;
                        cite.start = std::int32_t(d);
                        cite.length = std::int32_t(j - d);
                        cite.flags = Token::Word | Token::HasDigit | Token::Citation;
                        tokens.push_back(cite);
                        i = j;
                        space = false;
                        newlines = 0;
                        sentenceEnded = false;
                        continue;
                    }
                }
            }
            if (sentenceEnded || (t.flags & Token::LineStart))
                t.flags |= Token::SentStart;
            sentenceEnded = false;
            i = j;
            // possessive 's / ’s, or a plural's bare apostrophe
            if (i + 1 < n && isApostrophe(s[i]) && (s[i + 1] == 's' || s[i + 1] == 'S')
                && (i + 2 >= n || !isLetter(s[i + 2]))) {
                t.flags |= Token::Possessive;
                i += 2;
            } else if (i < n && isApostrophe(s[i]) && s[i - 1] == 's' && (i + 1 >= n || !isLetter(s[i + 1]))) {
                t.flags |= Token::Possessive;
                i += 1;
            }
        } else {
            t.length = 1;
            ++i;
            // A dotted abbreviation at the end of a sentence ("... the U.S. The") cannot be told
            // apart from one inside it; "U.S." and "Co." do not end sentences here.
            if (c == '.' || c == '!' || c == '?' || c == 0x3002)
                sentenceEnded = true;
            // "Key implications: Advanced AI ..." and list bullets open a sentence too
            else if (c == ':' && (i >= n || s[i] == ' ' || s[i] == '\n'))
                sentenceEnded = true;
            else if ((t.flags & Token::LineStart) && (c == '-' || c == 0x2022 || c == '*' || c == 0x2013 || c == 0x2014 || c == '>'))
                sentenceEnded = true;
        }
        tokens.push_back(t);
        space = false;
        newlines = 0;
    }
    return tokens;
}

} // namespace Annalist::Extract
