#include "commands/splitjoincommands.h"

#include "commands/commandsupport.h"
#include "pipeline/articlesplitjoin.h"
#include "pipeline/extractionrunner.h"
#include "store/database.h"

#include <QCoreApplication>

namespace Annalist {

namespace {

void addCommonOptions(QCommandLineParser &parser)
{
    CommandSupport::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("no-extract"),
                      QCoreApplication::translate("Annalist::SplitJoinCommands",
                                                  "Leave entities and dates of the changed articles to the next "
                                                  "extraction instead of finding them before returning.")});
}

// A positive id or offset from an option; reports a usage error otherwise.
bool number(const QCommandLineParser &parser, const QString &option, qint64 minimum, CommandIo &io,
            const QString &command, qint64 *value)
{
    bool ok = false;
    *value = parser.value(option).toLongLong(&ok);
    if (parser.isSet(option) && ok && *value >= minimum)
        return true;
    io.err << QCoreApplication::translate("Annalist::SplitJoinCommands", "annalist %1: --%2 needs a number of at least %3.")
                  .arg(command, option)
                  .arg(minimum)
           << Qt::endl;
    return false;
}

// Stage two for the changed articles, as the window does in the background.
int extractChanged(const QCommandLineParser &parser, const QString &path, CommandIo &io, const QString &command)
{
    if (parser.isSet(QStringLiteral("no-extract")))
        return ExitOk;
    ExtractionRunner runner(path);
    if (!runner.run()) {
        io.err << QStringLiteral("annalist %1: ").arg(command) << runner.errorString() << Qt::endl;
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace

QString SplitCommand::summary() const
{
    return QCoreApplication::translate("Annalist::SplitJoinCommands",
                                       "Split an article in two at an offset of its original text.");
}

int SplitCommand::run(const QStringList &arguments, CommandIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n')
        + QCoreApplication::translate("Annalist::SplitJoinCommands",
                                      "Prints the id of the new article, which holds the text from OFFSET on."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("article"),
                      QCoreApplication::translate("Annalist::SplitJoinCommands", "The article to split."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("at"),
                      QCoreApplication::translate("Annalist::SplitJoinCommands",
                                                  "Where the second part begins: UTF-16 offset into the article's "
                                                  "original text, as `annalist list --json` ranges count."),
                      QStringLiteral("OFFSET")});
    int exitCode = ExitOk;
    if (!CommandSupport::parse(parser, arguments, io, &exitCode))
        return exitCode;
    qint64 article = 0;
    qint64 at = 0;
    if (!number(parser, QStringLiteral("article"), 1, io, name(), &article)
        || !number(parser, QStringLiteral("at"), 1, io, name(), &at))
        return ExitUsage;
    const QString path = CommandSupport::databasePath(parser);
    qint64 newId = 0;
    {
        Database db(path);
        if (!CommandSupport::openExisting(db, io, name()))
            return ExitFailure;
        ArticleSplitJoin editor(db.connection());
        const std::optional<ArticleEdit> edit = editor.split(article, qsizetype(at));
        if (!edit) {
            io.err << QStringLiteral("annalist split: ") << editor.errorString() << Qt::endl;
            return ExitFailure;
        }
        newId = edit->second;
    }
    io.out << newId << Qt::endl;
    return extractChanged(parser, path, io, name());
}

QString JoinCommand::summary() const
{
    return QCoreApplication::translate("Annalist::SplitJoinCommands",
                                       "Join two articles that follow each other in the same file.");
}

int JoinCommand::run(const QStringList &arguments, CommandIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n')
        + QCoreApplication::translate("Annalist::SplitJoinCommands",
                                      "The earlier of the two keeps its id and title and prints it; the other is "
                                      "removed."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("article"),
                      QCoreApplication::translate("Annalist::SplitJoinCommands", "One of the two articles."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("with"),
                      QCoreApplication::translate("Annalist::SplitJoinCommands", "The other article."),
                      QStringLiteral("ID")});
    int exitCode = ExitOk;
    if (!CommandSupport::parse(parser, arguments, io, &exitCode))
        return exitCode;
    qint64 article = 0;
    qint64 other = 0;
    if (!number(parser, QStringLiteral("article"), 1, io, name(), &article)
        || !number(parser, QStringLiteral("with"), 1, io, name(), &other))
        return ExitUsage;
    const QString path = CommandSupport::databasePath(parser);
    qint64 kept = 0;
    {
        Database db(path);
        if (!CommandSupport::openExisting(db, io, name()))
            return ExitFailure;
        ArticleSplitJoin editor(db.connection());
        const std::optional<ArticleEdit> edit = editor.join(article, other);
        if (!edit) {
            io.err << QStringLiteral("annalist join: ") << editor.errorString() << Qt::endl;
            return ExitFailure;
        }
        kept = edit->first;
    }
    io.out << kept << Qt::endl;
    return extractChanged(parser, path, io, name());
}

} // namespace Annalist
