#include "ingest/filecollector.h"

#include "ingest/importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <algorithm>

namespace Annalist {

namespace {

class Collector
{
public:
    Collector(const ImporterRegistry &registry, const std::atomic_bool *cancel)
        : m_registry(registry)
        , m_cancel(cancel)
    { }

    void addPath(const QString &path)
    {
        const QFileInfo info(path);
        if (!info.exists()) {
            // exists() follows links: a dangling link is also "not there"
            report(&m_result.errors, info.absoluteFilePath(),
                info.isSymLink() ? QCoreApplication::translate("Annalist::Ingest", "broken symbolic link")
                                 : QCoreApplication::translate("Annalist::Ingest", "no such file or folder"));
        } else if (info.isDir()) {
            walk(info);
        } else {
            addFile(info);
        }
    }

    CollectedFiles take() { return std::move(m_result); }

private:
    bool cancelled()
    {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            m_result.cancelled = true;
        return m_result.cancelled;
    }

    static void report(QStringList *list, const QString &path, const QString &reason)
    {
        list->append(path + QLatin1String(": ") + reason);
    }

    void addFile(const QFileInfo &info, const QString &canonicalFolder = QString())
    {
        const QString path = info.absoluteFilePath();
        if (!info.isFile()) {
            report(&m_result.errors, path, QCoreApplication::translate("Annalist::Ingest", "not a regular file"));
            return;
        }
        if (!m_registry.importerFor(path)) {
            const QString suffix = info.suffix();
            report(&m_result.skipped, path,
                suffix.isEmpty()
                    ? QCoreApplication::translate("Annalist::Ingest", "unknown file type (no suffix)")
                    : QCoreApplication::translate("Annalist::Ingest", "unknown file type (.%1)").arg(suffix.toLower()));
            return;
        }
        if (!info.isReadable()) {
            report(&m_result.errors, path,
                QCoreApplication::translate("Annalist::Ingest", "not readable (permission denied)"));
            return;
        }
        // A file reached twice (named twice, or through a link) is listed once. Inside a walked
        // folder the canonical path costs no system call: the folder's is known.
        const QString key = canonicalFolder.isEmpty() || info.isSymLink()
            ? info.canonicalFilePath()
            : canonicalFolder + QLatin1Char('/') + info.fileName();
        if (m_seenFiles.contains(key))
            return;
        m_seenFiles.insert(key);
        m_result.files.append(path);
    }

    void walk(const QFileInfo &folder)
    {
        const QString canonical = folder.canonicalFilePath();
        if (m_walked.contains(canonical))
            return; // reached before: named twice, through a link, or a link loop
        m_walked.insert(canonical);
        if (!folder.isReadable() || !folder.isExecutable()) {
            report(&m_result.errors, folder.absoluteFilePath(),
                QCoreApplication::translate("Annalist::Ingest", "folder not readable (permission denied)"));
            return;
        }
        QDir dir(folder.absoluteFilePath());
        // No QDir::Hidden: dot files and folders are left out. No QDir::System: FIFOs,
        // sockets, devices and dangling links are not listed.
        QFileInfoList entries = dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDir::NoSort);
        std::sort(entries.begin(), entries.end(), [](const QFileInfo &a, const QFileInfo &b) {
            return a.fileName() < b.fileName(); // UTF-16 code unit order: the same on every machine
        });
        for (const QFileInfo &entry : entries) {
            if (cancelled())
                break;
            if (entry.isDir())
                walk(entry);
            else
                addFile(entry, canonical);
        }
    }

    const ImporterRegistry &m_registry;
    const std::atomic_bool *m_cancel;
    CollectedFiles m_result;
    QSet<QString> m_walked; // canonical paths of the folders walked so far
    QSet<QString> m_seenFiles; // canonical paths of the files listed so far
};

} // namespace

CollectedFiles collectFiles(const QStringList &paths, const ImporterRegistry &registry, const std::atomic_bool *cancel)
{
    Collector collector(registry, cancel);
    for (const QString &path : paths) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            CollectedFiles result = collector.take();
            result.cancelled = true;
            return result;
        }
        collector.addPath(path);
    }
    return collector.take();
}

} // namespace Annalist
