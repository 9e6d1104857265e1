#pragma once

#include <QList>
#include <QPair>
#include <QPlainTextEdit>
#include <QString>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Annalist {

class FindBar;

// Read-only viewer for the original text of an article. Colours the text with KSyntaxHighlighting
// when the build has it (definition chosen from the article's format, theme from the palette), and
// paints two kinds of highlights as extra selections: ranges set by the application (search hits)
// and the matches of the built-in find bar. Only the highlights in the visible part of the document
// are turned into extra selections, so tens of thousands of hits cost nothing while scrolling.
class SourceView final : public QPlainTextEdit
{
    Q_OBJECT

public:
    // Start offset and length, counted in UTF-16 code units of the text given to setDocument().
    using Range = QPair<qsizetype, qsizetype>;

    explicit SourceView(QWidget *parent = nullptr);
    ~SourceView() override;
    Q_DISABLE_COPY_MOVE(SourceView)

    // Shows @p text. @p format is the article's file format ("txt", "md", "html"); it selects the
    // highlighting definition; any other value shows plain text. Clears highlighted ranges and
    // find matches and scrolls to the top.
    void setDocument(const QString &text, const QString &format);
    QString format() const;
    // Name of the highlighting definition in use; empty for plain text or without KSyntaxHighlighting.
    QString definitionName() const;

    // Highlights @p ranges (e.g. full-text search hits); an empty list removes the highlights.
    void setHighlightedRanges(const QList<Range> &ranges);
    QList<Range> highlightedRanges() const;
    // Scrolls so that @p range is visible and puts the cursor at its start.
    void revealRange(const Range &range);

    // Matches of the find bar as document positions, all of length @p length; @p current is the
    // index of the current match or -1. Called by FindBar.
    void setFindMatches(const QList<int> &starts, int length, int current);

    FindBar *findBar() const;

    // The extra selections currently painted (visible highlights only); for tests and tooling.
    QList<QTextEdit::ExtraSelection> visibleHighlights() const;

public Q_SLOTS:
    // Bound by the main window to QKeySequence::Find, FindNext and FindPrevious.
    void showFindBar();
    void findNext();
    void findPrevious();

Q_SIGNALS:
    // Emitted after setDocument() replaced the text.
    void documentReplaced();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyTheme();
    void layoutFindBar();
    void updateExtraSelections();
    QPair<int, int> visiblePositions() const;
    int documentPosition(qsizetype textOffset) const;

    QString m_format;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    FindBar *m_findBar = nullptr;
    // Offsets of "\r\n" pairs in the original text: QTextDocument turns each pair into a single
    // block separator, so text offsets after them are shifted by one per pair.
    QList<qsizetype> m_crlfOffsets;
    QList<Range> m_ranges;
    QList<QPair<int, int>> m_rangePositions; // m_ranges in document positions, sorted by start
    QList<int> m_findStarts;
    int m_findLength = 0;
    int m_findCurrent = -1;
};

} // namespace Annalist
