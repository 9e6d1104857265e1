#include "sourceoverlays.h"

#include "timeline/typecolors.h"

#include <QPalette>
#include <QTextDocument>

#include <algorithm>

namespace Annalist {

namespace {

QColor blend(const QColor &base, const QColor &tint, qreal amount)
{
    const auto mix = [amount](qreal a, qreal b) { return a + (b - a) * amount; };
    return QColor::fromRgbF(float(mix(base.redF(), tint.redF())), float(mix(base.greenF(), tint.greenF())),
                            float(mix(base.blueF(), tint.blueF())));
}

QString typeName(const QString &type)
{
    if (type == QLatin1String("PERSON"))
        return SourceOverlays::tr("Person");
    if (type == QLatin1String("ORG"))
        return SourceOverlays::tr("Organisation");
    if (type == QLatin1String("PLACE"))
        return SourceOverlays::tr("Place");
    if (type == QLatin1String("PRODUCT"))
        return SourceOverlays::tr("Product");
    if (type == QLatin1String("EVENT"))
        return SourceOverlays::tr("Event");
    return type;
}

} // namespace

void SourceOverlays::set(const QList<MentionRow> &mentions, const QList<TimexRow> &timexes,
                         const PositionMap &position)
{
    clear();
    m_mentions = mentions;
    m_timexes = timexes;
    m_items.reserve(mentions.size() + timexes.size());
    auto add = [this, &position](qsizetype offset, qsizetype length, int detail, bool date) {
        if (offset < 0 || length <= 0)
            return;
        const int start = position(offset);
        const int end = position(offset + length);
        if (end <= start)
            return;
        m_items.append({start, end - start, detail, date});
        m_maxLength = std::max(m_maxLength, end - start);
    };
    for (qsizetype i = 0; i < mentions.size(); ++i)
        add(mentions.at(i).start, mentions.at(i).length, int(i), false);
    for (qsizetype i = 0; i < timexes.size(); ++i)
        add(timexes.at(i).start, timexes.at(i).length, int(i), true);
    std::stable_sort(m_items.begin(), m_items.end(), [](const Item &a, const Item &b) { return a.start < b.start; });
}

void SourceOverlays::clear()
{
    m_items.clear();
    m_mentions.clear();
    m_timexes.clear();
    m_maxLength = 0;
}

qsizetype SourceOverlays::mentionCount() const
{
    return std::count_if(m_items.cbegin(), m_items.cend(), [](const Item &item) { return !item.date; });
}

qsizetype SourceOverlays::dateCount() const
{
    return std::count_if(m_items.cbegin(), m_items.cend(), [](const Item &item) { return item.date; });
}

void SourceOverlays::setTypeVisible(const QString &type, bool visible)
{
    if (visible)
        m_hiddenTypes.remove(type);
    else
        m_hiddenTypes.insert(type, true);
}

bool SourceOverlays::isTypeVisible(const QString &type) const
{
    return !m_hiddenTypes.contains(type);
}

QList<QTextEdit::ExtraSelection> SourceOverlays::selections(QTextDocument *document, int first, int last,
                                                            const QPalette &palette,
                                                            const QList<QPair<int, int>> &highlighted) const
{
    QList<QTextEdit::ExtraSelection> result;
    if (m_items.isEmpty())
        return result;
    const QColor base = palette.color(QPalette::Base);
    const bool dark = TypeColors::isDark(palette);
    // Formats for the handful of types, made once per call rather than per item.
    QHash<QString, QTextCharFormat> formats;
    QTextCharFormat dateFormat;
    dateFormat.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    dateFormat.setUnderlineColor(TypeColors::dateColor(dark));
    const int end = document->characterCount() - 1;

    auto it = std::lower_bound(m_items.cbegin(), m_items.cend(), first - m_maxLength,
                               [](const Item &item, int start) { return item.start < start; });
    for (; it != m_items.cend() && it->start <= last; ++it) {
        if (it->start + it->length < first)
            continue;
        QTextEdit::ExtraSelection selection;
        if (it->date) {
            if (!m_datesVisible)
                continue;
            selection.format = dateFormat;
        } else {
            const QString &type = m_mentions.at(it->detail).type;
            if (m_hiddenTypes.contains(type))
                continue;
            auto format = formats.find(type);
            if (format == formats.end()) {
                QTextCharFormat tint;
                tint.setBackground(blend(base, TypeColors::entityColor(type, dark), dark ? 0.38 : 0.22));
                format = formats.insert(type, tint);
            }
            selection.format = *format;
        }
        if (!it->date && !highlighted.isEmpty()) {
            addAroundHighlights(result, document, *it, selection.format, highlighted, dark);
            continue;
        }
        selection.cursor = QTextCursor(document);
        selection.cursor.setPosition(std::min(it->start, end));
        selection.cursor.setPosition(std::min(it->start + it->length, end), QTextCursor::KeepAnchor);
        result.append(selection);
    }
    return result;
}

void SourceOverlays::addAroundHighlights(QList<QTextEdit::ExtraSelection> &result, QTextDocument *document,
                                         const Item &item, const QTextCharFormat &tint,
                                         const QList<QPair<int, int>> &highlighted, bool dark) const
{
    QTextCharFormat underline;
    underline.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    underline.setUnderlineColor(TypeColors::entityColor(m_mentions.at(item.detail).type, dark));
    const int documentEnd = document->characterCount() - 1;
    auto add = [&](int from, int to, const QTextCharFormat &format) {
        if (to <= from)
            return;
        QTextEdit::ExtraSelection selection;
        selection.format = format;
        selection.cursor = QTextCursor(document);
        selection.cursor.setPosition(std::min(from, documentEnd));
        selection.cursor.setPosition(std::min(to, documentEnd), QTextCursor::KeepAnchor);
        result.append(selection);
    };
    int position = item.start;
    const int end = item.start + item.length;
    auto covered = std::lower_bound(highlighted.cbegin(), highlighted.cend(), item.start,
                                    [](const QPair<int, int> &interval, int start) {
                                        return interval.first + interval.second <= start;
                                    });
    for (; covered != highlighted.cend() && covered->first < end; ++covered) {
        const int from = std::max(covered->first, position);
        const int to = std::min(covered->first + covered->second, end);
        add(position, from, tint);
        add(from, to, underline);
        position = std::max(position, to);
    }
    add(position, end, tint);
}

QList<SourceOverlays::Item> SourceOverlays::itemsAt(int position) const
{
    QList<Item> found;
    auto it = std::lower_bound(m_items.cbegin(), m_items.cend(), position - m_maxLength,
                               [](const Item &item, int start) { return item.start < start; });
    for (; it != m_items.cend() && it->start <= position; ++it) {
        if (position < it->start + it->length)
            found.append(*it);
    }
    return found;
}

QString SourceOverlays::toolTipAt(int position) const
{
    QStringList lines;
    for (const Item &item : itemsAt(position)) {
        if (item.date) {
            if (!m_datesVisible)
                continue;
            const TimexRow &timex = m_timexes.at(item.detail);
            QString line = tr("Date: %1").arg(timex.value);
            if (timex.begin.isValid() && timex.end.isValid() && timex.begin != timex.end)
                line += QLatin1String(" (") + timex.begin.toString(Qt::ISODate) + QStringLiteral(" – ")
                    + timex.end.toString(Qt::ISODate) + QLatin1Char(')');
            else if (timex.begin.isValid() && timex.begin.toString(Qt::ISODate) != timex.value)
                line += QLatin1String(" (") + timex.begin.toString(Qt::ISODate) + QLatin1Char(')');
            lines.append(line);
        } else {
            const MentionRow &mention = m_mentions.at(item.detail);
            if (m_hiddenTypes.contains(mention.type))
                continue;
            lines.append(typeName(mention.type) + QLatin1String(": ") + mention.name);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QList<QPair<int, int>> SourceOverlays::mentionsOf(qint64 entityId) const
{
    QList<QPair<int, int>> result;
    for (const Item &item : m_items) {
        if (!item.date && m_mentions.at(item.detail).entityId == entityId)
            result.append({item.start, item.length});
    }
    return result;
}

qint64 SourceOverlays::entityAt(int position) const
{
    for (const Item &item : itemsAt(position)) {
        if (!item.date)
            return m_mentions.at(item.detail).entityId;
    }
    return 0;
}

} // namespace Annalist
