#pragma once

#include "export/dossierspec.h"
#include "store/articlestore.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Annalist {

// File ▸ Export ▸ Annotated PDF…: which articles (current, selected, a tag, the current search
// result), what to include, paper size and title. Produces a DossierSpec; the file name is
// asked for afterwards.
class DossierExportDialog final : public QDialog
{
    Q_OBJECT
public:
    // What the window can offer as a scope.
    struct Context
    {
        qint64 currentArticle = 0;
        QString currentTitle;
        QList<qint64> selected;
        ArticleQuery listQuery;
        int listCount = 0;
        QStringList tags;
    };
    enum class ScopeChoice { Current, Selected, Tag, List };

    explicit DossierExportDialog(const Context &context, QWidget *parent = nullptr);

    DossierSpec spec() const;
    void setScope(ScopeChoice choice); // for tests and callers with a preference

private:
    void updateState();
    QString defaultTitle() const;
    QList<QCheckBox *> includeBoxes() const
    {
        return {m_notes, m_entityColors, m_syntaxColors, m_entityIndex, m_timeline};
    }

    Context m_context;
    QButtonGroup *m_scope = nullptr;
    QRadioButton *m_current = nullptr;
    QRadioButton *m_selected = nullptr;
    QRadioButton *m_tag = nullptr;
    QRadioButton *m_list = nullptr;
    QComboBox *m_tags = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_author = nullptr;
    QComboBox *m_paper = nullptr;
    QCheckBox *m_notes = nullptr;
    QCheckBox *m_entityColors = nullptr;
    QCheckBox *m_syntaxColors = nullptr;
    QCheckBox *m_entityIndex = nullptr;
    QCheckBox *m_timeline = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Annalist
