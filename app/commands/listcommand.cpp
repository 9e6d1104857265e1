#include "commands/listcommand.h"

#include "commands/commandsupport.h"
#include "store/articlestore.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

#include <unistd.h>

namespace Annalist {

QString ListCommand::summary() const
{
    return QCoreApplication::translate("Annalist::ListCommand", "List the articles in the database.");
}

int ListCommand::run(const QStringList &arguments, CommandIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CommandSupport::addDatabaseOption(parser);
    CommandSupport::addJsonOption(parser);
    int exitCode = ExitOk;
    if (!CommandSupport::parse(parser, arguments, io, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        io.err << QCoreApplication::translate("Annalist::ListCommand", "annalist list: unexpected argument %1")
                      .arg(parser.positionalArguments().constFirst())
               << Qt::endl;
        return ExitUsage;
    }
    Database db(CommandSupport::databasePath(parser));
    if (!CommandSupport::openExisting(db, io, name()))
        return ExitFailure;
    ArticleStore store(db.connection());
    ArticleQuery query;
    query.sort = ArticleSort::Imported;
    query.order = Qt::AscendingOrder;
    const auto ids = store.ids(query);
    if (!ids) {
        io.err << QStringLiteral("annalist list: ") << store.errorString() << Qt::endl;
        return ExitFailure;
    }
    const QList<ArticleSummary> rows = store.summaries(*ids);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ArticleSummary &row : rows) {
            array.append(QJsonObject{
                {QStringLiteral("id"), row.id},
                {QStringLiteral("title"), row.title},
                {QStringLiteral("source"), row.source},
                {QStringLiteral("published"),
                 row.published.isValid() ? QJsonValue(row.published.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("file"), row.filePath},
                {QStringLiteral("range"), QJsonArray{qint64(row.rangeStart), qint64(row.rangeEnd)}},
                {QStringLiteral("duplicate_of"), row.duplicateOf > 0 ? QJsonValue(row.duplicateOf) : QJsonValue()},
            });
        }
        CommandSupport::writeJson(io, array);
        return ExitOk;
    }
    for (const ArticleSummary &row : rows) {
        io.out << QStringLiteral("%1\t%2\t%3\t%4")
                      .arg(row.id)
                      .arg(row.published.isValid() ? row.published.toString(Qt::ISODate) : QStringLiteral("-"),
                           row.source.isEmpty() ? QStringLiteral("-") : row.source, row.title)
               << Qt::endl;
    }
    return ExitOk;
}

QString SearchCommand::summary() const
{
    return QCoreApplication::translate("Annalist::ListCommand",
                                       "Search text, titles, notes and tags, with field filters (tag:, entity:, date:...).");
}

int SearchCommand::run(const QStringList &arguments, CommandIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n')
        + QCoreApplication::translate(
            "Annalist::ListCommand",
            "\nWords, \"quoted phrases\", prefix*, AND, OR, NOT (also alone: NOT source:AFP) and parentheses;\n"
            "a word matches an article's title or text, a note or quote of its passages, or its tags.\n"
            "Field filters:\n"
            "  tag:policy/export-controls   the tag or one below it\n"
            "  entity:\"Zhipu AI\"            an entity mentioned (name or alias; entity:Zhip* for a prefix)\n"
            "  type:PRODUCT                 an entity of the type PERSON, ORG, PLACE, PRODUCT or EVENT\n"
            "  date:2025-01..2025-06        an event or the publication date in the range\n"
            "                               (also date:2025, date:2025-03-01.., date:..2025-06)\n"
            "  source:AFP                   the source contains the text\n"
            "  has:note, has:annotation, has:tag"));
    CommandSupport::addDatabaseOption(parser);
    CommandSupport::addJsonOption(parser);
    parser.addOption({QStringLiteral("limit"),
                      QCoreApplication::translate("Annalist::ListCommand", "Show at most N hits (default 50)."),
                      QStringLiteral("N"), QStringLiteral("50")});
    parser.addPositionalArgument(QStringLiteral("QUERY"),
                                 QCoreApplication::translate("Annalist::ListCommand", "What to search for."));
    int exitCode = ExitOk;
    if (!CommandSupport::parse(parser, arguments, io, &exitCode))
        return exitCode;
    const QString text = parser.positionalArguments().join(QLatin1Char(' '));
    bool limitOk = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (text.trimmed().isEmpty() || !limitOk || limit < 1) {
        io.err << QCoreApplication::translate("Annalist::ListCommand",
                                              "annalist search: give a QUERY and a positive --limit.")
               << Qt::endl;
        return ExitUsage;
    }
    Database db(CommandSupport::databasePath(parser));
    if (!CommandSupport::openExisting(db, io, name()))
        return ExitFailure;
    ArticleStore store(db.connection());
    const bool json = parser.isSet(QStringLiteral("json"));
    // Bold matches on a terminal, brackets anywhere else.
    const bool terminal = !json && isatty(STDOUT_FILENO);
    const auto hits = terminal ? store.search(text, limit, 0, QStringLiteral("\x1b[1m"), QStringLiteral("\x1b[0m"))
                               : store.search(text, limit, 0, QStringLiteral("["), QStringLiteral("]"));
    if (!hits) {
        io.err << QStringLiteral("annalist search: ") << store.errorString() << Qt::endl;
        return ExitFailure;
    }
    if (json) {
        QJsonArray array;
        for (const SearchHit &hit : *hits)
            array.append(QJsonObject{{QStringLiteral("id"), hit.id},
                                     {QStringLiteral("title"), hit.title},
                                     {QStringLiteral("snippet"), hit.snippet},
                                     {QStringLiteral("rank"), hit.rank}});
        CommandSupport::writeJson(io, array);
        return ExitOk;
    }
    for (const SearchHit &hit : *hits)
        io.out << QStringLiteral("#%1  %2\n    %3").arg(hit.id).arg(hit.title, hit.snippet) << Qt::endl;
    if (hits->isEmpty())
        io.err << QCoreApplication::translate("Annalist::ListCommand", "No matches.") << Qt::endl;
    return ExitOk;
}

} // namespace Annalist
