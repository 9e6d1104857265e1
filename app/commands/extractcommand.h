#pragma once

#include "commands/command.h"

namespace Annalist {

// annalist extract [--json] [--dct YYYY-MM-DD] FILE...
// Headless: runs the extraction engine on each file and prints what it finds, without a
// database. With --json, one JSON object per file and line (JSON Lines); offsets count UTF-16
// units of the file's text as decoded.
class ExtractCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("extract"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandIo &io) override;
};

} // namespace Annalist
