#pragma once

#include "itemmodels/annotationexport.h"
#include "itemmodels/annotationlistmodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTimer;
class QToolButton;
class QTreeView;

namespace Annalist {

// Dock content listing every passage annotation of the corpus: article, quote, note, tags,
// colour, date and anchoring status (orphaned ones flagged). Narrowed by words in quotes and
// notes (debounced, the search syntax), a tag, a colour and an entity mentioned in the quote;
// sortable by any column. Clicking a row (or Return) asks to open the article at the passage;
// the list exports as CSV or JSON, written off the GUI thread.
class AnnotationsPane final : public QWidget
{
    Q_OBJECT
public:
    explicit AnnotationsPane(AnnotationListModel *model, QWidget *parent = nullptr);
    ~AnnotationsPane() override;
    Q_DISABLE_COPY_MOVE(AnnotationsPane)

    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *tagFilter() const { return m_tag; }
    QComboBox *colorFilter() const { return m_color; }
    QComboBox *entityFilter() const { return m_entity; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    // The rows in the order shown (what Export writes).
    QList<AnnotationRow> shownRows() const;
    // Selects the annotation's row once it is listed.
    void selectAnnotation(qint64 id);

    // Writes the shown rows to path in the background; exportFinished() reports.
    void exportTo(const QString &path, AnnotationExport::Format format);

    static constexpr int debounceMs = 300;

Q_SIGNALS:
    void annotationActivated(const Annalist::Annotation &annotation);
    void editRequested(qint64 annotationId);
    void deleteRequested(qint64 annotationId);
    void exportFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void updateChoices();
    void updateStatus();
    void chooseExport(AnnotationExport::Format format);
    void showContextMenu(const QPoint &position);
    void activate(const QModelIndex &index);

    AnnotationListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_tag;
    QComboBox *m_color;
    QComboBox *m_entity;
    QToolButton *m_export;
    QTreeView *m_view;
    QLabel *m_status;
    QTimer *m_debounce;
    QString m_error;
    qint64 m_pendingSelection = 0;
};

} // namespace Annalist
