#include "store/splitjoinstore.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

#include <algorithm>

namespace Annalist {

namespace {

QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString placeholders(qsizetype count)
{
    QString list;
    list.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        list += i ? QLatin1String(",?") : QLatin1String("?");
    return list;
}

QVariantList toVariants(const QList<qint64> &ids)
{
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 id : ids)
        values.append(id);
    return values;
}

QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Rows the extraction writes are re-created by re-extraction; the analyst's own passages never
// get dropped, only re-anchored.
bool isAnalystData(const QString &table)
{
    return table == QLatin1String("annotations");
}

} // namespace

SplitJoinStore::SplitJoinStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool SplitJoinStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool SplitJoinStore::exec(const QString &sql, const QVariantList &binds, int *rowsAffected)
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        return fail(query.lastError().text());
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return fail(query.lastError().text());
    if (rowsAffected)
        *rowsAffected = query.numRowsAffected();
    return true;
}

bool SplitJoinStore::ftsByTrigger()
{
    QSqlQuery trigger(m_db);
    return trigger.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = "
                                       "'articles_fts_insert'"))
        && trigger.next();
}

// The tables that hang off articles are found in the schema rather than listed here, so a
// table added by a later migration is carried along by splits, joins and their undo.
bool SplitJoinStore::discoverChildren()
{
    if (m_discovered)
        return true;
    QSqlQuery tables(m_db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'articles' "
                                    "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")))
        return fail(tables.lastError().text());
    struct Reference
    {
        QString table, from, target, to;
    };
    QList<Reference> references;
    QHash<QString, QSet<QString>> columns;
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        QSqlQuery keys(m_db);
        keys.prepare(QStringLiteral("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?)"));
        keys.addBindValue(table);
        if (!keys.exec())
            return fail(keys.lastError().text());
        while (keys.next())
            references.append({table, keys.value(1).toString(), keys.value(0).toString(), keys.value(2).toString()});
        QSqlQuery info(m_db);
        info.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
        info.addBindValue(table);
        if (!info.exec())
            return fail(info.lastError().text());
        while (info.next())
            columns[table].insert(info.value(0).toString());
    }
    auto refersTo = [&references](const QString &table, const QString &target) {
        return std::any_of(references.cbegin(), references.cend(),
                           [&](const Reference &r) { return r.table == table && r.target == target; });
    };
    QList<Child> children;
    for (const Reference &r : std::as_const(references)) {
        if (r.target != QLatin1String("articles"))
            continue;
        Child child;
        child.table = r.table;
        child.column = r.from;
        child.hasStart = columns[r.table].contains(QStringLiteral("start"))
            && columns[r.table].contains(QStringLiteral("length"));
        child.hasSentenceStart = columns[r.table].contains(QStringLiteral("sentence_start"));
        child.refersToEntities = refersTo(r.table, QStringLiteral("entities"));
        children.append(child);
    }
    const qsizetype direct = children.size();
    for (const Reference &r : std::as_const(references)) {
        for (qsizetype i = 0; i < direct; ++i) {
            if (r.target != children.at(i).table)
                continue;
            Child grandchild;
            grandchild.table = r.table;
            grandchild.column = r.from;
            grandchild.parent = r.target;
            grandchild.parentKey = r.to.isEmpty() ? QStringLiteral("rowid") : r.to;
            grandchild.refersToEntities = refersTo(r.table, QStringLiteral("entities"));
            children.append(grandchild);
        }
    }
    m_children = children;
    m_discovered = true;
    return true;
}

