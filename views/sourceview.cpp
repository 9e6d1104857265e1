#include "sourceview.h"

#include "findbar.h"
#include "passagemargin.h"

#ifdef ANNALIST_HAVE_SYNTAX_HIGHLIGHTING
#include "syntax/syntaxrepository.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>
#endif

#include <QEvent>
#include <QFontDatabase>
#include <QPalette>
#include <QScrollBar>
#include <QTextBlock>

#include <algorithm>

namespace Annalist {

namespace {

QColor blend(const QColor &base, const QColor &tint, qreal amount)
{
    const auto mix = [amount](qreal a, qreal b) { return a + (b - a) * amount; };
    return QColor::fromRgbF(float(mix(base.redF(), tint.redF())), float(mix(base.greenF(), tint.greenF())),
                            float(mix(base.blueF(), tint.blueF())));
}

struct HighlightColours {
    QColor hit;
    QColor match;
    QColor currentMatch;
    QColor mention;
    QColor currentMention;
};

// Tints of the palette's base colour, so the highlights work on light and dark backgrounds alike.
HighlightColours highlightColours(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    const qreal weak = dark ? 0.35 : 0.45;
    const QColor selection = palette.color(QPalette::Highlight);
    return {blend(base, QColor(255, 200, 0), weak), blend(base, QColor(40, 170, 255), weak),
            blend(base, QColor(255, 120, 0), dark ? 0.65 : 0.7), blend(base, selection, dark ? 0.5 : 0.4),
            blend(base, selection, dark ? 0.8 : 0.7)};
}

QTextEdit::ExtraSelection makeSelection(QTextDocument *document, int start, int length, const QColor &background)
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(document);
    const int end = std::min(start + length, document->characterCount() - 1);
    selection.cursor.setPosition(std::min(start, end));
    selection.cursor.setPosition(end, QTextCursor::KeepAnchor);
    selection.format.setBackground(background);
    return selection;
}

} // namespace

SourceView::SourceView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    // Keyboard selection lets readers copy passages and the find bar move the cursor visibly.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long URLs must not scroll sideways
    setUndoRedoEnabled(false);

    // News is prose: a proportional font, slightly larger than the UI font, with generous margins.
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * 1.15);
    }
    setFont(font);
    document()->setDocumentMargin(14);

#ifdef ANNALIST_HAVE_SYNTAX_HIGHLIGHTING
    // Created detached; attached in setDocument() once the definition is known.
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(this);
    m_highlighter->setDocument(nullptr);
#endif
    applyTheme();

    m_margin = new PassageMargin(this);
    connect(this, &QPlainTextEdit::updateRequest, m_margin, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_margin->scroll(0, dy);
        else
            m_margin->update(0, rect.y(), m_margin->width(), rect.height());
    });

    m_findBar = new FindBar(this);
    m_findBar->hide();
    connect(m_findBar, &FindBar::visibilityChanged, this, &SourceView::layoutFindBar);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &SourceView::updateExtraSelections);
}

SourceView::~SourceView()
{
    // A top-level view hides its children while QWidget's destructor closes it: the find bar's
    // hide must not reach this object, which is no longer a SourceView by then.
    disconnect(m_findBar, nullptr, this, nullptr);
    disconnect(verticalScrollBar(), nullptr, this, nullptr);
}

void SourceView::setDocument(const QString &text, const QString &format)
{
    m_format = format;
    m_text = text;
    m_crlfOffsets.clear();
    for (qsizetype i = text.indexOf(QLatin1String("\r\n")); i >= 0; i = text.indexOf(QLatin1String("\r\n"), i + 2)) {
        m_crlfOffsets.append(i);
    }

#ifdef ANNALIST_HAVE_SYNTAX_HIGHLIGHTING
    // Detach while the text is replaced: otherwise the old definition would highlight the new text
    // once and the new definition a second time.
    m_highlighter->setDocument(nullptr);
#endif
    setPlainText(text);
#ifdef ANNALIST_HAVE_SYNTAX_HIGHLIGHTING
    const KSyntaxHighlighting::Definition definition = Syntax::definitionForFormat(format);
    m_highlighter->setDefinition(definition);
    if (definition.isValid()) {
        // Highlights the whole document once, incrementally per block, on the next event loop turn.
        m_highlighter->setDocument(document());
    }
#endif

    m_ranges.clear();
    m_rangePositions.clear();
    m_findStarts.clear();
    m_findLength = 0;
    m_findCurrent = -1;
    m_overlays.clear();
    m_passages.clear();
    m_margin->update();
    m_activeEntity = 0;
    m_mentionPositions.clear();
    m_currentMention = -1;
    moveCursor(QTextCursor::Start);
    Q_EMIT documentReplaced();
    updateExtraSelections();
}

QString SourceView::format() const
{
    return m_format;
}

QString SourceView::definitionName() const
{
#ifdef ANNALIST_HAVE_SYNTAX_HIGHLIGHTING
    if (m_highlighter->document() && m_highlighter->definition().isValid()) {
        return m_highlighter->definition().name();
    }
#endif
    return {};
}

void SourceView::setHighlightedRanges(const QList<Range> &ranges)
{
    m_ranges = ranges;
    m_rangePositions.clear();
    m_rangePositions.reserve(ranges.size());
    for (const Range &range : ranges) {
        if (range.first < 0 || range.second <= 0) {
            continue;
        }
        const int start = documentPosition(range.first);
        const int end = documentPosition(range.first + range.second);
        if (end > start) {
            m_rangePositions.append({start, end - start});
        }
    }
    std::sort(m_rangePositions.begin(), m_rangePositions.end());
    updateExtraSelections();
}

