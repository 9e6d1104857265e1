#include "commands/extractcommand.h"

#include "commands/commandsupport.h"
#include "extract/engine.h"
#include "ingest/textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace Annalist {

namespace {

void printPlain(CommandIo &io, const QString &file, const QDate &dct, Extract::DctSource source,
                const Extract::Result &result)
{
    io.out << file << QStringLiteral("  (dct ")
           << (dct.isValid() ? dct.toString(Qt::ISODate) : QStringLiteral("none")) << QStringLiteral(", ")
           << Extract::dctSourceName(source) << QStringLiteral(")") << Qt::endl;
    for (const Extract::Entity &e : result.entities) {
        io.out << QStringLiteral("  ") << e.type.leftJustified(8) << e.name;
        if (e.aliases.size() > 1)
            io.out << QStringLiteral("  [") << e.aliases.join(QStringLiteral(" | ")) << QStringLiteral("]");
        io.out << QStringLiteral("  x") << e.mentions.size() << Qt::endl;
    }
    for (const Extract::Timex &t : result.timex)
        io.out << QStringLiteral("  DATE    ") << t.text << QStringLiteral(" -> ") << t.value << Qt::endl;
}

} // namespace

QString ExtractCommand::summary() const
{
    return QCoreApplication::translate("Annalist::ExtractCommand", "Find entities and dates in text files (no database).");
}

int ExtractCommand::run(const QStringList &arguments, CommandIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("Annalist::ExtractCommand", "Write one JSON object per file, one per line (JSON Lines)."));
    parser.addOption(jsonOption);
    const QCommandLineOption dctOption(QStringLiteral("dct"),
                                       QCoreApplication::translate("Annalist::ExtractCommand", "Publication date that relative dates resolve against (overrides the "
                                          "date found in the text)."),
                                       QStringLiteral("YYYY-MM-DD"));
    parser.addOption(dctOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("Annalist::ExtractCommand", "Text files to read."), QStringLiteral("FILE..."));
    int exitCode = ExitOk;
    if (!CommandSupport::parse(parser, arguments, io, &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        io.err << QCoreApplication::translate("Annalist::ExtractCommand", "annalist extract: no FILE given.") << Qt::endl;
        return ExitUsage;
    }
    QDate optionDct;
    if (parser.isSet(dctOption)) {
        optionDct = QDate::fromString(parser.value(dctOption), Qt::ISODate);
        if (!optionDct.isValid()) {
            io.err << QCoreApplication::translate("Annalist::ExtractCommand", "annalist extract: --dct wants a date as YYYY-MM-DD, not \"%1\".").arg(parser.value(dctOption))
                   << Qt::endl;
            return ExitUsage;
        }
    }
    const bool json = parser.isSet(jsonOption);

    const Extract::Engine engine;
    int result = ExitOk;
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            io.err << QStringLiteral("annalist extract: %1: %2").arg(file, f.errorString()) << Qt::endl;
            result = ExitFailure;
            continue;
        }
        const DecodedText decoded = decodeText(f.readAll());
        if (!decoded.ok()) {
            io.err << QStringLiteral("annalist extract: %1: %2").arg(file, decoded.error) << Qt::endl;
            result = ExitFailure;
            continue;
        }
        QDate dct = optionDct;
        Extract::DctSource source = Extract::DctSource::Option;
        if (!dct.isValid()) {
            const Extract::PublicationDate found = Extract::detectPublicationDate(decoded.text);
            dct = found.date;
            source = found.isValid() ? Extract::DctSource::Text : Extract::DctSource::None;
        }
        const Extract::Result extracted = engine.extract(decoded.text, dct);
        if (json)
            io.out << QString::fromUtf8(QJsonDocument(Extract::toJson(file, dct, source, extracted))
                                            .toJson(QJsonDocument::Compact))
                   << QLatin1Char('\n');
        else
            printPlain(io, file, dct, source, extracted);
    }
    io.out.flush();
    return result;
}

} // namespace Annalist
