#pragma once

#include "timeline/timelineevent.h"

#include <QAbstractListModel>
#include <QList>

namespace Annalist {

// The events the timeline shows, one row each, in the order given. The store (or anything
// else) feeds it with setEvents(); the timeline widget indexes the rows for painting, so
// row numbers are the event numbers the widget and TimelineIndex speak of.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        ValueRole,
        BeginRole,
        EndRole,
        SentenceRole,
        SentenceStartRole,
        SentenceLengthRole,
        LaneRole,
        KindRole,
        EventRole, // the whole TimelineEvent
    };
    Q_ENUM(Role)

    explicit TimelineModel(QObject *parent = nullptr);

    // Replaces all events. Unplaceable ones (PAST_REF and the like, no begin/end) are kept out:
    // the timeline has nowhere to put them.
    void setEvents(QList<TimelineEvent> events);
    void clear();
    const QList<TimelineEvent> &events() const { return m_events; }
    const TimelineEvent &event(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "2025-01" → "1 Jan 2025 – 31 Jan 2025"; a single day is shown once.
    static QString spanText(const TimelineEvent &event);

private:
    QList<TimelineEvent> m_events;
};

} // namespace Annalist
