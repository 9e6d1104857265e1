#pragma once

#include <QWidget>

namespace Annalist {

class SourceView;

// The narrow strip left of the source view's text: a coloured bar beside every line a passage
// highlight covers (overlapping highlights side by side) and a note icon on the first line of
// a highlight with a note. Hovering shows the note, a click selects the passage, a double
// click asks to edit it, the context menu offers what the highlight's own menu offers.
class PassageMargin final : public QWidget
{
    Q_OBJECT
public:
    explicit PassageMargin(SourceView *view);

    static constexpr int preferredWidth = 24;

    // The annotation whose marker is at the point (margin coordinates), 0 if none.
    qint64 annotationAt(const QPoint &point) const;
    // Marker rectangles of the visible highlights (margin coordinates); for tests.
    QList<QPair<qint64, QRect>> markers() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    struct Marker
    {
        qint64 id = 0;
        QRect bar;
        QRect note; // empty without a note
        QString color;
    };
    QList<Marker> visibleMarkers() const;

    SourceView *m_view;
};

} // namespace Annalist
