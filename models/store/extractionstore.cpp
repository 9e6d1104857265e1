#include "store/extractionstore.h"

#include "store/rowinserter.h"

#include <QDateTime>
#include <QSet>
#include <QTextBoundaryFinder>
#include <QSqlError>
#include <QVariant>

#include <algorithm>
#include <tuple>

namespace Annalist {

namespace {

QString correctionName(ExtractionStore::Correction correction)
{
    switch (correction) {
    case ExtractionStore::Correction::Alias:
        return QStringLiteral("alias");
    case ExtractionStore::Correction::Merge:
        return QStringLiteral("merge");
    case ExtractionStore::Correction::Rename:
        return QStringLiteral("rename");
    case ExtractionStore::Correction::Type:
        return QStringLiteral("type");
    case ExtractionStore::Correction::Ignore:
        return QStringLiteral("ignore");
    }
    return {};
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QString placeholders(qsizetype n)
{
    QString result;
    for (qsizetype i = 0; i < n; ++i)
        result += i ? QLatin1String(",?") : QLatin1String("?");
    return result;
}

} // namespace

ExtractionStore::ExtractionStore(QSqlDatabase db)
    : m_db(std::move(db))
    , m_insertEntity(m_db)
    , m_selectEntity(m_db)
    , m_stillPending(m_db)
    , m_clearMentions(m_db)
    , m_clearTimexes(m_db)
    , m_clearAliases(m_db)
    , m_markExtracted(m_db)
    , m_markExtractedSigned(m_db)
    , m_aliases(std::make_shared<RowInserter>(
          m_db, QStringLiteral("INSERT OR IGNORE INTO entity_aliases (entity_id, article_id, alias)"), 3))
    , m_mentions(std::make_shared<RowInserter>(
          m_db, QStringLiteral("INSERT INTO mentions (article_id, entity_id, start, length, text, sentence)"), 6))
    , m_timexes(std::make_shared<RowInserter>(
          m_db,
          QStringLiteral("INSERT INTO timexes (article_id, start, length, text, value, begin_date, end_date, "
                         "sentence_start, sentence_length)"),
          9, 16))
{
    // Prepared once: extraction writes tens of rows for each of thousands of articles.
    m_insertEntity.prepare(QStringLiteral("INSERT INTO entities (type, name) VALUES (?, ?) "
                                          "ON CONFLICT (type, name) DO NOTHING"));
    m_selectEntity.prepare(QStringLiteral("SELECT id FROM entities WHERE type = ? AND name = ?"));
    m_stillPending.setForwardOnly(true);
    m_stillPending.prepare(
        QStringLiteral("SELECT 1 FROM articles WHERE id = ? AND extracted = 0 AND content_hash = ?"));
    m_clearMentions.prepare(QStringLiteral("DELETE FROM mentions WHERE article_id = ?"));
    m_clearTimexes.prepare(QStringLiteral("DELETE FROM timexes WHERE article_id = ?"));
    m_clearAliases.prepare(QStringLiteral("DELETE FROM entity_aliases WHERE article_id = ?"));
    m_markExtracted.prepare(QStringLiteral("UPDATE articles SET extracted = 1 WHERE id = ?"));
    // An article row holds its whole text, and an update rewrites it: one update per article.
    m_markExtractedSigned.prepare(QStringLiteral(
        "UPDATE articles SET extracted = 1, signature = ?, duplicate_of = ?, similarity = ? WHERE id = ?"));
}

ExtractionStore::~ExtractionStore() = default;

bool ExtractionStore::fail(const QSqlQuery &query)
{
    m_error = query.lastError().text();
    return false;
}

std::optional<QList<ExtractionStore::PendingArticle>> ExtractionStore::pending(int limit, qint64 afterId)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, annalist_content(original, content, content_patch), published, offset_map, content_hash FROM "
                                 "articles WHERE extracted = 0 AND id > ? ORDER BY id LIMIT ?"));
    query.addBindValue(afterId);
    query.addBindValue(limit);
    if (!query.exec()) {
        fail(query);
        return std::nullopt;
    }
    QList<PendingArticle> result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       QDate::fromString(query.value(2).toString(), Qt::ISODate), query.value(3).toByteArray(),
                       query.value(4).toString()});
    return result;
}

