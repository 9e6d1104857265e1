// File ▸ Export: what the window offers the export dialog (current article, selection, tags,
// the list's query) and where its messages go. The export itself is views/exportworkbench.

#include "mainwindow.h"

#include "articlelistpane.h"
#include "exportworkbench.h"
#include "itemmodels/articlelistmodel.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/tagstore.h"

#include <QItemSelectionModel>
#include <QMenu>
#include <QStatusBar>
#include <QTreeView>

#include <algorithm>

namespace Annalist {

void MainWindow::createExportMenu(QMenu *file)
{
    m_export = new ExportWorkbench(
        this,
        [this] {
            DossierExportDialog::Context context;
            context.currentArticle = m_shownArticle;
            if (m_shownArticle && m_store) {
                const QList<ArticleSummary> summary = m_store->summaries({m_shownArticle});
                if (!summary.isEmpty())
                    context.currentTitle = summary.constFirst().title;
            }
            // Selected rows in list order (the view's selection model knows them as indexes).
            if (QItemSelectionModel *selection = m_list->view()->selectionModel()) {
                QModelIndexList rows = selection->selectedRows();
                std::sort(rows.begin(), rows.end(),
                          [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
                for (const QModelIndex &row : std::as_const(rows))
                    context.selected.append(row.data(ArticleListModel::ArticleIdRole).toLongLong());
            }
            context.listQuery = m_model->query();
            context.listCount = m_model->totalCount();
            if (m_db) {
                TagStore tags(m_db->connection());
                if (const auto all = tags.tags()) {
                    for (const Tag &tag : *all)
                        context.tags.append(tag.name);
                }
            }
            return context;
        },
        [this] { return m_databasePath; });
    file->addMenu(m_export->menu());
    connect(m_export, &ExportWorkbench::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
}

} // namespace Annalist
