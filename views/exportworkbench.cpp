#include "exportworkbench.h"

#include "export/dossierdata.h"
#include "export/dossierjob.h"
#include "store/database.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace Annalist {

namespace {

QString lastFolder()
{
    return QSettings()
        .value(QStringLiteral("export/folder"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

QString safeFileName(QString name)
{
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]+")), QStringLiteral(" "));
    name = name.simplified();
    return name.isEmpty() ? QStringLiteral("dossier") : name.left(80);
}

} // namespace

ExportWorkbench::ExportWorkbench(QWidget *window, ContextProvider context, std::function<QString()> databasePath)
    : QObject(window)
    , m_window(window)
    , m_context(std::move(context))
    , m_databasePath(std::move(databasePath))
{
    m_menu = new QMenu(tr("E&xport"), window);
    QAction *pdf = m_menu->addAction(tr("Annotated &PDF…"), this, &ExportWorkbench::exportPdf);
    pdf->setShortcut(QKeySequence(tr("Ctrl+Shift+E", "Export Annotated PDF")));
    m_menu->addSeparator();
    m_menu->addAction(tr("Annotations as &CSV…"), this,
                      [this] { exportData(DataExporter::What::Annotations, DataExporter::Format::Csv); });
    m_menu->addAction(tr("Annotations as &JSON…"), this,
                      [this] { exportData(DataExporter::What::Annotations, DataExporter::Format::Json); });
    m_menu->addAction(tr("&Entities as CSV…"), this,
                      [this] { exportData(DataExporter::What::Entities, DataExporter::Format::Csv); });
    m_menu->addAction(tr("Entities as JS&ON…"), this,
                      [this] { exportData(DataExporter::What::Entities, DataExporter::Format::Json); });
}

ExportWorkbench::~ExportWorkbench() = default; // the job's destructor cancels and waits

void ExportWorkbench::exportPdf()
{
    if (m_job) {
        QMessageBox::information(m_window, tr("Export"), tr("An export is running already."));
        return;
    }
    DossierExportDialog dialog(m_context(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DossierSpec spec = dialog.spec();
    const QString suggested = QDir(lastFolder()).filePath(safeFileName(spec.effectiveTitle()) + QStringLiteral(".pdf"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Annotated PDF"), suggested,
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QSettings().setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    startPdfExport(spec, path);
}

void ExportWorkbench::startPdfExport(const DossierSpec &spec, const QString &path)
{
    const QString databasePath = m_databasePath();
    if (m_job || databasePath.isEmpty())
        return;
    m_job = new DossierExportJob(databasePath, spec, path, this);
    m_progress = new QProgressDialog(tr("Laying out the dossier…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Export Annotated PDF"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ExportWorkbench::cancel);
    connect(m_job, &ThreadedJob::progress, this, [this](int done, int total, const QString &) {
        if (!m_progress)
            return;
        m_progress->setMaximum(total);
        m_progress->setValue(std::min(done, total));
        m_progress->setLabelText(tr("Writing page %1 of %2…").arg(done).arg(total));
    });
    connect(m_job, &DossierExportJob::finished, this,
            [this](const QString &outputPath, int pages, bool cancelled, const QString &error) {
                if (m_progress)
                    m_progress->deleteLater();
                m_job->deleteLater();
                m_job = nullptr;
                if (cancelled) {
                    Q_EMIT statusMessage(tr("Export cancelled."));
                    return;
                }
                if (!error.isEmpty()) {
                    Q_EMIT exportFailed(error);
                    QMessageBox::warning(m_window, tr("Export Annotated PDF"), error);
                    return;
                }
                Q_EMIT statusMessage(tr("Exported %n page(s) to %1", nullptr, pages).arg(QDir::toNativeSeparators(outputPath)));
                Q_EMIT pdfExported(outputPath, pages);
            });
    Q_EMIT statusMessage(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    m_job->start();
}

void ExportWorkbench::cancel()
{
    if (m_job)
        m_job->cancel();
}

void ExportWorkbench::exportData(DataExporter::What what, DataExporter::Format format)
{
    const DossierExportDialog::Context context = m_context();
    // The selection when there is one, else everything the list shows.
    DossierSpec scope;
    if (!context.selected.isEmpty()) {
        scope.scope = DossierSpec::Scope::Articles;
        scope.articleIds = context.selected;
    } else {
        scope.scope = DossierSpec::Scope::List;
        scope.listQuery = context.listQuery;
    }
    const bool json = format == DataExporter::Format::Json;
    const QString base = what == DataExporter::What::Annotations ? QStringLiteral("annotations") : QStringLiteral("entities");
    QString path = QFileDialog::getSaveFileName(
        m_window, what == DataExporter::What::Annotations ? tr("Export Annotations") : tr("Export Entities"),
        QDir(lastFolder()).filePath(base + (json ? QStringLiteral(".json") : QStringLiteral(".csv"))),
        json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    startDataExport(what, format, scope, path);
}

void ExportWorkbench::startDataExport(DataExporter::What what, DataExporter::Format format, const DossierSpec &scope,
                                      const QString &path)
{
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            Q_EMIT exportFailed(error);
            QMessageBox::warning(m_window, tr("Export"), error);
            return;
        }
        Q_EMIT statusMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
        Q_EMIT dataExported(path);
    });
    watcher->setFuture(QtConcurrent::run([databasePath = m_databasePath(), what, format, scope, path]() -> QString {
        Database db(databasePath); // this pool thread's own connection
        if (!db.open())
            return db.errorString();
        DossierLoader loader(db.connection());
        const auto ids = loader.resolveScope(scope);
        if (!ids)
            return loader.errorString();
        DataExporter exporter(db.connection());
        const auto bytes = exporter.exportData(what, format, *ids);
        if (!bytes)
            return exporter.errorString();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
            return ExportWorkbench::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return QString();
    }));
}

} // namespace Annalist
