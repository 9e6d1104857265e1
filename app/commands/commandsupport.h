#pragma once

#include <QCommandLineParser>
#include <QJsonArray>
#include <QString>

#include <optional>

namespace Annalist {

struct CommandIo;
class Database;

// Pieces every subcommand shares: the --db option, --json output, argument parsing that
// reports usage errors instead of exiting.
namespace CommandSupport {

QString defaultDatabasePath();
void addDatabaseOption(QCommandLineParser &parser);
QString databasePath(const QCommandLineParser &parser);
void addJsonOption(QCommandLineParser &parser);

// Parses arguments; prints help and returns ExitOk through *exitCode when --help was given,
// prints the parser's error and returns ExitUsage on bad arguments. True means "go on".
bool parse(QCommandLineParser &parser, const QStringList &arguments, CommandIo &io, int *exitCode);

// Opens an existing database for a command; a missing file is an error (never a new empty
// database), reported on stderr as "annalist COMMAND: ...".
bool openExisting(Database &db, CommandIo &io, const QString &command);

// Writes one JSON document (an array) on stdout.
void writeJson(CommandIo &io, const QJsonArray &array);

// The value of a numeric option (minimum or more); nullopt, with a usage message on stderr,
// when it is missing or not such a number.
std::optional<qint64> numberOption(const QCommandLineParser &parser, const QString &option, qint64 minimum,
                                   CommandIo &io, const QString &command);
// False, with a usage message, when positional arguments were given to a command taking none.
bool noPositionalArguments(const QCommandLineParser &parser, CommandIo &io, const QString &command);

} // namespace CommandSupport
} // namespace Annalist
