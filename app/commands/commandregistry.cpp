#include "commands/commandregistry.h"

#include "commands/annotationcommands.h"
#include "commands/entitycommands.h"
#include "commands/exportcommands.h"
#include "commands/extractcommand.h"
#include "commands/importcommand.h"
#include "commands/listcommand.h"
#include "commands/splitjoincommands.h"

#include <QCoreApplication>

namespace Annalist {

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ListCommand>());
    m_commands.push_back(std::make_unique<SearchCommand>());
    m_commands.push_back(std::make_unique<ExtractCommand>());
    m_commands.push_back(std::make_unique<EntitiesCommand>());
    m_commands.push_back(std::make_unique<TimelineCommand>());
    m_commands.push_back(std::make_unique<ExportPdfCommand>());
    m_commands.push_back(std::make_unique<ExportDataCommand>(ExportDataCommand::Format::Json));
    m_commands.push_back(std::make_unique<ExportDataCommand>(ExportDataCommand::Format::Csv));
    for (auto action : {EntityReviewCommand::Action::Merge, EntityReviewCommand::Action::Rename,
                        EntityReviewCommand::Action::Type, EntityReviewCommand::Action::Ignore})
        m_commands.push_back(std::make_unique<EntityReviewCommand>(action));
    m_commands.push_back(std::make_unique<TagCommand>());
    m_commands.push_back(std::make_unique<AnnotateCommand>());
    m_commands.push_back(std::make_unique<AnnotationsCommand>());
    m_commands.push_back(std::make_unique<SplitCommand>());
    m_commands.push_back(std::make_unique<JoinCommand>());
}

CommandRegistry::~CommandRegistry() = default;

Command *CommandRegistry::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CommandRegistry::helpText() const
{
    QString text = QCoreApplication::translate("Annalist::CommandRegistry",
                                               "Usage: annalist [--db FILE] [PATH...]\n"
                                               "       annalist COMMAND [OPTIONS]\n\n"
                                               "Without a command, opens the window (and imports any PATH given).\n\n"
                                               "Commands (run without a window):\n");
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1%2\n").arg(command->name(), -12).arg(command->summary());
    text += QCoreApplication::translate("Annalist::CommandRegistry",
                                        "\n'annalist COMMAND --help' describes a command's options.\n");
    return text;
}

} // namespace Annalist
