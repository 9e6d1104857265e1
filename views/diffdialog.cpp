#include "diffdialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPalette>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace Annalist {

namespace {

int wordsIn(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    return words;
}

// Tints readable on light and dark palettes alike: the text colour stays the palette's.
QColor tint(const QPalette &palette, const QColor &hue)
{
    QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    QColor c = hue;
    c.setAlpha(dark ? 110 : 70);
    return c;
}

} // namespace

DiffDialog::DiffDialog(QWidget *parent)
    : QDialog(parent)
    , m_leftTitle(new QLabel(this))
    , m_rightTitle(new QLabel(this))
    , m_left(new QTextBrowser(this))
    , m_right(new QTextBrowser(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("DiffDialog"));
    setWindowTitle(tr("Differences"));
    for (QLabel *label : {m_leftTitle, m_rightTitle}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_left->setAccessibleName(tr("First version"));
    m_right->setAccessibleName(tr("Second version"));
    m_summary->setText(tr("Comparing…"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_leftTitle, 0, 0);
    layout->addWidget(m_rightTitle, 0, 1);
    layout->addWidget(m_left, 1, 0);
    layout->addWidget(m_right, 1, 1);
    layout->addWidget(m_summary, 2, 0, 1, 2);
    layout->addWidget(buttons, 3, 0, 1, 2);
    layout->setRowStretch(1, 1);

    // The two sides scroll together, proportionally (their lengths differ).
    auto follow = [](QScrollBar *from, QScrollBar *to) {
        connect(from, &QScrollBar::valueChanged, to, [from, to](int value) {
            if (from->maximum() > 0)
                to->setValue(int(qint64(value) * to->maximum() / from->maximum()));
        });
    };
    follow(m_left->verticalScrollBar(), m_right->verticalScrollBar());
    follow(m_right->verticalScrollBar(), m_left->verticalScrollBar());

    connect(&m_watcher, &QFutureWatcher<QList<DiffChunk>>::finished, this,
            [this] { showChunks(m_watcher.result()); });
    resize(1100, 700);
}

DiffDialog::~DiffDialog()
{
    m_watcher.waitForFinished();
}

void DiffDialog::setVersions(const Version &left, const Version &right)
{
    m_ready = false;
    m_chunks.clear();
    m_leftTitle->setText(tr("<b>#%1</b> %2").arg(left.id).arg(left.title.toHtmlEscaped()));
    m_rightTitle->setText(tr("<b>#%1</b> %2").arg(right.id).arg(right.title.toHtmlEscaped()));
    setWindowTitle(tr("Differences: #%1 and #%2").arg(left.id).arg(right.id));
    m_left->clear();
    m_right->clear();
    m_summary->setText(tr("Comparing…"));
    m_watcher.waitForFinished();
    const QString a = left.text;
    const QString b = right.text;
    m_watcher.setFuture(QtConcurrent::run([a, b] { return NearDuplicates::diffWords(a, b); }));
}

QTextDocument *DiffDialog::leftDocument() const
{
    return m_left->document();
}

QTextDocument *DiffDialog::rightDocument() const
{
    return m_right->document();
}

QString DiffDialog::summary() const
{
    return m_summary->text();
}

void DiffDialog::showChunks(const QList<DiffChunk> &chunks)
{
    m_chunks = chunks;
    QTextCharFormat same;
    QTextCharFormat removed;
    removed.setBackground(tint(palette(), QColor(220, 40, 40)));
    removed.setFontStrikeOut(true);
    QTextCharFormat added;
    added.setBackground(tint(palette(), QColor(40, 170, 60)));
    QTextCursor left(m_left->document());
    QTextCursor right(m_right->document());
    int removedWords = 0;
    int addedWords = 0;
    for (const DiffChunk &chunk : chunks) {
        switch (chunk.kind) {
        case DiffChunk::Same:
            left.insertText(chunk.text, same);
            right.insertText(chunk.text, same);
            break;
        case DiffChunk::Removed:
            left.insertText(chunk.text, removed);
            removedWords += wordsIn(chunk.text);
            break;
        case DiffChunk::Added:
            right.insertText(chunk.text, added);
            addedWords += wordsIn(chunk.text);
            break;
        }
    }
    m_left->moveCursor(QTextCursor::Start);
    m_right->moveCursor(QTextCursor::Start);
    if (removedWords == 0 && addedWords == 0)
        m_summary->setText(tr("The two versions have the same words."));
    else
        m_summary->setText(tr("%n word(s) only in the first version (struck through)", nullptr, removedWords)
                           + QStringLiteral(" · ")
                           + tr("%n word(s) only in the second version (highlighted)", nullptr, addedWords));
    m_ready = true;
    Q_EMIT ready();
}

} // namespace Annalist
