#pragma once

#include "commands/command.h"

namespace Annalist {

// annalist entities [--db FILE] [--json] [--article ID]
class EntitiesCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("entities"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandIo &io) override;
};

// annalist timeline [--db FILE] [--json] [--from DATE] [--to DATE] [--entity NAME]
class TimelineCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("timeline"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandIo &io) override;
};

// The review actions of the entity sidebar, for scripts: each records a correction in the
// user dictionary and re-extracts the articles it affects before returning.
class EntityReviewCommand final : public Command
{
public:
    enum class Action { Merge, Rename, Type, Ignore };
    explicit EntityReviewCommand(Action action);
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CommandIo &io) override;

private:
    Action m_action;
};

} // namespace Annalist
