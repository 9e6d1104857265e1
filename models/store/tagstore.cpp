#include "store/tagstore.h"

#include "store/scopedtransaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Annalist {

namespace {

QString placeholders(qsizetype n)
{
    QString result;
    for (qsizetype i = 0; i < n; ++i)
        result += i ? QLatin1String(",?") : QLatin1String("?");
    return result;
}

// The tag and everything below it, by parent links (names follow the parents' paths, but the
// links are what a rename or removal keeps consistent first).
const char *const subtreeCte = "WITH RECURSIVE subtree(id) AS (SELECT ? UNION "
                               "SELECT t.id FROM tags t JOIN subtree s ON t.parent_id = s.id) ";

QString parentPath(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

bool validColor(const QString &color)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return color.isEmpty() || pattern.match(color).hasMatch();
}

Tag tagFrom(const QSqlQuery &q)
{
    Tag tag;
    tag.id = q.value(0).toLongLong();
    tag.name = q.value(1).toString();
    tag.color = q.value(2).toString();
    tag.parentId = q.value(3).toLongLong();
    tag.articles = q.value(4).toInt();
    return tag;
}

const char *const tagColumns =
    "t.id, t.name, t.color, coalesce(t.parent_id, 0), (SELECT count(*) FROM article_tags WHERE tag_id = t.id)";

} // namespace

TagStore::TagStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool TagStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString TagStore::normalizedPath(const QString &path)
{
    QStringList segments;
    for (const QString &segment : path.split(QLatin1Char('/'))) {
        const QString clean = segment.simplified();
        if (!clean.isEmpty())
            segments << clean;
    }
    return segments.join(QLatin1Char('/'));
}

std::optional<QList<Tag>> TagStore::tags()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + QLatin1String(tagColumns)
                + QStringLiteral(" FROM tags t ORDER BY t.name COLLATE NOCASE"))) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    QList<Tag> result;
    while (q.next())
        result.append(tagFrom(q));
    return result;
}

std::optional<Tag> TagStore::tag(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(tagColumns) + QStringLiteral(" FROM tags t WHERE t.id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(QCoreApplication::translate("Annalist::TagStore", "There is no tag %1.").arg(id));
        return std::nullopt;
    }
    return tagFrom(q);
}

std::optional<Tag> TagStore::tagByName(const QString &path)
{
    const QString name = normalizedPath(path);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(tagColumns)
              + QStringLiteral(" FROM tags t WHERE t.name = ? COLLATE NOCASE"));
    q.addBindValue(name);
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(QCoreApplication::translate("Annalist::TagStore", "There is no tag “%1”.").arg(name));
        return std::nullopt;
    }
    return tagFrom(q);
}

std::optional<qint64> TagStore::ensureTag(const QString &path, const QString &color)
{
    const QString name = normalizedPath(path);
    if (name.isEmpty()) {
        fail(QCoreApplication::translate("Annalist::TagStore", "A tag needs a name."));
        return std::nullopt;
    }
    if (!validColor(color)) {
        fail(QCoreApplication::translate("Annalist::TagStore", "“%1” is not a colour of the form #rrggbb.").arg(color));
        return std::nullopt;
    }
    {
        QSqlQuery find(m_db);
        find.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ? COLLATE NOCASE"));
        find.addBindValue(name);
        if (!find.exec()) {
            fail(find.lastError().text());
            return std::nullopt;
        }
        if (find.next())
            return find.value(0).toLongLong();
    }
    // Parents first, so that "a/b" under an existing "A" is stored as "A/b": a tag's path
    // always begins with its parent's exact path, which rename() relies on.
    qint64 parentId = 0;
    QString storedName = name;
    const QString parent = parentPath(name);
    if (!parent.isEmpty()) {
        const std::optional<qint64> id = ensureTag(parent);
        if (!id)
            return std::nullopt;
        parentId = *id;
        const std::optional<Tag> parentTag = tag(parentId);
        if (!parentTag)
            return std::nullopt;
        storedName = parentTag->name + name.mid(parent.size());
    }
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO tags (name, color, parent_id) VALUES (?, ?, ?)"));
    insert.addBindValue(storedName);
    insert.addBindValue(color.isNull() ? QStringLiteral("") : color);
    insert.addBindValue(parentId ? QVariant(parentId) : QVariant());
    if (!insert.exec()) {
        fail(insert.lastError().text());
        return std::nullopt;
    }
    return insert.lastInsertId().toLongLong();
}

