#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Annalist {

// A tag is a '/'-separated path ("policy/export-controls"); every prefix of a path is a tag
// of its own (the parent), created on demand. Names compare case-insensitively.
struct Tag
{
    qint64 id = 0;
    QString name; // full path
    QString color; // "#rrggbb", or empty for the default chip colour
    qint64 parentId = 0; // 0 for a top-level tag
    int articles = 0; // articles carrying this tag (filled by tags())
    bool operator==(const Tag &other) const = default;
};

// How several tags narrow the article list.
enum class TagMatch { All, Any };

// Tags and which articles carry them. Every statement is prepared; failures are reported
// through errorString(). Use on the thread that owns the connection.
class TagStore
{
public:
    explicit TagStore(QSqlDatabase db);

    // Cleans a path the user typed: trims each segment, drops empty segments, folds runs of
    // whitespace. Empty result: not a valid tag name.
    static QString normalizedPath(const QString &path);

    std::optional<QList<Tag>> tags(); // every tag, ordered by path, with article counts
    std::optional<Tag> tag(qint64 id);
    std::optional<Tag> tagByName(const QString &path);
    // The tag with this path, created (with its missing parents) when absent.
    std::optional<qint64> ensureTag(const QString &path, const QString &color = {});
    // Renames the tag and moves its descendants with it ("a/b" -> "c/b" renames "a/b/x" to
    // "c/b/x"). Fails when the new path exists already.
    bool rename(qint64 id, const QString &newPath);
    bool setColor(qint64 id, const QString &color);
    // Removes the tag, its descendants and their assignments (articles and annotations).
    bool remove(qint64 id);

    bool assign(qint64 articleId, qint64 tagId);
    bool unassign(qint64 articleId, qint64 tagId);
    std::optional<QList<Tag>> tagsOf(qint64 articleId);
    // Tag ids of many articles at once (for the list's chips); articles without tags are absent.
    std::optional<QHash<qint64, QList<qint64>>> tagIdsOf(const QList<qint64> &articleIds);
    // Articles carrying the tag or (withDescendants) any tag below it.
    std::optional<QList<qint64>> articlesWith(qint64 tagId, bool withDescendants = true);

    // Everything remove() deletes, so that undo can put it back with the same ids.
    struct Snapshot
    {
        QList<Tag> tags; // the tag and its descendants
        QList<QPair<qint64, qint64>> articleTags; // (article, tag)
        QList<QPair<qint64, qint64>> annotationTags; // (annotation, tag)
    };
    std::optional<Snapshot> snapshot(qint64 id);
    bool restore(const Snapshot &snapshot);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace Annalist
