#pragma once

#include "commands/command.h"

#include <memory>
#include <vector>

namespace Annalist {

// The subcommands of the annalist binary.
class CommandRegistry
{
public:
    CommandRegistry();
    ~CommandRegistry();
    CommandRegistry(const CommandRegistry &) = delete;
    CommandRegistry &operator=(const CommandRegistry &) = delete;

    Command *find(const QString &name) const;
    const std::vector<std::unique_ptr<Command>> &commands() const { return m_commands; }
    // "annalist --help": the window's options and every subcommand.
    QString helpText() const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace Annalist
