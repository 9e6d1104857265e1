#pragma once

#include "store/articlestore.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Annalist {

struct EntityRow
{
    qint64 id = 0;
    QString type;
    QString name; // canonical
    QStringList aliases;
    int mentions = 0; // in the scope asked for (one article, a set of articles, or the corpus)
    int articles = 0;
};

struct MentionRow
{
    qint64 entityId = 0;
    QString type;
    QString name;
    qsizetype start = 0;
    qsizetype length = 0;
};

struct TimexRow
{
    qint64 id = 0;
    qint64 articleId = 0;
    QString text;
    QString value;
    qsizetype start = 0;
    qsizetype length = 0;
    QDate begin; // invalid for values not on the calendar (PAST_REF, ...)
    QDate end;
    qsizetype sentenceStart = -1;
    qsizetype sentenceLength = 0;
    QString sentence; // filled by events()
};

struct RelatedEntity
{
    EntityRow entity;
    int sameSentence = 0; // sentences where both are mentioned
    int sameArticle = 0; // articles where both are mentioned
};

// Which dated events to list: the span of each overlaps [from, to] (either end open).
struct EventQuery
{
    QDate from;
    QDate to;
    QList<qint64> entityIds; // articles mentioning all of them; empty: any article
    QList<qint64> articleIds; // restrict to these; empty: every article
    std::optional<ArticleQuery> scope; // restrict to the articles the list shows
    bool withSentences = true;
};

struct PublicationEvent
{
    qint64 articleId = 0;
    QDate date;
    QString title;
};

// Read side of what extraction stored: entities with counts, mentions and dated expressions
// per article, co-occurrence, and the events the timeline shows.
class EntityStore
{
public:
    explicit EntityStore(QSqlDatabase db);

    // articleId 0 means the whole corpus.
    std::optional<QList<EntityRow>> entities(qint64 articleId = 0);
    std::optional<EntityRow> entity(qint64 id);
    // By canonical name or alias, case-insensitively; the most mentioned when several match.
    std::optional<EntityRow> findByName(const QString &name);
    std::optional<QList<MentionRow>> mentions(qint64 articleId);
    std::optional<QList<TimexRow>> timexes(qint64 articleId);
    // Articles that mention every one of the entities.
    std::optional<QList<qint64>> articlesWithEntities(const QList<qint64> &entityIds);
    std::optional<QList<RelatedEntity>> related(qint64 entityId, int limit = 20);
    std::optional<QList<TimexRow>> events(const EventQuery &query);
    // Publication dates of the articles in scope (every article when scope is empty).
    std::optional<QList<PublicationEvent>> publications(const std::optional<ArticleQuery> &scope = std::nullopt);

    QString errorString() const { return m_error; }

private:
    template<typename T>
    std::optional<T> failed(const class QSqlQuery &query);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace Annalist
