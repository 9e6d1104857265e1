#pragma once

#include "pipeline/ingestprogress.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace Annalist {

// Status-bar widget for both ingest stages at once: "Importing 1,234 / 10,000 files ·
// Extracting 800 / 5,000 articles · about 2 minutes left", one progress bar over both, and a
// button per running stage (stop the import; pause the extraction). Shows itself while a stage
// runs and hides when both are done; the estimate is refreshed every second.
class ImportProgress final : public QWidget
{
    Q_OBJECT
public:
    using Stage = IngestProgress::Stage;
    explicit ImportProgress(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ImportProgress)

    void start(Stage stage);
    void setProgress(Stage stage, int done, int total, const QString &currentItem = {});
    void finish(Stage stage);
    void setCancelling(Stage stage);
    bool isActive(Stage stage) const { return m_state.isActive(stage); }
    QString text() const;
    QString currentItem() const { return m_currentItem; }

Q_SIGNALS:
    void cancelRequested(Stage stage);

private:
    void refresh();

    IngestProgress m_state;
    QElapsedTimer m_clock;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancelImport;
    QToolButton *m_pauseExtraction;
    QTimer *m_tick;
    QString m_currentItem;
};

} // namespace Annalist
