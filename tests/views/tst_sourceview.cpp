// SourceView and FindBar in both flavours (with and without KSyntaxHighlighting).

#include "findbar.h"
#include "sourceview.h"
#include "syntax/syntaxsupport.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPalette>
#include <QStyleFactory>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Annalist;

namespace {

QString readUtf8(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(42, 46, 50));
    palette.setColor(QPalette::WindowText, QColor(220, 220, 220));
    palette.setColor(QPalette::Base, QColor(27, 30, 32));
    palette.setColor(QPalette::AlternateBase, QColor(35, 38, 41));
    palette.setColor(QPalette::Text, QColor(220, 220, 220));
    palette.setColor(QPalette::Button, QColor(49, 54, 59));
    palette.setColor(QPalette::ButtonText, QColor(220, 220, 220));
    palette.setColor(QPalette::Highlight, QColor(61, 174, 233));
    palette.setColor(QPalette::HighlightedText, QColor(252, 252, 252));
    return palette;
}

// Texts of the highlights the view currently paints.
QStringList highlightTexts(const SourceView &view)
{
    QStringList texts;
    const auto selections = view.visibleHighlights();
    for (const auto &selection : selections) {
        texts.append(selection.cursor.selectedText());
    }
    return texts;
}

bool anyBlockFormatted(const QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!block.layout()->formats().isEmpty()) {
            return true;
        }
    }
    return false;
}

// Foreground of the first highlighting format in the block starting with @p blockStart.
QColor highlightColour(const QTextDocument *document, const QString &blockStart)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.text().startsWith(blockStart)) {
            const auto formats = block.layout()->formats();
            return formats.isEmpty() ? QColor() : formats.first().format.foreground().color();
        }
    }
    return {};
}

} // namespace

