#include "pipeline/samplecorpus.h"

#include <QDir>
#include <QFile>

static void initSampleResource()
{
    Q_INIT_RESOURCE(sample);
}

namespace Annalist::SampleCorpus {

QStringList install(const QString &folder)
{
    initSampleResource();
    QDir target(folder);
    if (!target.mkpath(QStringLiteral(".")))
        return {};
    QStringList written;
    const QDir bundled(QStringLiteral(":/sample"));
    const QStringList names = bundled.entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString destination = target.filePath(name);
        if (!QFile::exists(destination)) {
            if (!QFile::copy(bundled.filePath(name), destination))
                return {};
            // Resource files are read-only; the analyst's copy should not be.
            QFile::setPermissions(destination, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                      | QFile::ReadOther);
        }
        written.append(destination);
    }
    return written;
}

} // namespace Annalist::SampleCorpus
