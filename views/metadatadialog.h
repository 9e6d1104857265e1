#pragma once

#include "pipeline/metadataeditor.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Annalist {

// The small form for an article's metadata: title, source, author, URL and publication date
// (or "unknown"). Problems are shown in the form as they are typed; OK hands the values to the
// apply function (which pushes the undoable edit) and stays open with its message if that
// refuses them, so nothing typed is lost.
class MetadataDialog final : public QDialog
{
    Q_OBJECT
public:
    // Returns an empty string when the values were written, otherwise why not.
    using Apply = std::function<QString(const ArticleMetadata &)>;

    MetadataDialog(const ArticleMetadata &metadata, Apply apply, QWidget *parent = nullptr);
    ~MetadataDialog() override;
    Q_DISABLE_COPY_MOVE(MetadataDialog)

    ArticleMetadata metadata() const;
    // The first problem with the values as typed, or empty.
    QString problem() const;
    QString message() const;

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *sourceEdit() const { return m_source; }
    QLineEdit *authorEdit() const { return m_author; }
    QLineEdit *urlEdit() const { return m_url; }
    QDateEdit *dateEdit() const { return m_date; }
    QCheckBox *unknownDate() const { return m_unknown; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    void validate();

    Apply m_apply;
    QLineEdit *m_title;
    QLineEdit *m_source;
    QLineEdit *m_author;
    QLineEdit *m_url;
    QDateEdit *m_date;
    QCheckBox *m_unknown;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace Annalist