class TestSourceView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_lightPalette = QApplication::palette();
    }

    void cleanup()
    {
        QApplication::setPalette(m_lightPalette);
    }

    void showsExactText_data()
    {
        QTest::addColumn<QString>("path");
        const QDir corpus(QStringLiteral(ANNALIST_SHARED_DIR "/corpus"));
        const QStringList files = corpus.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files) {
            QTest::newRow(qPrintable(file)) << corpus.filePath(file);
        }
    }

    void showsExactText()
    {
        QFETCH(QString, path);
        const QString text = readUtf8(path);
        QVERIFY(!text.isEmpty());

        SourceView view;
        view.setDocument(text, QStringLiteral("txt"));
        QCOMPARE(view.toPlainText(), text);
        QVERIFY(view.isReadOnly());
        QCOMPARE(view.format(), QStringLiteral("txt"));
        QCOMPARE(view.textCursor().position(), 0);
    }

    void definitionFollowsFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("definition");
        QTest::newRow("txt") << QStringLiteral("txt") << QStringLiteral("Annalist News Text");
        QTest::newRow("md") << QStringLiteral("md") << QStringLiteral("Markdown");
        QTest::newRow("html") << QStringLiteral("html") << QStringLiteral("HTML");
        QTest::newRow("unknown") << QStringLiteral("pdf") << QString();
    }

    void definitionFollowsFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, definition);
        SourceView view;
        view.setDocument(QStringLiteral("He said \"it cost $5 million\" in 2025.\n"), format);
        // Without KSyntaxHighlighting every format is shown as plain text; nothing else differs.
        QCOMPARE(view.definitionName(), syntaxHighlightingAvailable() ? definition : QString());
        if (syntaxHighlightingAvailable() && !definition.isEmpty()) {
            QTRY_VERIFY(anyBlockFormatted(view.document()));
        } else {
            QCoreApplication::processEvents();
            QVERIFY(!anyBlockFormatted(view.document()));
        }
    }

    void highlightedRanges()
    {
        SourceView view;
        view.resize(600, 400);
        // "\r\n" is one block separator in the document: the ranges must still hit the right words.
        const QString text = QStringLiteral("alpha beta\r\ngamma delta\r\nepsilon\n");
        view.setDocument(text, QStringLiteral("txt"));
        const QList<SourceView::Range> ranges{{text.indexOf(QLatin1String("beta")), 4},
                                              {text.indexOf(QLatin1String("delta")), 5},
                                              {text.indexOf(QLatin1String("epsilon")), 7}};
        view.setHighlightedRanges(ranges);
        QCOMPARE(view.highlightedRanges(), ranges);
        QCOMPARE(highlightTexts(view),
                 (QStringList{QStringLiteral("beta"), QStringLiteral("delta"), QStringLiteral("epsilon")}));

        view.revealRange(ranges.at(1));
        QCOMPARE(view.textCursor().block().text(), QStringLiteral("gamma delta"));

        view.setHighlightedRanges({});
        QVERIFY(view.visibleHighlights().isEmpty());

        view.setHighlightedRanges(ranges);
        view.setDocument(QStringLiteral("other text"), QStringLiteral("txt"));
        QVERIFY(view.highlightedRanges().isEmpty());
        QVERIFY(view.visibleHighlights().isEmpty());
    }

    void findBarCountsAndNavigates()
    {
        SourceView view;
        view.resize(700, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDocument(QStringLiteral("Apple pie.\napple juice and APPLE cider.\npineapple\n"), QStringLiteral("txt"));

        FindBar *bar = view.findBar();
        QVERIFY(!bar->isVisible());
        view.showFindBar();
        QVERIFY(bar->isVisible());
        auto *edit = bar->findChild<QLineEdit *>();
        QVERIFY(edit);
        QVERIFY(edit->hasFocus());
        // The bar takes space below the text instead of covering it.
        QVERIFY(bar->geometry().top() > view.viewport()->geometry().bottom());

        QTest::keyClicks(edit, QStringLiteral("apple"));
        QCOMPARE(bar->matchCount(), 4);
        QCOMPARE(bar->currentMatch(), 0);
        QCOMPARE(bar->statusText(), QStringLiteral("1 of 4"));
        QCOMPARE(view.textCursor().selectedText(), QStringLiteral("Apple"));
        QCOMPARE(view.visibleHighlights().size(), 4);

        bar->findNext();
        QCOMPARE(bar->statusText(), QStringLiteral("2 of 4"));
        QCOMPARE(view.textCursor().selectedText(), QStringLiteral("apple"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(view.textCursor().selectedText(), QStringLiteral("APPLE"));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(bar->currentMatch(), 1);
        view.findPrevious();
        view.findPrevious(); // wraps around to the last match
        QCOMPARE(bar->statusText(), QStringLiteral("4 of 4"));
        QCOMPARE(view.textCursor().selectionStart(), view.toPlainText().indexOf(QLatin1String("pineapple")) + 4);
        view.findNext(); // and forward again to the first
        QCOMPARE(bar->currentMatch(), 0);

        bar->setCaseSensitive(true);
        QCOMPARE(bar->matchCount(), 2);
        QCOMPARE(bar->statusText(), QStringLiteral("1 of 2"));
        bar->setSearchText(QStringLiteral("banana"));
        QCOMPARE(bar->matchCount(), 0);
        QCOMPARE(bar->statusText(), QStringLiteral("No matches"));
        QVERIFY(view.visibleHighlights().isEmpty());

        bar->setCaseSensitive(false);
        bar->setSearchText(QStringLiteral("juice"));
        QCOMPARE(bar->matchCount(), 1);
        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QVERIFY(view.visibleHighlights().isEmpty());
        QVERIFY(view.viewport()->geometry().bottom() >= view.contentsRect().bottom() - 1);

        // F3 after closing brings the search back.
        view.findNext();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->matchCount(), 1);

        // A new article re-runs the open search on the new text.
        view.setDocument(QStringLiteral("juice, juice, juice"), QStringLiteral("txt"));
        QCOMPARE(bar->matchCount(), 3);
    }

    void largeDocumentStaysLinear()
    {
        const QString paragraph = QStringLiteral(
            "The ministry said exports rose 7.5 percent to $1.2 billion, \"a record\" according to officials [1].\n");
        QString text;
        while (text.size() < 2 * 1024 * 1024) {
            text += paragraph;
        }
        SourceView view;
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QElapsedTimer timer;
        timer.start();
        view.setDocument(text, QStringLiteral("txt"));
        QCoreApplication::processEvents(); // lets the highlighter run over the whole document
        view.showFindBar();
        view.findBar()->setSearchText(QStringLiteral("e"));
        const qint64 elapsed = timer.elapsed();
        qInfo("2 MB: shown, highlighted and searched in %lld ms", elapsed);
        QVERIFY2(elapsed < 20000, "loading and searching a 2 MB article must be linear");

        QCOMPARE(view.findBar()->matchCount(), text.count(QLatin1Char('e'), Qt::CaseInsensitive));
        // Only the visible matches become extra selections.
        QVERIFY(view.visibleHighlights().size() < 2000);
        QVERIFY(!view.visibleHighlights().isEmpty());
        view.findPrevious(); // the last match, at the very end
        QVERIFY(view.textCursor().position() > text.size() - paragraph.size());
        QVERIFY(!view.visibleHighlights().isEmpty());
    }

    void paletteChangeAndScreenshots()
    {
        const QString text = readUtf8(QStringLiteral(ANNALIST_TEST_DATA_DIR "/news-features.txt")) + QLatin1Char('\n')
            + readUtf8(QStringLiteral(ANNALIST_SHARED_DIR "/corpus/004_14ae249b47b11dee.txt"));
        QVERIFY(!text.isEmpty());

        SourceView view;
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDocument(text, QStringLiteral("txt"));
        view.setHighlightedRanges({{text.indexOf(QLatin1String("Zhipu")), 5}});
        view.showFindBar();
        view.findBar()->setSearchText(QStringLiteral("percent"));
        QVERIFY(view.findBar()->matchCount() > 0);
        QCoreApplication::processEvents();

        const QString artifactDir = qEnvironmentVariable("ANNALIST_ARTIFACT_DIR", QDir::tempPath());
        QVERIFY(QDir().mkpath(artifactDir));
        const QImage light = view.grab().toImage();
        QVERIFY(light.save(artifactDir + QStringLiteral("/sourceview.png")));

        const QColor lightQuote = highlightColour(view.document(), QStringLiteral("“We expect"));

        QApplication::setPalette(darkPalette());
        QCoreApplication::processEvents();
        if (syntaxHighlightingAvailable()) {
            // The highlighting theme switched with the palette: quotes are bright on the dark base.
            const QColor darkQuote = highlightColour(view.document(), QStringLiteral("“We expect"));
            QVERIFY(lightQuote.isValid() && darkQuote.isValid());
            QVERIFY(lightQuote != darkQuote);
            QVERIFY2(darkQuote.lightness() > 110, qPrintable(darkQuote.name()));
            QVERIFY2(lightQuote.lightness() < 140, qPrintable(lightQuote.name()));
        }
        QCOMPARE(view.palette().color(QPalette::Base), darkPalette().color(QPalette::Base));
        const QImage dark = view.grab().toImage();
        QVERIFY(dark.save(artifactDir + QStringLiteral("/sourceview-dark.png")));

        // The view's background follows the palette; text and highlights stay readable on it.
        const QPoint inside = view.viewport()->geometry().topLeft() + QPoint(4, 4);
        QVERIFY(light.pixelColor(inside).lightness() > 200);
        QVERIFY(dark.pixelColor(inside).lightness() < 60);

        // Back and forth once more: nothing may crash or leak highlights.
        view.setPalette(m_lightPalette);
        QCoreApplication::processEvents();
        QVERIFY(!view.visibleHighlights().isEmpty());
    }

private:
    QPalette m_lightPalette;
};

QTEST_MAIN(TestSourceView)

#include "tst_sourceview.moc"
