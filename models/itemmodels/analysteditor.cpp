#include "itemmodels/analysteditor.h"

#include "store/database.h"
#include "store/scopedtransaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>

namespace Annalist {

AnalystEditor::AnalystEditor(QObject *parent)
    : QObject(parent)
{
}

AnalystEditor::~AnalystEditor() = default;

bool AnalystEditor::setDatabasePath(const QString &path)
{
    m_tags.reset();
    m_metadata.reset();
    m_searches.reset();
    m_db.reset();
    m_path.clear();
    auto db = std::make_unique<Database>(path);
    if (!db->open())
        return fail(db->errorString());
    m_tags = std::make_unique<TagStore>(db->connection());
    m_metadata = std::make_unique<MetadataEditor>(db->connection());
    m_searches = std::make_unique<SavedSearchStore>(db->connection());
    m_db = std::move(db);
    m_path = path;
    m_error.clear();
    Q_EMIT tagsChanged();
    Q_EMIT savedSearchesChanged();
    return true;
}

QList<qint64> AnalystEditor::articlesOf(const TagStore::Snapshot &snapshot)
{
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const auto &pair : snapshot.articleTags) {
        if (!seen.contains(pair.first)) {
            seen.insert(pair.first);
            ids.append(pair.first);
        }
    }
    return ids;
}

bool AnalystEditor::fail(const QString &message)
{
    m_error = message;
    Q_EMIT failed(message);
    return false;
}

bool AnalystEditor::commit(ScopedTransaction &transaction)
{
    return transaction.commit()
        || fail(tr("The database did not accept the change: %1").arg(m_db->connection().lastError().text()));
}

QList<Tag> AnalystEditor::tags()
{
    if (!m_tags)
        return {};
    const auto all = m_tags->tags();
    if (!all) {
        fail(m_tags->errorString());
        return {};
    }
    return *all;
}

std::optional<Tag> AnalystEditor::tag(qint64 id)
{
    return m_tags ? m_tags->tag(id) : std::nullopt;
}

std::optional<Tag> AnalystEditor::tagByPath(const QString &path)
{
    return m_tags ? m_tags->tagByName(TagStore::normalizedPath(path)) : std::nullopt;
}

QList<qint64> AnalystEditor::tagIdsOf(qint64 articleId)
{
    if (!m_tags)
        return {};
    const auto ids = m_tags->tagIdsOf({articleId});
    return ids ? ids->value(articleId) : QList<qint64>();
}

int AnalystEditor::articlesCarrying(qint64 tagId)
{
    if (!m_tags)
        return 0;
    const auto ids = m_tags->articlesWith(tagId, true);
    return ids ? int(ids->size()) : 0;
}

QString AnalystEditor::firstMissingPrefix(const QString &path)
{
    const QStringList segments = path.split(QLatin1Char('/'));
    for (qsizetype i = 1; i <= segments.size(); ++i) {
        const QString prefix = segments.mid(0, i).join(QLatin1Char('/'));
        if (!m_tags->tagByName(prefix))
            return prefix;
    }
    return {};
}

QString AnalystEditor::checkNewPath(const QString &path, qint64 renaming)
{
    const QString normalized = TagStore::normalizedPath(path);
    if (normalized.isEmpty())
        return tr("Type a tag name; use / for levels, as in policy/export-controls.");
    if (!m_tags)
        return tr("No database is open.");
    if (const auto existing = m_tags->tagByName(normalized); existing && existing->id != renaming)
        return tr("A tag “%1” exists already.").arg(existing->name);
    if (renaming) {
        const auto self = m_tags->tag(renaming);
        if (self && normalized.startsWith(self->name + QLatin1Char('/'), Qt::CaseInsensitive))
            return tr("A tag cannot move below itself.");
    }
    return {};
}

bool AnalystEditor::dropCreated(qint64 createdRoot, std::optional<TagStore::Snapshot> &keep)
{
    if (!createdRoot)
        return true;
    keep = m_tags->snapshot(createdRoot);
    return keep && m_tags->remove(createdRoot);
}

