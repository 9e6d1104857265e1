#pragma once

#include <QString>
#include <QStringView>

namespace Annalist {

// Longest title kept; longer candidates are cut at a sentence end or a word boundary.
constexpr int MaxTitleLength = 160;

enum class TextFlavor {
    Plain,
    Markdown, // line syntax (#, >, emphasis, links) is removed before a line is judged
};

// The title of an article whose format offers no better one: the first meaningful line near
// the top. Skips blank lines, lines without letters ("[1]", "---"), furniture such as
// "Share", "2 Sources" or "5 min read", one-word ALL-CAPS section labels ("INSIGHTS"),
// bylines ("By Jane Doe") and a masthead line ("Spike News") right above a headline. When
// the first line is a long lead paragraph and a headline-like line follows closely, that
// line wins; otherwise the paragraph's first sentence. Empty when nothing qualifies.
QString guessTitle(QStringView text, TextFlavor flavor = TextFlavor::Plain);

// Whitespace collapsed and length capped; for titles from any source (metadata included).
QString cleanTitle(QStringView title);

// Markdown inline syntax removed: "**Big** [news](http://x)" -> "Big news".
QString stripMarkdownInline(QStringView line);

// True when text holds nothing but whitespace; cheap, stops at the first visible character.
bool isBlank(QStringView text);

} // namespace Annalist
