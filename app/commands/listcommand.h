#pragma once

#include "commands/command.h"

namespace Annalist {

// annalist list [--db FILE] [--json]
class ListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandIo &io) override;
};

// annalist search [--db FILE] [--json] [--limit N] QUERY
class SearchCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandIo &io) override;
};

} // namespace Annalist
