#include "importprogress.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace Annalist {

ImportProgress::ImportProgress(Stage stage, QWidget *parent)
    : QWidget(parent)
    , m_stage(stage)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    m_bar->setMaximumWidth(200);
    m_bar->setTextVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(stage == Stage::Import
                             ? tr("Stop the import after the files in progress; what is imported stays")
                             : tr("Pause extraction; it resumes with the next import or start"));
    m_cancel->setAutoRaise(true);
    m_label->setMinimumWidth(240);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &ImportProgress::cancelRequested);
    reset();
}

void ImportProgress::setProgress(int done, int total, const QString &currentFile)
{
    m_bar->setRange(0, std::max(total, 1));
    m_bar->setValue(done);
    if (m_stage == Stage::Extraction) {
        m_label->setText(tr("Extracting entities and dates: %1 / %2 articles").arg(done).arg(total));
        return;
    }
    const QString name = QFileInfo(currentFile).fileName();
    const QString elided = m_label->fontMetrics().elidedText(name, Qt::ElideMiddle, 180);
    m_label->setText(name.isEmpty() ? tr("Importing %1 / %2 files").arg(done).arg(total)
                                    : tr("Importing %1 / %2 files · %3").arg(done).arg(total).arg(elided));
}

void ImportProgress::setCancelling()
{
    m_cancel->setEnabled(false);
    m_label->setText(tr("Cancelling…"));
}

void ImportProgress::reset()
{
    m_cancel->setEnabled(true);
    m_bar->setRange(0, 0); // busy until the first progress report (walking folders)
    m_label->setText(m_stage == Stage::Import ? tr("Looking for files…") : tr("Extracting entities and dates…"));
}

QString ImportProgress::text() const
{
    return m_label->text();
}

} // namespace Annalist