bool TagStore::rename(qint64 id, const QString &newPath)
{
    const QString name = normalizedPath(newPath);
    if (name.isEmpty())
        return fail(QCoreApplication::translate("Annalist::TagStore", "A tag needs a name."));
    const std::optional<Tag> current = tag(id);
    if (!current)
        return false;
    if (current->name == name)
        return true;
    if (name.startsWith(current->name + QLatin1Char('/'), Qt::CaseInsensitive))
        return fail(QCoreApplication::translate("Annalist::TagStore", "A tag cannot move below itself."));

    ScopedTransaction transaction(m_db);
    // The tag and its descendants with their new names; none may collide with a tag that stays.
    QList<QPair<qint64, QString>> moves;
    {
        QSqlQuery q(m_db);
        q.prepare(QLatin1String(subtreeCte) + QStringLiteral("SELECT t.id, t.name FROM tags t JOIN subtree s ON s.id = t.id"));
        q.addBindValue(id);
        if (!q.exec())
            return fail(q.lastError().text());
        while (q.next())
            moves.append({q.value(0).toLongLong(), name + q.value(1).toString().mid(current->name.size())});
    }
    QList<qint64> moving;
    for (const auto &move : std::as_const(moves))
        moving << move.first;
    for (const auto &move : std::as_const(moves)) {
        QSqlQuery clash(m_db);
        clash.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ? COLLATE NOCASE"));
        clash.addBindValue(move.second);
        if (!clash.exec())
            return fail(clash.lastError().text());
        if (clash.next() && !moving.contains(clash.value(0).toLongLong()))
            return fail(QCoreApplication::translate("Annalist::TagStore", "A tag named “%1” exists already.").arg(move.second));
    }

    qint64 parentId = 0;
    const QString parent = parentPath(name);
    if (!parent.isEmpty()) {
        const std::optional<qint64> parentTag = ensureTag(parent);
        if (!parentTag)
            return false;
        parentId = *parentTag;
    }
    // Through a temporary name first: a case-only rename of "a/b" to "a/B", or a swap within
    // the subtree, must not trip the unique index halfway.
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE tags SET name = ? WHERE id = ?"));
    for (const auto &move : std::as_const(moves)) {
        update.addBindValue(QString(QStringLiteral("\x1f") + QString::number(move.first)));
        update.addBindValue(move.first);
        if (!update.exec())
            return fail(update.lastError().text());
    }
    for (const auto &move : std::as_const(moves)) {
        update.addBindValue(move.second);
        update.addBindValue(move.first);
        if (!update.exec())
            return fail(update.lastError().text());
    }
    QSqlQuery reparent(m_db);
    reparent.prepare(QStringLiteral("UPDATE tags SET parent_id = ? WHERE id = ?"));
    reparent.addBindValue(parentId ? QVariant(parentId) : QVariant());
    reparent.addBindValue(id);
    if (!reparent.exec())
        return fail(reparent.lastError().text());
    if (transaction.isActive() && !transaction.commit())
        return fail(m_db.lastError().text());
    return true;
}

bool TagStore::setColor(qint64 id, const QString &color)
{
    if (!validColor(color))
        return fail(QCoreApplication::translate("Annalist::TagStore", "“%1” is not a colour of the form #rrggbb.").arg(color));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE tags SET color = ? WHERE id = ?"));
    q.addBindValue(color.isNull() ? QStringLiteral("") : color);
    q.addBindValue(id);
    if (!q.exec())
        return fail(q.lastError().text());
    return q.numRowsAffected() == 1 || fail(QCoreApplication::translate("Annalist::TagStore", "There is no tag %1.").arg(id));
}

