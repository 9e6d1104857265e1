#include "quicktagpopup.h"

#include "store/tagstore.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QVBoxLayout>

namespace Annalist {

QuickTagPopup::QuickTagPopup(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_edit(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_completer(new QCompleter(this))
    , m_paths(new QStringListModel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Raised);
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_edit->setPlaceholderText(tr("Tag, e.g. policy/export-controls"));
    m_edit->setAccessibleName(tr("Tag to add"));
    m_edit->setMinimumWidth(280);
    m_completer->setModel(m_paths);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_edit->setCompleter(m_completer);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_edit);
    layout->addWidget(m_hint);

    connect(m_edit, &QLineEdit::textChanged, this, &QuickTagPopup::updateHint);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        // Enter in the completion list picks the path first; the next Enter tags.
        if (!m_completer->popup()->isVisible())
            accept();
    });
}

QuickTagPopup::~QuickTagPopup() = default;

void QuickTagPopup::popup(const QStringList &existingPaths, int articleCount, const QPoint &globalPosition)
{
    m_paths->setStringList(existingPaths);
    m_articleCount = articleCount;
    m_edit->clear();
    updateHint();
    adjustSize();
    move(globalPosition);
    show();
    m_edit->setFocus(Qt::PopupFocusReason);
}

QString QuickTagPopup::hint() const
{
    return m_hint->text();
}

void QuickTagPopup::updateHint()
{
    const QString path = TagStore::normalizedPath(m_edit->text());
    if (path.isEmpty()) {
        m_hint->setText(tr("Type a tag for %n article(s); Enter adds it, Escape closes.", nullptr, m_articleCount));
        return;
    }
    bool exists = false;
    const QStringList paths = m_paths->stringList();
    for (const QString &existing : paths)
        exists = exists || existing.compare(path, Qt::CaseInsensitive) == 0;
    m_hint->setText(exists ? tr("Enter tags %n article(s) with “%1”.", nullptr, m_articleCount).arg(path)
                           : tr("Enter creates the tag “%1” and tags %n article(s).", nullptr, m_articleCount)
                                 .arg(path));
}

void QuickTagPopup::accept()
{
    const QString path = TagStore::normalizedPath(m_edit->text());
    if (path.isEmpty())
        return;
    hide();
    Q_EMIT tagChosen(path);
}

} // namespace Annalist
