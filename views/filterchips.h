#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QHBoxLayout;
class QToolButton;

namespace Annalist {

// The active entity filters as a row of removable chips ("● Zhipu AI ✕"), for above the article
// list. Hidden while empty. The chips are the state: the window filters the article list to the
// articles mentioning every entity in ids() whenever filterChanged() is emitted.
class FilterChips final : public QWidget
{
    Q_OBJECT
public:
    struct Chip
    {
        qint64 id = 0;
        QString name;
        QString type; // "PERSON", ...: the colour of the chip's dot
    };

    explicit FilterChips(QWidget *parent = nullptr);
    ~FilterChips() override;
    Q_DISABLE_COPY_MOVE(FilterChips)

    // Replaces all chips (an entity filter from the sidebar).
    void setChips(const QList<Chip> &chips);
    // Adds one unless present.
    void addChip(const Chip &chip);
    // Removes one, as its close button does, emitting chipRemoved() and filterChanged().
    void removeChip(qint64 id);
    void clear();
    QList<qint64> ids() const;
    QList<Chip> chips() const { return m_chips; }
    // The close button of a chip (tests, accessibility).
    QToolButton *closeButton(qint64 id) const;

Q_SIGNALS:
    void chipRemoved(qint64 id);
    void filterChanged(const QList<qint64> &ids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<Chip> m_chips;
    QHBoxLayout *m_layout = nullptr;
    QList<QWidget *> m_widgets;
    QToolButton *m_clearAll = nullptr;
};

} // namespace Annalist
