#pragma once

#include "store/annotationstore.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QTextEdit>

#include <functional>
#include <optional>

class QPalette;
class QTextDocument;

namespace Annalist {

// The passage annotations of the article in the source view, converted to document positions
// once when the article is shown (like SourceOverlays). Orphaned annotations are kept, so the
// view can name them, but never drawn: their offsets no longer point at their quote.
class PassageHighlights
{
    Q_DECLARE_TR_FUNCTIONS(PassageHighlights)
public:
    using PositionMap = std::function<int(qsizetype)>;

    struct Item
    {
        int start = 0; // document positions
        int length = 0;
        int index = 0; // into annotations()
    };

    void set(const QList<Annotation> &annotations, const PositionMap &position);
    void clear();
    bool isEmpty() const { return m_annotations.isEmpty(); }
    const QList<Annotation> &annotations() const { return m_annotations; }
    std::optional<Annotation> annotation(qint64 id) const;
    // Drawn highlights, sorted by start (longer first at equal starts, so nested ones paint last).
    const QList<Item> &items() const { return m_items; }
    // The item of an annotation, if drawn.
    std::optional<Item> itemOf(qint64 id) const;
    qsizetype orphanCount() const;

    // Items intersecting [first, last] (document positions).
    QList<Item> itemsIn(int first, int last) const;
    // Annotations covering the position, innermost (shortest) first.
    QList<qint64> idsAt(int position) const;
    // The highlighted stretches within [first, last], merged into disjoint sorted intervals
    // (start, length): entity overlays are drawn differently inside them.
    QList<QPair<int, int>> coveredIn(int first, int last) const;
    // Extra selections painting the highlights that intersect [first, last].
    QList<QTextEdit::ExtraSelection> selections(QTextDocument *document, int first, int last,
                                                const QPalette &palette) const;
    // Rich-text tooltip of the annotations at the position; empty if none.
    QString toolTipAt(int position) const;
    static QString toolTip(const Annotation &annotation);

private:
    QList<Annotation> m_annotations;
    QList<Item> m_items;
    int m_maxLength = 0;
};

} // namespace Annalist
