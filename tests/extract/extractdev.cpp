// annalist-extract-dev: "annalist extract" on its own, for measuring the engine against the
// gold without building the whole application (see ../shared/eval/README.md).
#include "commands/extractcommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    Annalist::CommandIo io{out, err};
    QStringList arguments = app.arguments();
    arguments.insert(1, QStringLiteral("extract"));
    Annalist::ExtractCommand command;
    return command.run(arguments, io);
}
