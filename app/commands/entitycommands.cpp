#include "commands/entitycommands.h"

#include "commands/commandsupport.h"
#include "itemmodels/entityreview.h"
#include "pipeline/extractionrunner.h"
#include "store/database.h"
#include "store/entitystore.h"
#include "store/extractionstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace Annalist {

namespace {

QJsonValue isoDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QString EntitiesCommand::summary() const
{
    return QCoreApplication::translate("Annalist::EntityCommands",
                                       "List the people, organisations, places, products and events found.");
}

int EntitiesCommand::run(const QStringList &arguments, CommandIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CommandSupport::addDatabaseOption(parser);
    CommandSupport::addJsonOption(parser);
    parser.addOption({QStringLiteral("article"),
                      QCoreApplication::translate("Annalist::EntityCommands", "Only the entities of article ID."),
                      QStringLiteral("ID")});
    int exitCode = ExitOk;
    if (!CommandSupport::parse(parser, arguments, io, &exitCode))
        return exitCode;
    qint64 article = 0;
    if (parser.isSet(QStringLiteral("article"))) {
        bool ok = false;
        article = parser.value(QStringLiteral("article")).toLongLong(&ok);
        if (!ok || article <= 0) {
            io.err << QCoreApplication::translate("Annalist::EntityCommands",
                                                  "annalist entities: --article needs a positive article id.")
                   << Qt::endl;
            return ExitUsage;
        }
    }
    Database db(CommandSupport::databasePath(parser));
    if (!CommandSupport::openExisting(db, io, name()))
        return ExitFailure;
    EntityStore store(db.connection());
    const auto rows = store.entities(article);
    if (!rows) {
        io.err << QStringLiteral("annalist entities: ") << store.errorString() << Qt::endl;
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const EntityRow &row : *rows)
            array.append(QJsonObject{{QStringLiteral("type"), row.type},
                                     {QStringLiteral("name"), row.name},
                                     {QStringLiteral("aliases"), QJsonArray::fromStringList(row.aliases)},
                                     {QStringLiteral("mentions"), row.mentions},
                                     {QStringLiteral("articles"), row.articles}});
        CommandSupport::writeJson(io, array);
        return ExitOk;
    }
    for (const EntityRow &row : *rows)
        io.out << QStringLiteral("%1\t%2\t%3\t%4").arg(row.type, -8).arg(row.mentions).arg(row.articles).arg(row.name)
               << Qt::endl;
    return ExitOk;
}

QString TimelineCommand::summary() const
{
    return QCoreApplication::translate("Annalist::EntityCommands",
                                       "List dated events with the span each covers and its sentence.");
}

int TimelineCommand::run(const QStringList &arguments, CommandIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CommandSupport::addDatabaseOption(parser);
    CommandSupport::addJsonOption(parser);
    parser.addOption({QStringLiteral("from"), QCoreApplication::translate("Annalist::EntityCommands", "Only events whose span ends on or after DATE (YYYY-MM-DD)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), QCoreApplication::translate("Annalist::EntityCommands", "Only events whose span begins on or before DATE (YYYY-MM-DD)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("entity"), QCoreApplication::translate("Annalist::EntityCommands", "Only events of articles that mention NAME."), QStringLiteral("NAME")});
    int exitCode = ExitOk;
    if (!CommandSupport::parse(parser, arguments, io, &exitCode))
        return exitCode;
    EventQuery query;
    for (const auto &[option, date] : {std::pair{QStringLiteral("from"), &query.from},
                                       std::pair{QStringLiteral("to"), &query.to}}) {
        if (!parser.isSet(option))
            continue;
        *date = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!date->isValid()) {
            io.err << QCoreApplication::translate("Annalist::EntityCommands", "annalist timeline: --%1 needs a date like 2026-01-31, not \"%2\".")
                          .arg(option, parser.value(option))
                   << Qt::endl;
            return ExitUsage;
        }
    }
    Database db(CommandSupport::databasePath(parser));
    if (!CommandSupport::openExisting(db, io, name()))
        return ExitFailure;
    EntityStore store(db.connection());
    if (parser.isSet(QStringLiteral("entity"))) {
        const auto entity = store.findByName(parser.value(QStringLiteral("entity")));
        if (!entity) {
            io.err << QStringLiteral("annalist timeline: ") << store.errorString() << Qt::endl;
            return ExitFailure;
        }
        query.entityIds = {entity->id};
    }
    const auto events = store.events(query);
    if (!events) {
        io.err << QStringLiteral("annalist timeline: ") << store.errorString() << Qt::endl;
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const TimexRow &event : *events)
            array.append(QJsonObject{{QStringLiteral("value"), event.value},
                                     {QStringLiteral("begin"), isoDate(event.begin)},
                                     {QStringLiteral("end"), isoDate(event.end)},
                                     {QStringLiteral("article"), event.articleId},
                                     {QStringLiteral("sentence"), event.sentence}});
        CommandSupport::writeJson(io, array);
        return ExitOk;
    }
    for (const TimexRow &event : *events)
        io.out << QStringLiteral("%1\t%2..%3\t#%4\t%5")
                      .arg(event.value, event.begin.toString(Qt::ISODate), event.end.toString(Qt::ISODate))
                      .arg(event.articleId)
                      .arg(event.sentence)
               << Qt::endl;
    return ExitOk;
}

