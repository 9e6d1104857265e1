#include "itemmodels/entityreview.h"

#include "store/database.h"
#include "store/scopedtransaction.h"

#include <algorithm>

namespace Annalist {

namespace {

using Correction = ExtractionStore::Correction;

// Every name a set of corrections touches: the articles mentioning any of them may change.
QStringList namesOf(const QList<ReviewCorrection> &corrections)
{
    QStringList names;
    for (const ReviewCorrection &c : corrections) {
        for (const QString &name : {c.name, c.target}) {
            if (!name.trimmed().isEmpty() && !names.contains(name, Qt::CaseInsensitive))
                names.append(name);
        }
    }
    return names;
}

QList<qint64> sortedUnion(QList<qint64> a, const QList<qint64> &b)
{
    a += b;
    std::sort(a.begin(), a.end());
    a.erase(std::unique(a.begin(), a.end()), a.end());
    return a;
}

} // namespace

ReviewAction ReviewAction::rename(const EntityRow &entity, const QString &newName)
{
    return {tr("Rename “%1” to “%2”").arg(entity.name, newName.simplified()),
            {{Correction::Rename, entity.name, newName.simplified(), {}}}};
}

ReviewAction ReviewAction::changeType(const EntityRow &entity, const QString &type)
{
    return {tr("Change type of “%1” to %2").arg(entity.name, typeLabel(type)),
            {{Correction::Type, entity.name, {}, type}}};
}

ReviewAction ReviewAction::addAlias(const EntityRow &entity, const QString &alias)
{
    return {tr("Add alias “%1” to “%2”").arg(alias.simplified(), entity.name),
            {{Correction::Alias, alias.simplified(), entity.name, {}}}};
}

ReviewAction ReviewAction::removeAlias(const EntityRow &entity, const QString &alias)
{
    return {tr("Remove alias “%1” from “%2”").arg(alias, entity.name), {{Correction::Ignore, alias, {}, {}}}};
}

ReviewAction ReviewAction::splitAlias(const EntityRow &entity, const QString &alias)
{
    // An alias that is its own canonical name: the engine groups its mentions on their own.
    return {tr("Split “%1” out of “%2”").arg(alias, entity.name), {{Correction::Alias, alias, alias, {}}}};
}

ReviewAction ReviewAction::merge(const QList<EntityRow> &sources, const EntityRow &into)
{
    ReviewAction action;
    action.text = sources.size() == 1 ? tr("Merge “%1” into “%2”").arg(sources.constFirst().name, into.name)
                                      : tr("Merge %n entities into “%1”", nullptr, int(sources.size())).arg(into.name);
    for (const EntityRow &source : sources) {
        QStringList forms{source.name};
        forms += source.aliases;
        for (const QString &form : std::as_const(forms)) {
            const bool isTarget = form.compare(into.name, Qt::CaseInsensitive) == 0;
            const ReviewCorrection correction{Correction::Merge, form, into.name, {}};
            if (!isTarget && !action.corrections.contains(correction))
                action.corrections.append(correction);
        }
    }
    return action;
}

ReviewAction ReviewAction::ignore(const QList<EntityRow> &entities)
{
    ReviewAction action;
    action.text = entities.size() == 1 ? tr("Ignore “%1”").arg(entities.constFirst().name)
                                       : tr("Ignore %n entities", nullptr, int(entities.size()));
    for (const EntityRow &entity : entities) {
        QStringList forms{entity.name};
        forms += entity.aliases;
        for (const QString &form : std::as_const(forms)) {
            const ReviewCorrection correction{Correction::Ignore, form, {}, {}};
            if (!action.corrections.contains(correction))
                action.corrections.append(correction);
        }
    }
    return action;
}

ReviewAction ReviewAction::ignoreNames(const QStringList &names)
{
    ReviewAction action;
    action.text = names.size() == 1 ? tr("Ignore “%1”").arg(names.constFirst())
                                    : tr("Ignore %n entities", nullptr, int(names.size()));
    for (const QString &name : names)
        action.corrections.append({Correction::Ignore, name, {}, {}});
    return action;
}

QStringList ReviewAction::entityTypes()
{
    return {QStringLiteral("PERSON"), QStringLiteral("ORG"), QStringLiteral("PLACE"), QStringLiteral("PRODUCT"),
            QStringLiteral("EVENT")};
}

QString ReviewAction::typeLabel(const QString &type)
{
    if (type == QLatin1String("PERSON"))
        return tr("People");
    if (type == QLatin1String("ORG"))
        return tr("Organisations");
    if (type == QLatin1String("PLACE"))
        return tr("Places");
    if (type == QLatin1String("PRODUCT"))
        return tr("Products");
    if (type == QLatin1String("EVENT"))
        return tr("Events");
    return type;
}

EntityReview::EntityReview(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool EntityReview::fail(const QString &message)
{
    m_error = message;
    return false;
}

std::optional<AppliedReview> EntityReview::apply(const ReviewAction &action)
{
    m_error.clear();
    if (action.corrections.isEmpty()) {
        fail(ReviewAction::tr("Nothing to change."));
        return std::nullopt;
    }
    ExtractionStore store(m_db);
    ScopedTransaction transaction(m_db);
    AppliedReview applied;
    for (const ReviewCorrection &c : action.corrections) {
        if (!store.addCorrection(c.correction, c.name, c.target, c.type)) {
            fail(store.errorString());
            return std::nullopt;
        }
        applied.correctionIds.append(store.lastCorrectionId());
    }
    // As ExtractionStore::applyCorrection() does for one correction, once for all of them.
    const std::optional<QList<qint64>> affected = store.articlesMentioning(namesOf(action.corrections));
    if (!affected || (!affected->isEmpty() && !store.markPending(*affected))) {
        fail(store.errorString());
        return std::nullopt;
    }
    applied.articles = *affected;
    if (!transaction.commit()) {
        fail(ReviewAction::tr("Could not save the correction."));
        return std::nullopt;
    }
    return applied;
}

bool EntityReview::revert(const ReviewAction &action, const AppliedReview &applied)
{
    m_error.clear();
    ExtractionStore store(m_db);
    ScopedTransaction transaction(m_db);
    for (const qint64 id : applied.correctionIds) {
        if (!store.removeCorrection(id))
            return fail(store.errorString());
    }
    // The articles changed by apply() and those the names now lead to (a renamed entity is
    // stored under its new name until re-extracted).
    const std::optional<QList<qint64>> now = store.articlesMentioning(namesOf(action.corrections));
    if (!now)
        return fail(store.errorString());
    const QList<qint64> affected = sortedUnion(applied.articles, *now);
    if (!affected.isEmpty() && !store.markPending(affected))
        return fail(store.errorString());
    return transaction.commit() || fail(ReviewAction::tr("Could not save the correction."));
}

EntityReviewer::EntityReviewer(QObject *parent)
    : QObject(parent)
{
}

EntityReviewer::~EntityReviewer() = default;

bool EntityReviewer::setDatabasePath(const QString &path)
{
    auto db = std::make_unique<Database>(path);
    if (!db->open()) {
        m_error = db->errorString();
        return false;
    }
    m_db = std::move(db);
    return true;
}

QString EntityReviewer::databasePath() const
{
    return m_db ? m_db->path() : QString();
}

std::optional<AppliedReview> EntityReviewer::apply(const ReviewAction &action)
{
    if (!m_db) {
        m_error = ReviewAction::tr("No database is open.");
        Q_EMIT reviewFailed(m_error);
        return std::nullopt;
    }
    EntityReview review(m_db->connection());
    std::optional<AppliedReview> applied = review.apply(action);
    if (!applied) {
        m_error = review.errorString();
        Q_EMIT reviewFailed(m_error);
        return std::nullopt;
    }
    Q_EMIT correctionsChanged();
    return applied;
}

bool EntityReviewer::revert(const ReviewAction &action, const AppliedReview &applied)
{
    if (!m_db) {
        m_error = ReviewAction::tr("No database is open.");
        Q_EMIT reviewFailed(m_error);
        return false;
    }
    EntityReview review(m_db->connection());
    if (!review.revert(action, applied)) {
        m_error = review.errorString();
        Q_EMIT reviewFailed(m_error);
        return false;
    }
    Q_EMIT correctionsChanged();
    return true;
}

} // namespace Annalist
