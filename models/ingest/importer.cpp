#include "ingest/importer.h"

#include "ingest/docximporter.h"
#include "ingest/emlimporter.h"
#include "ingest/htmlimporter.h"
#include "ingest/markdownimporter.h"
#include "ingest/pdfimporter.h"
#include "ingest/plaintextimporter.h"

#include <QCoreApplication>
#include <QFile>

namespace Annalist {

namespace {

// The lower-case suffix after the last dot of the file name; no QFileInfo, no disk access.
QString suffixOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    if (dot <= slash + 1) // no dot, or a hidden file's leading dot (".txt" has no suffix)
        return QString();
    return path.mid(dot + 1).toLower();
}

} // namespace

ImporterRegistry::ImporterRegistry()
{
    m_importers.push_back(std::make_unique<PlainTextImporter>());
    m_importers.push_back(std::make_unique<MarkdownImporter>());
    m_importers.push_back(std::make_unique<HtmlImporter>());
    m_importers.push_back(std::make_unique<PdfImporter>());
    m_importers.push_back(std::make_unique<EmlImporter>());
    m_importers.push_back(std::make_unique<DocxImporter>());
    for (const auto &importer : m_importers) {
        const QStringList suffixes = importer->suffixes();
        for (const QString &suffix : suffixes) {
            Q_ASSERT(!m_bySuffix.contains(suffix));
            m_bySuffix.insert(suffix, importer.get());
        }
    }
}

ImporterRegistry::~ImporterRegistry() = default;

const Importer *ImporterRegistry::importerFor(const QString &path) const
{
    return m_bySuffix.value(suffixOf(path), nullptr);
}

QStringList ImporterRegistry::suffixes() const
{
    QStringList result;
    for (const auto &importer : m_importers)
        result += importer->suffixes();
    return result;
}

ReadResult ImporterRegistry::readFile(const QString &path) const
{
    ReadResult result;
    const Importer *importer = importerFor(path);
    if (!importer) {
        const QString suffix = suffixOf(path);
        result.error = suffix.isEmpty()
            ? QCoreApplication::translate("Annalist::Ingest", "unknown file type (no suffix)")
            : QCoreApplication::translate("Annalist::Ingest", "unknown file type (.%1)").arg(suffix);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error
            = QCoreApplication::translate("Annalist::Ingest", "cannot open the file: %1").arg(file.errorString());
        return result;
    }
    const qint64 size = file.size();
    if (size > MaxFileSize) {
        result.error = QCoreApplication::translate("Annalist::Ingest", "file too large (%1 MB; at most %2 MB are read)")
                           .arg(size / (1024 * 1024))
                           .arg(MaxFileSize / (1024 * 1024));
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        result.error
            = QCoreApplication::translate("Annalist::Ingest", "cannot read the file: %1").arg(file.errorString());
        return result;
    }
    return importer->read(path, bytes);
}

} // namespace Annalist