std::optional<bool> ExtractionStore::isStillPending(qint64 articleId, const QString &contentHash)
{
    m_stillPending.bindValue(0, articleId);
    m_stillPending.bindValue(1, contentHash);
    if (!m_stillPending.exec()) {
        fail(m_stillPending);
        return std::nullopt;
    }
    const bool pending = m_stillPending.next();
    m_stillPending.finish();
    return pending;
}

qint64 ExtractionStore::pendingCount()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM articles WHERE extracted = 0")) || !query.next()) {
        fail(query);
        return -1;
    }
    return query.value(0).toLongLong();
}

qint64 ExtractionStore::entityId(const QString &type, const QString &name)
{
    const QString key = type + QChar(0x1f) + name;
    const auto cached = m_entityIds.constFind(key);
    if (cached != m_entityIds.constEnd())
        return *cached;
    m_insertEntity.addBindValue(type);
    m_insertEntity.addBindValue(name);
    if (!m_insertEntity.exec()) {
        fail(m_insertEntity);
        return 0;
    }
    qint64 id = 0;
    if (m_insertEntity.numRowsAffected() == 1) {
        id = m_insertEntity.lastInsertId().toLongLong();
    } else {
        m_selectEntity.addBindValue(type);
        m_selectEntity.addBindValue(name);
        if (!m_selectEntity.exec() || !m_selectEntity.next()) {
            fail(m_selectEntity);
            return 0;
        }
        id = m_selectEntity.value(0).toLongLong();
        m_selectEntity.finish();
    }
    m_entityIds.insert(key, id);
    return id;
}

QList<qsizetype> ExtractionStore::sentenceStarts(const QString &text)
{
    QList<qsizetype> starts{0};
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    for (qsizetype at = finder.toNextBoundary(); at > 0 && at < text.size(); at = finder.toNextBoundary())
        starts.append(at);
    return starts;
}

