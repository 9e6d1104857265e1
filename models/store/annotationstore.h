#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Annalist {

// Where an annotation's passage was found the last time the article's text was checked.
enum class AnchorStatus {
    Anchored, // the quote is at start/length
    Fuzzy, // found again after the text changed (moved, or matched approximately)
    Orphaned, // no longer found; kept with its quote for the analyst to resolve
};
QString anchorStatusName(AnchorStatus status); // "anchored", "fuzzy", "orphaned"
std::optional<AnchorStatus> anchorStatusFromName(const QString &name);

// A highlighted passage of an article. Offsets are UTF-16 positions in the article's
// original text (what the source view shows), like entity mentions.
struct Annotation
{
    qint64 id = 0;
    qint64 articleId = 0;
    qsizetype start = 0;
    qsizetype length = 0;
    QString quote; // the passage's text when it was annotated
    QString prefix; // up to contextLength characters before the passage
    QString suffix; // up to contextLength characters after it
    QString color = QStringLiteral("yellow"); // a name from highlightColorNames()
    QString note;
    QStringList tags; // tag paths
    QString author;
    AnchorStatus status = AnchorStatus::Anchored;
    QDateTime createdAt; // UTC
    QDateTime modifiedAt; // UTC
    bool operator==(const Annotation &other) const = default;
};

// The highlight palette, by name; the views map the names to colours.
QStringList highlightColorNames(); // yellow, green, blue, pink, orange, purple, grey

// Which annotations to list; empty fields do not narrow.
struct AnnotationFilter
{
    qint64 articleId = 0;
    QString tag; // path; includes annotations tagged below it
    QString color;
    qint64 entityId = 0; // an entity mentioned inside the quoted passage
    QString text; // words in the quote or the note (the search syntax of SearchQuery)
    std::optional<AnchorStatus> status;
};

// Passage annotations in SQLite. create/update/remove each commit in their own transaction
// unless the caller holds one. Use on the thread that owns the connection.
class AnnotationStore
{
public:
    static constexpr qsizetype contextLength = 32;

    explicit AnnotationStore(QSqlDatabase db);

    // Stores a new annotation for annotation.articleId; quote, prefix and suffix are taken
    // from the article's original text when empty. Tags are created as needed. Returns the id.
    // A range outside the text, or an empty one, is refused with a message.
    std::optional<qint64> create(const Annotation &annotation);
    // Puts a removed annotation back with its id and times (undo of remove).
    bool restore(const Annotation &annotation);
    // Writes colour, note, tags, offsets and status; modifiedAt is set to now.
    bool update(const Annotation &annotation);
    bool remove(qint64 id);

    std::optional<Annotation> annotation(qint64 id);
    // Ordered by article, then start.
    std::optional<QList<Annotation>> annotations(const AnnotationFilter &filter = {});

    // Re-anchors every annotation of the article against its current original text (after
    // a re-import, a split or join, or a cleanup change) and stores the new offsets and status.
    bool reanchor(qint64 articleId);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);
    bool checkColor(const QString &color);
    bool writeTags(qint64 annotationId, const QStringList &tags); // replaces the annotation's tags

    QSqlDatabase m_db;
    QString m_error;
};

// Finding a quoted passage again in a changed text: exact at the old offsets, then the
// exact quote nearest the old offsets (context breaks ties), then an approximate match of
// quote with context (bounded edit distance); otherwise orphaned.
struct AnchorResult
{
    AnchorStatus status = AnchorStatus::Orphaned;
    qsizetype start = -1;
    qsizetype length = 0;
};
AnchorResult anchorPassage(const QString &text, const Annotation &annotation);

} // namespace Annalist
