#pragma once

#include "extract/types.h"
#include "extract/userdictionary.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>

namespace Annalist {

// What extraction found, in SQLite: corpus-wide entities with their aliases, per-article
// mentions and dated expressions, and the analyst's user dictionary. Articles carry an
// "extracted" flag, so extraction runs as a resumable second stage after import.
class ExtractionStore
{
public:
    explicit ExtractionStore(QSqlDatabase db);

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
    // Replaces what is stored for the article and marks it extracted. text is what extraction
    // read (sentences are located in it); offsets are stored mapped to the original, where the
    // analyst sees them. Run inside a transaction.
    bool store(qint64 articleId, const QString &text, const Extract::Result &result, const SpanFunction &span,
               const OffsetMapping &toOriginal = {});
    // Replaces only the article's dated expressions, as store() writes them (after its
    // publication date changed: entities do not depend on it). Run inside a transaction.
    bool storeDates(qint64 articleId, const QString &text, const QList<Extract::Timex> &timexes,
                    const SpanFunction &span, const OffsetMapping &toOriginal = {});
    // Start offsets of the sentences of text, in order (the first is 0).
    static QList<qsizetype> sentenceStarts(const QString &text);
    // Records an article's near-duplicate signature and the earlier article it nearly
    // duplicates (0: none). Run inside a transaction.
    bool setNearDuplicate(qint64 articleId, const QByteArray &signature, qint64 duplicateOf, double similarity);
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
    bool insertTimexes(qint64 articleId, const QString &text, const QList<Extract::Timex> &timexes,
                       const SpanFunction &span, const OffsetMapping &toOriginal);

    QSqlDatabase m_db;
    QSqlQuery m_insertEntity;
    QSqlQuery m_selectEntity;
    QSqlQuery m_insertAlias;
    QSqlQuery m_insertMention;
    QSqlQuery m_insertTimex;
    QSqlQuery m_stillPending;
    QHash<QString, qint64> m_entityIds; // "TYPE\x1fname" -> id, for this connection's lifetime
    qint64 m_lastCorrectionId = 0;
    QString m_error;
};

} // namespace Annalist
