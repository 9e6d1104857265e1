#include "passagehighlights.h"

#include "highlightcolors.h"

#include <QPalette>
#include <QTextDocument>

#include <algorithm>

namespace Annalist {

void PassageHighlights::set(const QList<Annotation> &annotations, const PositionMap &position)
{
    clear();
    m_annotations = annotations;
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const Annotation &annotation = annotations.at(i);
        if (annotation.status == AnchorStatus::Orphaned || annotation.start < 0 || annotation.length <= 0)
            continue;
        const int start = position(annotation.start);
        const int end = position(annotation.start + annotation.length);
        if (end <= start)
            continue;
        m_items.append({start, end - start, int(i)});
        m_maxLength = std::max(m_maxLength, end - start);
    }
    std::sort(m_items.begin(), m_items.end(), [](const Item &a, const Item &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
}

void PassageHighlights::clear()
{
    m_annotations.clear();
    m_items.clear();
    m_maxLength = 0;
}

std::optional<Annotation> PassageHighlights::annotation(qint64 id) const
{
    for (const Annotation &annotation : m_annotations) {
        if (annotation.id == id)
            return annotation;
    }
    return std::nullopt;
}

std::optional<PassageHighlights::Item> PassageHighlights::itemOf(qint64 id) const
{
    for (const Item &item : m_items) {
        if (m_annotations.at(item.index).id == id)
            return item;
    }
    return std::nullopt;
}

qsizetype PassageHighlights::orphanCount() const
{
    return std::count_if(m_annotations.cbegin(), m_annotations.cend(),
                         [](const Annotation &a) { return a.status == AnchorStatus::Orphaned; });
}

QList<PassageHighlights::Item> PassageHighlights::itemsIn(int first, int last) const
{
    QList<Item> found;
    auto it = std::lower_bound(m_items.cbegin(), m_items.cend(), first - m_maxLength,
                               [](const Item &item, int start) { return item.start < start; });
    for (; it != m_items.cend() && it->start <= last; ++it) {
        if (it->start + it->length >= first)
            found.append(*it);
    }
    return found;
}

QList<qint64> PassageHighlights::idsAt(int position) const
{
    QList<Item> covering;
    for (const Item &item : itemsIn(position, position)) {
        if (position >= item.start && position < item.start + item.length)
            covering.append(item);
    }
    std::stable_sort(covering.begin(), covering.end(),
                     [](const Item &a, const Item &b) { return a.length < b.length; });
    QList<qint64> ids;
    for (const Item &item : std::as_const(covering))
        ids.append(m_annotations.at(item.index).id);
    return ids;
}

QList<QPair<int, int>> PassageHighlights::coveredIn(int first, int last) const
{
    QList<QPair<int, int>> merged;
    for (const Item &item : itemsIn(first, last)) { // sorted by start
        const int end = item.start + item.length;
        if (!merged.isEmpty() && item.start <= merged.last().first + merged.last().second) {
            QPair<int, int> &previous = merged.last();
            previous.second = std::max(previous.first + previous.second, end) - previous.first;
        } else {
            merged.append({item.start, item.length});
        }
    }
    return merged;
}

QList<QTextEdit::ExtraSelection> PassageHighlights::selections(QTextDocument *document, int first, int last,
                                                               const QPalette &palette) const
{
    QList<QTextEdit::ExtraSelection> result;
    const int end = document->characterCount() - 1;
    for (const Item &item : itemsIn(first, last)) {
        const Annotation &annotation = m_annotations.at(item.index);
        QTextEdit::ExtraSelection selection;
        selection.format.setBackground(HighlightColors::background(annotation.color, palette));
        selection.cursor = QTextCursor(document);
        selection.cursor.setPosition(std::min(item.start, end));
        selection.cursor.setPosition(std::min(item.start + item.length, end), QTextCursor::KeepAnchor);
        result.append(selection);
    }
    return result;
}

QString PassageHighlights::toolTip(const Annotation &annotation)
{
    QString html;
    if (!annotation.note.isEmpty()) {
        QString note = annotation.note;
        if (note.size() > 800)
            note = note.left(800) + QChar(0x2026);
        html += QLatin1String("<p style='white-space:pre-wrap'>") + note.toHtmlEscaped() + QLatin1String("</p>");
    }
    QStringList facts;
    facts.append(tr("%1 highlight").arg(HighlightColors::label(annotation.color)));
    if (!annotation.tags.isEmpty())
        facts.append(tr("Tags: %1").arg(annotation.tags.join(QStringLiteral(", "))));
    if (annotation.status == AnchorStatus::Fuzzy)
        facts.append(tr("Found again after the text changed"));
    html += QLatin1String("<p><i>") + facts.join(QLatin1String(" · ")).toHtmlEscaped() + QLatin1String("</i></p>");
    return html;
}

QString PassageHighlights::toolTipAt(int position) const
{
    QStringList parts;
    for (const qint64 id : idsAt(position)) {
        if (const auto found = annotation(id))
            parts.append(toolTip(*found));
    }
    return parts.join(QLatin1String("<hr/>"));
}

} // namespace Annalist
