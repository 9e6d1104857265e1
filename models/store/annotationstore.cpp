#include "store/annotationstore.h"

#include "store/scopedtransaction.h"
#include "store/searchquery.h"
#include "store/tagstore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Annalist {

namespace {

// Tags come back as one string joined with a separator no path contains.
const QChar tagSeparator(0x1f);

const char *const annotationColumns =
    "n.id, n.article_id, n.start, n.length, n.quote, n.prefix, n.suffix, n.color, n.note, n.author, n.status, "
    "n.created_at, n.modified_at, (SELECT group_concat(t.name, char(31)) FROM annotation_tags x "
    "JOIN tags t ON t.id = x.tag_id WHERE x.annotation_id = n.id)";

QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString timestamp(const QDateTime &time)
{
    return (time.isValid() ? time : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
}

Annotation annotationFrom(const QSqlQuery &q)
{
    Annotation a;
    a.id = q.value(0).toLongLong();
    a.articleId = q.value(1).toLongLong();
    a.start = q.value(2).toLongLong();
    a.length = q.value(3).toLongLong();
    a.quote = q.value(4).toString();
    a.prefix = q.value(5).toString();
    a.suffix = q.value(6).toString();
    a.color = q.value(7).toString();
    a.note = q.value(8).toString();
    a.author = q.value(9).toString();
    a.status = anchorStatusFromName(q.value(10).toString()).value_or(AnchorStatus::Orphaned);
    // Stored with a "Z": read back as UTC.
    a.createdAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    a.modifiedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    const QString tags = q.value(13).toString();
    if (!tags.isEmpty()) {
        a.tags = tags.split(tagSeparator);
        a.tags.sort(Qt::CaseInsensitive);
    }
    return a;
}

QString likeEscaped(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped;
}

} // namespace

QString anchorStatusName(AnchorStatus status)
{
    switch (status) {
    case AnchorStatus::Anchored:
        return QStringLiteral("anchored");
    case AnchorStatus::Fuzzy:
        return QStringLiteral("fuzzy");
    case AnchorStatus::Orphaned:
        return QStringLiteral("orphaned");
    }
    return QStringLiteral("orphaned");
}

std::optional<AnchorStatus> anchorStatusFromName(const QString &name)
{
    for (AnchorStatus status : {AnchorStatus::Anchored, AnchorStatus::Fuzzy, AnchorStatus::Orphaned}) {
        if (anchorStatusName(status).compare(name, Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

QStringList highlightColorNames()
{
    return {QStringLiteral("yellow"), QStringLiteral("green"), QStringLiteral("blue"), QStringLiteral("pink"),
            QStringLiteral("orange"), QStringLiteral("purple"), QStringLiteral("grey")};
}

AnnotationStore::AnnotationStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool AnnotationStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

namespace {

// The article's original text, or nullopt with a message.
std::optional<QString> originalText(const QSqlDatabase &db, qint64 articleId, QString &error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT original FROM articles WHERE id = ?"));
    q.addBindValue(articleId);
    if (!q.exec()) {
        error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next()) {
        error = QCoreApplication::translate("Annalist::AnnotationStore", "There is no article %1.").arg(articleId);
        return std::nullopt;
    }
    return q.value(0).toString();
}

bool checkRange(const QString &text, qsizetype start, qsizetype length, QString &error)
{
    if (length <= 0) {
        error = QCoreApplication::translate("Annalist::AnnotationStore", "An annotation needs a passage of at least one character.");
        return false;
    }
    if (start < 0 || start > text.size() || length > text.size() - start) {
        error = QCoreApplication::translate("Annalist::AnnotationStore",
                                            "The passage %1–%2 lies outside the article's text (%3 characters).")
                    .arg(start)
                    .arg(start + length)
                    .arg(text.size());
        return false;
    }
    return true;
}

void takeContext(const QString &text, Annotation &annotation)
{
    const qsizetype before = std::max<qsizetype>(0, annotation.start - AnnotationStore::contextLength);
    annotation.quote = text.mid(annotation.start, annotation.length);
    annotation.prefix = text.mid(before, annotation.start - before);
    annotation.suffix = text.mid(annotation.start + annotation.length, AnnotationStore::contextLength);
}

} // namespace

bool AnnotationStore::writeTags(qint64 annotationId, const QStringList &tags)
{
    QSqlQuery clear(m_db);
    clear.prepare(QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id = ?"));
    clear.addBindValue(annotationId);
    if (!clear.exec())
        return fail(clear.lastError().text());
    TagStore tagStore(m_db);
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)"));
    for (const QString &path : tags) {
        const std::optional<qint64> tagId = tagStore.ensureTag(path);
        if (!tagId)
            return fail(tagStore.errorString());
        insert.addBindValue(annotationId);
        insert.addBindValue(*tagId);
        if (!insert.exec())
            return fail(insert.lastError().text());
    }
    return true;
}

bool AnnotationStore::checkColor(const QString &color)
{
    if (highlightColorNames().contains(color))
        return true;
    return fail(QCoreApplication::translate("Annalist::AnnotationStore", "“%1” is not a highlight colour; choose one of %2.")
                    .arg(color, highlightColorNames().join(QStringLiteral(", "))));
}

std::optional<qint64> AnnotationStore::create(const Annotation &annotation)
{
    if (!checkColor(annotation.color))
        return std::nullopt;
    const std::optional<QString> text = originalText(m_db, annotation.articleId, m_error);
    if (!text)
        return std::nullopt;
    if (!checkRange(*text, annotation.start, annotation.length, m_error))
        return std::nullopt;
    Annotation stored = annotation;
    if (stored.quote.isEmpty() && stored.prefix.isEmpty() && stored.suffix.isEmpty())
        takeContext(*text, stored);
    else if (stored.quote.isEmpty())
        stored.quote = text->mid(stored.start, stored.length);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    ScopedTransaction transaction(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO annotations (article_id, start, length, quote, prefix, suffix, color, note, "
                             "author, status, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(stored.articleId);
    q.addBindValue(qint64(stored.start));
    q.addBindValue(qint64(stored.length));
    q.addBindValue(stored.quote);
    q.addBindValue(notNull(stored.prefix));
    q.addBindValue(notNull(stored.suffix));
    q.addBindValue(stored.color);
    q.addBindValue(notNull(stored.note));
    q.addBindValue(notNull(stored.author));
    q.addBindValue(anchorStatusName(stored.status));
    q.addBindValue(timestamp(stored.createdAt.isValid() ? stored.createdAt : now));
    q.addBindValue(timestamp(stored.modifiedAt.isValid() ? stored.modifiedAt : now));
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!writeTags(id, stored.tags))
        return std::nullopt;
    if (transaction.isActive() && !transaction.commit()) {
        fail(m_db.lastError().text());
        return std::nullopt;
    }
    return id;
}

bool AnnotationStore::restore(const Annotation &a)
{
    if (a.id <= 0)
        return fail(QCoreApplication::translate("Annalist::AnnotationStore", "Only a stored annotation can be restored."));
    if (!checkColor(a.color))
        return false;
    ScopedTransaction transaction(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO annotations (id, article_id, start, length, quote, prefix, suffix, color, "
                             "note, author, status, created_at, modified_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a.id);
    q.addBindValue(a.articleId);
    q.addBindValue(qint64(a.start));
    q.addBindValue(qint64(a.length));
    q.addBindValue(notNull(a.quote));
    q.addBindValue(notNull(a.prefix));
    q.addBindValue(notNull(a.suffix));
    q.addBindValue(a.color);
    q.addBindValue(notNull(a.note));
    q.addBindValue(notNull(a.author));
    q.addBindValue(anchorStatusName(a.status));
    q.addBindValue(timestamp(a.createdAt));
    q.addBindValue(timestamp(a.modifiedAt));
    if (!q.exec())
        return fail(q.lastError().text());
    if (!writeTags(a.id, a.tags))
        return false;
    if (transaction.isActive() && !transaction.commit())
        return fail(m_db.lastError().text());
    return true;
}

bool AnnotationStore::update(const Annotation &a)
{
    if (!checkColor(a.color))
        return false;
    const std::optional<Annotation> current = annotation(a.id);
    if (!current)
        return false;
    Annotation stored = *current;
    stored.color = a.color;
    stored.note = a.note;
    stored.tags = a.tags;
    stored.status = a.status;
    if (a.start != current->start || a.length != current->length) {
        // A new passage: what it quotes and its context come from the text as it is now.
        const std::optional<QString> text = originalText(m_db, current->articleId, m_error);
        if (!text || !checkRange(*text, a.start, a.length, m_error))
            return false;
        stored.start = a.start;
        stored.length = a.length;
        takeContext(*text, stored);
    }
    ScopedTransaction transaction(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE annotations SET start = ?, length = ?, quote = ?, prefix = ?, suffix = ?, "
                             "color = ?, note = ?, status = ?, modified_at = ? WHERE id = ?"));
    q.addBindValue(qint64(stored.start));
    q.addBindValue(qint64(stored.length));
    q.addBindValue(stored.quote);
    q.addBindValue(notNull(stored.prefix));
    q.addBindValue(notNull(stored.suffix));
    q.addBindValue(stored.color);
    q.addBindValue(notNull(stored.note));
    q.addBindValue(anchorStatusName(stored.status));
    q.addBindValue(timestamp({}));
    q.addBindValue(stored.id);
    if (!q.exec())
        return fail(q.lastError().text());
    if (!writeTags(stored.id, stored.tags))
        return false;
    if (transaction.isActive() && !transaction.commit())
        return fail(m_db.lastError().text());
    return true;
}

bool AnnotationStore::remove(qint64 id)
{
    ScopedTransaction transaction(m_db);
    QSqlQuery tags(m_db);
    tags.prepare(QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id = ?"));
    tags.addBindValue(id);
    if (!tags.exec())
        return fail(tags.lastError().text());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return fail(QCoreApplication::translate("Annalist::AnnotationStore", "There is no annotation %1.").arg(id));
    if (transaction.isActive() && !transaction.commit())
        return fail(m_db.lastError().text());
    return true;
}

std::optional<Annotation> AnnotationStore::annotation(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(annotationColumns) + QStringLiteral(" FROM annotations n WHERE n.id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(QCoreApplication::translate("Annalist::AnnotationStore", "There is no annotation %1.").arg(id));
        return std::nullopt;
    }
    return annotationFrom(q);
}

std::optional<QList<Annotation>> AnnotationStore::annotations(const AnnotationFilter &filter)
{
    QStringList conditions;
    QVariantList binds;
    if (filter.articleId > 0) {
        conditions << QStringLiteral("n.article_id = ?");
        binds << filter.articleId;
    }
    const QString tag = TagStore::normalizedPath(filter.tag);
    if (!tag.isEmpty()) {
        conditions << QStringLiteral("n.id IN (SELECT x.annotation_id FROM annotation_tags x JOIN tags t ON t.id = x.tag_id "
                                     "WHERE t.name = ? COLLATE NOCASE OR t.name LIKE ? ESCAPE '\\')");
        binds << tag << QString(likeEscaped(tag) + QStringLiteral("/%"));
    }
    if (!filter.color.isEmpty()) {
        conditions << QStringLiteral("n.color = ?");
        binds << filter.color;
    }
    if (filter.entityId > 0) {
        // A mention overlapping the passage counts: a highlight often cuts a name short.
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = n.article_id AND "
                                     "m.entity_id = ? AND m.start < n.start + n.length AND m.start + m.length > n.start)");
        binds << filter.entityId;
    }
    if (!filter.text.trimmed().isEmpty()) {
        const SearchQuery query = SearchQuery::parse(filter.text);
        if (!query.isValid()) {
            fail(QCoreApplication::translate("Annalist::AnnotationStore", "Character %1: %2")
                     .arg(query.errorPosition() + 1)
                     .arg(query.errorString()));
            return std::nullopt;
        }
        const SearchQuery::Sql text = query.annotationCondition(QStringLiteral("n.id"), QStringLiteral("n.article_id"));
        conditions << text.sql;
        binds += text.binds;
    }
    if (filter.status) {
        conditions << QStringLiteral("n.status = ?");
        binds << anchorStatusName(*filter.status);
    }
    QString sql = QStringLiteral("SELECT ") + QLatin1String(annotationColumns) + QStringLiteral(" FROM annotations n");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY n.article_id, n.start, n.id");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    QList<Annotation> result;
    while (q.next())
        result.append(annotationFrom(q));
    return result;
}

bool AnnotationStore::reanchor(qint64 articleId)
{
    const std::optional<QString> text = originalText(m_db, articleId, m_error);
    if (!text)
        return false;
    AnnotationFilter filter;
    filter.articleId = articleId;
    const std::optional<QList<Annotation>> list = annotations(filter);
    if (!list)
        return false;
    ScopedTransaction transaction(m_db);
    QSqlQuery q(m_db);
    // Not a user edit: modified_at stays.
    q.prepare(QStringLiteral("UPDATE annotations SET start = ?, length = ?, status = ? WHERE id = ?"));
    for (const Annotation &annotation : *list) {
        AnchorResult found = anchorPassage(*text, annotation);
        // "Fuzzy" means placed automatically and not yet confirmed by the analyst: a passage
        // moved earlier is found at its new offsets now, and stays fuzzy until update().
        if (found.status == AnchorStatus::Anchored && annotation.status == AnchorStatus::Fuzzy)
            found.status = AnchorStatus::Fuzzy;
        qsizetype start = found.start;
        qsizetype length = found.length;
        if (found.status == AnchorStatus::Orphaned) {
            // Kept near where it was, inside the text, so that nothing that draws it goes astray.
            start = std::clamp<qsizetype>(annotation.start, 0, std::max<qsizetype>(0, text->size() - 1));
            length = std::clamp<qsizetype>(annotation.length, 1, std::max<qsizetype>(1, text->size() - start));
        }
        if (start == annotation.start && length == annotation.length && found.status == annotation.status)
            continue;
        q.addBindValue(qint64(start));
        q.addBindValue(qint64(length));
        q.addBindValue(anchorStatusName(found.status));
        q.addBindValue(annotation.id);
        if (!q.exec())
            return fail(q.lastError().text());
    }
    if (transaction.isActive() && !transaction.commit())
        return fail(m_db.lastError().text());
    return true;
}

} // namespace Annalist
