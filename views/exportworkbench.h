#pragma once

#include "dossierexportdialog.h"
#include "export/dataexport.h"
#include "export/dossierjob.h"
#include "export/dossierspec.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QMenu;
class QProgressDialog;
class QWidget;

namespace Annalist {

// File ▸ Export: the annotated PDF dossier (dialog, background job with progress and cancel)
// and annotations/entities as CSV or JSON. The window supplies what it shows through a
// context callback and the database path; all work runs off the GUI thread.
class ExportWorkbench final : public QObject
{
    Q_OBJECT
public:
    using ContextProvider = std::function<DossierExportDialog::Context()>;

    ExportWorkbench(QWidget *window, ContextProvider context, std::function<QString()> databasePath);
    ~ExportWorkbench() override;

    QMenu *menu() const { return m_menu; }
    bool isExporting() const { return m_job != nullptr; }

    // Asks for the options and a file name, then exports.
    void exportPdf();
    // Exports without dialogs (the dialog's last step; tests call it directly).
    void startPdfExport(const DossierSpec &spec, const QString &path);
    void cancel();
    // Asks for a file name, then writes the listed (or selected) articles' data.
    void exportData(DataExporter::What what, DataExporter::Format format);
    void startDataExport(DataExporter::What what, DataExporter::Format format, const DossierSpec &scope,
                         const QString &path);

Q_SIGNALS:
    void pdfExported(const QString &path, int pages);
    void dataExported(const QString &path);
    void exportFailed(const QString &message);
    void statusMessage(const QString &message);

private:
    QWidget *m_window;
    ContextProvider m_context;
    std::function<QString()> m_databasePath;
    QMenu *m_menu = nullptr;
    QPointer<DossierExportJob> m_job;
    QPointer<QProgressDialog> m_progress;
};

} // namespace Annalist
