#include "annotationdialog.h"

#include "highlightcolors.h"
#include "store/annotationstore.h"
#include "store/tagstore.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Annalist {

TagListCompleter::TagListCompleter(const QStringList &tags, QObject *parent)
    : QCompleter(parent)
{
    setModel(new QStringListModel(tags, this));
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
}

QStringList TagListCompleter::splitPath(const QString &path) const
{
    return {path.mid(path.lastIndexOf(QLatin1Char(',')) + 1).trimmed()};
}

QString TagListCompleter::pathFromIndex(const QModelIndex &index) const
{
    const QString tag = QCompleter::pathFromIndex(index);
    const auto *edit = qobject_cast<const QLineEdit *>(widget());
    if (!edit)
        return tag;
    const QString text = edit->text();
    const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
    return comma < 0 ? tag : text.left(comma + 1) + QLatin1Char(' ') + tag;
}

AnnotationDialog::AnnotationDialog(const QString &quote, const QStringList &knownTags, QWidget *parent)
    : QDialog(parent)
    , m_colors(new QButtonGroup(this))
    , m_tags(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("AnnotationDialog"));
    setWindowTitle(tr("Highlight"));

    QString shown = quote.simplified();
    if (shown.size() > 280)
        shown = shown.left(279) + QChar(0x2026);
    auto *quoteLabel = new QLabel(QStringLiteral("“%1”").arg(shown), this);
    quoteLabel->setObjectName(QStringLiteral("Quote"));
    quoteLabel->setWordWrap(true);
    quoteLabel->setTextFormat(Qt::PlainText);
    QFont italic = quoteLabel->font();
    italic.setItalic(true);
    quoteLabel->setFont(italic);

    auto *swatches = new QWidget(this);
    auto *swatchRow = new QHBoxLayout(swatches);
    swatchRow->setContentsMargins(0, 0, 0, 0);
    swatchRow->setSpacing(4);
    m_colors->setExclusive(true);
    const QStringList names = highlightColorNames();
    for (const QString &name : names) {
        auto *button = new QToolButton(swatches);
        button->setObjectName(QStringLiteral("color-") + name);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setIcon(HighlightColors::swatch(name, palette(), 18));
        button->setIconSize(QSize(18, 18));
        button->setToolTip(HighlightColors::label(name));
        button->setAccessibleName(HighlightColors::label(name));
        button->setProperty("colorName", name);
        m_colors->addButton(button);
        swatchRow->addWidget(button);
    }
    swatchRow->addStretch(1);

    m_tags->setObjectName(QStringLiteral("Tags"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. policy/export-controls"));
    m_tags->setClearButtonEnabled(true);
    auto *completer = new TagListCompleter(knownTags, this);
    m_tags->setCompleter(completer);

    m_note->setObjectName(QStringLiteral("Note"));
    m_note->setPlaceholderText(tr("Your note on this passage"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(fontMetrics().lineSpacing() * 6);

    auto *form = new QFormLayout;
    form->addRow(tr("Colour:"), swatches);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("&Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *accept = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Return")), this);
    connect(accept, &QShortcut::activated, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(quoteLabel);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());

    setColor(QStringLiteral("yellow"));
    m_note->setFocus();
}

void AnnotationDialog::setColor(const QString &name)
{
    const QList<QAbstractButton *> buttons = m_colors->buttons();
    for (QAbstractButton *button : buttons) {
        if (button->property("colorName").toString() == name)
            button->setChecked(true);
    }
}

QString AnnotationDialog::color() const
{
    QAbstractButton *checked = m_colors->checkedButton();
    return checked ? checked->property("colorName").toString() : QStringLiteral("yellow");
}

void AnnotationDialog::setTags(const QStringList &tags)
{
    m_tags->setText(tags.join(QStringLiteral(", ")));
}

QStringList AnnotationDialog::tags() const
{
    QStringList result;
    const QStringList typed = m_tags->text().split(QLatin1Char(','));
    for (const QString &tag : typed) {
        const QString path = TagStore::normalizedPath(tag);
        if (!path.isEmpty() && !result.contains(path, Qt::CaseInsensitive))
            result.append(path);
    }
    return result;
}

void AnnotationDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

QString AnnotationDialog::note() const
{
    // Trailing blank lines are an accident of typing, not part of the note.
    QString text = m_note->toPlainText();
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text;
}

} // namespace Annalist
