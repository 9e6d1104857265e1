#include "dossierexportdialog.h"

#include "syntax/syntaxspans.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Annalist {

DossierExportDialog::DossierExportDialog(const Context &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("Export Annotated PDF"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    auto *layout = new QVBoxLayout(this);

    auto *scopeBox = new QGroupBox(tr("Articles"), this);
    auto *scopeLayout = new QGridLayout(scopeBox);
    m_scope = new QButtonGroup(this);
    m_current = new QRadioButton(context.currentArticle
                                     ? tr("Current article: %1").arg(context.currentTitle.left(60))
                                     : tr("Current article (none shown)"),
                                 scopeBox);
    m_selected = new QRadioButton(tr("Selected articles (%n)", nullptr, int(context.selected.size())), scopeBox);
    m_tag = new QRadioButton(tr("Articles tagged"), scopeBox);
    m_tags = new QComboBox(scopeBox);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->addItems(context.tags);
    m_list = new QRadioButton(context.listQuery.search.isEmpty()
                                  ? tr("All articles in the list (%n)", nullptr, context.listCount)
                                  : tr("Current search result (%n)", nullptr, context.listCount),
                              scopeBox);
    m_current->setEnabled(context.currentArticle != 0);
    m_selected->setEnabled(!context.selected.isEmpty());
    m_tag->setEnabled(!context.tags.isEmpty());
    m_tags->setEnabled(!context.tags.isEmpty());
    m_list->setEnabled(context.listCount > 0);
    m_scope->addButton(m_current, int(ScopeChoice::Current));
    m_scope->addButton(m_selected, int(ScopeChoice::Selected));
    m_scope->addButton(m_tag, int(ScopeChoice::Tag));
    m_scope->addButton(m_list, int(ScopeChoice::List));
    scopeLayout->addWidget(m_current, 0, 0, 1, 2);
    scopeLayout->addWidget(m_selected, 1, 0, 1, 2);
    scopeLayout->addWidget(m_tag, 2, 0);
    scopeLayout->addWidget(m_tags, 2, 1);
    scopeLayout->addWidget(m_list, 3, 0, 1, 2);
    scopeLayout->setColumnStretch(1, 1);
    layout->addWidget(scopeBox);

    auto *includeBox = new QGroupBox(tr("Include"), this);
    auto *includeLayout = new QVBoxLayout(includeBox);
    m_notes = new QCheckBox(tr("Notes (numbered, in the margin)"), includeBox);
    m_entityColors = new QCheckBox(tr("Entity colours in the text"), includeBox);
    m_syntaxColors = new QCheckBox(tr("Syntax colours (quotes, figures, citations, links)"), includeBox);
    m_entityIndex = new QCheckBox(tr("Index of entities with page numbers"), includeBox);
    m_timeline = new QCheckBox(tr("Timeline of the articles' dates"), includeBox);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_entityColors->setObjectName(QStringLiteral("entityColors"));
    m_syntaxColors->setObjectName(QStringLiteral("syntaxColors"));
    m_entityIndex->setObjectName(QStringLiteral("entityIndex"));
    m_timeline->setObjectName(QStringLiteral("timeline"));
    // The choices of the last export; everything but syntax colours the first time.
    const QSettings settings;
    for (QCheckBox *box : includeBoxes()) {
        box->setChecked(
            settings.value(QStringLiteral("export/include/") + box->objectName(), box != m_syntaxColors).toBool());
        includeLayout->addWidget(box);
    }
    if (!Syntax::PrintColors::available()) {
        m_syntaxColors->setEnabled(false);
        m_syntaxColors->setToolTip(tr("This build has no KSyntaxHighlighting."));
    }
    layout->addWidget(includeBox);

    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setClearButtonEnabled(true);
    form->addRow(tr("&Title:"), m_title);
    m_author = new QLineEdit(this);
    m_author->setText(QSettings().value(QStringLiteral("export/author")).toString());
    m_author->setPlaceholderText(tr("Your name, for the cover and the PDF comments"));
    form->addRow(tr("&Author:"), m_author);
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paper"));
    m_paper->addItem(tr("A4"), QStringLiteral("a4"));
    m_paper->addItem(tr("US Letter"), QStringLiteral("letter"));
    const QString paper = QSettings()
                              .value(QStringLiteral("export/paper"),
                                     QLocale().measurementSystem() == QLocale::ImperialUSSystem
                                         ? QStringLiteral("letter")
                                         : QStringLiteral("a4"))
                              .toString();
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(paper)));
    form->addRow(tr("&Paper:"), m_paper);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings settings;
        settings.setValue(QStringLiteral("export/author"), m_author->text().trimmed());
        settings.setValue(QStringLiteral("export/paper"), m_paper->currentData());
        for (const QCheckBox *box : includeBoxes())
            settings.setValue(QStringLiteral("export/include/") + box->objectName(), box->isChecked());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // The narrowest scope the window offers is the likely intent.
    if (context.selected.size() > 1)
        setScope(ScopeChoice::Selected);
    else if (context.currentArticle)
        setScope(ScopeChoice::Current);
    else if (context.listCount > 0)
        setScope(ScopeChoice::List);
    else if (!context.tags.isEmpty())
        setScope(ScopeChoice::Tag);
    connect(m_scope, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateState();
    });
    connect(m_tags, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_tag->setChecked(true);
        updateState();
    });
    updateState();
}

