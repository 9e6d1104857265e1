#include "itemmodels/annotationeditor.h"

#include "store/database.h"
#include "store/scopedtransaction.h"
#include "store/tagstore.h"

#include <QCoreApplication>
#include <QSqlError>

#include <algorithm>

namespace Annalist {

namespace {

// "a/b/c" → "a", "a/b", "a/b/c".
QStringList withParents(const QString &path)
{
    QStringList result;
    const QStringList segments = path.split(QLatin1Char('/'));
    QString prefix;
    for (const QString &segment : segments) {
        prefix = prefix.isEmpty() ? segment : prefix + QLatin1Char('/') + segment;
        result.append(prefix);
    }
    return result;
}

} // namespace

AnnotationEditor::AnnotationEditor(QObject *parent)
    : QObject(parent)
{
}

AnnotationEditor::~AnnotationEditor() = default;

bool AnnotationEditor::setDatabasePath(const QString &path)
{
    auto db = std::make_unique<Database>(path);
    if (!db->open()) {
        m_db.reset();
        return fail(db->errorString());
    }
    m_db = std::move(db);
    m_error.clear();
    return true;
}

QString AnnotationEditor::databasePath() const
{
    return m_db ? m_db->path() : QString();
}

bool AnnotationEditor::fail(const QString &message)
{
    m_error = message;
    Q_EMIT editFailed(message);
    return false;
}

std::optional<Annotation> AnnotationEditor::create(const Annotation &annotation)
{
    if (!m_db) {
        fail(QCoreApplication::translate("Annalist::AnnotationEditor", "No database is open."));
        return std::nullopt;
    }
    AnnotationStore store(m_db->connection());
    const auto id = store.create(annotation);
    if (!id) {
        fail(store.errorString());
        return std::nullopt;
    }
    auto stored = store.annotation(*id);
    if (!stored) {
        fail(store.errorString());
        return std::nullopt;
    }
    Q_EMIT annotationsChanged(stored->articleId);
    return stored;
}

std::optional<Annotation> AnnotationEditor::update(const Annotation &annotation)
{
    if (!m_db) {
        fail(QCoreApplication::translate("Annalist::AnnotationEditor", "No database is open."));
        return std::nullopt;
    }
    AnnotationStore store(m_db->connection());
    if (!store.update(annotation)) {
        fail(store.errorString());
        return std::nullopt;
    }
    auto stored = store.annotation(annotation.id);
    if (!stored) {
        fail(store.errorString());
        return std::nullopt;
    }
    Q_EMIT annotationsChanged(stored->articleId);
    return stored;
}

bool AnnotationEditor::remove(qint64 id)
{
    if (!m_db)
        return fail(QCoreApplication::translate("Annalist::AnnotationEditor", "No database is open."));
    AnnotationStore store(m_db->connection());
    const auto existing = store.annotation(id);
    if (!existing)
        return fail(store.errorString());
    if (!store.remove(id))
        return fail(store.errorString());
    Q_EMIT annotationsChanged(existing->articleId);
    return true;
}

bool AnnotationEditor::putBack(const Annotation &annotation)
{
    if (!m_db)
        return fail(QCoreApplication::translate("Annalist::AnnotationEditor", "No database is open."));
    AnnotationStore store(m_db->connection());
    ScopedTransaction transaction(m_db->connection());
    if (store.annotation(annotation.id) && !store.remove(annotation.id))
        return fail(store.errorString());
    if (!store.restore(annotation))
        return fail(store.errorString());
    if (!transaction.commit())
        return fail(m_db->connection().lastError().text());
    Q_EMIT annotationsChanged(annotation.articleId);
    return true;
}

std::optional<Annotation> AnnotationEditor::annotation(qint64 id)
{
    if (!m_db)
        return std::nullopt;
    AnnotationStore store(m_db->connection());
    auto found = store.annotation(id);
    if (!found)
        m_error = store.errorString();
    return found;
}

std::optional<QList<Annotation>> AnnotationEditor::annotationsOf(qint64 articleId)
{
    if (!m_db)
        return std::nullopt;
    AnnotationStore store(m_db->connection());
    AnnotationFilter filter;
    filter.articleId = articleId;
    auto found = store.annotations(filter);
    if (!found)
        m_error = store.errorString();
    return found;
}

QStringList AnnotationEditor::tagPaths()
{
    QStringList paths;
    if (!m_db)
        return paths;
    TagStore tags(m_db->connection());
    if (const auto all = tags.tags()) {
        for (const Tag &tag : *all)
            paths.append(tag.name);
    }
    return paths;
}

QStringList AnnotationEditor::missingTags(const QStringList &paths)
{
    QStringList missing;
    if (!m_db)
        return missing;
    TagStore tags(m_db->connection());
    for (const QString &path : paths) {
        const QString normalized = TagStore::normalizedPath(path);
        if (normalized.isEmpty())
            continue;
        for (const QString &tag : withParents(normalized)) {
            if (!missing.contains(tag, Qt::CaseInsensitive) && !tags.tagByName(tag))
                missing.append(tag);
        }
    }
    return missing;
}

bool AnnotationEditor::removeUnusedTags(const QStringList &paths)
{
    if (!m_db || paths.isEmpty())
        return true;
    QStringList deepestFirst = paths;
    std::sort(deepestFirst.begin(), deepestFirst.end(), [](const QString &a, const QString &b) {
        return a.count(QLatin1Char('/')) > b.count(QLatin1Char('/'));
    });
    TagStore tags(m_db->connection());
    for (const QString &path : std::as_const(deepestFirst)) {
        const auto tag = tags.tagByName(path);
        if (!tag)
            continue;
        const auto snapshot = tags.snapshot(tag->id);
        if (!snapshot)
            return fail(tags.errorString());
        const bool unused = snapshot->tags.size() == 1 && snapshot->articleTags.isEmpty()
            && snapshot->annotationTags.isEmpty();
        if (unused && !tags.remove(tag->id))
            return fail(tags.errorString());
    }
    return true;
}

} // namespace Annalist
