#include "findbar.h"

#include "sourceview.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTextCursor>
#include <QToolButton>

#include <algorithm>

namespace Annalist {

FindBar::FindBar(SourceView *view)
    : QWidget(view)
    , m_view(view)
    , m_edit(new QLineEdit(this))
    , m_previousButton(new QToolButton(this))
    , m_nextButton(new QToolButton(this))
    , m_caseButton(new QToolButton(this))
    , m_closeButton(new QToolButton(this))
    , m_status(new QLabel(this))
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);

    m_edit->setPlaceholderText(tr("Find in article"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);

    m_previousButton->setArrowType(Qt::UpArrow);
    m_previousButton->setToolTip(tr("Previous match (Shift+Return)"));
    m_previousButton->setAutoRaise(true);
    m_nextButton->setArrowType(Qt::DownArrow);
    m_nextButton->setToolTip(tr("Next match (Return)"));
    m_nextButton->setAutoRaise(true);

    m_caseButton->setText(tr("Aa", "find bar: match case toggle"));
    m_caseButton->setToolTip(tr("Match case"));
    m_caseButton->setCheckable(true);
    m_caseButton->setAutoRaise(true);

    m_closeButton->setIcon(QIcon::fromTheme(QStringLiteral("dialog-close"),
                                            style()->standardIcon(QStyle::SP_DialogCloseButton)));
    m_closeButton->setToolTip(tr("Close (Esc)"));
    m_closeButton->setAutoRaise(true);

    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(tr("%1 of %2").arg(99999).arg(99999)));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_previousButton);
    layout->addWidget(m_nextButton);
    layout->addWidget(m_caseButton);
    layout->addWidget(m_status);
    layout->addWidget(m_closeButton);

    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_previousButton, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_nextButton, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_caseButton, &QToolButton::toggled, this, &FindBar::search);
    connect(m_closeButton, &QToolButton::clicked, this, &FindBar::closeFindBar);
    connect(m_view, &SourceView::documentReplaced, this, &FindBar::documentReplaced);
    updateStatus();
}

FindBar::~FindBar() = default;

QString FindBar::searchText() const
{
    return m_edit->text();
}

void FindBar::setSearchText(const QString &text)
{
    m_edit->setText(text);
}

bool FindBar::isCaseSensitive() const
{
    return m_caseButton->isChecked();
}

void FindBar::setCaseSensitive(bool caseSensitive)
{
    m_caseButton->setChecked(caseSensitive);
}

qsizetype FindBar::matchCount() const
{
    return m_matches.size();
}

qsizetype FindBar::currentMatch() const
{
    return m_current;
}

QString FindBar::statusText() const
{
    return m_status->text();
}

void FindBar::showFindBar()
{
    const QString selected = m_view->textCursor().selectedText();
    // QTextCursor reports line breaks as U+2029; a multi-line selection is no search term.
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator)) {
        m_edit->setText(selected);
    }
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    search(); // the view dropped its find highlights when the bar was closed

}

void FindBar::findNext()
{
    step(1);
}

void FindBar::findPrevious()
{
    step(-1);
}

void FindBar::closeFindBar()
{
    hide();
    m_view->setFindMatches({}, 0, -1);
    m_view->setFocus(Qt::OtherFocusReason);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *keyEvent = static_cast<QKeyEvent *>(event);
        if (keyEvent->key() == Qt::Key_Return || keyEvent->key() == Qt::Key_Enter) {
            if (keyEvent->modifiers() & Qt::ShiftModifier) {
                findPrevious();
            } else {
                findNext();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    // Escape reaches the bar from whichever child has focus: QLineEdit and the buttons ignore it.
    if (event->key() == Qt::Key_Escape) {
        closeFindBar();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    Q_EMIT visibilityChanged(true);
}

void FindBar::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    Q_EMIT visibilityChanged(false);
}

void FindBar::documentReplaced()
{
    m_textValid = false;
    m_text.clear();
    m_matches.clear();
    m_current = -1;
    if (isVisibleTo(m_view)) {
        search();
    } else {
        updateStatus();
    }
}

void FindBar::search()
{
    const QString needle = m_edit->text();
    // Incremental search stays near where the reader is: the current match or the cursor.
    const int anchor = m_current >= 0 ? m_matches.at(m_current) : m_view->textCursor().selectionStart();
    m_matches.clear();
    m_current = -1;
    if (!needle.isEmpty()) {
        if (!m_textValid) {
            m_text = m_view->document()->toPlainText();
            m_textValid = true;
        }
        const Qt::CaseSensitivity cs = isCaseSensitive() ? Qt::CaseSensitive : Qt::CaseInsensitive;
        for (qsizetype at = m_text.indexOf(needle, 0, cs); at >= 0; at = m_text.indexOf(needle, at + needle.size(), cs)) {
            m_matches.append(int(at));
        }
    }
    if (!m_matches.isEmpty()) {
        const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), anchor);
        m_current = it == m_matches.cend() ? 0 : int(it - m_matches.cbegin());
    }
    showCurrent();
}

void FindBar::step(int delta)
{
    if (!isVisibleTo(m_view)) {
        // F3 after the bar was closed: bring the highlights and the counter back, keep the focus.
        show();
        search();
        if (m_edit->text().isEmpty()) {
            m_edit->setFocus(Qt::ShortcutFocusReason);
        }
        if (m_current >= 0 && delta > 0) {
            return; // search() already moved to the first match at or after the cursor
        }
    }
    if (m_matches.isEmpty()) {
        search();
    }
    if (m_matches.isEmpty()) {
        return;
    }
    const auto count = int(m_matches.size());
    m_current = m_current < 0 ? (delta > 0 ? 0 : count - 1) : (m_current + delta % count + count) % count;
    showCurrent();
}

void FindBar::showCurrent()
{
    const auto length = int(m_edit->text().size());
    if (m_current >= 0) {
        QTextCursor cursor(m_view->document());
        cursor.setPosition(m_matches.at(m_current));
        cursor.setPosition(m_matches.at(m_current) + length, QTextCursor::KeepAnchor);
        m_view->setTextCursor(cursor);
        m_view->ensureCursorVisible();
    }
    m_view->setFindMatches(m_matches, length, m_current);
    updateStatus();
}

void FindBar::updateStatus()
{
    if (m_edit->text().isEmpty()) {
        m_status->clear();
    } else if (m_matches.isEmpty()) {
        m_status->setText(tr("No matches"));
    } else {
        m_status->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
    }
}

} // namespace Annalist
