#pragma once

#include <QStyledItemDelegate>

namespace Annalist {

// Paints an article's tags as coloured chips at the right end of the title cell (the list's
// TagNamesRole/TagColorsRole, loaded with the rows) in at most 60% of it; the title elides
// before them. Whole paths when they fit, else the last level of each, else a coloured dot per
// tag, else what fits and "+N". Only paints; the model holds the data.
class TagChipDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TagChipDelegate(int column, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    struct Chip
    {
        QRect rect;
        QString text; // elided; empty for a dot
        QColor color;
    };
    // Where the chips of index go inside rect, and how many did not fit. Public for tests.
    static QList<Chip> layoutChips(const QStringList &names, const QStringList &colors, const QRect &rect,
                                   const QFont &font, int *hidden = nullptr);
    static QColor textColorOn(const QColor &background);

private:
    int m_column;
};

} // namespace Annalist