bool TagStore::remove(qint64 id)
{
    ScopedTransaction transaction(m_db);
    // Explicitly, not only through the foreign keys: a connection opened without
    // "PRAGMA foreign_keys" must not leave assignments to tags that are gone.
    const char *const statements[] = {
        "DELETE FROM article_tags WHERE tag_id IN (SELECT id FROM subtree)",
        "DELETE FROM annotation_tags WHERE tag_id IN (SELECT id FROM subtree)",
        "DELETE FROM tags WHERE id IN (SELECT id FROM subtree)",
    };
    int removed = 0;
    for (const char *statement : statements) {
        QSqlQuery q(m_db);
        q.prepare(QLatin1String(subtreeCte) + QLatin1String(statement));
        q.addBindValue(id);
        if (!q.exec())
            return fail(q.lastError().text());
        removed = q.numRowsAffected();
    }
    if (removed == 0)
        return fail(QCoreApplication::translate("Annalist::TagStore", "There is no tag %1.").arg(id));
    if (transaction.isActive() && !transaction.commit())
        return fail(m_db.lastError().text());
    return true;
}

bool TagStore::assign(qint64 articleId, qint64 tagId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO article_tags (article_id, tag_id) "
                             "SELECT a.id, t.id FROM articles a, tags t WHERE a.id = ? AND t.id = ?"));
    q.addBindValue(articleId);
    q.addBindValue(tagId);
    if (!q.exec())
        return fail(q.lastError().text());
    if (q.numRowsAffected() == 1)
        return true;
    // Nothing inserted: already assigned (fine), or the article or tag does not exist.
    QSqlQuery check(m_db);
    check.prepare(QStringLiteral("SELECT (SELECT count(*) FROM articles WHERE id = ?), "
                                 "(SELECT count(*) FROM tags WHERE id = ?)"));
    check.addBindValue(articleId);
    check.addBindValue(tagId);
    if (!check.exec() || !check.next())
        return fail(check.lastError().text());
    if (check.value(0).toInt() == 0)
        return fail(QCoreApplication::translate("Annalist::TagStore", "There is no article %1.").arg(articleId));
    if (check.value(1).toInt() == 0)
        return fail(QCoreApplication::translate("Annalist::TagStore", "There is no tag %1.").arg(tagId));
    return true;
}

bool TagStore::unassign(qint64 articleId, qint64 tagId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?"));
    q.addBindValue(articleId);
    q.addBindValue(tagId);
    if (!q.exec())
        return fail(q.lastError().text());
    return true;
}

std::optional<QList<Tag>> TagStore::tagsOf(qint64 articleId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(tagColumns)
              + QStringLiteral(" FROM tags t JOIN article_tags at ON at.tag_id = t.id WHERE at.article_id = ? "
                               "ORDER BY t.name COLLATE NOCASE"));
    q.addBindValue(articleId);
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    QList<Tag> result;
    while (q.next())
        result.append(tagFrom(q));
    return result;
}

std::optional<QHash<qint64, QList<qint64>>> TagStore::tagIdsOf(const QList<qint64> &articleIds)
{
    QHash<qint64, QList<qint64>> result;
    constexpr qsizetype batch = 500;
    for (qsizetype from = 0; from < articleIds.size(); from += batch) {
        const qsizetype n = std::min<qsizetype>(batch, articleIds.size() - from);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT at.article_id, at.tag_id FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                                 "WHERE at.article_id IN (")
                  + placeholders(n) + QStringLiteral(") ORDER BY at.article_id, t.name COLLATE NOCASE"));
        for (qsizetype i = 0; i < n; ++i)
            q.addBindValue(articleIds.at(from + i));
        if (!q.exec()) {
            fail(q.lastError().text());
            return std::nullopt;
        }
        while (q.next())
            result[q.value(0).toLongLong()].append(q.value(1).toLongLong());
    }
    return result;
}

std::optional<QList<qint64>> TagStore::articlesWith(qint64 tagId, bool withDescendants)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (withDescendants)
        q.prepare(QLatin1String(subtreeCte)
                  + QStringLiteral("SELECT DISTINCT article_id FROM article_tags WHERE tag_id IN (SELECT id FROM subtree) "
                                   "ORDER BY article_id"));
    else
        q.prepare(QStringLiteral("SELECT article_id FROM article_tags WHERE tag_id = ? ORDER BY article_id"));
    q.addBindValue(tagId);
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    QList<qint64> result;
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

