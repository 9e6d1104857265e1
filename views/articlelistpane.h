#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace Annalist {

class ArticleListModel;

// The article list dock: a debounced full-text search box, a debounced title/source filter,
// and the lazily loaded list itself. Columns can be shown or hidden from the header's
// context menu; the header state (order, widths, visibility, sort) is saved by the window.
class ArticleListPane final : public QWidget
{
    Q_OBJECT
public:
    explicit ArticleListPane(ArticleListModel *model, QWidget *parent = nullptr);
    ~ArticleListPane() override;
    Q_DISABLE_COPY_MOVE(ArticleListPane)

    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QLineEdit *filterField() const { return m_filter; }
    qint64 currentArticle() const;
    QList<qint64> selectedArticles() const; // in list order
    // The row context menu (split/join, show differences, ...); actions stay owned by the caller.
    void setContextActions(const QList<QAction *> &actions);
    void selectArticle(qint64 id); // selects it when loaded; remembered until it is
    // Selects id again once the model has reloaded (after an edit that changed the list).
    void selectAfterReload(qint64 id) { m_pendingSelection = id; }

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

    static constexpr int debounceMs = 300;

Q_SIGNALS:
    void currentArticleChanged(qint64 id); // 0 when nothing is selected

private:
    void applyQuery();
    void updateStatus();
    void showHeaderMenu(const QPoint &position);
    void modelReset();

    ArticleListModel *m_model;
    QLineEdit *m_search;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_status;
    QTimer *m_debounce;
    QString m_error;
    qint64 m_pendingSelection = 0;
    QList<QAction *> m_contextActions;
};

} // namespace Annalist
