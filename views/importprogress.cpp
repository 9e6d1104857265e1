#include "importprogress.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace Annalist {

ImportProgress::ImportProgress(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancelImport(new QToolButton(this))
    , m_pauseExtraction(new QToolButton(this))
    , m_tick(new QTimer(this))
{
    m_clock.start();
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_cancelImport->setText(tr("Stop Import"));
    m_cancelImport->setToolTip(tr("Stop the import after the files in progress; what is imported stays"));
    m_pauseExtraction->setText(tr("Pause Extraction"));
    m_pauseExtraction->setToolTip(tr("Pause extraction; it resumes with the next import or start"));
    for (QToolButton *button : {m_cancelImport, m_pauseExtraction})
        button->setAutoRaise(true);
    m_label->setMinimumWidth(240);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancelImport);
    layout->addWidget(m_pauseExtraction);
    connect(m_cancelImport, &QToolButton::clicked, this, [this] { Q_EMIT cancelRequested(Stage::Import); });
    connect(m_pauseExtraction, &QToolButton::clicked, this, [this] { Q_EMIT cancelRequested(Stage::Extraction); });
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ImportProgress::refresh);
    refresh();
}

void ImportProgress::start(Stage stage)
{
    m_state.start(stage, m_clock.elapsed());
    (stage == Stage::Import ? m_cancelImport : m_pauseExtraction)->setEnabled(true);
    if (stage == Stage::Import)
        m_currentItem.clear();
    refresh();
}

void ImportProgress::setProgress(Stage stage, int done, int total, const QString &currentItem)
{
    m_state.update(stage, done, total, m_clock.elapsed());
    if (stage == Stage::Import)
        m_currentItem = currentItem;
    refresh();
}

void ImportProgress::finish(Stage stage)
{
    m_state.finish(stage, m_clock.elapsed());
    refresh();
}

void ImportProgress::setCancelling(Stage stage)
{
    (stage == Stage::Import ? m_cancelImport : m_pauseExtraction)->setEnabled(false);
    m_label->setText(stage == Stage::Import ? tr("Stopping the import…") : tr("Pausing extraction…"));
}

QString ImportProgress::text() const
{
    return m_label->text();
}

void ImportProgress::refresh()
{
    const bool importing = m_state.isActive(Stage::Import);
    const bool extracting = m_state.isActive(Stage::Extraction);
    setVisible(importing || extracting);
    if (!importing && !extracting) {
        m_tick->stop();
        return;
    }
    if (!m_tick->isActive())
        m_tick->start();
    if ((importing && !m_cancelImport->isEnabled()) || (extracting && !m_pauseExtraction->isEnabled() && !importing))
        return; // "Stopping…" stays until the stage reports back
    m_cancelImport->setVisible(importing);
    m_pauseExtraction->setVisible(extracting);
    const double fraction = m_state.fraction();
    if (fraction > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(fraction * 1000));
    } else {
        m_bar->setRange(0, 0); // busy until the first count (walking folders)
    }
    m_label->setText(m_state.text(m_clock.elapsed()));
    m_label->setToolTip(m_currentItem.isEmpty() ? QString() : QDir::toNativeSeparators(m_currentItem));
}

} // namespace Annalist
