#include "commands/commandsupport.h"

#include "commands/command.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace Annalist::CommandSupport {

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("annalist.db"));
}

void addDatabaseOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate("Annalist::CommandSupport",
                                                  "Database file to use (default: %1).")
                          .arg(QDir::toNativeSeparators(defaultDatabasePath())),
                      QStringLiteral("FILE")});
}

QString databasePath(const QCommandLineParser &parser)
{
    const QString path = parser.value(QStringLiteral("db"));
    return path.isEmpty() ? defaultDatabasePath() : path;
}

void addJsonOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("json"),
                      QCoreApplication::translate("Annalist::CommandSupport",
                                                  "Write one JSON document (an array of objects) to stdout.")});
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, CommandIo &io, int *exitCode)
{
    const QCommandLineOption help = parser.addHelpOption();
    // The subcommand is not an argument of its own parser.
    QStringList forParser = arguments;
    const QString command = forParser.size() > 1 ? forParser.takeAt(1) : QString();
    if (!parser.parse(forParser)) {
        io.err << QStringLiteral("annalist: ") << parser.errorText() << Qt::endl;
        io.err << QCoreApplication::translate("Annalist::CommandSupport", "Try '%1 --help'.")
                      .arg(QStringLiteral("annalist ") + command)
               << Qt::endl;
        *exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names only the program; show the subcommand as well.
        const qsizetype usageEnd = text.indexOf(QLatin1String(" ["));
        if (usageEnd > 0 && !command.isEmpty()) {
            text.insert(usageEnd, QLatin1Char(' ') + command);
            text.replace(arguments.constFirst() + QLatin1Char(' '), QStringLiteral("annalist "));
        }
        io.out << text;
        io.out.flush();
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

bool openExisting(Database &db, CommandIo &io, const QString &command)
{
    if (db.path() != QLatin1String(":memory:") && !QFileInfo::exists(db.path())) {
        io.err << QStringLiteral("annalist %1: ").arg(command)
               << QCoreApplication::translate("Annalist::CommandSupport", "no database at %1")
                      .arg(QDir::toNativeSeparators(db.path()))
               << Qt::endl;
        return false;
    }
    if (!db.open()) {
        io.err << QStringLiteral("annalist %1: ").arg(command) << db.errorString() << Qt::endl;
        return false;
    }
    return true;
}

void writeJson(CommandIo &io, const QJsonArray &array)
{
    io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    io.out.flush();
}

std::optional<qint64> numberOption(const QCommandLineParser &parser, const QString &option, qint64 minimum,
                                   CommandIo &io, const QString &command)
{
    const QString text = parser.value(option);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (text.isEmpty()) {
        io.err << QStringLiteral("annalist %1: ").arg(command)
               << QCoreApplication::translate("Annalist::CommandSupport", "--%1 is required.").arg(option) << Qt::endl;
        return std::nullopt;
    }
    if (!ok || value < minimum) {
        io.err << QStringLiteral("annalist %1: ").arg(command)
               << QCoreApplication::translate("Annalist::CommandSupport", "--%1 takes a whole number of at least %2, not “%3”.")
                      .arg(option)
                      .arg(minimum)
                      .arg(text)
               << Qt::endl;
        return std::nullopt;
    }
    return value;
}

bool noPositionalArguments(const QCommandLineParser &parser, CommandIo &io, const QString &command)
{
    if (parser.positionalArguments().isEmpty())
        return true;
    io.err << QStringLiteral("annalist %1: ").arg(command)
           << QCoreApplication::translate("Annalist::CommandSupport", "unexpected argument %1")
                  .arg(parser.positionalArguments().constFirst())
           << Qt::endl;
    return false;
}

} // namespace Annalist::CommandSupport
