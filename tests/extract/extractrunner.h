#pragma once

#include "commands/extractcommand.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTextStream>

// Runs "annalist extract ARGS..." in-process and returns what it printed.
struct ExtractRun
{
    int exitCode = 0;
    QString out;
    QString err;
};

inline ExtractRun runExtract(const QStringList &args)
{
    ExtractRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    Annalist::CommandIo io{out, err};
    Annalist::ExtractCommand command;
    run.exitCode = command.run(QStringList{QStringLiteral("annalist"), QStringLiteral("extract")} + args, io);
    out.flush();
    err.flush();
    return run;
}
