#include "store/entitystore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Annalist {

namespace {

QString placeholders(qsizetype n)
{
    QString result;
    for (qsizetype i = 0; i < n; ++i)
        result += i ? QLatin1String(",?") : QLatin1String("?");
    return result;
}

// Aliases come back as one string joined with a separator no name contains.
const QChar aliasSeparator(0x1f);

EntityRow entityFrom(const QSqlQuery &q, int first = 0)
{
    EntityRow row;
    row.id = q.value(first).toLongLong();
    row.type = q.value(first + 1).toString();
    row.name = q.value(first + 2).toString();
    const QString aliases = q.value(first + 3).toString();
    if (!aliases.isEmpty())
        row.aliases = aliases.split(aliasSeparator);
    row.aliases.removeDuplicates(); // stored once per article that gave it
    row.aliases.sort(Qt::CaseInsensitive);
    row.mentions = q.value(first + 4).toInt();
    row.articles = q.value(first + 5).toInt();
    return row;
}

const char *const entityColumns =
    "e.id, e.type, e.name, (SELECT group_concat(alias, char(31)) FROM entity_aliases WHERE entity_id = e.id)";

TimexRow timexFrom(const QSqlQuery &q)
{
    TimexRow row;
    row.id = q.value(0).toLongLong();
    row.articleId = q.value(1).toLongLong();
    row.text = q.value(2).toString();
    row.value = q.value(3).toString();
    row.start = q.value(4).toLongLong();
    row.length = q.value(5).toLongLong();
    row.begin = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    row.end = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    row.sentenceStart = q.value(8).toLongLong();
    row.sentenceLength = q.value(9).toLongLong();
    return row;
}

const char *const timexColumns = "t.id, t.article_id, t.text, t.value, t.start, t.length, t.begin_date, t.end_date, "
                                 "t.sentence_start, t.sentence_length";

} // namespace

EntityStore::EntityStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

template<typename T>
std::optional<T> EntityStore::failed(const QSqlQuery &query)
{
    m_error = query.lastError().text();
    return std::nullopt;
}

std::optional<QList<EntityRow>> EntityStore::entities(qint64 articleId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString columns = QString::fromLatin1(entityColumns);
    if (articleId) {
        q.prepare(QStringLiteral("SELECT ") + columns
                  + QStringLiteral(", count(*), 1 FROM mentions m JOIN entities e ON e.id = m.entity_id "
                                   "WHERE m.article_id = ? GROUP BY e.id ORDER BY count(*) DESC, e.name"));
        q.addBindValue(articleId);
    } else {
        q.prepare(QStringLiteral("SELECT ") + columns
                  + QStringLiteral(", count(*), count(DISTINCT m.article_id) FROM mentions m "
                                   "JOIN entities e ON e.id = m.entity_id GROUP BY e.id "
                                   "ORDER BY count(DISTINCT m.article_id) DESC, e.name"));
    }
    if (!q.exec())
        return failed<QList<EntityRow>>(q);
    QList<EntityRow> rows;
    while (q.next())
        rows.append(entityFrom(q));
    return rows;
}

std::optional<EntityRow> EntityStore::entity(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + QString::fromLatin1(entityColumns)
              + QStringLiteral(", (SELECT count(*) FROM mentions WHERE entity_id = e.id), "
                               "(SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = e.id) "
                               "FROM entities e WHERE e.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failed<EntityRow>(q);
    if (!q.next()) {
        m_error = QStringLiteral("no entity %1").arg(id);
        return std::nullopt;
    }
    return entityFrom(q);
}

std::optional<EntityRow> EntityStore::findByName(const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT e.id FROM entities e WHERE lower(e.name) = lower(?) OR e.id IN "
                             "(SELECT entity_id FROM entity_aliases WHERE lower(alias) = lower(?)) "
                             "ORDER BY lower(e.name) = lower(?) DESC, "
                             "(SELECT count(*) FROM mentions WHERE entity_id = e.id) DESC LIMIT 1"));
    const QString simplified = name.simplified();
    q.addBindValue(simplified);
    q.addBindValue(simplified);
    q.addBindValue(simplified);
    if (!q.exec())
        return failed<EntityRow>(q);
    if (!q.next()) {
        m_error = QStringLiteral("no entity is called \"%1\"").arg(simplified);
        return std::nullopt;
    }
    return entity(q.value(0).toLongLong());
}

std::optional<QList<MentionRow>> EntityStore::mentions(qint64 articleId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.id, e.type, e.name, m.start, m.length FROM mentions m "
                             "JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? ORDER BY m.start"));
    q.addBindValue(articleId);
    if (!q.exec())
        return failed<QList<MentionRow>>(q);
    QList<MentionRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                     q.value(4).toLongLong()});
    return rows;
}

std::optional<QList<TimexRow>> EntityStore::timexes(qint64 articleId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + QString::fromLatin1(timexColumns)
              + QStringLiteral(" FROM timexes t WHERE t.article_id = ? ORDER BY t.start"));
    q.addBindValue(articleId);
    if (!q.exec())
        return failed<QList<TimexRow>>(q);
    QList<TimexRow> rows;
    while (q.next())
        rows.append(timexFrom(q));
    return rows;
}

