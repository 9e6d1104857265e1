#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Annalist {

// Status-bar widget for a running import: "12 / 340 files · current-file.txt", a progress
// bar and a Cancel button.
class ImportProgress final : public QWidget
{
    Q_OBJECT
public:
    explicit ImportProgress(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ImportProgress)

    void setProgress(int done, int total, const QString &currentFile);
    void setCancelling();
    void reset();
    QString text() const;

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace Annalist
