#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Annalist {

// Status-bar widget for a running background stage: "Importing 12 / 340 files · name.txt"
// or "Extracting entities and dates 120 / 500 articles", a progress bar and a Cancel button.
class ImportProgress final : public QWidget
{
    Q_OBJECT
public:
    enum class Stage { Import, Extraction };
    explicit ImportProgress(Stage stage, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ImportProgress)

    void setProgress(int done, int total, const QString &currentFile);
    void setCancelling();
    void reset();
    QString text() const;

Q_SIGNALS:
    void cancelRequested();

private:
    Stage m_stage;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace Annalist
