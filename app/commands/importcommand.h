#pragma once

#include "commands/command.h"

namespace Annalist {

// annalist import [--db FILE] PATH...
class ImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandIo &io) override;
};

} // namespace Annalist
