#pragma once

#include "pipeline/metadataeditor.h"
#include "store/savedsearchstore.h"
#include "store/tagstore.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace Annalist {

class Database;
class ScopedTransaction;

// A tag given to (or taken from) some articles: what actually changed, so that undo takes
// back exactly that and redo puts back the same rows with the same ids.
struct TagAssignment
{
    QString path; // the tag as the analyst typed it (adding) or its path (removing)
    qint64 tagId = 0; // 0 until first applied
    QList<qint64> requested; // the selection
    QList<qint64> changed; // the articles whose tags changed
    qint64 createdRoot = 0; // the topmost tag created for a new path, 0 when it existed
    std::optional<TagStore::Snapshot> created; // kept by undo so redo restores the same ids
};

// A renamed tag (its descendants move with it).
struct TagRename
{
    qint64 tagId = 0;
    QString from;
    QString to;
    qint64 createdRoot = 0; // a parent created for the new path
    std::optional<TagStore::Snapshot> created;
};

// The analyst's edits of tags and article metadata, on the GUI thread's own connection. Each
// operation commits in a transaction of its own (nothing is lost on a crash), refuses bad input
// with errorString() and changes nothing then, and announces what changed so that the panes
// refresh. The undo commands in views/ call these; the CLI uses the stores directly.
class AnalystEditor final : public QObject
{
    Q_OBJECT
public:
    explicit AnalystEditor(QObject *parent = nullptr);
    ~AnalystEditor() override;
    Q_DISABLE_COPY_MOVE(AnalystEditor)

    bool setDatabasePath(const QString &path);
    QString databasePath() const { return m_path; }
    bool isOpen() const { return m_tags != nullptr; }
    QString errorString() const { return m_error; }

    // Reading (tag manager, completion, dialogs).
    QList<Tag> tags();
    std::optional<Tag> tag(qint64 id);
    std::optional<Tag> tagByPath(const QString &path);
    QList<qint64> tagIdsOf(qint64 articleId);
    int articlesCarrying(qint64 tagId); // the tag or any tag below it

    // Tags articles with assignment.path, creating the tag (and parents) when new; applying
    // it again after unapplyAdd() restores exactly the same rows.
    bool applyAdd(TagAssignment &assignment);
    bool unapplyAdd(TagAssignment &assignment);
    // Takes the tag assignment.tagId from the requested articles that carry it.
    bool applyRemove(TagAssignment &assignment);
    bool unapplyRemove(TagAssignment &assignment);
    // A new tag without articles: applyAdd() with an empty selection.

    bool applyRename(TagRename &rename);
    bool unapplyRename(TagRename &rename);
    bool setColor(qint64 tagId, const QString &color);
    // Deletes the tag with its descendants and assignments; the snapshot puts them back.
    std::optional<TagStore::Snapshot> removeTag(qint64 tagId);
    bool restoreTag(const TagStore::Snapshot &snapshot);

    std::optional<ArticleMetadata> metadata(qint64 articleId);
    bool writeMetadata(qint64 articleId, const ArticleMetadata &metadata);

    // Saved searches (not undoable: saving again or deleting is the analyst's explicit choice).
    QList<SavedSearch> savedSearches();
    std::optional<qint64> saveSearch(const QString &name, const QString &query);
    bool renameSearch(qint64 id, const QString &newName);
    bool removeSearch(qint64 id);

    // Problems with a path the analyst typed, or empty when it can be used as a new name.
    QString checkNewPath(const QString &path, qint64 renaming = 0);

Q_SIGNALS:
    void tagsChanged(); // names, colours, the set of tags or their counts
    // These articles gained or lost tags (assignments, a deleted or restored tag).
    void articleTagsChanged(const QList<qint64> &articleIds);
    void metadataChanged(qint64 articleId);
    void savedSearchesChanged();
    // An edit was refused or failed (the same text as errorString()); nothing was changed.
    void failed(const QString &message);

private:
    bool fail(const QString &message);
    // Commits, or records why the database refused.
    bool commit(ScopedTransaction &transaction);
    static QList<qint64> articlesOf(const TagStore::Snapshot &snapshot);
    QString firstMissingPrefix(const QString &path); // empty when the whole path exists
    bool dropCreated(qint64 createdRoot, std::optional<TagStore::Snapshot> &keep);

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TagStore> m_tags;
    std::unique_ptr<MetadataEditor> m_metadata;
    std::unique_ptr<SavedSearchStore> m_searches;
    QString m_error;
};

} // namespace Annalist