std::optional<QList<qint64>> EntityStore::articlesWithEntities(const QList<qint64> &entityIds)
{
    QList<qint64> result;
    if (entityIds.isEmpty())
        return result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT article_id FROM mentions WHERE entity_id IN (") + placeholders(entityIds.size())
              + QStringLiteral(") GROUP BY article_id HAVING count(DISTINCT entity_id) = ? ORDER BY article_id"));
    for (qint64 id : entityIds)
        q.addBindValue(id);
    q.addBindValue(int(entityIds.size()));
    if (!q.exec())
        return failed<QList<qint64>>(q);
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

std::optional<QList<RelatedEntity>> EntityStore::related(qint64 entityId, int limit)
{
    // Places where the entity occurs: (article, sentence) pairs; others co-occur in them.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "WITH here AS (SELECT DISTINCT article_id, sentence FROM mentions WHERE entity_id = ?), "
                  "other AS (SELECT DISTINCT m.entity_id, m.article_id, m.sentence FROM mentions m "
                  "  WHERE m.entity_id <> ? AND m.article_id IN (SELECT article_id FROM here)) "
                  "SELECT ")
              + QString::fromLatin1(entityColumns)
              + QStringLiteral(", 0, 0, "
                               "  count(DISTINCT CASE WHEN EXISTS (SELECT 1 FROM here h WHERE h.article_id = "
                               "    o.article_id AND h.sentence = o.sentence) THEN o.article_id || ':' || o.sentence "
                               "  END), count(DISTINCT o.article_id) "
                               "FROM other o JOIN entities e ON e.id = o.entity_id GROUP BY e.id "
                               "ORDER BY 7 DESC, 8 DESC, e.name LIMIT ?"));
    q.addBindValue(entityId);
    q.addBindValue(entityId);
    q.addBindValue(limit);
    if (!q.exec())
        return failed<QList<RelatedEntity>>(q);
    QList<RelatedEntity> rows;
    while (q.next())
        rows.append({entityFrom(q), q.value(6).toInt(), q.value(7).toInt()});
    return rows;
}

std::optional<QList<TimexRow>> EntityStore::events(const EventQuery &query)
{
    QString sql = QStringLiteral("SELECT ") + QString::fromLatin1(timexColumns)
        + (query.withSentences ? QStringLiteral(", substr(a.original, t.sentence_start + 1, "
                                                "t.sentence_length) FROM timexes t JOIN articles a ON a.id = "
                                                "t.article_id")
                               : QStringLiteral(", '' FROM timexes t"))
        + QStringLiteral(" WHERE t.begin_date IS NOT NULL");
    QVariantList binds;
    if (query.to.isValid()) {
        sql += QStringLiteral(" AND t.begin_date <= ?");
        binds << query.to.toString(Qt::ISODate);
    }
    if (query.from.isValid()) {
        sql += QStringLiteral(" AND t.end_date >= ?");
        binds << query.from.toString(Qt::ISODate);
    }
    if (!query.articleIds.isEmpty()) {
        sql += QStringLiteral(" AND t.article_id IN (") + placeholders(query.articleIds.size()) + QLatin1Char(')');
        for (qint64 id : query.articleIds)
            binds << id;
    }
    if (!query.entityIds.isEmpty()) {
        sql += QStringLiteral(" AND t.article_id IN (SELECT article_id FROM mentions WHERE entity_id IN (")
            + placeholders(query.entityIds.size())
            + QStringLiteral(") GROUP BY article_id HAVING count(DISTINCT entity_id) = ?)");
        for (qint64 id : query.entityIds)
            binds << id;
        binds << int(query.entityIds.size());
    }
    if (query.scope) {
        ArticleStore articles(m_db);
        const auto scope = articles.idsStatement(*query.scope, false);
        if (!scope) {
            m_error = articles.errorString();
            return std::nullopt;
        }
        sql += QStringLiteral(" AND t.article_id IN (") + scope->sql + QLatin1Char(')');
        binds += scope->binds;
    }
    sql += QStringLiteral(" ORDER BY t.begin_date, t.end_date, t.article_id, t.start");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    if (!q.exec())
        return failed<QList<TimexRow>>(q);
    QList<TimexRow> rows;
    while (q.next()) {
        TimexRow row = timexFrom(q);
        row.sentence = q.value(10).toString().simplified();
        rows.append(row);
    }
    return rows;
}

std::optional<QList<PublicationEvent>> EntityStore::publications(const std::optional<ArticleQuery> &scope)
{
    QString sql = QStringLiteral("SELECT a.id, a.published, a.title FROM articles a WHERE a.published IS NOT NULL");
    QVariantList binds;
    if (scope) {
        ArticleStore articles(m_db);
        const auto statement = articles.idsStatement(*scope, false);
        if (!statement) {
            m_error = articles.errorString();
            return std::nullopt;
        }
        sql += QStringLiteral(" AND a.id IN (") + statement->sql + QLatin1Char(')');
        binds = statement->binds;
    }
    sql += QStringLiteral(" ORDER BY a.published, a.id");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    if (!q.exec())
        return failed<QList<PublicationEvent>>(q);
    QList<PublicationEvent> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                     q.value(2).toString()});
    return rows;
}

} // namespace Annalist
