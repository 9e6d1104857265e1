#pragma once

#include "commands/command.h"

namespace Annalist {

// annalist tag [--db FILE] --article ID (--add TAG | --remove TAG)...
class TagCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("tag"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandIo &io) override;
};

// annalist annotate [--db FILE] --article ID --start N --length N [--color NAME] [--tag TAG]...
//                   [--note TEXT]
class AnnotateCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("annotate"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandIo &io) override;
};

// annalist annotations [--db FILE] [--json] [--tag TAG] [--article ID] [--color NAME] [--text QUERY]
class AnnotationsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("annotations"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandIo &io) override;
};

} // namespace Annalist
