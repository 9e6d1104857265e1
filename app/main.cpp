#include "commands/commandregistry.h"
#include "commands/commandsupport.h"
#include "language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>
#include <QTimer>

#include <memory>

#include <cstdio>

using namespace Annalist;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Annalist"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("annalist.app"));
    QCoreApplication::setApplicationName(QStringLiteral("Annalist"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ANNALIST_VERSION));
}

int runCommand(Command &command, int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> application;
    // Help needs no painting; a QGuiApplication would also chatter on stderr without a display.
    bool help = false;
    for (int i = 2; i < argc; ++i)
        help = help || qstrcmp(argv[i], "--help") == 0 || qstrcmp(argv[i], "-h") == 0;
    if (command.needsGui() && !help) {
        // Headless machines have no display: paint offscreen unless told otherwise.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    describeApplication();
    Language::install(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandIo io{out, err};
    return command.run(app.arguments(), io);
}

int runWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Annalist"));
    Language::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Annalist, a research browser for analysts."));
    parser.addVersionOption();
    CommandSupport::addDatabaseOption(parser);
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QApplication::translate("main", "Files or folders to import."),
                                 QStringLiteral("[PATH...]"));
    parser.process(app);

    MainWindow window;
    const QString explicitDb = parser.value(QStringLiteral("db"));
    const QString path = !explicitDb.isEmpty()
        ? explicitDb
        : QSettings().value(QStringLiteral("database/last"), CommandSupport::defaultDatabasePath()).toString();
    if (!window.openDatabase(path) && path != CommandSupport::defaultDatabasePath())
        window.openDatabase(CommandSupport::defaultDatabasePath());
    window.show();
    const QStringList paths = parser.positionalArguments();
    QTimer::singleShot(0, &window, [&window, paths, explicitDb] {
        if (explicitDb.isEmpty() && window.databasePath() == CommandSupport::defaultDatabasePath())
            window.importSampleCorpusIfFirstStart();
        window.importPaths(paths);
    });
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1) {
        const QString first = QString::fromLocal8Bit(argv[1]);
        const CommandRegistry registry;
        if (Command *command = registry.find(first))
            return runCommand(*command, argc, argv);
        if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
            std::fputs(registry.helpText().toLocal8Bit().constData(), stdout);
            return ExitOk;
        }
        if (!first.startsWith(QLatin1Char('-')) && !QFileInfo::exists(first)) {
            std::fprintf(stderr, "annalist: '%s' is neither a command nor a file. Try 'annalist --help'.\n", argv[1]);
            return ExitUsage;
        }
    }
    return runWindow(argc, argv);
}