std::optional<TagStore::Snapshot> TagStore::snapshot(qint64 id)
{
    Snapshot snapshot;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        // Ordered by path, so parents come before their children when restored.
        q.prepare(QLatin1String(subtreeCte) + QStringLiteral("SELECT ") + QLatin1String(tagColumns)
                  + QStringLiteral(" FROM tags t JOIN subtree s ON s.id = t.id ORDER BY length(t.name), t.name"));
        q.addBindValue(id);
        if (!q.exec()) {
            fail(q.lastError().text());
            return std::nullopt;
        }
        while (q.next())
            snapshot.tags.append(tagFrom(q));
    }
    if (snapshot.tags.isEmpty()) {
        fail(QCoreApplication::translate("Annalist::TagStore", "There is no tag %1.").arg(id));
        return std::nullopt;
    }
    const auto collect = [&](const char *sql, QList<QPair<qint64, qint64>> &into) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QLatin1String(subtreeCte) + QLatin1String(sql));
        q.addBindValue(id);
        if (!q.exec())
            return fail(q.lastError().text());
        while (q.next())
            into.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
        return true;
    };
    if (!collect("SELECT article_id, tag_id FROM article_tags WHERE tag_id IN (SELECT id FROM subtree) "
                 "ORDER BY article_id, tag_id",
                 snapshot.articleTags)
        || !collect("SELECT annotation_id, tag_id FROM annotation_tags WHERE tag_id IN (SELECT id FROM subtree) "
                    "ORDER BY annotation_id, tag_id",
                    snapshot.annotationTags))
        return std::nullopt;
    return snapshot;
}

bool TagStore::restore(const Snapshot &snapshot)
{
    ScopedTransaction transaction(m_db);
    for (const Tag &tag : snapshot.tags) {
        QSqlQuery clash(m_db);
        clash.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ? COLLATE NOCASE OR id = ?"));
        clash.addBindValue(tag.name);
        clash.addBindValue(tag.id);
        if (!clash.exec())
            return fail(clash.lastError().text());
        if (clash.next())
            return fail(QCoreApplication::translate("Annalist::TagStore",
                                                    "The tag “%1” cannot be restored: a tag with its name exists again.")
                            .arg(tag.name));
        // The parent may have been removed since (it is restored first when it was part of the
        // snapshot); otherwise it is created again from the path.
        QVariant parentId;
        QString name = tag.name;
        const QString parent = parentPath(tag.name);
        if (!parent.isEmpty()) {
            const std::optional<qint64> id = ensureTag(parent);
            const std::optional<Tag> parentTag = id ? this->tag(*id) : std::nullopt;
            if (!parentTag)
                return false;
            parentId = *id;
            name = parentTag->name + tag.name.mid(parent.size()); // the parent's spelling now
        }
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO tags (id, name, color, parent_id) VALUES (?, ?, ?, ?)"));
        insert.addBindValue(tag.id);
        insert.addBindValue(name);
        insert.addBindValue(tag.color.isNull() ? QStringLiteral("") : tag.color);
        insert.addBindValue(parentId);
        if (!insert.exec())
            return fail(insert.lastError().text());
    }
    // Assignments whose article or annotation has gone since are skipped.
    QSqlQuery articleTag(m_db);
    articleTag.prepare(QStringLiteral("INSERT OR IGNORE INTO article_tags (article_id, tag_id) "
                                      "SELECT id, ? FROM articles WHERE id = ?"));
    for (const auto &pair : snapshot.articleTags) {
        articleTag.addBindValue(pair.second);
        articleTag.addBindValue(pair.first);
        if (!articleTag.exec())
            return fail(articleTag.lastError().text());
    }
    QSqlQuery annotationTag(m_db);
    annotationTag.prepare(QStringLiteral("INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) "
                                         "SELECT id, ? FROM annotations WHERE id = ?"));
    for (const auto &pair : snapshot.annotationTags) {
        annotationTag.addBindValue(pair.second);
        annotationTag.addBindValue(pair.first);
        if (!annotationTag.exec())
            return fail(annotationTag.lastError().text());
    }
    if (transaction.isActive() && !transaction.commit())
        return fail(m_db.lastError().text());
    return true;
}

} // namespace Annalist
