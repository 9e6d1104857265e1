// Passage highlights in the source view: drawn at the right characters of a CRLF text in the
// palette's colour, combined with entity overlays (a mention inside a highlight is underlined,
// the highlight stays whole), orphans listed but not drawn, the margin markers and note icons,
// the selection as a text range, tooltips, and a screenshot in light and dark.

#include "highlightcolors.h"
#include "passagemargin.h"
#include "sourceview.h"

#include <QApplication>
#include <QDir>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace Annalist;

namespace {

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(42, 46, 50));
    palette.setColor(QPalette::WindowText, QColor(220, 220, 220));
    palette.setColor(QPalette::Base, QColor(27, 30, 32));
    palette.setColor(QPalette::Text, QColor(220, 220, 220));
    palette.setColor(QPalette::Highlight, QColor(61, 174, 233));
    palette.setColor(QPalette::HighlightedText, QColor(252, 252, 252));
    return palette;
}

const QString text = QStringLiteral(
    "Harbour works delayed\r\n\r\nThe ferry terminal will reopen in June, the port authority said on Monday. "
    "Officials at Zhipu AI declined to comment.\r\nDredging of the channel continues through the summer, "
    "according to the Harbour Board.\r\n");

Annotation passage(qint64 id, const QString &quote, const QString &color, const QString &note = {})
{
    Annotation a;
    a.id = id;
    a.articleId = 1;
    a.start = text.indexOf(quote);
    a.length = quote.size();
    a.quote = quote;
    a.color = color;
    a.note = note;
    return a;
}

struct Painted
{
    int count = 0;
    QTextCharFormat format;
};

Painted paintedAt(const SourceView &view, int start, int end)
{
    Painted painted;
    for (const QTextEdit::ExtraSelection &selection : view.visibleHighlights()) {
        if (selection.cursor.selectionStart() == start && selection.cursor.selectionEnd() == end) {
            ++painted.count;
            painted.format = selection.format;
        }
    }
    return painted;
}

} // namespace

