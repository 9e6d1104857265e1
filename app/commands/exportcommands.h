#pragma once

#include "commands/command.h"

namespace Annalist {

// annalist export-pdf [--db FILE] (--article ID... | --tag TAG | --query QUERY) --out FILE.pdf
//                     [--title TEXT] [--author NAME] [--paper a4|letter] [--no-entities]
//                     [--no-notes] [--no-index] [--no-timeline]
class ExportPdfCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("export-pdf"); }
    QString summary() const override;
    bool needsGui() const override { return true; } // QPdfWriter and fonts need QGuiApplication
    int run(const QStringList &arguments, CommandIo &io) override;
};

// annalist export-json|export-csv [--db FILE] [--what annotations|entities]
//                                 [--article ID... | --tag TAG | --query QUERY] [--out FILE]
class ExportDataCommand final : public Command
{
public:
    enum class Format { Json, Csv };
    explicit ExportDataCommand(Format format)
        : m_format(format)
    {
    }
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CommandIo &io) override;

private:
    Format m_format;
};

} // namespace Annalist
