#include "timeline/timelinemodel.h"

#include <QLocale>

#include <algorithm>

namespace Annalist {

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void TimelineModel::setEvents(QList<TimelineEvent> events)
{
    events.erase(std::remove_if(events.begin(), events.end(), [](const TimelineEvent &e) { return !e.isPlaceable(); }),
                 events.end());
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

void TimelineModel::clear()
{
    setEvents({});
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const TimelineEvent &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return event.value;
    case Qt::ToolTipRole:
        return spanText(event);
    case ArticleIdRole:
        return event.articleId;
    case ValueRole:
        return event.value;
    case BeginRole:
        return event.begin;
    case EndRole:
        return event.end;
    case SentenceRole:
        return event.sentence;
    case SentenceStartRole:
        return qint64(event.sentenceStart);
    case SentenceLengthRole:
        return qint64(event.sentenceLength);
    case LaneRole:
        return event.lane;
    case KindRole:
        return int(event.kind);
    case EventRole:
        return QVariant::fromValue(event);
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(ArticleIdRole, "articleId");
    names.insert(ValueRole, "value");
    names.insert(BeginRole, "begin");
    names.insert(EndRole, "end");
    names.insert(SentenceRole, "sentence");
    names.insert(SentenceStartRole, "sentenceStart");
    names.insert(SentenceLengthRole, "sentenceLength");
    names.insert(LaneRole, "lane");
    names.insert(KindRole, "kind");
    names.insert(EventRole, "event");
    return names;
}

QString TimelineModel::spanText(const TimelineEvent &event)
{
    const QLocale locale;
    const QString format = QStringLiteral("d MMM yyyy");
    if (event.begin == event.end) {
        return locale.toString(event.begin, format);
    }
    return locale.toString(event.begin, format) + QStringLiteral(" – ") + locale.toString(event.end, format);
}

} // namespace Annalist
