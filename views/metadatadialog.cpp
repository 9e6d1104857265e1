#include "metadatadialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Annalist {

MetadataDialog::MetadataDialog(const ArticleMetadata &metadata, Apply apply, QWidget *parent)
    : QDialog(parent)
    , m_apply(std::move(apply))
    , m_title(new QLineEdit(metadata.title, this))
    , m_source(new QLineEdit(metadata.source, this))
    , m_author(new QLineEdit(metadata.author, this))
    , m_url(new QLineEdit(metadata.url, this))
    , m_date(new QDateEdit(this))
    , m_unknown(new QCheckBox(tr("Unknown"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Article Metadata"));
    m_url->setPlaceholderText(tr("https://…"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(QDate(1800, 1, 1));
    m_date->setMaximumDate(QDate::currentDate().addYears(1));
    m_date->setDate(metadata.published.isValid() ? metadata.published : QDate::currentDate());
    m_unknown->setChecked(!metadata.published.isValid());
    m_unknown->setToolTip(tr("The publication date is not known: relative dates in the text stay unresolved"));
    m_date->setEnabled(metadata.published.isValid());
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date, 1);
    dateRow->addWidget(m_unknown);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&URL:"), m_url);
    auto *dateLabel = new QLabel(tr("&Published:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, dateRow);
    auto *note = new QLabel(tr("A new publication date re-reads the article's relative dates (“last week”, "
                               "“in April”) against it."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &MetadataDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_title, m_source, m_author, m_url})
        connect(edit, &QLineEdit::textChanged, this, &MetadataDialog::validate);
    connect(m_date, &QDateEdit::dateChanged, this, &MetadataDialog::validate);
    connect(m_unknown, &QCheckBox::toggled, this, [this](bool unknown) {
        m_date->setEnabled(!unknown);
        validate();
    });
    validate();
}

MetadataDialog::~MetadataDialog() = default;

ArticleMetadata MetadataDialog::metadata() const
{
    ArticleMetadata result;
    result.title = m_title->text().trimmed();
    result.source = m_source->text().trimmed();
    result.author = m_author->text().trimmed();
    result.url = m_url->text().trimmed();
    result.published = m_unknown->isChecked() ? QDate() : m_date->date();
    return result;
}

QString MetadataDialog::problem() const
{
    const ArticleMetadata values = metadata();
    if (values.title.isEmpty())
        return tr("The title cannot be empty.");
    if (!values.url.isEmpty()) {
        const QUrl url(values.url, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.isRelative())
            return tr("The URL must be complete, as in https://example.org/story.");
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("file"))
            return tr("The URL must start with http://, https:// or file://.");
        if (scheme != QLatin1String("file") && url.host().isEmpty())
            return tr("The URL has no host name.");
    }
    return {};
}

QString MetadataDialog::message() const
{
    return m_message->text();
}

void MetadataDialog::validate()
{
    const QString text = problem();
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_message->setPalette(palette);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

void MetadataDialog::accept()
{
    validate();
    if (!problem().isEmpty())
        return;
    const QString refused = m_apply ? m_apply(metadata()) : QString();
    if (!refused.isEmpty()) {
        m_message->setText(refused);
        m_message->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace Annalist
