#include "pipeline/ingestprogress.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Annalist {

void IngestProgress::start(Stage stage, qint64 nowMs)
{
    State &s = state(stage);
    s = State();
    s.active = true;
    s.startedMs = nowMs;
}

void IngestProgress::update(Stage stage, int done, int total, qint64 nowMs)
{
    State &s = state(stage);
    if (!s.active)
        start(stage, nowMs);
    // The rate counts from the first report: an extraction resumed at 4,000 / 5,000 must
    // not claim the 4,000 done before as its speed.
    if (s.total < 0) {
        s.doneAtStart = stage == Stage::Extraction ? done : 0;
        if (stage == Stage::Extraction)
            s.startedMs = nowMs;
    }
    s.done = done;
    s.total = total;
    if (stage == Stage::Extraction) {
        if (const auto rate = msPerItem(s, nowMs))
            m_lastExtractionMsPerArticle = rate;
    }
}

void IngestProgress::finish(Stage stage, qint64 nowMs)
{
    State &s = state(stage);
    if (stage == Stage::Extraction) {
        if (const auto rate = msPerItem(s, nowMs))
            m_lastExtractionMsPerArticle = rate;
    }
    s = State();
}

std::optional<double> IngestProgress::msPerItem(const State &s, qint64 nowMs)
{
    const qint64 elapsed = nowMs - s.startedMs;
    const int done = s.done - s.doneAtStart;
    if (!s.active || elapsed < settleMs || done <= 0)
        return std::nullopt;
    return double(elapsed) / double(done);
}

std::optional<qint64> IngestProgress::remainingMs(qint64 nowMs) const
{
    if (!isActive())
        return std::nullopt;
    double remaining = 0;
    if (m_import.active) {
        const auto rate = msPerItem(m_import, nowMs);
        if (!rate || m_import.total < 0)
            return std::nullopt;
        const int files = std::max(0, m_import.total - m_import.done);
        remaining += *rate * files;
        // Every file imported now waits for extraction afterwards.
        if (m_lastExtractionMsPerArticle && !m_extraction.active)
            remaining += *m_lastExtractionMsPerArticle * files;
    }
    if (m_extraction.active) {
        const auto rate = msPerItem(m_extraction, nowMs);
        const std::optional<double> perArticle = rate ? rate : m_lastExtractionMsPerArticle;
        if (!perArticle || m_extraction.total < 0)
            return std::nullopt;
        remaining += *perArticle * std::max(0, m_extraction.total - m_extraction.done);
    }
    return qint64(std::llround(remaining));
}

double IngestProgress::fraction() const
{
    qint64 done = 0;
    qint64 total = 0;
    for (const State *s : {&m_import, &m_extraction}) {
        if (s->active && s->total > 0) {
            done += s->done;
            total += s->total;
        }
    }
    return total > 0 ? double(done) / double(total) : 0.0;
}

QString IngestProgress::remainingText(qint64 ms)
{
    const qint64 minutes = (ms + 30000) / 60000;
    if (minutes < 1)
        return QCoreApplication::translate("Annalist::IngestProgress", "less than a minute left");
    if (minutes < 90)
        return QCoreApplication::translate("Annalist::IngestProgress", "about %n minute(s) left", nullptr, int(minutes));
    // A plain variable as the count: Qt 6.4's lupdate loops forever on nested parentheses there.
    const int hours = int((minutes + 30) / 60);
    return QCoreApplication::translate("Annalist::IngestProgress", "about %n hour(s) left", nullptr, hours);
}

QString IngestProgress::text(qint64 nowMs) const
{
    const QLocale locale;
    QStringList parts;
    if (m_import.active) {
        if (m_import.total < 0)
            parts << QCoreApplication::translate("Annalist::IngestProgress", "Looking for files…");
        else
            parts << QCoreApplication::translate("Annalist::IngestProgress", "Importing %1 / %Ln file(s)", nullptr,
                                                 m_import.total)
                         .arg(locale.toString(m_import.done));
    }
    if (m_extraction.active) {
        if (m_extraction.total < 0)
            parts << QCoreApplication::translate("Annalist::IngestProgress", "Extracting entities and dates…");
        else
            parts << QCoreApplication::translate("Annalist::IngestProgress", "Extracting %1 / %Ln article(s)", nullptr,
                                                 m_extraction.total)
                         .arg(locale.toString(m_extraction.done));
    }
    if (const auto remaining = remainingMs(nowMs))
        parts << remainingText(*remaining);
    return parts.join(QStringLiteral(" · "));
}

} // namespace Annalist