bool AnalystEditor::applyAdd(TagAssignment &assignment)
{
    if (!m_tags)
        return fail(tr("No database is open."));
    const bool first = assignment.tagId == 0;
    ScopedTransaction transaction(m_db->connection());
    if (first) {
        const QString path = TagStore::normalizedPath(assignment.path);
        if (path.isEmpty())
            return fail(tr("Type a tag name; use / for levels, as in policy/export-controls."));
        const QString missing = firstMissingPrefix(path);
        const auto id = m_tags->ensureTag(path);
        if (!id)
            return fail(m_tags->errorString());
        assignment.path = path;
        assignment.tagId = *id;
        if (!missing.isEmpty()) {
            const auto root = m_tags->tagByName(missing);
            assignment.createdRoot = root ? root->id : 0;
        }
        const auto current = m_tags->tagIdsOf(assignment.requested);
        if (!current)
            return fail(m_tags->errorString());
        assignment.changed.clear();
        for (const qint64 article : std::as_const(assignment.requested)) {
            if (!current->value(article).contains(*id) && !assignment.changed.contains(article))
                assignment.changed.append(article);
        }
    } else if (assignment.created) {
        if (!m_tags->restore(*assignment.created))
            return fail(m_tags->errorString());
    }
    for (const qint64 article : std::as_const(assignment.changed)) {
        if (!m_tags->assign(article, assignment.tagId))
            return fail(m_tags->errorString());
    }
    if (!commit(transaction))
        return false;
    assignment.created.reset();
    Q_EMIT tagsChanged();
    Q_EMIT articleTagsChanged(assignment.changed);
    return true;
}

bool AnalystEditor::unapplyAdd(TagAssignment &assignment)
{
    if (!m_tags || !assignment.tagId)
        return fail(tr("No database is open."));
    ScopedTransaction transaction(m_db->connection());
    for (const qint64 article : std::as_const(assignment.changed)) {
        if (!m_tags->unassign(article, assignment.tagId))
            return fail(m_tags->errorString());
    }
    std::optional<TagStore::Snapshot> created;
    if (!dropCreated(assignment.createdRoot, created))
        return fail(m_tags->errorString());
    if (!commit(transaction))
        return false;
    assignment.created = created;
    Q_EMIT tagsChanged();
    Q_EMIT articleTagsChanged(assignment.changed);
    return true;
}

bool AnalystEditor::applyRemove(TagAssignment &assignment)
{
    if (!m_tags)
        return fail(tr("No database is open."));
    ScopedTransaction transaction(m_db->connection());
    if (assignment.changed.isEmpty()) {
        const auto current = m_tags->tagIdsOf(assignment.requested);
        if (!current)
            return fail(m_tags->errorString());
        for (const qint64 article : std::as_const(assignment.requested)) {
            if (current->value(article).contains(assignment.tagId) && !assignment.changed.contains(article))
                assignment.changed.append(article);
        }
    }
    for (const qint64 article : std::as_const(assignment.changed)) {
        if (!m_tags->unassign(article, assignment.tagId))
            return fail(m_tags->errorString());
    }
    if (!commit(transaction))
        return false;
    Q_EMIT tagsChanged();
    Q_EMIT articleTagsChanged(assignment.changed);
    return true;
}

bool AnalystEditor::unapplyRemove(TagAssignment &assignment)
{
    if (!m_tags)
        return fail(tr("No database is open."));
    ScopedTransaction transaction(m_db->connection());
    for (const qint64 article : std::as_const(assignment.changed)) {
        if (!m_tags->assign(article, assignment.tagId))
            return fail(m_tags->errorString());
    }
    if (!commit(transaction))
        return false;
    Q_EMIT tagsChanged();
    Q_EMIT articleTagsChanged(assignment.changed);
    return true;
}

bool AnalystEditor::applyRename(TagRename &rename)
{
    if (!m_tags)
        return fail(tr("No database is open."));
    const QString to = TagStore::normalizedPath(rename.to);
    if (const QString problem = checkNewPath(to, rename.tagId); !problem.isEmpty())
        return fail(problem);
    ScopedTransaction transaction(m_db->connection());
    if (rename.created) {
        if (!m_tags->restore(*rename.created))
            return fail(m_tags->errorString());
    } else {
        const qsizetype slash = to.lastIndexOf(QLatin1Char('/'));
        const QString missing = slash > 0 ? firstMissingPrefix(to.left(slash)) : QString();
        if (!missing.isEmpty()) {
            // Created here rather than by the store so that undo knows what to take away.
            if (!m_tags->ensureTag(to.left(slash)))
                return fail(m_tags->errorString());
            const auto root = m_tags->tagByName(missing);
            rename.createdRoot = root ? root->id : 0;
        }
    }
    if (!m_tags->rename(rename.tagId, to))
        return fail(m_tags->errorString());
    if (!commit(transaction))
        return false;
    rename.to = to;
    rename.created.reset();
    Q_EMIT tagsChanged();
    return true;
}