class TestSourcePassages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_view = std::make_unique<SourceView>();
        m_view->resize(640, 360);
        m_view->setDocument(text, QStringLiteral("txt"));
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup() { m_view.reset(); }

    void highlightsLandOnTheirCharacters()
    {
        const Annotation ferry = passage(1, QStringLiteral("ferry terminal will reopen"), QStringLiteral("green"));
        const Annotation dredging = passage(2, QStringLiteral("Dredging of the channel"), QStringLiteral("pink"),
                                            QStringLiteral("Who pays?"));
        m_view->setPassageAnnotations({ferry, dredging});
        // Two CRLF pairs before the first passage, three before the second: one position each.
        const int ferryStart = int(ferry.start) - 2;
        const Painted first = paintedAt(*m_view, ferryStart, ferryStart + int(ferry.length));
        QCOMPARE(first.count, 1);
        QCOMPARE(first.format.background().color(), HighlightColors::background(QStringLiteral("green"), m_view->palette()));
        QTextCursor check(m_view->document());
        check.setPosition(ferryStart);
        check.setPosition(ferryStart + int(ferry.length), QTextCursor::KeepAnchor);
        QCOMPARE(check.selectedText(), ferry.quote);
        const int dredgingStart = int(dredging.start) - 3;
        QCOMPARE(paintedAt(*m_view, dredgingStart, dredgingStart + int(dredging.length)).count, 1);

        // Hovering the passage names the note; the tooltip is rich text with the note escaped.
        QVERIFY(m_view->passages().toolTipAt(dredgingStart + 2).contains(QStringLiteral("Who pays?")));
        QVERIFY(m_view->passages().toolTipAt(ferryStart - 2).isEmpty());
        // The passage under a point of the viewport.
        QTextCursor inside(m_view->document());
        inside.setPosition(ferryStart + 3);
        QCOMPARE(m_view->passageAt(m_view->cursorRect(inside).center() + QPoint(2, 0)), ferry.id);
    }

    void orphansAreListedNotDrawn()
    {
        Annotation lost = passage(3, QStringLiteral("port authority"), QStringLiteral("blue"));
        lost.status = AnchorStatus::Orphaned;
        m_view->setPassageAnnotations({lost});
        QCOMPARE(m_view->passages().annotations().size(), 1);
        QCOMPARE(m_view->passages().orphanCount(), 1);
        QVERIFY(m_view->passages().items().isEmpty());
        QVERIFY(m_view->visibleHighlights().isEmpty());
    }

    void entityInsideHighlightIsUnderlined()
    {
        const Annotation officials = passage(4, QStringLiteral("Officials at Zhipu AI declined"), QStringLiteral("yellow"));
        const qsizetype zhipu = text.indexOf(QStringLiteral("Zhipu AI"));
        const qsizetype board = text.indexOf(QStringLiteral("Harbour Board"));
        MentionRow inside{7, QStringLiteral("ORG"), QStringLiteral("Zhipu AI"), zhipu, 8};
        MentionRow outside{8, QStringLiteral("ORG"), QStringLiteral("Harbour Board"), board, 13};
        QVERIFY(m_view->setAnnotations({inside, outside}, {}, text));
        m_view->setPassageAnnotations({officials});

        const int zhipuStart = int(zhipu) - 2;
        const Painted mention = paintedAt(*m_view, zhipuStart, zhipuStart + 8);
        QCOMPARE(mention.count, 1);
        QCOMPARE(mention.format.underlineStyle(), QTextCharFormat::SingleUnderline);
        QVERIFY(!mention.format.hasProperty(QTextFormat::BackgroundBrush)); // the highlight shows through
        const int boardStart = int(board) - 3;
        const Painted tinted = paintedAt(*m_view, boardStart, boardStart + 13);
        QCOMPARE(tinted.count, 1);
        QVERIFY(tinted.format.hasProperty(QTextFormat::BackgroundBrush));
        // The highlight itself is painted before (beneath) the overlay.
        const auto selections = m_view->visibleHighlights();
        const int highlightStart = int(officials.start) - 2;
        const auto highlightAt = std::find_if(selections.cbegin(), selections.cend(), [&](const auto &s) {
            return s.cursor.selectionStart() == highlightStart;
        });
        const auto mentionAt = std::find_if(selections.cbegin(), selections.cend(), [&](const auto &s) {
            return s.cursor.selectionStart() == zhipuStart;
        });
        QVERIFY(highlightAt != selections.cend() && mentionAt != selections.cend());
        QVERIFY(highlightAt < mentionAt);

        // A mention straddling the highlight's end: tinted outside, underlined inside.
        const Annotation partial = passage(5, QStringLiteral("Officials at Zhipu"), QStringLiteral("blue"));
        m_view->setPassageAnnotations({partial});
        QCOMPARE(paintedAt(*m_view, zhipuStart, zhipuStart + 5).format.underlineStyle(), QTextCharFormat::SingleUnderline);
        QVERIFY(paintedAt(*m_view, zhipuStart + 5, zhipuStart + 8).format.hasProperty(QTextFormat::BackgroundBrush));
    }

    void selectionIsATextRange()
    {
        // Select " ferry terminal " with the spaces around it, in document positions.
        const qsizetype ferry = text.indexOf(QStringLiteral("ferry terminal"));
        QTextCursor cursor(m_view->document());
        cursor.setPosition(int(ferry) - 2 - 1);
        cursor.setPosition(int(ferry) - 2 + 15, QTextCursor::KeepAnchor);
        m_view->setTextCursor(cursor);
        const SourceView::Range range = m_view->selectedRange();
        QCOMPARE(range.first, ferry); // offsets into the original text, CRLF counted
        QCOMPARE(text.mid(range.first, range.second), QStringLiteral("ferry terminal"));

        // Across a line break: the range includes the CRLF of the original.
        const qsizetype monday = text.indexOf(QStringLiteral("comment."));
        cursor.setPosition(int(monday) - 2);
        cursor.setPosition(int(monday) - 2 + 8 + 1 + 8, QTextCursor::KeepAnchor);
        m_view->setTextCursor(cursor);
        const SourceView::Range across = m_view->selectedRange();
        QCOMPARE(text.mid(across.first, across.second), QStringLiteral("comment.\r\nDredging"));

        m_view->selectRange({text.indexOf(QStringLiteral("Harbour Board")), 13});
        QCOMPARE(m_view->textCursor().selectedText(), QStringLiteral("Harbour Board"));

        cursor.setPosition(int(text.indexOf(QStringLiteral("reopen"))) - 2 - 1);
        cursor.setPosition(cursor.position() + 1, QTextCursor::KeepAnchor); // one space only
        m_view->setTextCursor(cursor);
        QCOMPARE(m_view->selectedRange().second, 0);
    }

    void marginShowsMarkersAndNotes()
    {
        const Annotation ferry = passage(1, QStringLiteral("ferry terminal will reopen"), QStringLiteral("green"));
        const Annotation nested = passage(2, QStringLiteral("terminal"), QStringLiteral("orange"), QStringLiteral("Which one?"));
        m_view->setPassageAnnotations({ferry, nested});
        auto *margin = qobject_cast<PassageMargin *>(m_view->passageMargin());
        QVERIFY(margin);
        QCOMPARE(margin->width(), PassageMargin::preferredWidth);
        const auto markers = margin->markers();
        QCOMPARE(markers.size(), 2);
        const QRect noteMarker = markers.at(markers.at(0).first == 2 ? 0 : 1).second;
        const QRect otherMarker = markers.at(markers.at(0).first == 2 ? 1 : 0).second;
        QVERIFY(noteMarker.left() != otherMarker.left()); // on the same line: side by side
        QVERIFY(noteMarker.width() > 6); // bar and note icon
        QCOMPARE(margin->annotationAt(QPoint(noteMarker.right() - 1, noteMarker.center().y())), qint64(2));

        QSignalSpy edit(m_view.get(), &SourceView::editPassageRequested);
        QTest::mouseDClick(margin, Qt::LeftButton, {}, QPoint(noteMarker.right() - 1, noteMarker.center().y()));
        QCOMPARE(edit.size(), 1);
        QCOMPARE(edit.constFirst().constFirst().toLongLong(), qint64(2));
        // A click selects the passage.
        QTest::mouseClick(margin, Qt::LeftButton, {}, QPoint(noteMarker.right() - 1, noteMarker.center().y()));
        QCOMPARE(m_view->textCursor().selectedText(), QStringLiteral("terminal"));
    }

    void screenshot()
    {
        const QString artifacts = qEnvironmentVariable("ANNALIST_ARTIFACT_DIR", QStringLiteral(ANNALIST_BINARY_DIR "/test-artifacts"));
        QVERIFY(QDir().mkpath(artifacts));
        for (const bool dark : {false, true}) {
            if (dark)
                m_view->setPalette(darkPalette());
            const qsizetype zhipu = text.indexOf(QStringLiteral("Zhipu AI"));
            QVERIFY(m_view->setAnnotations({{7, QStringLiteral("ORG"), QStringLiteral("Zhipu AI"), zhipu, 8}}, {}, text));
            m_view->setPassageAnnotations(
                {passage(1, QStringLiteral("ferry terminal will reopen in June"), QStringLiteral("yellow"), QStringLiteral("Check")),
                 passage(2, QStringLiteral("Officials at Zhipu AI declined to comment."), QStringLiteral("green")),
                 passage(3, QStringLiteral("Dredging of the channel continues"), QStringLiteral("purple"))});
            QCoreApplication::processEvents();
            const QImage image = m_view->grab().toImage();
            QVERIFY(image.save(QDir(artifacts).filePath(dark ? QStringLiteral("sourcepassages-dark.png")
                                                             : QStringLiteral("sourcepassages.png"))));
            // The margin paints a marker in the highlight's colour (the one on the first line: yellow).
            auto *margin = qobject_cast<PassageMargin *>(m_view->passageMargin());
            const auto markers = margin->markers();
            const auto yellow = std::find_if(markers.cbegin(), markers.cend(), [](const auto &m) { return m.first == 1; });
            QVERIFY(yellow != markers.cend());
            const QRect bar = yellow->second;
            const QPoint inBar = margin->mapTo(m_view.get(), QPoint(bar.left() + 1, bar.center().y()));
            QCOMPARE(image.pixelColor(inBar).rgb(), HighlightColors::marker(QStringLiteral("yellow"), m_view->palette()).rgb());
        }
    }

private:
    std::unique_ptr<SourceView> m_view;
};

QTEST_MAIN(TestSourcePassages)
#include "tst_sourcepassages.moc"