QList<SourceView::Range> SourceView::highlightedRanges() const
{
    return m_ranges;
}

void SourceView::revealRange(const Range &range)
{
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(documentPosition(range.first), 0, document()->characterCount() - 1));
    setTextCursor(cursor);
    centerCursor();
    updateExtraSelections();
}

void SourceView::setFindMatches(const QList<int> &starts, int length, int current)
{
    m_findStarts = starts;
    m_findLength = length;
    m_findCurrent = (current >= 0 && current < starts.size()) ? current : -1;
    updateExtraSelections();
}

FindBar *SourceView::findBar() const
{
    return m_findBar;
}

QList<QTextEdit::ExtraSelection> SourceView::visibleHighlights() const
{
    return extraSelections();
}

void SourceView::showFindBar()
{
    m_findBar->showFindBar();
}

void SourceView::findNext()
{
    m_findBar->findNext();
}

void SourceView::findPrevious()
{
    m_findBar->findPrevious();
}

void SourceView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
        updateExtraSelections();
    }
}

void SourceView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    layoutFindBar();
    updateExtraSelections();
}

void SourceView::applyTheme()
{
#ifdef ANNALIST_HAVE_SYNTAX_HIGHLIGHTING
    const KSyntaxHighlighting::Theme theme = Syntax::themeForPalette(palette());
    if (theme.name() == m_highlighter->theme().name()) {
        return;
    }
    m_highlighter->setTheme(theme);
    if (m_highlighter->document()) {
        m_highlighter->rehighlight();
    }
#endif
}

void SourceView::layoutFindBar()
{
    const bool shown = m_findBar->isVisibleTo(this);
    const int height = shown ? m_findBar->sizeHint().height() : 0;
    const int margin = marginWidth();
    setViewportMargins(margin, 0, 0, height);
    const QRect viewportArea = viewport()->geometry();
    m_margin->setGeometry(viewportArea.left() - margin, viewportArea.top(), margin, viewportArea.height());
    if (shown) {
        // The bar sits in the margin below the viewport, beside the vertical scroll bar.
        const QRect area = viewport()->geometry();
        m_findBar->setGeometry(area.left() - margin, area.bottom() + 1, area.width() + margin, height);
    }
}

QPair<int, int> SourceView::visiblePositions() const
{
    QTextBlock block = firstVisibleBlock();
    if (!block.isValid()) {
        return {0, 0};
    }
    const int first = block.position();
    int last = first;
    const qreal bottom = viewport()->height();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= bottom) {
        last = block.position() + block.length();
        top += blockBoundingRect(block).height();
        block = block.next();
    }
    return {first, last};
}

void SourceView::updateExtraSelections()
{
    const auto [first, last] = visiblePositions();
    const HighlightColours colours = highlightColours(palette());
    // Passage highlights first, then the overlays (inside a highlight a mention is underlined, so the
    // highlight stays whole), so that everything below paints over them.
    QList<QTextEdit::ExtraSelection> selections = m_passages.selections(document(), first, last, palette());
    selections += m_overlays.selections(document(), first, last, palette(), m_passages.coveredIn(first, last));

    for (int i = 0; i < m_mentionPositions.size(); ++i) {
        const auto &[start, length] = m_mentionPositions.at(i);
        if (start <= last && start + length >= first)
            selections.append(makeSelection(document(), start, length,
                                            i == m_currentMention ? colours.currentMention : colours.mention));
    }

    // Ranges may overlap or nest, so every range starting before the visible end is checked; the
    // list is sorted, so the scan stops at the first range starting after it.
    for (const auto &[start, length] : std::as_const(m_rangePositions)) {
        if (start > last) {
            break;
        }
        if (start + length >= first) {
            selections.append(makeSelection(document(), start, length, colours.hit));
        }
    }

    if (m_findLength > 0) {
        auto it = std::lower_bound(m_findStarts.cbegin(), m_findStarts.cend(), first - m_findLength);
        for (; it != m_findStarts.cend() && *it <= last; ++it) {
            if (it - m_findStarts.cbegin() != m_findCurrent) {
                selections.append(makeSelection(document(), *it, m_findLength, colours.match));
            }
        }
        // Added last so it paints over everything else.
        if (m_findCurrent >= 0) {
            selections.append(
                makeSelection(document(), m_findStarts.at(m_findCurrent), m_findLength, colours.currentMatch));
        }
    }
    setExtraSelections(selections);
}

qsizetype SourceView::textOffset(int position) const
{
    // The i-th "\r\n" (text offset o) sits at document position o - i; every pair before the
    // position adds one text offset.
    qsizetype low = 0;
    qsizetype high = m_crlfOffsets.size();
    while (low < high) {
        const qsizetype middle = (low + high) / 2;
        if (m_crlfOffsets.at(middle) - middle < position)
            low = middle + 1;
        else
            high = middle;
    }
    return position + low;
}

int SourceView::documentPosition(qsizetype textOffset) const
{
    const auto shift = std::lower_bound(m_crlfOffsets.cbegin(), m_crlfOffsets.cend(), textOffset) - m_crlfOffsets.cbegin();
    return int(textOffset - shift);
}

} // namespace Annalist
