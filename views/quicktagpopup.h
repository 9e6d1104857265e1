#pragma once

#include <QFrame>
#include <QStringList>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace Annalist {

// The keyboard way to tag (Ctrl+T): a small popup with a line edit that completes over the
// existing tag paths (any part of the path matches); Enter tags the selected articles with what
// is typed, creating the tag when it is new; Escape closes it.
class QuickTagPopup final : public QFrame
{
    Q_OBJECT
public:
    explicit QuickTagPopup(QWidget *parent = nullptr);
    ~QuickTagPopup() override;
    Q_DISABLE_COPY_MOVE(QuickTagPopup)

    // Shows the popup at globalPosition for articleCount selected articles.
    void popup(const QStringList &existingPaths, int articleCount, const QPoint &globalPosition);
    QLineEdit *lineEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }
    QString hint() const;

    // Accepts what is typed (as Enter does).
    void accept();

Q_SIGNALS:
    void tagChosen(const QString &path);

private:
    void updateHint();

    QLineEdit *m_edit;
    QLabel *m_hint;
    QCompleter *m_completer;
    QStringListModel *m_paths;
    int m_articleCount = 0;
};

} // namespace Annalist
