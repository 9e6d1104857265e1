#pragma once

#include "commands/command.h"

namespace Annalist {

// annalist split [--db FILE] [--no-extract] --article ID --at OFFSET
class SplitCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("split"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandIo &io) override;
};

// annalist join [--db FILE] [--no-extract] --article ID --with ID
class JoinCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("join"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandIo &io) override;
};

} // namespace Annalist
