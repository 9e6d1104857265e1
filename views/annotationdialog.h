#pragma once

#include <QCompleter>
#include <QDialog>
#include <QStringList>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Annalist {

// Completes the tag being typed in a comma-separated list of tags: only the text after the
// last comma is matched (anywhere in a path, case-insensitively), and choosing a tag keeps the
// tags before it.
class TagListCompleter final : public QCompleter
{
    Q_OBJECT
public:
    explicit TagListCompleter(const QStringList &tags, QObject *parent = nullptr);
    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;
};

// The small editor of a passage highlight: colour (the named palette), tags (comma-separated,
// completed from the tags in the database) and a multi-line note. Ctrl+Return accepts.
class AnnotationDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AnnotationDialog(const QString &quote, const QStringList &knownTags, QWidget *parent = nullptr);

    void setColor(const QString &name);
    QString color() const;
    void setTags(const QStringList &tags);
    // The tags typed, cleaned (TagStore::normalizedPath), without duplicates.
    QStringList tags() const;
    void setNote(const QString &note);
    QString note() const;

    QLineEdit *tagsEdit() const { return m_tags; }
    QPlainTextEdit *noteEdit() const { return m_note; }

private:
    QButtonGroup *m_colors = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace Annalist
