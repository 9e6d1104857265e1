#pragma once

#include <QStringList>
#include <atomic>

namespace Annalist {

class ImporterRegistry;

struct CollectedFiles
{
    QStringList files; // absolute paths of files an importer handles, in walk order
    QStringList skipped; // "path: reason" for files of unknown type
    QStringList errors; // "path: reason" for missing, unreadable or otherwise unusable paths
    bool cancelled = false; // the walk stopped early; the lists hold what was found until then
};

// Expands files and folders (recursively) into the files to import. Deterministic: folder
// entries are visited in byte order of their names, depth first, and each file is listed
// once however often it is reached. Hidden files and folders inside a walked folder are
// left out (a hidden path named explicitly is taken). Symbolic links are followed, but each
// folder is walked once, so link loops end. Only regular files are listed: FIFOs, sockets
// and devices are reported (when named) or passed over (inside folders), never opened.
CollectedFiles collectFiles(
    const QStringList &paths, const ImporterRegistry &registry, const std::atomic_bool *cancel = nullptr);

} // namespace Annalist
