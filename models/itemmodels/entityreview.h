#pragma once

#include "store/entitystore.h"
#include "store/extractionstore.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Annalist {

class Database;

// One correction for the user dictionary, as ExtractionStore::applyCorrection() takes it.
struct ReviewCorrection
{
    ExtractionStore::Correction correction = ExtractionStore::Correction::Alias;
    QString name;
    QString target;
    QString type;
    bool operator==(const ReviewCorrection &other) const = default;
};

// A review action of the analyst (the entity sidebar, the entity-* commands): the corrections
// it records, applied together, and a readable description for Edit ▸ Undo.
struct ReviewAction
{
    Q_DECLARE_TR_FUNCTIONS(ReviewAction)
public:
    QString text;
    QList<ReviewCorrection> corrections;

    // The entity (any of its forms) is called newName from now on.
    static ReviewAction rename(const EntityRow &entity, const QString &newName);
    // type: "PERSON", "ORG", "PLACE", "PRODUCT" or "EVENT".
    static ReviewAction changeType(const EntityRow &entity, const QString &type);
    static ReviewAction addAlias(const EntityRow &entity, const QString &alias);
    // The alias is not a name of the entity: its mentions are no entity any more.
    static ReviewAction removeAlias(const EntityRow &entity, const QString &alias);
    // The alias is an entity of its own.
    static ReviewAction splitAlias(const EntityRow &entity, const QString &alias);
    // Every form of each source entity becomes a form of into.
    static ReviewAction merge(const QList<EntityRow> &sources, const EntityRow &into);
    // Neither the entities' names nor any of their aliases are entities any more.
    static ReviewAction ignore(const QList<EntityRow> &entities);
    // Only the names given, without aliases (the command line, names never found).
    static ReviewAction ignoreNames(const QStringList &names);

    static QStringList entityTypes();
    // Display name of a stored type ("PERSON" → "People").
    static QString typeLabel(const QString &type);
};

// What apply() did, kept by the undo command so that revert() undoes exactly that.
struct AppliedReview
{
    QList<qint64> correctionIds;
    QList<qint64> articles; // marked for re-extraction
};

// Records review actions in the user dictionary and reverts them, in transactions, marking the
// affected articles for re-extraction. It never extracts: the caller runs an ExtractionRunner
// (the command line) or the window's background ExtractionJob. Use on the connection's thread.
class EntityReview
{
public:
    explicit EntityReview(QSqlDatabase db);

    std::optional<AppliedReview> apply(const ReviewAction &action);
    // Removes the corrections again and marks the articles they touched, and those mentioning
    // any of their names now, for re-extraction, which restores what was stored before.
    bool revert(const ReviewAction &action, const AppliedReview &applied);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);

    QSqlDatabase m_db;
    QString m_error;
};

// EntityReview for the GUI: owns a connection for the GUI thread and announces every change of
// the user dictionary, so the window can start the background re-extraction.
class EntityReviewer final : public QObject
{
    Q_OBJECT
public:
    explicit EntityReviewer(QObject *parent = nullptr);
    ~EntityReviewer() override;
    Q_DISABLE_COPY_MOVE(EntityReviewer)

    bool setDatabasePath(const QString &path);
    QString databasePath() const;
    QString errorString() const { return m_error; }

    std::optional<AppliedReview> apply(const ReviewAction &action);
    bool revert(const ReviewAction &action, const AppliedReview &applied);

Q_SIGNALS:
    // The dictionary changed and articles wait for re-extraction.
    void correctionsChanged();
    void reviewFailed(const QString &message);

private:
    std::unique_ptr<Database> m_db;
    QString m_error;
};

} // namespace Annalist
