#pragma once

#include "ingest/document.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

namespace Annalist {

// Reads one file format. Implementations are stateless and thread-safe: the import
// pipeline calls read() from several worker threads at once.
class Importer
{
public:
    virtual ~Importer() = default;

    // Short format id stored with the article ("txt", "md", "html").
    virtual QString format() const = 0;
    // Lower-case file name suffixes this importer handles, without the dot.
    virtual QStringList suffixes() const = 0;
    // Turns the raw bytes of the file at path into documents. Never throws; a file it
    // cannot make sense of yields a ReadResult with a human-readable error.
    virtual ReadResult read(const QString &path, const QByteArray &bytes) const = 0;
};

// The set of known formats; picks the importer for a path by its suffix.
class ImporterRegistry
{
public:
    ImporterRegistry(); // registers every built-in format
    ~ImporterRegistry();
    ImporterRegistry(const ImporterRegistry &) = delete;
    ImporterRegistry &operator=(const ImporterRegistry &) = delete;

    const Importer *importerFor(const QString &path) const; // nullptr for unknown types
    QStringList suffixes() const;

    // Reads the file at path and hands it to its importer; every failure (unknown type,
    // missing or unreadable file, too large, not text, ...) becomes ReadResult::error.
    ReadResult readFile(const QString &path) const;

    // Files beyond this are refused with a clear error instead of exhausting memory.
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

private:
    std::vector<std::unique_ptr<Importer>> m_importers;
    QHash<QString, const Importer *> m_bySuffix;
};

} // namespace Annalist
