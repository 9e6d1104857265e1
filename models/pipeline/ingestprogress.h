#pragma once

#include <QString>

#include <optional>

namespace Annalist {

// The state of both ingest stages for the status bar: "Importing 1,234 / 10,000 files ·
// Extracting 800 / 5,000 articles · about 2 minutes left". Times are milliseconds on any
// monotonic clock the caller passes in (a QElapsedTimer in the window, fixed values in tests).
// The estimate uses each stage's average rate since it started, once it has run for a few
// seconds; while files are still being imported, the extraction they will need is estimated with
// the extraction rate seen last (one article per file).
class IngestProgress
{
public:
    enum class Stage { Import, Extraction };

    void start(Stage stage, qint64 nowMs);
    void update(Stage stage, int done, int total, qint64 nowMs);
    void finish(Stage stage, qint64 nowMs);
    bool isActive(Stage stage) const { return state(stage).active; }
    bool isActive() const { return m_import.active || m_extraction.active; }

    // Remaining time of everything under way; nullopt until a rate is known.
    std::optional<qint64> remainingMs(qint64 nowMs) const;
    // Done / total over the active stages (0 when nothing is known yet).
    double fraction() const;
    QString text(qint64 nowMs) const;

    // "less than a minute left", "about 2 minutes left", "about 3 hours left".
    static QString remainingText(qint64 ms);

    // Shown for an estimate only after a stage ran this long.
    static constexpr qint64 settleMs = 3000;

private:
    struct State
    {
        bool active = false;
        int done = 0;
        int total = -1; // unknown: still looking for files
        int doneAtStart = 0;
        qint64 startedMs = 0;
    };
    const State &state(Stage stage) const { return stage == Stage::Import ? m_import : m_extraction; }
    State &state(Stage stage) { return stage == Stage::Import ? m_import : m_extraction; }
    static std::optional<double> msPerItem(const State &state, qint64 nowMs);

    State m_import;
    State m_extraction;
    std::optional<double> m_lastExtractionMsPerArticle;
};

} // namespace Annalist
