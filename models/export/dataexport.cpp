#include "export/dataexport.h"

#include "store/annotationstore.h"
#include "store/articlestore.h"
#include "store/entitystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace Annalist {

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QByteArray csv(const QStringList &header, const QList<QStringList> &rows)
{
    QString out;
    auto line = [&out](const QStringList &fields) {
        QStringList escaped;
        escaped.reserve(fields.size());
        for (const QString &field : fields)
            escaped.append(DataExporter::csvField(field));
        out += escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    return out.toUtf8();
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

QStringList idStrings(const QList<qint64> &ids)
{
    QStringList strings;
    for (qint64 id : ids)
        strings.append(QString::number(id));
    return strings;
}

} // namespace

DataExporter::DataExporter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString DataExporter::csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

std::optional<DataExporter::What> DataExporter::whatFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("annotations"))
        return What::Annotations;
    if (lower == QLatin1String("entities"))
        return What::Entities;
    return std::nullopt;
}

std::optional<QByteArray> DataExporter::exportData(What what, Format format, const QList<qint64> &articleIds)
{
    return what == What::Annotations ? annotations(format, articleIds) : entities(format, articleIds);
}

std::optional<QByteArray> DataExporter::annotations(Format format, const QList<qint64> &articleIds)
{
    AnnotationStore store(m_db);
    ArticleStore articles(m_db);
    QList<QStringList> rows;
    QJsonArray array;
    for (qint64 articleId : articleIds) {
        AnnotationFilter filter;
        filter.articleId = articleId;
        const auto found = store.annotations(filter);
        if (!found) {
            m_error = store.errorString();
            return std::nullopt;
        }
        if (found->isEmpty())
            continue;
        const QList<ArticleSummary> summary = articles.summaries({articleId});
        const QString title = summary.isEmpty() ? QString() : summary.constFirst().title;
        for (const Annotation &a : *found) {
            if (format == Format::Csv) {
                rows.append({QString::number(a.id), QString::number(a.articleId), title, QString::number(a.start),
                             QString::number(a.length), a.quote, a.note, a.tags.join(QStringLiteral("; ")), a.color,
                             a.author, anchorStatusName(a.status), isoUtc(a.createdAt), isoUtc(a.modifiedAt)});
            } else {
                array.append(QJsonObject{{QStringLiteral("id"), a.id},
                                         {QStringLiteral("article"), a.articleId},
                                         {QStringLiteral("article_title"), title},
                                         {QStringLiteral("start"), qint64(a.start)},
                                         {QStringLiteral("length"), qint64(a.length)},
                                         {QStringLiteral("quote"), a.quote},
                                         {QStringLiteral("note"), a.note},
                                         {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
                                         {QStringLiteral("color"), a.color},
                                         {QStringLiteral("author"), a.author},
                                         {QStringLiteral("status"), anchorStatusName(a.status)},
                                         {QStringLiteral("created"), isoUtc(a.createdAt)},
                                         {QStringLiteral("modified"), isoUtc(a.modifiedAt)}});
            }
        }
    }
    if (format == Format::Csv)
        return csv({QStringLiteral("id"), QStringLiteral("article"), QStringLiteral("article_title"),
                    QStringLiteral("start"), QStringLiteral("length"), QStringLiteral("quote"), QStringLiteral("note"),
                    QStringLiteral("tags"), QStringLiteral("color"), QStringLiteral("author"), QStringLiteral("status"),
                    QStringLiteral("created"), QStringLiteral("modified")},
                   rows);
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

std::optional<QByteArray> DataExporter::entities(Format format, const QList<qint64> &articleIds)
{
    EntityStore store(m_db);
    struct Entity
    {
        EntityRow row;
        QList<qint64> articles;
    };
    QMap<qint64, Entity> byId;
    for (qint64 articleId : articleIds) {
        const auto rows = store.entities(articleId);
        if (!rows) {
            m_error = store.errorString();
            return std::nullopt;
        }
        for (const EntityRow &row : *rows) {
            Entity &entity = byId[row.id];
            if (entity.articles.isEmpty()) {
                entity.row = row;
                entity.row.mentions = 0;
            }
            for (const QString &alias : row.aliases) {
                if (!entity.row.aliases.contains(alias))
                    entity.row.aliases.append(alias);
            }
            entity.row.mentions += row.mentions;
            entity.articles.append(articleId);
        }
    }
    QList<Entity> entities = byId.values();
    std::stable_sort(entities.begin(), entities.end(), [](const Entity &a, const Entity &b) {
        if (a.row.mentions != b.row.mentions)
            return a.row.mentions > b.row.mentions;
        return a.row.name.compare(b.row.name, Qt::CaseInsensitive) < 0;
    });
    QList<QStringList> rows;
    QJsonArray array;
    for (const Entity &entity : std::as_const(entities)) {
        const EntityRow &row = entity.row;
        if (format == Format::Csv) {
            rows.append({QString::number(row.id), row.type, row.name, row.aliases.join(QStringLiteral("; ")),
                         QString::number(row.mentions), QString::number(entity.articles.size()),
                         idStrings(entity.articles).join(QStringLiteral("; "))});
        } else {
            array.append(QJsonObject{{QStringLiteral("id"), row.id},
                                     {QStringLiteral("type"), row.type},
                                     {QStringLiteral("name"), row.name},
                                     {QStringLiteral("aliases"), QJsonArray::fromStringList(row.aliases)},
                                     {QStringLiteral("mentions"), row.mentions},
                                     {QStringLiteral("articles"), int(entity.articles.size())},
                                     {QStringLiteral("article_ids"), idArray(entity.articles)}});
        }
    }
    if (format == Format::Csv)
        return csv({QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("name"), QStringLiteral("aliases"),
                    QStringLiteral("mentions"), QStringLiteral("articles"), QStringLiteral("article_ids")},
                   rows);
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace Annalist
