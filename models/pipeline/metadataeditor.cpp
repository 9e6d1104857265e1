#include "pipeline/metadataeditor.h"

#include "extract/dates.h"
#include "ingest/offsetmap.h"
#include "store/extractionstore.h"
#include "store/scopedtransaction.h"
#include "timeline/timespan.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>
#include <QVariant>

namespace Annalist {

namespace {

// A publication date further ahead than this is a typing mistake, not an embargo.
constexpr int maxDaysAhead = 366;

QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

MetadataEditor::MetadataEditor(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<ArticleMetadata> MetadataEditor::read(qint64 articleId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT title, source, author, url, published, published_source FROM articles WHERE id = ?"));
    q.addBindValue(articleId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next()) {
        m_error = QCoreApplication::translate("Annalist::MetadataEditor", "There is no article %1.").arg(articleId);
        return std::nullopt;
    }
    ArticleMetadata metadata;
    metadata.title = q.value(0).toString();
    metadata.source = q.value(1).toString();
    metadata.author = q.value(2).toString();
    metadata.url = q.value(3).toString();
    metadata.published = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    metadata.publishedSource = q.value(5).toString();
    return metadata;
}

bool MetadataEditor::write(qint64 articleId, const ArticleMetadata &input)
{
    m_error.clear();
    ArticleMetadata metadata = input;
    metadata.title = metadata.title.simplified();
    metadata.source = metadata.source.simplified();
    metadata.author = metadata.author.simplified();
    metadata.url = metadata.url.trimmed();
    if (metadata.title.isEmpty()) {
        m_error = QCoreApplication::translate("Annalist::MetadataEditor", "The title cannot be empty.");
        return false;
    }
    if (!metadata.url.isEmpty()) {
        const QUrl url(metadata.url, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.isRelative()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("file"))
            || (scheme != QLatin1String("file") && url.host().isEmpty())) {
            m_error = QCoreApplication::translate("Annalist::MetadataEditor",
                                                  "“%1” is not a web address: write it in full, as in "
                                                  "https://example.com/story.")
                          .arg(metadata.url);
            return false;
        }
    }
    const QDate latest = QDate::currentDate().addDays(maxDaysAhead);
    if (metadata.published.isValid() && metadata.published > latest) {
        m_error = QCoreApplication::translate("Annalist::MetadataEditor",
                                              "The publication date %1 is more than a year ahead; dates after %2 are "
                                              "refused.")
                      .arg(metadata.published.toString(Qt::ISODate), latest.toString(Qt::ISODate));
        return false;
    }

    const std::optional<ArticleMetadata> current = read(articleId);
    if (!current)
        return false;
    const bool dateChanged = current->published != metadata.published;
    // The analyst's date outranks what the import found: published_source says so. A source
    // given explicitly (other than the stored one) comes back with its date.
    static const QStringList sources
        = {QStringLiteral("none"), QStringLiteral("metadata"), QStringLiteral("text"), QStringLiteral("user")};
    const bool restoresSource
        = sources.contains(metadata.publishedSource) && metadata.publishedSource != current->publishedSource;
    const QString publishedSource = !dateChanged ? current->publishedSource
        : restoresSource                         ? metadata.publishedSource
                                                 : QStringLiteral("user");

    ScopedTransaction transaction(m_db);
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE articles SET title = ?, source = ?, author = ?, url = ?, "
                                  "published = ?, published_source = ? WHERE id = ?"));
    update.addBindValue(metadata.title);
    update.addBindValue(notNull(metadata.source));
    update.addBindValue(notNull(metadata.author));
    update.addBindValue(notNull(metadata.url));
    update.addBindValue(metadata.published.isValid() ? QVariant(metadata.published.toString(Qt::ISODate)) : QVariant());
    update.addBindValue(publishedSource);
    update.addBindValue(articleId);
    if (!update.exec()) {
        m_error = update.lastError().text();
        return false;
    }
    if (dateChanged && !renormalizeDates(articleId, metadata.published))
        return false;
    if (transaction.isActive() && !transaction.commit()) {
        m_error = m_db.lastError().text();
        return false;
    }
    return true;
}

bool MetadataEditor::renormalizeDates(qint64 articleId, const QDate &published)
{
    // Extraction reads the clean text; its offsets are stored mapped to the original.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT annalist_content(original, content, content_patch), offset_map, extracted FROM articles WHERE id = ?"));
    q.addBindValue(articleId);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return false;
    }
    if (!q.value(2).toBool())
        return true; // not extracted yet: the pending extraction reads the new date itself
    const QString text = q.value(0).toString();
    const QByteArray mapBytes = q.value(1).toByteArray();
    const std::optional<OffsetMap> map = mapBytes.isEmpty() ? std::nullopt : OffsetMap::fromBytes(mapBytes);
    ExtractionStore::OffsetMapping toOriginal;
    if (map)
        toOriginal = [&map](qsizetype start, qsizetype length) {
            const TextSpan span = map->toOriginal(TextSpan{start, length});
            return std::pair<qsizetype, qsizetype>(span.start, span.length);
        };
    const auto spanOf = [](const QString &value) {
        const TimeSpan span = TimeSpan::fromTimex(value);
        return std::pair<QDate, QDate>(span.begin, span.end);
    };
    ExtractionStore store(m_db);
    if (!store.storeDates(articleId, text, Extract::findDates(text, published), spanOf, toOriginal)) {
        m_error = store.errorString();
        return false;
    }
    return true;
}

} // namespace Annalist
