#pragma once

#include "passagehighlights.h"
#include "sourceoverlays.h"

#include <QList>
#include <QPair>
#include <QPlainTextEdit>
#include <QString>

class QAction;
class QMenu;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Annalist {

class FindBar;
class PassageMargin;

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

    // Entity and date overlays of the shown article (EntityStore::mentions() and timexes() of
    // it), drawn over the syntax highlighting and converted to document positions once here.
    // readableText is the text their offsets index: overlays are shown only when that is the
    // text shown (the same QString given to setDocument(), usually sharing its data), otherwise
    // cleared and false returned — offsets into another text (extracted text of an HTML page
    // while its markup is shown) would land on the wrong characters. Cleared by setDocument().
    bool setAnnotations(const QList<MentionRow> &mentions, const QList<TimexRow> &timexes,
                        const QString &readableText);
    const SourceOverlays &overlays() const { return m_overlays; }
    // Per type ("PERSON", ...) and for dates; also offered in the context menu.
    void setOverlayTypeVisible(const QString &type, bool visible);
    bool isOverlayTypeVisible(const QString &type) const;
    void setDateOverlayVisible(bool visible);
    bool isDateOverlayVisible() const;

    // Mentions of the entity the analyst picked, highlighted strongly and navigable with
    // nextMention()/previousMention(). setActiveEntity() takes them from the annotations;
    // setEntityMentions() takes text ranges. Both scroll to the first; an empty list clears.
    void setActiveEntity(qint64 entityId);
    qint64 activeEntity() const { return m_activeEntity; }
    void setEntityMentions(const QList<Range> &ranges);
    int entityMentionCount() const { return int(m_mentionPositions.size()); }
    int currentEntityMention() const { return m_currentMention; }

    // The analyst's passage annotations of the shown article (offsets into the text given to
    // setDocument()): drawn as highlights beneath the entity overlays, with a marker per
    // highlighted line in a narrow left margin (and a note icon where there is a note); hovering
    // shows the note. Orphaned annotations are not drawn. Cleared by setDocument().
    void setPassageAnnotations(const QList<Annotation> &annotations);
    const PassageHighlights &passages() const { return m_passages; }
    // The selection as a range of the shown text, surrounding white space left out; length 0
    // when nothing but white space is selected.
    Range selectedRange() const;
    // Selects @p range of the shown text and scrolls it to the middle of the view.
    void selectRange(const Range &range);
    // The text cursor as an offset into the shown text (not a document position: each CRLF
    // pair is one position in the document but two characters of the text).
    qsizetype cursorOffset() const { return textOffset(textCursor().position()); }
    // The passage annotation under a viewport point (the innermost one), 0 if none.
    qint64 passageAt(const QPoint &viewportPoint) const;
    // Offered at the top of the context menu while text is selected (Highlight, …).
    void setSelectionActions(const QList<QAction *> &actions);
    QWidget *passageMargin() const;

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
    // Moves to the next / previous mention of the active entity, wrapping around.
    void nextMention();
    void previousMention();

Q_SIGNALS:
    // Emitted after setDocument() replaced the text.
    void documentReplaced();
    // The current entity mention changed: index in [0, count), or -1 with count 0.
    void currentMentionChanged(int index, int count);
    // The analyst asked, from the context menu or the margin, to change or delete a passage annotation.
    void editPassageRequested(qint64 annotationId);
    void recolorPassageRequested(qint64 annotationId, const QString &color);
    void deletePassageRequested(qint64 annotationId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    friend class PassageMargin;
    void applyTheme();
    void addPassageActions(QMenu *menu, const QPoint &viewportPoint);
    void addAnnotationActions(QMenu *menu, qint64 annotationId, QAction *before = nullptr);
    int positionAt(const QPoint &viewportPoint) const;
    qsizetype textOffset(int documentPosition) const;
    int marginWidth() const;
    void layoutFindBar();
    void updateExtraSelections();
    QPair<int, int> visiblePositions() const;
    int documentPosition(qsizetype textOffset) const;
    void setMentionPositions(const QList<QPair<int, int>> &positions);
    void goToMention(int index);

    QString m_format;
    QString m_text; // as given to setDocument() (implicitly shared, not copied)
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
    SourceOverlays m_overlays;
    PassageHighlights m_passages;
    PassageMargin *m_margin = nullptr;
    QList<QAction *> m_selectionActions;
    qint64 m_activeEntity = 0;
    QList<QPair<int, int>> m_mentionPositions; // the active entity's mentions, sorted by start
    int m_currentMention = -1;
};

} // namespace Annalist
