#pragma once

#include "extract/types.h"
#include "extract/userdictionary.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Annalist {

class RowInserter;

// What extraction found, in SQLite: corpus-wide entities with their aliases, per-article
// mentions and dated expressions, and the analyst's user dictionary. Articles carry an
// "extracted" flag, so extraction runs as a resumable second stage after import.
class ExtractionStore
{
public:
    explicit ExtractionStore(QSqlDatabase db);
    ~ExtractionStore();

    struct PendingArticle
    {
        qint64 id = 0;
        QString text; // the readable (clean) text extraction reads
        QDate published;
        QByteArray offsetMap; // clean -> original positions (ingest/offsetmap.h); empty: identical
        QString contentHash; // of the text as read, to tell whether it changed before storing
    };
    // Articles waiting for extraction with an id above afterId, oldest first.
    std::optional<QList<PendingArticle>> pending(int limit, qint64 afterId = 0);
    qint64 pendingCount();
    // False when the article was changed (split, joined, undone) or removed since pending()
    // read it: what was extracted from the old text must not be stored.
    std::optional<bool> isStillPending(qint64 articleId, const QString &contentHash);

    // The span [begin, end] a TIMEX3 value covers; invalid dates for values not on the calendar.
    using SpanFunction = std::function<std::pair<QDate, QDate>(const QString &value)>;
    // Maps a (start, length) in the text extraction read to the article's original text.
    using OffsetMapping = std::function<std::pair<qsizetype, qsizetype>(qsizetype start, qsizetype length)>;
    // The rows store() writes for one article, worked out from what the engine found: offsets
    // mapped to the original text (where the analyst sees them), sentences located in the text
    // extraction read, date spans resolved. Pure computation, so the extraction threads make
    // them and the one writing connection only writes.
    struct Rows
    {
        struct Mention
        {
            qint64 start = 0;
            qint64 length = 0;
            QString text;
            qint64 sentence = 0; // index of the sentence in the text extraction read
        };
        struct Entity
        {
            QString type;
            QString name;
            QStringList aliases; // surface forms other than name
            QList<Mention> mentions;
        };
        struct Timex
        {
            qint64 start = 0;
            qint64 length = 0;
            QString text;
            QString value;
            QDate begin;
            QDate end;
            qint64 sentenceStart = 0;
            qint64 sentenceLength = 0;
        };
        QList<Entity> entities;
        QList<Timex> timexes;
    };
    static Rows rows(const QString &text, const Extract::Result &result, const SpanFunction &span,
                     const OffsetMapping &toOriginal = {});
    static QList<Rows::Timex> timexRows(const QString &text, const QList<Extract::Timex> &timexes,
                                        const SpanFunction &span, const OffsetMapping &toOriginal = {});

    // An article's near-duplicate signature and the earlier article it nearly duplicates
    // (duplicateOf 0: none).
    struct NearDuplicate
    {
        QByteArray signature;
        qint64 duplicateOf = 0;
        double similarity = 0;
    };
    // Replaces what is stored for the article and marks it extracted, recording its
    // near-duplicate signature when given (one row update). Run inside a transaction.
    bool store(qint64 articleId, const Rows &rows, const std::optional<NearDuplicate> &copy = std::nullopt);
    bool store(qint64 articleId, const QString &text, const Extract::Result &result, const SpanFunction &span,
               const OffsetMapping &toOriginal = {})
    {
        return store(articleId, rows(text, result, span, toOriginal));
    }
    // Replaces only the article's dated expressions, as store() writes them (after its
    // publication date changed: entities do not depend on it). Run inside a transaction.
    bool storeDates(qint64 articleId, const QString &text, const QList<Extract::Timex> &timexes,
                    const SpanFunction &span, const OffsetMapping &toOriginal = {});
    // Start offsets of the sentences of text, in order (the first is 0).
    static QList<qsizetype> sentenceStarts(const QString &text);
    // Drops entities no mention refers to any more (after re-extraction).
    bool removeUnusedEntities();
    // Marks articles for extraction again; an empty list marks every article.
    bool markPending(const QList<qint64> &articleIds = {});
    // Articles that mention any of the names: a stored mention, an alias of a mentioned entity,
    // or the name anywhere in the text (full-text phrase match, for names never found before).
    std::optional<QList<qint64>> articlesMentioning(const QStringList &names);

    // The user dictionary, in the order the analyst made the corrections.
    std::optional<Extract::UserDictionary> userDictionary();
    enum class Correction { Alias, Merge, Rename, Type, Ignore };
    // name: the entity's name or surface form; target: canonical / merge target / new name;
    // type for Correction::Type.
    bool addCorrection(Correction correction, const QString &name, const QString &target = {},
                       const QString &type = {});
    bool removeCorrection(qint64 id);
    // Records a correction and marks every article it may change for re-extraction.
    // Run inside a transaction so both happen or neither does.
    bool applyCorrection(Correction correction, const QString &name, const QString &target = {},
                         const QString &type = {});
    // Id of the last correction added (for undo).
    qint64 lastCorrectionId() const { return m_lastCorrectionId; }

    QString errorString() const { return m_error; }

private:
    bool fail(const QSqlQuery &query);
    qint64 entityId(const QString &type, const QString &name);
    bool clearArticle(qint64 articleId, bool datesOnly);
    void insertTimexes(qint64 articleId, const QList<Rows::Timex> &timexes);
    bool flushRows();

    QSqlDatabase m_db;
    QSqlQuery m_insertEntity;
    QSqlQuery m_selectEntity;
    QSqlQuery m_stillPending;
    QSqlQuery m_clearMentions;
    QSqlQuery m_clearTimexes;
    QSqlQuery m_clearAliases;
    QSqlQuery m_markExtracted;
    QSqlQuery m_markExtractedSigned;
    std::shared_ptr<RowInserter> m_aliases;
    std::shared_ptr<RowInserter> m_mentions;
    std::shared_ptr<RowInserter> m_timexes;
    QHash<QString, qint64> m_entityIds; // "TYPE\x1fname" -> id, for this connection's lifetime
    qint64 m_lastCorrectionId = 0;
    QString m_error;
};

} // namespace Annalist