namespace {

// Index of the sentence holding offset: the last start at or before it.
qsizetype sentenceAt(const QList<qsizetype> &starts, qsizetype offset)
{
    return qsizetype(std::upper_bound(starts.cbegin(), starts.cend(), offset) - starts.cbegin()) - 1;
}

std::pair<qsizetype, qsizetype> mapped(const ExtractionStore::OffsetMapping &toOriginal, qsizetype start,
                                       qsizetype length)
{
    return toOriginal ? toOriginal(start, length) : std::pair<qsizetype, qsizetype>(start, length);
}

QList<ExtractionStore::Rows::Timex> timexRowsIn(const QString &text, const QList<qsizetype> &sentences,
                                                const QList<Extract::Timex> &timexes,
                                                const ExtractionStore::SpanFunction &span,
                                                const ExtractionStore::OffsetMapping &toOriginal)
{
    QList<ExtractionStore::Rows::Timex> rows;
    rows.reserve(timexes.size());
    for (const Extract::Timex &timex : timexes) {
        ExtractionStore::Rows::Timex row;
        std::tie(row.begin, row.end) = span ? span(timex.value) : std::pair<QDate, QDate>();
        std::tie(row.start, row.length) = mapped(toOriginal, timex.start, timex.length);
        row.text = timex.text;
        row.value = timex.value;
        const qsizetype sentence = sentenceAt(sentences, timex.start);
        const qsizetype sentenceStart = sentences.at(sentence);
        const qsizetype sentenceEnd = sentence + 1 < sentences.size() ? sentences.at(sentence + 1) : text.size();
        std::tie(row.sentenceStart, row.sentenceLength) =
            mapped(toOriginal, sentenceStart, sentenceEnd - sentenceStart);
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace

ExtractionStore::Rows ExtractionStore::rows(const QString &text, const Extract::Result &result,
                                            const SpanFunction &span, const OffsetMapping &toOriginal)
{
    const QList<qsizetype> sentences = sentenceStarts(text);
    Rows rows;
    rows.entities.reserve(result.entities.size());
    for (const Extract::Entity &entity : result.entities) {
        Rows::Entity row{entity.type, entity.name, {}, {}};
        // The name itself is the entity's; an alias row for it would only repeat that.
        for (const QString &alias : entity.aliases) {
            if (alias != entity.name)
                row.aliases.append(alias);
        }
        row.mentions.reserve(entity.mentions.size());
        for (const Extract::Mention &mention : entity.mentions) {
            const auto [start, length] = mapped(toOriginal, mention.start, mention.length);
            row.mentions.append({start, length, mention.text, sentenceAt(sentences, mention.start)});
        }
        rows.entities.append(std::move(row));
    }
    rows.timexes = timexRowsIn(text, sentences, result.timex, span, toOriginal);
    return rows;
}

QList<ExtractionStore::Rows::Timex> ExtractionStore::timexRows(const QString &text,
                                                               const QList<Extract::Timex> &timexes,
                                                               const SpanFunction &span,
                                                               const OffsetMapping &toOriginal)
{
    return timexRowsIn(text, sentenceStarts(text), timexes, span, toOriginal);
}

bool ExtractionStore::clearArticle(qint64 articleId, bool datesOnly)
{
    // Aliases are per article too, so an alias only this article gave goes with it.
    for (QSqlQuery *clear : {&m_clearTimexes, &m_clearMentions, &m_clearAliases}) {
        clear->bindValue(0, articleId);
        if (!clear->exec())
            return fail(*clear);
        if (datesOnly)
            break;
    }
    return true;
}

bool ExtractionStore::flushRows()
{
    for (const auto &inserter : {m_aliases, m_mentions, m_timexes}) {
        if (!inserter->flush()) {
            m_error = inserter->errorString();
            for (const auto &other : {m_aliases, m_mentions, m_timexes})
                other->clear();
            return false;
        }
    }
    return true;
}

bool ExtractionStore::store(qint64 articleId, const Rows &rows, const std::optional<NearDuplicate> &copy)
{
    if (!clearArticle(articleId, false))
        return false;
    for (const Rows::Entity &entity : rows.entities) {
        const qint64 id = entityId(entity.type, entity.name);
        if (!id) {
            // An entity id cached from before a rolled-back batch may be gone; start afresh.
            m_entityIds.clear();
            return false;
        }
        for (const QString &alias : entity.aliases)
            *m_aliases << id << articleId << alias;
        for (const Rows::Mention &mention : entity.mentions)
            *m_mentions << articleId << id << mention.start << mention.length << mention.text << mention.sentence;
    }
    insertTimexes(articleId, rows.timexes);
    if (!flushRows())
        return false;
    if (copy) {
        m_markExtractedSigned.bindValue(0, copy->signature);
        m_markExtractedSigned.bindValue(1, copy->duplicateOf > 0 ? QVariant(copy->duplicateOf) : QVariant());
        m_markExtractedSigned.bindValue(2, copy->duplicateOf > 0 ? QVariant(copy->similarity) : QVariant());
        m_markExtractedSigned.bindValue(3, articleId);
        return m_markExtractedSigned.exec() || fail(m_markExtractedSigned);
    }
    m_markExtracted.bindValue(0, articleId);
    return m_markExtracted.exec() || fail(m_markExtracted);
}

bool ExtractionStore::storeDates(qint64 articleId, const QString &text, const QList<Extract::Timex> &timexes,
                                 const SpanFunction &span, const OffsetMapping &toOriginal)
{
    if (!clearArticle(articleId, true))
        return false;
    insertTimexes(articleId, timexRows(text, timexes, span, toOriginal));
    return flushRows();
}

void ExtractionStore::insertTimexes(qint64 articleId, const QList<Rows::Timex> &timexes)
{
    for (const Rows::Timex &timex : timexes)
        *m_timexes << articleId << timex.start << timex.length << timex.text << timex.value << dateOrNull(timex.begin)
                   << dateOrNull(timex.end) << timex.sentenceStart << timex.sentenceLength;
}

bool ExtractionStore::removeUnusedEntities()
{
    m_entityIds.clear();
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("DELETE FROM entities WHERE id NOT IN (SELECT DISTINCT entity_id FROM mentions)"))
        || fail(query);
}

bool ExtractionStore::markPending(const QList<qint64> &articleIds)
{
    QSqlQuery query(m_db);
    if (articleIds.isEmpty())
        return query.exec(QStringLiteral("UPDATE articles SET extracted = 0")) || fail(query);
    constexpr qsizetype batch = 500;
    for (qsizetype from = 0; from < articleIds.size(); from += batch) {
        const QList<qint64> part = articleIds.mid(from, batch);
        query.prepare(QStringLiteral("UPDATE articles SET extracted = 0 WHERE id IN (") + placeholders(part.size())
                      + QLatin1Char(')'));
        for (qint64 id : part)
            query.addBindValue(id);
        if (!query.exec())
            return fail(query);
    }
    return true;
}

std::optional<QList<qint64>> ExtractionStore::articlesMentioning(const QStringList &names)
{
    QList<qint64> result;
    if (names.isEmpty())
        return result;
    // Names are compared case-insensitively, as the dictionary compares them.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString list = placeholders(names.size());
    query.prepare(QStringLiteral("SELECT DISTINCT m.article_id FROM mentions m JOIN entities e ON e.id = m.entity_id "
                                 "WHERE lower(m.text) IN (")
                  + list + QStringLiteral(") OR lower(e.name) IN (") + list
                  + QStringLiteral(") OR e.id IN (SELECT entity_id FROM entity_aliases WHERE lower(alias) IN (") + list
                  + QStringLiteral(")) ORDER BY m.article_id"));
    for (int round = 0; round < 3; ++round) {
        for (const QString &name : names)
            query.addBindValue(name.simplified().toLower());
    }
    if (!query.exec()) {
        fail(query);
        return std::nullopt;
    }
    QSet<qint64> found;
    while (query.next())
        found.insert(query.value(0).toLongLong());

    QSqlQuery text(m_db);
    text.setForwardOnly(true);
    text.prepare(QStringLiteral("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"));
    for (const QString &name : names) {
        QString phrase = name.simplified();
        if (phrase.isEmpty())
            continue;
        phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
        text.addBindValue(QString(QLatin1Char('"') + phrase + QLatin1Char('"')));
        if (!text.exec()) {
            fail(text);
            return std::nullopt;
        }
        while (text.next())
            found.insert(text.value(0).toLongLong());
    }
    result = QList<qint64>(found.cbegin(), found.cend());
    std::sort(result.begin(), result.end());
    return result;
}

std::optional<Extract::UserDictionary> ExtractionStore::userDictionary()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT action, name, target, type FROM user_dictionary ORDER BY id"))) {
        fail(query);
        return std::nullopt;
    }
    Extract::UserDictionary dictionary;
    while (query.next()) {
        const QString action = query.value(0).toString();
        const QString name = query.value(1).toString();
        const QString target = query.value(2).toString();
        if (action == QLatin1String("alias"))
            dictionary.addAlias(name, target);
        else if (action == QLatin1String("merge"))
            dictionary.merge(name, target);
        else if (action == QLatin1String("rename"))
            dictionary.rename(name, target);
        else if (action == QLatin1String("type"))
            dictionary.setType(name, query.value(3).toString());
        else if (action == QLatin1String("ignore"))
            dictionary.ignore(name);
    }
    return dictionary;
}

bool ExtractionStore::addCorrection(Correction correction, const QString &name, const QString &target,
                                    const QString &type)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO user_dictionary (action, name, target, type, created_at) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(correctionName(correction));
    query.addBindValue(name.isNull() ? QStringLiteral("") : name);
    query.addBindValue(target.isNull() ? QStringLiteral("") : target);
    query.addBindValue(type.isNull() ? QStringLiteral("") : type);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec())
        return fail(query);
    m_lastCorrectionId = query.lastInsertId().toLongLong();
    return true;
}

bool ExtractionStore::applyCorrection(Correction correction, const QString &name, const QString &target,
                                      const QString &type)
{
    if (!addCorrection(correction, name, target, type))
        return false;
    QStringList names{name};
    if (!target.isEmpty())
        names.append(target);
    const std::optional<QList<qint64>> affected = articlesMentioning(names);
    return affected && (affected->isEmpty() || markPending(*affected));
}

bool ExtractionStore::removeCorrection(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM user_dictionary WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() || fail(query);
}

} // namespace Annalist