EntityReviewCommand::EntityReviewCommand(Action action)
    : m_action(action)
{
}

QString EntityReviewCommand::name() const
{
    switch (m_action) {
    case Action::Merge:
        return QStringLiteral("entity-merge");
    case Action::Rename:
        return QStringLiteral("entity-rename");
    case Action::Type:
        return QStringLiteral("entity-type");
    case Action::Ignore:
        return QStringLiteral("entity-ignore");
    }
    return {};
}

QString EntityReviewCommand::summary() const
{
    switch (m_action) {
    case Action::Merge:
        return QCoreApplication::translate("Annalist::EntityCommands", "Merge entities into one: --into NAME NAME...");
    case Action::Rename:
        return QCoreApplication::translate("Annalist::EntityCommands", "Rename an entity: NAME NEW-NAME");
    case Action::Type:
        return QCoreApplication::translate("Annalist::EntityCommands", "Change an entity's type: NAME PERSON|ORG|PLACE|PRODUCT|EVENT");
    case Action::Ignore:
        return QCoreApplication::translate("Annalist::EntityCommands", "Never show these names as entities again: NAME...");
    }
    return {};
}

int EntityReviewCommand::run(const QStringList &arguments, CommandIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CommandSupport::addDatabaseOption(parser);
    if (m_action == Action::Merge)
        parser.addOption({QStringLiteral("into"), QCoreApplication::translate("Annalist::EntityCommands", "The entity the others become."), QStringLiteral("NAME")});
    parser.addPositionalArgument(QStringLiteral("NAME"), QCoreApplication::translate("Annalist::EntityCommands", "Entity names (canonical names or aliases)."),
                                 QStringLiteral("NAME..."));
    int exitCode = ExitOk;
    if (!CommandSupport::parse(parser, arguments, io, &exitCode))
        return exitCode;
    const QStringList names = parser.positionalArguments();
    static const QStringList types{QStringLiteral("PERSON"), QStringLiteral("ORG"), QStringLiteral("PLACE"),
                                   QStringLiteral("PRODUCT"), QStringLiteral("EVENT")};
    QString usage;
    if (m_action == Action::Merge && (parser.value(QStringLiteral("into")).trimmed().isEmpty() || names.isEmpty()))
        usage = QCoreApplication::translate("Annalist::EntityCommands", "give --into NAME and at least one NAME to merge into it");
    else if (m_action == Action::Rename && names.size() != 2)
        usage = QCoreApplication::translate("Annalist::EntityCommands", "give the current NAME and the NEW-NAME");
    else if (m_action == Action::Type && (names.size() != 2 || !types.contains(names.value(1))))
        usage = QCoreApplication::translate("Annalist::EntityCommands", "give a NAME and one of PERSON, ORG, PLACE, PRODUCT, EVENT");
    else if (m_action == Action::Ignore && names.isEmpty())
        usage = QCoreApplication::translate("Annalist::EntityCommands", "give at least one NAME");
    if (!usage.isEmpty()) {
        io.err << QStringLiteral("annalist %1: ").arg(name()) << usage << Qt::endl;
        return ExitUsage;
    }

    const QString path = CommandSupport::databasePath(parser);
    Database db(path);
    if (!CommandSupport::openExisting(db, io, name()))
        return ExitFailure;
    // The same review actions as the entity sidebar, on the names as given (no aliases looked up).
    const auto named = [](const QString &entityName) {
        EntityRow row;
        row.name = entityName;
        return row;
    };
    ReviewAction action;
    switch (m_action) {
    case Action::Merge: {
        QList<EntityRow> sources;
        for (const QString &from : names)
            sources.append(named(from));
        action = ReviewAction::merge(sources, named(parser.value(QStringLiteral("into"))));
        break;
    }
    case Action::Rename:
        action = ReviewAction::rename(named(names.at(0)), names.at(1));
        break;
    case Action::Type:
        action = ReviewAction::changeType(named(names.at(0)), names.at(1));
        break;
    case Action::Ignore:
        action = ReviewAction::ignoreNames(names);
        break;
    }
    EntityReview review(db.connection());
    if (!review.apply(action)) {
        io.err << QStringLiteral("annalist %1: ").arg(name()) << review.errorString() << Qt::endl;
        return ExitFailure;
    }
    ExtractionStore store(db.connection());
    const qint64 affected = store.pendingCount();
    ExtractionRunner runner(path);
    if (!runner.run()) {
        io.err << QStringLiteral("annalist %1: ").arg(name()) << runner.errorString() << Qt::endl;
        return ExitFailure;
    }
    store.removeUnusedEntities();
    io.out << QCoreApplication::translate("Annalist::EntityCommands", "Correction recorded; %n article(s) re-extracted.", nullptr, int(affected)) << Qt::endl;
    return ExitOk;
}

} // namespace Annalist