std::optional<ArticleSnapshot> SplitJoinStore::capture(QList<qint64> articleIds)
{
    if (!discoverChildren())
        return std::nullopt;
    std::sort(articleIds.begin(), articleIds.end());
    articleIds.erase(std::unique(articleIds.begin(), articleIds.end()), articleIds.end());
    ArticleSnapshot snapshot;
    snapshot.articleIds = articleIds;
    if (articleIds.isEmpty())
        return snapshot;
    const QString in = QLatin1Char('(') + placeholders(articleIds.size()) + QLatin1Char(')');
    const QVariantList ids = toVariants(articleIds);

    auto rowsOf = [this, &ids](const QString &table, const QString &sql) -> std::optional<ArticleSnapshot::Table> {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            fail(query.lastError().text());
            return std::nullopt;
        }
        for (const QVariant &id : ids)
            query.addBindValue(id);
        if (!query.exec()) {
            fail(query.lastError().text());
            return std::nullopt;
        }
        ArticleSnapshot::Table rows{table, {}};
        while (query.next())
            rows.rows.append(query.record());
        return rows;
    };

    auto articles = rowsOf(QStringLiteral("articles"), QStringLiteral("SELECT * FROM articles WHERE id IN ") + in
                                                           + QStringLiteral(" ORDER BY id"));
    if (!articles)
        return std::nullopt;
    if (articles->rows.size() != articleIds.size()) {
        fail(QCoreApplication::translate("Annalist::SplitJoinStore", "An article to be changed no longer exists."));
        return std::nullopt;
    }
    snapshot.tables.append(*articles);
    for (const Child &child : std::as_const(m_children)) {
        QString sql;
        if (child.parent.isEmpty())
            sql = QStringLiteral("SELECT * FROM %1 WHERE %2 IN ").arg(quoted(child.table), quoted(child.column)) + in;
        else {
            const Child *parent = nullptr;
            for (const Child &c : std::as_const(m_children)) {
                if (c.table == child.parent && c.parent.isEmpty())
                    parent = &c;
            }
            if (!parent)
                continue;
            sql = QStringLiteral("SELECT * FROM %1 WHERE %2 IN (SELECT %3 FROM %4 WHERE %5 IN ")
                      .arg(quoted(child.table), quoted(child.column), quoted(child.parentKey), quoted(parent->table),
                           quoted(parent->column))
                + in + QLatin1Char(')');
        }
        auto rows = rowsOf(child.table, sql);
        if (!rows)
            return std::nullopt;
        snapshot.tables.append(*rows);
    }

    QSqlQuery referrers(m_db);
    referrers.setForwardOnly(true);
    referrers.prepare(QStringLiteral("SELECT id, duplicate_of, similarity FROM articles WHERE duplicate_of IN ") + in
                      + QStringLiteral(" AND id NOT IN ") + in);
    for (int pass = 0; pass < 2; ++pass) {
        for (const QVariant &id : ids)
            referrers.addBindValue(id);
    }
    if (!referrers.exec()) {
        fail(referrers.lastError().text());
        return std::nullopt;
    }
    while (referrers.next())
        snapshot.referrers.append(
            {referrers.value(0).toLongLong(), referrers.value(1).toLongLong(), referrers.value(2)});
    return snapshot;
}

bool SplitJoinStore::insertRow(const QString &table, const QSqlRecord &row, bool *foreignKeyFailed)
{
    QStringList names;
    for (int i = 0; i < row.count(); ++i)
        names << quoted(row.fieldName(i));
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(quoted(table), names.join(QLatin1Char(',')), placeholders(row.count()))))
        return fail(query.lastError().text());
    for (int i = 0; i < row.count(); ++i)
        query.addBindValue(row.value(i));
    if (query.exec())
        return true;
    if (foreignKeyFailed && query.lastError().databaseText().contains(QLatin1String("FOREIGN KEY"))) {
        *foreignKeyFailed = true;
        return true;
    }
    return fail(query.lastError().text());
}

