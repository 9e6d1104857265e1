#include "commands/importcommand.h"

#include "commands/commandsupport.h"
#include "pipeline/extractionrunner.h"
#include "pipeline/importrunner.h"

#include <QCoreApplication>
#include <QDir>

#include <unistd.h>

namespace Annalist {

QString ImportCommand::summary() const
{
    return QCoreApplication::translate("Annalist::ImportCommand", "Import files and folders (txt, md, html, pdf, eml, docx).");
}

int ImportCommand::run(const QStringList &arguments, CommandIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CommandSupport::addDatabaseOption(parser);
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QCoreApplication::translate("Annalist::ImportCommand", "Files or folders to import."),
                                 QStringLiteral("PATH..."));
    const QCommandLineOption noExtract(
        QStringLiteral("no-extract"),
        QCoreApplication::translate("Annalist::ImportCommand",
                                    "Only store the articles; find entities and dates later (the window does it, "
                                    "or the next import)."));
    parser.addOption(noExtract);
    int exitCode = ExitOk;
    if (!CommandSupport::parse(parser, arguments, io, &exitCode))
        return exitCode;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        io.err << QCoreApplication::translate("Annalist::ImportCommand", "annalist import: no PATH given.")
               << Qt::endl;
        return ExitUsage;
    }

    ImportRunner runner(CommandSupport::databasePath(parser));
    const bool interactive = isatty(STDERR_FILENO);
    if (interactive) {
        runner.setProgressCallback([&io](const ImportRunner::Progress &p) {
            io.err << QStringLiteral("\r%1/%2").arg(p.done).arg(p.total);
            io.err.flush();
        });
    }
    ImportSummary summary;
    if (!runner.run(paths, summary)) {
        io.err << QStringLiteral("annalist import: ") << runner.errorString() << Qt::endl;
        return ExitFailure;
    }
    if (interactive)
        io.err << QLatin1Char('\r');
    for (const auto &failure : std::as_const(summary.failed))
        io.err << QStringLiteral("annalist import: ") << failure.describe() << Qt::endl;
    for (const QString &warning : std::as_const(summary.warnings))
        io.err << QStringLiteral("annalist import: warning: ") << warning << Qt::endl;
    for (const QString &skipped : std::as_const(summary.skipped))
        io.err << QStringLiteral("annalist import: skipped %1").arg(skipped) << Qt::endl;

    io.out << QCoreApplication::translate("Annalist::ImportCommand",
                                          "%1 imported, %2 duplicates, %3 failed, %4 skipped (%5 files read)")
                  .arg(summary.imported.size())
                  .arg(summary.duplicates.size())
                  .arg(summary.failed.size())
                  .arg(summary.skipped.size())
                  .arg(summary.filesDone)
           << Qt::endl;
    if (!parser.isSet(noExtract) && !summary.cancelled) {
        ExtractionRunner extraction(CommandSupport::databasePath(parser));
        if (interactive)
            extraction.setProgressCallback([&io](int done, int total) {
                io.err << QStringLiteral("\rextracting %1/%2").arg(done).arg(total);
                io.err.flush();
            });
        const bool ok = extraction.run();
        if (interactive)
            io.err << QLatin1Char('\r');
        if (!ok) {
            io.err << QStringLiteral("annalist import: ") << extraction.errorString() << Qt::endl;
            return ExitFailure;
        }
        io.out << QCoreApplication::translate("Annalist::ImportCommand", "entities and dates found in %n article(s)",
                                             nullptr, int(extraction.extractedCount()))
               << Qt::endl;
    }
    for (const auto &duplicate : std::as_const(summary.duplicates))
        io.out << QCoreApplication::translate("Annalist::ImportCommand", "  duplicate of #%1: %2")
                      .arg(duplicate.existingId)
                      .arg(QDir::toNativeSeparators(duplicate.path))
               << Qt::endl;
    return summary.hasFailures() ? ExitFailure : ExitOk;
}

} // namespace Annalist
