#pragma once

#include "pipeline/threadedjob.h"

namespace Annalist {

// Runs an ExtractionRunner in the background; progress() counts articles.
class ExtractionJob final : public ThreadedJob
{
    Q_OBJECT
public:
    explicit ExtractionJob(const QString &databasePath, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int extracted, const QString &error);

private:
    QString m_databasePath;
};

} // namespace Annalist