void DossierExportDialog::setScope(ScopeChoice choice)
{
    if (QAbstractButton *button = m_scope->button(int(choice)); button && button->isEnabled())
        button->setChecked(true);
    updateState();
}

QString DossierExportDialog::defaultTitle() const
{
    const DossierSpec current = spec();
    if (current.scope == DossierSpec::Scope::Articles && current.articleIds.size() == 1
        && current.articleIds.constFirst() == m_context.currentArticle)
        return m_context.currentTitle;
    DossierSpec untitled = current;
    untitled.title.clear();
    return untitled.effectiveTitle();
}

void DossierExportDialog::updateState()
{
    m_ok->setEnabled(m_scope->checkedButton() != nullptr);
    m_title->setPlaceholderText(defaultTitle());
}

DossierSpec DossierExportDialog::spec() const
{
    DossierSpec spec;
    switch (ScopeChoice(m_scope->checkedId())) {
    case ScopeChoice::Current:
        spec.scope = DossierSpec::Scope::Articles;
        spec.articleIds = {m_context.currentArticle};
        spec.scopeLabel = tr("The article “%1”").arg(m_context.currentTitle);
        break;
    case ScopeChoice::Selected:
        spec.scope = DossierSpec::Scope::Articles;
        spec.articleIds = m_context.selected;
        break;
    case ScopeChoice::Tag:
        spec.scope = DossierSpec::Scope::Tag;
        spec.tag = m_tags->currentText();
        break;
    case ScopeChoice::List:
        spec.scope = DossierSpec::Scope::List;
        spec.listQuery = m_context.listQuery;
        break;
    }
    spec.title = m_title->text().trimmed();
    if (spec.title.isEmpty() && spec.scope == DossierSpec::Scope::Articles && spec.articleIds.size() == 1
        && spec.articleIds.constFirst() == m_context.currentArticle)
        spec.title = m_context.currentTitle;
    spec.author = m_author->text().trimmed();
    spec.paper = m_paper->currentData().toString() == QLatin1String("letter") ? DossierSpec::Paper::Letter
                                                                              : DossierSpec::Paper::A4;
    spec.notes = m_notes->isChecked();
    spec.entityColors = m_entityColors->isChecked();
    spec.syntaxColors = m_syntaxColors->isEnabled() && m_syntaxColors->isChecked();
    spec.entityIndex = m_entityIndex->isChecked();
    spec.timeline = m_timeline->isChecked();
    return spec;
}

} // namespace Annalist
