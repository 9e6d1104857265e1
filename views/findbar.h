#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Annalist {

class SourceView;

// "Find in article" bar shown at the bottom of a SourceView: a search field, previous/next,
// a case-sensitivity toggle and a "3 of 12" counter. All matches are highlighted in the view;
// Return goes to the next match, Shift+Return to the previous one, Esc closes the bar.
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    // Created by SourceView, which is its parent and places it.
    explicit FindBar(SourceView *view);
    ~FindBar() override;
    Q_DISABLE_COPY_MOVE(FindBar)

    QString searchText() const;
    void setSearchText(const QString &text);
    bool isCaseSensitive() const;
    void setCaseSensitive(bool caseSensitive);

    // Number of matches of the search text in the view's document.
    qsizetype matchCount() const;
    // Index of the current match, or -1 when there is none.
    qsizetype currentMatch() const;
    // The counter as shown, e.g. "3 of 12" or "No matches".
    QString statusText() const;

public Q_SLOTS:
    // Opens the bar (prefilled with the view's selection when it is a single line) and focuses it.
    void showFindBar();
    void findNext();
    void findPrevious();
    void closeFindBar();

Q_SIGNALS:
    void visibilityChanged(bool visible);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void documentReplaced();
    void search();
    void step(int delta);
    void showCurrent();
    void updateStatus();

    SourceView *m_view;
    QLineEdit *m_edit;
    QToolButton *m_previousButton;
    QToolButton *m_nextButton;
    QToolButton *m_caseButton;
    QToolButton *m_closeButton;
    QLabel *m_status;

    // The document's plain text, fetched on first search after each document change.
    QString m_text;
    bool m_textValid = false;
    QList<int> m_matches;
    int m_current = -1;
};

} // namespace Annalist
