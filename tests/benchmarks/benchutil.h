#pragma once

// Small helpers shared by the benchmark executables: percentiles and memory figures.

#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>
#include <cmath>

namespace Bench {

// Nearest-rank percentile (p in 0..100) of unsorted samples; 0 for none.
inline double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(samples.size())));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}

inline double median(const QList<double> &samples)
{
    return percentile(samples, 50);
}

// A "VmHWM:" style line of /proc/self/status in MB (Linux); -1 when unavailable.
inline double procStatusMb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // Read whole: files in /proc report size 0, so atEnd() is no guide.
    const QList<QByteArray> lines = status.readAll().split('\n');
    const QByteArray prefix(key);
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix)) {
            const QByteArray kb = line.mid(prefix.size()).trimmed().split(' ').value(0);
            return kb.toDouble() / 1024.0;
        }
    }
    return -1;
}

inline double peakRssMb()
{
    return procStatusMb("VmHWM:");
}

inline double currentRssMb()
{
    return procStatusMb("VmRSS:");
}

} // namespace Bench
