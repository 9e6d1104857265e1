#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Annalist {

// Exit codes shared by every subcommand.
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1, // the command ran but something failed (each failure explained on stderr)
    ExitUsage = 2, // bad arguments
};

// Where a command writes: stdout for results, stderr for messages. Tests substitute buffers.
struct CommandIo
{
    QTextStream &out;
    QTextStream &err;
};

// One headless subcommand of the annalist binary ("annalist import ...").
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for "annalist --help"
    // Commands that paint (PDF export) run under a QGuiApplication, offscreen without a display.
    virtual bool needsGui() const { return false; }
    // arguments start with the program name followed by the subcommand name, as
    // QCommandLineParser::process() expects; handles --help itself.
    virtual int run(const QStringList &arguments, CommandIo &io) = 0;
};

} // namespace Annalist