bool SplitJoinStore::restore(const ArticleSnapshot &snapshot, const QList<qint64> &alsoRemove)
{
    if (!discoverChildren())
        return false;
    for (qint64 id : alsoRemove) {
        if (!snapshot.articleIds.contains(id)
            && !exec(QStringLiteral("DELETE FROM articles WHERE id = ?"), {id}))
            return false;
    }
    if (snapshot.tables.isEmpty())
        return true;
    const bool trigger = ftsByTrigger();
    QSet<qint64> needExtraction;

    // The articles themselves: rewritten in place, so nothing that refers to them is disturbed.
    const ArticleSnapshot::Table &articles = snapshot.tables.constFirst();
    for (const QSqlRecord &captured : articles.rows) {
        QSqlRecord row = captured;
        const qint64 id = row.value(QStringLiteral("id")).toLongLong();
        const QVariant duplicateOf = row.value(QStringLiteral("duplicate_of"));
        if (!duplicateOf.isNull()) {
            QSqlQuery exists(m_db);
            exists.prepare(QStringLiteral("SELECT 1 FROM articles WHERE id = ?"));
            exists.addBindValue(duplicateOf);
            if (!exists.exec())
                return fail(exists.lastError().text());
            if (!exists.next()) { // the copy it pointed at is gone since
                row.setNull(QStringLiteral("duplicate_of"));
                row.setNull(QStringLiteral("similarity"));
            }
        }
        int updated = 0;
        QStringList assignments;
        QVariantList values;
        for (int i = 0; i < row.count(); ++i) {
            if (row.fieldName(i) == QLatin1String("id"))
                continue;
            assignments << quoted(row.fieldName(i)) + QStringLiteral(" = ?");
            values << row.value(i);
        }
        values << id;
        if (!exec(QStringLiteral("UPDATE articles SET ") + assignments.join(QLatin1Char(',')) + QStringLiteral(" WHERE id = ?"),
                  values, &updated))
            return false;
        if (updated == 0) {
            if (!insertRow(QStringLiteral("articles"), row, nullptr))
                return false;
            if (!trigger
                && !exec(QStringLiteral("INSERT INTO articles_fts (rowid, title, body) SELECT id, title, "
                                        "annalist_content(original, content, content_patch) FROM articles WHERE id = ?"),
                         {id}))
                return false;
        }
    }

    // What hangs off them: replaced wholesale by the captured rows (grandchildren go with their
    // parents through ON DELETE CASCADE, and come back after them).
    const QVariantList ids = toVariants(snapshot.articleIds);
    const QString in = QLatin1Char('(') + placeholders(ids.size()) + QLatin1Char(')');
    for (const Child &child : std::as_const(m_children)) {
        if (child.parent.isEmpty()
            && !exec(QStringLiteral("DELETE FROM %1 WHERE %2 IN ").arg(quoted(child.table), quoted(child.column)) + in,
                     ids))
            return false;
    }
    for (qsizetype t = 1; t < snapshot.tables.size(); ++t) {
        const ArticleSnapshot::Table &table = snapshot.tables.at(t);
        const auto child = std::find_if(m_children.cbegin(), m_children.cend(),
                                        [&table](const Child &c) { return c.table == table.name; });
        for (const QSqlRecord &row : table.rows) {
            bool foreignKeyFailed = false;
            if (!insertRow(table.name, row, &foreignKeyFailed))
                return false;
            // An entity or tag deleted since cannot be referred to again; extraction makes the
            // article's mentions anew.
            if (foreignKeyFailed && child != m_children.cend() && child->parent.isEmpty())
                needExtraction.insert(row.value(child->column).toLongLong());
        }
    }
    for (const ArticleSnapshot::Referrer &referrer : snapshot.referrers) {
        if (!exec(QStringLiteral("UPDATE articles SET duplicate_of = ?, similarity = ? WHERE id = ?"),
                  {referrer.duplicateOf, referrer.similarity, referrer.id}))
            return false;
    }
    for (qint64 id : std::as_const(needExtraction)) {
        if (!exec(QStringLiteral("UPDATE articles SET extracted = 0 WHERE id = ?"), {id}))
            return false;
    }
    return true;
}

bool SplitJoinStore::writeArticle(const ArticleRecord &r, bool insert, qint64 *id)
{
    QSqlQuery clash(m_db);
    clash.prepare(QStringLiteral("SELECT id FROM articles WHERE content_hash = ? AND id <> ?"));
    clash.addBindValue(r.contentHash);
    clash.addBindValue(insert ? qint64(0) : r.id);
    if (!clash.exec())
        return fail(clash.lastError().text());
    if (clash.next())
        return fail(QCoreApplication::translate("Annalist::SplitJoinStore",
                                                "The text of “%1” would be the same as article #%2's.")
                        .arg(r.title)
                        .arg(clash.value(0).toLongLong()));

    const QVariantList values{notNull(r.title),
                              notNull(r.source),
                              notNull(r.author),
                              notNull(r.url),
                              r.published.isValid() ? QVariant(r.published.toString(Qt::ISODate)) : QVariant(),
                              r.publishedSource.isEmpty() ? QStringLiteral("none") : r.publishedSource,
                              notNull(r.original),
                              r.content == r.original ? QVariant() : QVariant(r.content),
                              QVariant(), // content_patch: a corrected article keeps its text whole
                              r.contentHash,
                              qint64(r.rangeStart),
                              r.rangeEnd < 0 ? QVariant() : QVariant(qint64(r.rangeEnd)),
                              r.offsetMap.isEmpty() ? QVariant() : QVariant(r.offsetMap),
                              r.pageStarts.isEmpty() ? QVariant() : QVariant(r.pageStarts)};
    // A changed text is extracted and signed again; its old near-duplicate link no longer holds.
    const QString columns = QStringLiteral("title, source, author, url, published, published_source, original, "
                                           "content, content_patch, content_hash, range_start, range_end, offset_map, "
                                           "page_starts");
    if (!insert) {
        QStringList assignments;
        for (const QString &column : columns.split(QStringLiteral(", ")))
            assignments << column + QStringLiteral(" = ?");
        QVariantList binds = values;
        binds << r.id;
        int updated = 0;
        if (!exec(QStringLiteral("UPDATE articles SET ") + assignments.join(QStringLiteral(", "))
                      + QStringLiteral(", signature = NULL, duplicate_of = NULL, similarity = NULL, extracted = 0 "
                                       "WHERE id = ?"),
                  binds, &updated))
            return false;
        if (updated != 1)
            return fail(QCoreApplication::translate("Annalist::SplitJoinStore", "There is no article %1.").arg(r.id));
        *id = r.id;
        return true;
    }
    QVariantList binds = values;
    binds << notNull(r.filePath) << notNull(r.format)
          << (r.importedAt.isValid() ? r.importedAt : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate);
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("INSERT INTO articles (") + columns
                       + QStringLiteral(", file_path, format, imported_at, extracted) VALUES (") + placeholders(binds.size())
                       + QStringLiteral(", 0)")))
        return fail(query.lastError().text());
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    if (!query.exec())
        return fail(query.lastError().text());
    *id = query.lastInsertId().toLongLong();
    if (!ftsByTrigger()
        && !exec(QStringLiteral("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)"),
                 {*id, notNull(r.title), notNull(r.content)}))
        return false;
    return true;
}

