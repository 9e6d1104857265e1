#pragma once

#include "timeline/timespan.h"

#include <QDate>
#include <QMetaType>
#include <QString>

namespace Annalist {

// One dated thing on the timeline: a date mentioned in an article (with the sentence it came
// from) or an article's publication date. begin/end is the span the TIMEX3 value covers.
struct TimelineEvent
{
    enum Kind { Mentioned, Published };

    qint64 articleId = -1;
    QString value; // TIMEX3 value as stored, e.g. "2025-01" or "2025-W37"
    QDate begin;
    QDate end; // inclusive
    QString sentence;
    qsizetype sentenceStart = 0; // UTF-16 offset of the sentence in the article text
    qsizetype sentenceLength = 0;
    int lane = 0; // index into the timeline's lanes; ignored while it has none
    Kind kind = Mentioned;

    bool isPlaceable() const { return begin.isValid() && end.isValid() && begin <= end; }

    // Fills begin/end from the value; the event stays unplaceable for "PAST_REF" and friends.
    static TimelineEvent fromTimex(qint64 articleId, const QString &value, const QString &sentence = {},
                                   qsizetype sentenceStart = 0, qsizetype sentenceLength = 0, int lane = 0)
    {
        const TimeSpan span = TimeSpan::fromTimex(value);
        TimelineEvent event;
        event.articleId = articleId;
        event.value = value;
        event.begin = span.begin;
        event.end = span.end;
        event.sentence = sentence;
        event.sentenceStart = sentenceStart;
        event.sentenceLength = sentenceLength;
        event.lane = lane;
        return event;
    }

    static TimelineEvent published(qint64 articleId, QDate date, int lane = 0)
    {
        TimelineEvent event;
        event.articleId = articleId;
        event.value = date.toString(Qt::ISODate);
        event.begin = date;
        event.end = date;
        event.lane = lane;
        event.kind = Published;
        return event;
    }
};

} // namespace Annalist

Q_DECLARE_METATYPE(Annalist::TimelineEvent)
