#pragma once

#include <QList>
#include <QString>
#include <QTextCharFormat>

#include <memory>

namespace Annalist::Syntax {

// A run of text and how KSyntaxHighlighting colours it (foreground, bold, italic; never a
// background, so highlights and entity colours stay readable on top).
struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
    QTextCharFormat format;
};

// Syntax colours for print, away from the GUI thread: the definition for the article's format
// (Markdown for Markdown, the news-text definition for everything printed as readable text)
// with the "Printing" theme. Holds its own definition repository, so make one per job and use it
// on one thread. Without KSyntaxHighlighting in the build it finds nothing.
class PrintColors
{
public:
    PrintColors();
    ~PrintColors();
    PrintColors(const PrintColors &) = delete;
    PrintColors &operator=(const PrintColors &) = delete;

    static bool available();
    QList<Span> spans(const QString &format, const QString &text) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Annalist::Syntax
