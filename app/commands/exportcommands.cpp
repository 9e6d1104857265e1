#include "commands/exportcommands.h"

#include "commands/commandsupport.h"
#include "export/dataexport.h"
#include "export/dossierdata.h"
#include "export/dossierjob.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "syntax/syntaxspans.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace Annalist {

namespace {

void addScopeOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("article"),
                      QCoreApplication::translate("Annalist::ExportCommands",
                                                  "Export this article (repeat for several, in that order)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("tag"),
                      QCoreApplication::translate("Annalist::ExportCommands",
                                                  "Export the articles carrying this tag or a tag below it."),
                      QStringLiteral("TAG")});
    parser.addOption({QStringLiteral("query"),
                      QCoreApplication::translate("Annalist::ExportCommands",
                                                  "Export the articles this search finds (search syntax)."),
                      QStringLiteral("QUERY")});
}

// Fills spec's scope from --article/--tag/--query. required: one of them must be given.
// Returns false with a message on stderr for a usage error.
bool readScope(const QCommandLineParser &parser, DossierSpec &spec, bool *given, CommandIo &io,
               const QString &command)
{
    const QStringList articles = parser.values(QStringLiteral("article"));
    const bool tag = parser.isSet(QStringLiteral("tag"));
    const bool query = parser.isSet(QStringLiteral("query"));
    const int scopes = int(!articles.isEmpty()) + int(tag) + int(query);
    *given = scopes > 0;
    if (scopes > 1) {
        io.err << QStringLiteral("annalist %1: ").arg(command)
               << QCoreApplication::translate("Annalist::ExportCommands",
                                              "give one scope: --article, --tag or --query")
               << Qt::endl;
        return false;
    }
    if (!articles.isEmpty()) {
        spec.scope = DossierSpec::Scope::Articles;
        for (const QString &value : articles) {
            bool ok = false;
            const qint64 id = value.toLongLong(&ok);
            if (!ok || id <= 0) {
                io.err << QStringLiteral("annalist %1: ").arg(command)
                       << QCoreApplication::translate("Annalist::ExportCommands", "'%1' is not an article id")
                              .arg(value)
                       << Qt::endl;
                return false;
            }
            spec.articleIds.append(id);
        }
    } else if (tag) {
        spec.scope = DossierSpec::Scope::Tag;
        spec.tag = parser.value(QStringLiteral("tag"));
    } else if (query) {
        spec.scope = DossierSpec::Scope::Query;
        spec.query = parser.value(QStringLiteral("query"));
    }
    return true;
}

void usage(CommandIo &io, const QString &command, const QString &message)
{
    io.err << QStringLiteral("annalist %1: ").arg(command) << message << Qt::endl;
}

} // namespace

QString ExportPdfCommand::summary() const
{
    return QCoreApplication::translate("Annalist::ExportCommands",
                                       "Export articles as an annotated PDF dossier (highlights, notes, "
                                       "entity index, timeline).");
}

