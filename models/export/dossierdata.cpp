#include "export/dossierdata.h"

#include "ingest/offsetmap.h"
#include "store/tagstore.h"

#include <algorithm>

namespace Annalist {

int DossierData::annotationCount() const
{
    int count = 0;
    for (const DossierArticle &article : articles)
        count += int(article.annotations.size());
    return count;
}

int DossierData::noteCount() const
{
    int count = 0;
    for (const DossierArticle &article : articles) {
        for (const Annotation &annotation : article.annotations)
            count += annotation.note.trimmed().isEmpty() ? 0 : 1;
    }
    return count;
}

QStringList DossierData::allTags() const
{
    QStringList tags;
    for (const DossierArticle &article : articles) {
        tags += article.tags;
        for (const Annotation &annotation : article.annotations)
            tags += annotation.tags;
    }
    std::sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    tags.erase(std::unique(tags.begin(), tags.end(),
                           [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) == 0; }),
               tags.end());
    return tags;
}

DossierLoader::DossierLoader(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool DossierLoader::printsContent(const ArticleRecord &record)
{
    if (record.content.isEmpty() || record.content == record.original)
        return false;
    if (record.format == QLatin1String("html") || record.format == QLatin1String("htm"))
        return true;
    // Mail keeps its raw body as the original; an HTML body is markup, a plain one is not.
    return record.format == QLatin1String("eml")
        && (record.original.contains(QLatin1String("<html"), Qt::CaseInsensitive)
            || record.original.contains(QLatin1String("<body"), Qt::CaseInsensitive));
}

std::optional<QList<qint64>> DossierLoader::resolveScope(const DossierSpec &spec)
{
    QList<qint64> ids;
    switch (spec.scope) {
    case DossierSpec::Scope::Articles:
        for (qint64 id : spec.articleIds) {
            if (!ids.contains(id))
                ids.append(id);
        }
        break;
    case DossierSpec::Scope::Tag: {
        TagStore tags(m_db);
        const auto tag = tags.tagByName(TagStore::normalizedPath(spec.tag));
        if (!tag) {
            m_error = tags.errorString().isEmpty() ? DossierText::tr("There is no tag “%1”.").arg(spec.tag)
                                                   : tags.errorString();
            return std::nullopt;
        }
        auto found = tags.articlesWith(tag->id, true);
        if (!found) {
            m_error = tags.errorString();
            return std::nullopt;
        }
        // Oldest first reads like a file of events; ties by id keep the order stable.
        ArticleStore articles(m_db);
        ArticleQuery query;
        query.tagIds = {tag->id};
        query.sort = ArticleSort::Published;
        query.order = Qt::AscendingOrder;
        const auto ordered = articles.ids(query);
        ids = ordered ? *ordered : *found;
        break;
    }
    case DossierSpec::Scope::Query:
    case DossierSpec::Scope::List: {
        ArticleStore articles(m_db);
        ArticleQuery query = spec.listQuery;
        if (spec.scope == DossierSpec::Scope::Query) {
            query = ArticleQuery();
            query.search = spec.query;
        }
        const auto found = articles.ids(query);
        if (!found) {
            m_error = articles.errorString();
            return std::nullopt;
        }
        ids = *found;
        break;
    }
    }
    if (ids.isEmpty()) {
        m_error = DossierText::tr("Nothing to export: the scope (%1) holds no article.").arg(spec.describeScope());
        return std::nullopt;
    }
    return ids;
}

std::optional<DossierData> DossierLoader::load(const DossierSpec &spec, const std::atomic_bool *cancel)
{
    const auto ids = resolveScope(spec);
    if (!ids)
        return std::nullopt;
    ArticleStore articles(m_db);
    TagStore tags(m_db);
    AnnotationStore annotations(m_db);
    EntityStore entities(m_db);

    DossierData data;
    for (qint64 id : *ids) {
        if (cancel && cancel->load())
            return std::nullopt;
        auto record = articles.article(id);
        if (!record) {
            m_error = articles.errorString().isEmpty() ? DossierText::tr("There is no article %1.").arg(id)
                                                       : articles.errorString();
            return std::nullopt;
        }
        DossierArticle article;
        const bool content = printsContent(*record);
        article.text = content ? record->content : record->original;
        std::optional<OffsetMap> map;
        if (content)
            map = OffsetMap::fromBytes(record->offsetMap);
        const qsizetype textLength = article.text.size();
        // Original offsets to `text`; nullopt when the span does not survive into it.
        auto place = [&](qsizetype start, qsizetype length) -> std::optional<TextSpan> {
            TextSpan span{start, length};
            if (content) {
                if (!map || map->originalLength() != record->original.size())
                    return std::nullopt;
                span = map->toClean(span);
            }
            if (span.length <= 0 || span.start < 0 || span.end() > textLength)
                return std::nullopt;
            return span;
        };

        if (const auto articleTags = tags.tagsOf(id)) {
            for (const Tag &tag : *articleTags)
                article.tags.append(tag.name);
        } else {
            m_error = tags.errorString();
            return std::nullopt;
        }

        AnnotationFilter filter;
        filter.articleId = id;
        const auto rows = annotations.annotations(filter);
        if (!rows) {
            m_error = annotations.errorString();
            return std::nullopt;
        }
        for (Annotation annotation : *rows) {
            const auto span = annotation.status == AnchorStatus::Orphaned
                ? std::nullopt
                : place(annotation.start, annotation.length);
            if (!span) {
                ++article.unplaced;
                continue;
            }
            annotation.start = span->start;
            annotation.length = span->length;
            article.annotations.append(annotation);
        }
        std::stable_sort(article.annotations.begin(), article.annotations.end(),
                         [](const Annotation &a, const Annotation &b) { return a.start < b.start; });

        const auto mentions = entities.mentions(id);
        if (!mentions) {
            m_error = entities.errorString();
            return std::nullopt;
        }
        for (MentionRow mention : *mentions) {
            if (const auto span = place(mention.start, mention.length)) {
                mention.start = span->start;
                mention.length = span->length;
                article.mentions.append(mention);
            }
        }

        if (record->published.isValid())
            data.events.append(TimelineEvent::published(id, record->published));
        record->original.clear();
        record->content.clear();
        record->offsetMap.clear();
        record->signature.clear();
        article.record = std::move(*record);
        data.articles.append(std::move(article));
    }

    EventQuery events;
    events.articleIds = *ids;
    events.withSentences = true;
    const auto timexes = entities.events(events);
    if (!timexes) {
        m_error = entities.errorString();
        return std::nullopt;
    }
    for (const TimexRow &row : *timexes) {
        TimelineEvent event = TimelineEvent::fromTimex(row.articleId, row.value, row.sentence, row.sentenceStart,
                                                       row.sentenceLength);
        if (event.isPlaceable())
            data.events.append(event);
    }
    return data;
}

} // namespace Annalist
