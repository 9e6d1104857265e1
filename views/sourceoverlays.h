#pragma once

#include "store/entitystore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QTextEdit>

#include <functional>

class QPalette;
class QTextDocument;

namespace Annalist {

// The entity and date overlays of one article in the source view, converted to document
// positions once when the article is shown. Painting asks only for the visible window, found by
// binary search: no lookup, no pattern matching and no text scanning on the paint path.
class SourceOverlays
{
    Q_DECLARE_TR_FUNCTIONS(SourceOverlays)
public:
    // Text offset (as stored by extraction) → document position.
    using PositionMap = std::function<int(qsizetype)>;

    void set(const QList<MentionRow> &mentions, const QList<TimexRow> &timexes, const PositionMap &position);
    void clear();
    bool isEmpty() const { return m_items.isEmpty(); }
    qsizetype mentionCount() const;
    qsizetype dateCount() const;

    // Per type ("PERSON", ...) and for dates; everything is shown by default.
    void setTypeVisible(const QString &type, bool visible);
    bool isTypeVisible(const QString &type) const;
    void setDatesVisible(bool visible) { m_datesVisible = visible; }
    bool datesVisible() const { return m_datesVisible; }

    // Extra selections for the overlays that intersect [first, last] (document positions):
    // mentions as a background tint of their type's colour, dates underlined. Inside the
    // highlighted intervals (sorted, disjoint; the analyst's passage highlights) a mention is
    // underlined in its type's colour instead, so the highlight's colour stays unbroken.
    QList<QTextEdit::ExtraSelection> selections(QTextDocument *document, int first, int last,
                                                const QPalette &palette,
                                                const QList<QPair<int, int>> &highlighted = {}) const;
    // Type, canonical name, normalised date value of what lies at the position; empty if nothing.
    QString toolTipAt(int position) const;
    // Document positions (start, length) of the entity's mentions, in document order.
    QList<QPair<int, int>> mentionsOf(qint64 entityId) const;
    // The entity mentioned at the position, 0 if none.
    qint64 entityAt(int position) const;

private:
    struct Item
    {
        int start = 0;
        int length = 0;
        int detail = 0; // index into m_mentions (mentions) or m_timexes (dates)
        bool date = false;
    };
    QList<Item> itemsAt(int position) const;
    void addAroundHighlights(QList<QTextEdit::ExtraSelection> &result, QTextDocument *document, const Item &item,
                             const QTextCharFormat &tint, const QList<QPair<int, int>> &highlighted,
                             bool dark) const;

    QList<Item> m_items; // sorted by start
    int m_maxLength = 0; // longest item, bounds the backwards search for items covering a position
    QList<MentionRow> m_mentions;
    QList<TimexRow> m_timexes;
    QHash<QString, bool> m_hiddenTypes;
    bool m_datesVisible = true;
};

} // namespace Annalist