std::optional<qint64> SplitJoinStore::applySplit(const ArticleRecord &first, const ArticleRecord &second, qsizetype at)
{
    if (!discoverChildren())
        return std::nullopt;
    qint64 firstId = 0;
    qint64 secondId = 0;
    if (!writeArticle(first, false, &firstId) || !writeArticle(second, true, &secondId))
        return std::nullopt;
    const qint64 whole = first.id;
    for (const Child &child : std::as_const(m_children)) {
        if (!child.parent.isEmpty())
            continue;
        const QString table = quoted(child.table);
        const QString column = quoted(child.column);
        if (!child.hasStart) {
            // Tags and the like belong to both parts.
            QSqlQuery info(m_db);
            info.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
            info.addBindValue(child.table);
            if (!info.exec()) {
                fail(info.lastError().text());
                return std::nullopt;
            }
            QStringList others;
            while (info.next()) {
                if (info.value(0).toString() != child.column)
                    others << quoted(info.value(0).toString());
            }
            const QString list = others.join(QLatin1Char(','));
            if (!exec(QStringLiteral("INSERT OR IGNORE INTO %1 (%2, %3) SELECT ?, %3 FROM %1 WHERE %2 = ?")
                          .arg(table, column, list),
                      {secondId, whole}))
                return std::nullopt;
            continue;
        }
        if (!isAnalystData(child.table)
            && !exec(QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND start < ? AND start + length > ?").arg(table, column),
                     {whole, qint64(at), qint64(at)}))
            return std::nullopt;
        QString shift = QStringLiteral("UPDATE %1 SET %2 = ?, start = start - ?").arg(table, column);
        QVariantList binds{secondId, qint64(at)};
        if (child.hasSentenceStart) {
            shift += QStringLiteral(", sentence_start = max(-1, sentence_start - ?)");
            binds << qint64(at);
        }
        binds << whole << qint64(at);
        if (!exec(shift + QStringLiteral(" WHERE %1 = ? AND start >= ?").arg(column), binds))
            return std::nullopt;
    }
    return secondId;
}

std::optional<bool> SplitJoinStore::hasArticleBetween(const QString &filePath, qsizetype from, qsizetype to)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM articles WHERE file_path = ? AND range_start >= ? AND range_start < ? "
                                 "LIMIT 1"));
    query.addBindValue(filePath);
    query.addBindValue(qint64(from));
    query.addBindValue(qint64(to));
    if (!query.exec()) {
        fail(query.lastError().text());
        return std::nullopt;
    }
    return query.next();
}

bool SplitJoinStore::applyJoin(const ArticleRecord &merged, qint64 removedId, qsizetype shift)
{
    if (!discoverChildren())
        return false;
    for (const Child &child : std::as_const(m_children)) {
        if (!child.parent.isEmpty())
            continue;
        QString sql = QStringLiteral("UPDATE OR IGNORE %1 SET %2 = ?").arg(quoted(child.table), quoted(child.column));
        QVariantList binds{merged.id};
        if (child.hasStart) {
            sql += QStringLiteral(", start = start + ?");
            binds << qint64(shift);
        }
        if (child.hasSentenceStart) {
            sql += QStringLiteral(", sentence_start = CASE WHEN sentence_start >= 0 THEN sentence_start + ? ELSE "
                                  "sentence_start END");
            binds << qint64(shift);
        }
        binds << removedId;
        if (!exec(sql + QStringLiteral(" WHERE %1 = ?").arg(quoted(child.column)), binds))
            return false;
    }
    int removed = 0;
    if (!exec(QStringLiteral("UPDATE articles SET duplicate_of = ? WHERE duplicate_of = ? AND id <> ?"),
              {merged.id, removedId, merged.id})
        || !exec(QStringLiteral("DELETE FROM articles WHERE id = ?"), {removedId}, &removed))
        return false;
    if (removed != 1)
        return fail(QCoreApplication::translate("Annalist::SplitJoinStore", "There is no article %1.").arg(removedId));
    qint64 id = 0;
    return writeArticle(merged, false, &id);
}

} // namespace Annalist