int ExportPdfCommand::run(const QStringList &arguments, CommandIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CommandSupport::addDatabaseOption(parser);
    addScopeOptions(parser);
    parser.addOption({QStringLiteral("out"),
                      QCoreApplication::translate("Annalist::ExportCommands", "The PDF file to write."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("title"),
                      QCoreApplication::translate("Annalist::ExportCommands", "Title of the dossier."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("author"),
                      QCoreApplication::translate("Annalist::ExportCommands",
                                                  "The analyst's name (cover, PDF metadata, comments)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("paper"),
                      QCoreApplication::translate("Annalist::ExportCommands", "Paper size: a4 (default) or letter."),
                      QStringLiteral("SIZE")});
    parser.addOption({QStringLiteral("no-entities"),
                      QCoreApplication::translate("Annalist::ExportCommands",
                                                  "Neither colour entities in the text nor add the entity index.")});
    parser.addOption({QStringLiteral("syntax-colors"),
                      QCoreApplication::translate("Annalist::ExportCommands",
                                                  "Colour quotes, figures, citations and links as the source view "
                                                  "does (builds with KSyntaxHighlighting).")});
    parser.addOption({QStringLiteral("no-notes"),
                      QCoreApplication::translate("Annalist::ExportCommands",
                                                  "Highlights only, without note markers and notes.")});
    parser.addOption({QStringLiteral("no-index"),
                      QCoreApplication::translate("Annalist::ExportCommands", "Leave out the entity index.")});
    parser.addOption({QStringLiteral("no-timeline"),
                      QCoreApplication::translate("Annalist::ExportCommands", "Leave out the timeline figure.")});
    int exitCode = ExitOk;
    if (!CommandSupport::parse(parser, arguments, io, &exitCode))
        return exitCode;

    DossierSpec spec;
    bool scopeGiven = false;
    if (!readScope(parser, spec, &scopeGiven, io, name()))
        return ExitUsage;
    if (!scopeGiven) {
        usage(io, name(),
              QCoreApplication::translate("Annalist::ExportCommands",
                                          "say what to export: --article ID, --tag TAG or --query QUERY"));
        return ExitUsage;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        usage(io, name(), QCoreApplication::translate("Annalist::ExportCommands", "--out FILE.pdf is required"));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("paper"))) {
        const auto paper = DossierSpec::paperFromName(parser.value(QStringLiteral("paper")));
        if (!paper) {
            usage(io, name(),
                  QCoreApplication::translate("Annalist::ExportCommands", "unknown paper size '%1' (a4 or letter)")
                      .arg(parser.value(QStringLiteral("paper"))));
            return ExitUsage;
        }
        spec.paper = *paper;
    }
    spec.title = parser.value(QStringLiteral("title"));
    spec.author = parser.value(QStringLiteral("author"));
    const bool noEntities = parser.isSet(QStringLiteral("no-entities"));
    spec.entityColors = !noEntities;
    spec.entityIndex = !noEntities && !parser.isSet(QStringLiteral("no-index"));
    spec.notes = !parser.isSet(QStringLiteral("no-notes"));
    if (parser.isSet(QStringLiteral("syntax-colors"))) {
        if (!Syntax::PrintColors::available()) {
            usage(io, name(),
                  QCoreApplication::translate("Annalist::ExportCommands",
                                              "this build has no KSyntaxHighlighting, so --syntax-colors is not "
                                              "available"));
            return ExitUsage;
        }
        spec.syntaxColors = true;
    }
    spec.timeline = !parser.isSet(QStringLiteral("no-timeline"));

    const QString path = CommandSupport::databasePath(parser);
    {
        Database db(path);
        if (!CommandSupport::openExisting(db, io, name()))
            return ExitFailure;
    }
    const DossierExportResult result = exportDossier(path, spec, out);
    if (!result.ok) {
        io.err << QStringLiteral("annalist %1: ").arg(name()) << result.error << Qt::endl;
        return ExitFailure;
    }
    io.out << QCoreApplication::translate("Annalist::ExportCommands",
                                          "Wrote %1: %2 pages, %3 articles, %4 annotations.")
                  .arg(QDir::toNativeSeparators(out))
                  .arg(result.layout.pageCount)
                  .arg(result.articles)
                  .arg(result.annotations)
           << Qt::endl;
    return ExitOk;
}

QString ExportDataCommand::name() const
{
    return m_format == Format::Json ? QStringLiteral("export-json") : QStringLiteral("export-csv");
}

QString ExportDataCommand::summary() const
{
    return m_format == Format::Json
        ? QCoreApplication::translate("Annalist::ExportCommands", "Export annotations or entities as JSON.")
        : QCoreApplication::translate("Annalist::ExportCommands", "Export annotations or entities as CSV.");
}

int ExportDataCommand::run(const QStringList &arguments, CommandIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary() + QLatin1Char('\n')
                                     + QCoreApplication::translate("Annalist::ExportCommands",
                                                                   "Without a scope, every article is exported."));
    CommandSupport::addDatabaseOption(parser);
    addScopeOptions(parser);
    parser.addOption({QStringLiteral("what"),
                      QCoreApplication::translate("Annalist::ExportCommands",
                                                  "annotations (default) or entities."),
                      QStringLiteral("WHAT")});
    parser.addOption({QStringLiteral("out"),
                      QCoreApplication::translate("Annalist::ExportCommands", "Write to FILE instead of stdout."),
                      QStringLiteral("FILE")});
    int exitCode = ExitOk;
    if (!CommandSupport::parse(parser, arguments, io, &exitCode))
        return exitCode;

    DataExporter::What what = DataExporter::What::Annotations;
    if (parser.isSet(QStringLiteral("what"))) {
        const auto parsed = DataExporter::whatFromName(parser.value(QStringLiteral("what")));
        if (!parsed) {
            usage(io, name(),
                  QCoreApplication::translate("Annalist::ExportCommands",
                                              "--what is 'annotations' or 'entities', not '%1'")
                      .arg(parser.value(QStringLiteral("what"))));
            return ExitUsage;
        }
        what = *parsed;
    }
    DossierSpec spec;
    bool scopeGiven = false;
    if (!readScope(parser, spec, &scopeGiven, io, name()))
        return ExitUsage;

    Database db(CommandSupport::databasePath(parser));
    if (!CommandSupport::openExisting(db, io, name()))
        return ExitFailure;
    QList<qint64> ids;
    if (scopeGiven) {
        DossierLoader loader(db.connection());
        const auto resolved = loader.resolveScope(spec);
        if (!resolved) {
            io.err << QStringLiteral("annalist %1: ").arg(name()) << loader.errorString() << Qt::endl;
            return ExitFailure;
        }
        ids = *resolved;
    } else {
        ArticleStore articles(db.connection());
        ArticleQuery all;
        all.sort = ArticleSort::Published;
        all.order = Qt::AscendingOrder;
        const auto every = articles.ids(all);
        if (!every) {
            io.err << QStringLiteral("annalist %1: ").arg(name()) << articles.errorString() << Qt::endl;
            return ExitFailure;
        }
        ids = *every;
    }
    DataExporter exporter(db.connection());
    const auto bytes = exporter.exportData(
        what, m_format == Format::Json ? DataExporter::Format::Json : DataExporter::Format::Csv, ids);
    if (!bytes) {
        io.err << QStringLiteral("annalist %1: ").arg(name()) << exporter.errorString() << Qt::endl;
        return ExitFailure;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        io.out << QString::fromUtf8(*bytes);
        io.out.flush();
        return ExitOk;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        io.err << QStringLiteral("annalist %1: ").arg(name())
               << QCoreApplication::translate("Annalist::ExportCommands", "cannot write %1: %2")
                      .arg(QDir::toNativeSeparators(out), file.errorString())
               << Qt::endl;
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace Annalist