bool AnalystEditor::unapplyRename(TagRename &rename)
{
    if (!m_tags)
        return fail(tr("No database is open."));
    ScopedTransaction transaction(m_db->connection());
    if (!m_tags->rename(rename.tagId, rename.from))
        return fail(m_tags->errorString());
    std::optional<TagStore::Snapshot> created;
    if (!dropCreated(rename.createdRoot, created))
        return fail(m_tags->errorString());
    if (!commit(transaction))
        return false;
    rename.created = created;
    Q_EMIT tagsChanged();
    return true;
}

bool AnalystEditor::setColor(qint64 tagId, const QString &color)
{
    if (!m_tags)
        return fail(tr("No database is open."));
    if (!m_tags->setColor(tagId, color))
        return fail(m_tags->errorString());
    Q_EMIT tagsChanged();
    return true;
}

std::optional<TagStore::Snapshot> AnalystEditor::removeTag(qint64 tagId)
{
    if (!m_tags) {
        fail(tr("No database is open."));
        return std::nullopt;
    }
    ScopedTransaction transaction(m_db->connection());
    auto snapshot = m_tags->snapshot(tagId);
    if (!snapshot || !m_tags->remove(tagId)) {
        fail(m_tags->errorString());
        return std::nullopt;
    }
    if (!commit(transaction))
        return std::nullopt;
    Q_EMIT tagsChanged();
    Q_EMIT articleTagsChanged(articlesOf(*snapshot));
    return snapshot;
}

bool AnalystEditor::restoreTag(const TagStore::Snapshot &snapshot)
{
    if (!m_tags)
        return fail(tr("No database is open."));
    if (!m_tags->restore(snapshot))
        return fail(m_tags->errorString());
    Q_EMIT tagsChanged();
    Q_EMIT articleTagsChanged(articlesOf(snapshot));
    return true;
}

std::optional<ArticleMetadata> AnalystEditor::metadata(qint64 articleId)
{
    if (!m_metadata) {
        fail(tr("No database is open."));
        return std::nullopt;
    }
    auto result = m_metadata->read(articleId);
    if (!result)
        fail(m_metadata->errorString());
    return result;
}

bool AnalystEditor::writeMetadata(qint64 articleId, const ArticleMetadata &metadata)
{
    if (!m_metadata)
        return fail(tr("No database is open."));
    if (!m_metadata->write(articleId, metadata))
        return fail(m_metadata->errorString());
    Q_EMIT metadataChanged(articleId);
    return true;
}

QList<SavedSearch> AnalystEditor::savedSearches()
{
    if (!m_searches)
        return {};
    const auto list = m_searches->list();
    if (!list) {
        fail(m_searches->errorString());
        return {};
    }
    return *list;
}

std::optional<qint64> AnalystEditor::saveSearch(const QString &name, const QString &query)
{
    if (!m_searches) {
        fail(tr("No database is open."));
        return std::nullopt;
    }
    if (name.trimmed().isEmpty()) {
        fail(tr("Give the search a name."));
        return std::nullopt;
    }
    const auto id = m_searches->save(name.trimmed(), query);
    if (!id) {
        fail(m_searches->errorString());
        return std::nullopt;
    }
    Q_EMIT savedSearchesChanged();
    return id;
}

bool AnalystEditor::renameSearch(qint64 id, const QString &newName)
{
    if (!m_searches)
        return fail(tr("No database is open."));
    if (newName.trimmed().isEmpty())
        return fail(tr("Give the search a name."));
    if (!m_searches->rename(id, newName.trimmed()))
        return fail(m_searches->errorString());
    Q_EMIT savedSearchesChanged();
    return true;
}

bool AnalystEditor::removeSearch(qint64 id)
{
    if (!m_searches)
        return fail(tr("No database is open."));
    if (!m_searches->remove(id))
        return fail(m_searches->errorString());
    Q_EMIT savedSearchesChanged();
    return true;
}

} // namespace Annalist
