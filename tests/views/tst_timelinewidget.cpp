// TimelineWidget offscreen: the model, brushing, clicking, zooming, keyboard, tooltips, lanes,
// palette, and screenshot artefacts (timeline.png, timeline-dark.png, timeline-dense.png, ...).

#include "timelinewidget.h"

#include "timeline/timelineindex.h"
#include "timeline/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMouseEvent>
#include <QPainter>
#include <QPalette>
#include <QPicture>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QRegularExpression>
#include <QTest>
#include <QWheelEvent>

using namespace Annalist;

namespace {

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(42, 46, 50));
    palette.setColor(QPalette::WindowText, QColor(220, 220, 220));
    palette.setColor(QPalette::Base, QColor(27, 30, 32));
    palette.setColor(QPalette::AlternateBase, QColor(35, 38, 41));
    palette.setColor(QPalette::Text, QColor(220, 220, 220));
    palette.setColor(QPalette::Button, QColor(49, 54, 59));
    palette.setColor(QPalette::ButtonText, QColor(220, 220, 220));
    palette.setColor(QPalette::Highlight, QColor(61, 174, 233));
    palette.setColor(QPalette::HighlightedText, QColor(252, 252, 252));
    return palette;
}

QString artifactDir()
{
    const QString dir = qEnvironmentVariable("ANNALIST_ARTIFACT_DIR", QDir::tempPath());
    QDir().mkpath(dir);
    return dir;
}

void sendMouse(QWidget *widget, QEvent::Type type, const QPointF &pos, Qt::MouseButton button,
               Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, pos, QPointF(widget->mapToGlobal(pos.toPoint())), button, buttons, modifiers);
    QApplication::sendEvent(widget, &event);
}

void drag(QWidget *widget, const QPointF &from, const QPointF &to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    sendMouse(widget, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
    for (int step = 1; step <= 4; ++step) {
        const QPointF pos = from + (to - from) * (step / 4.0);
        sendMouse(widget, QEvent::MouseMove, pos, Qt::NoButton, Qt::LeftButton, modifiers);
    }
    sendMouse(widget, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
}

void click(QWidget *widget, const QPointF &pos)
{
    sendMouse(widget, QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton);
    sendMouse(widget, QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
}

void wheel(QWidget *widget, const QPointF &pos, int delta)
{
    QWheelEvent event(pos, QPointF(widget->mapToGlobal(pos.toPoint())), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

// A news corpus's worth of dates: mostly days, some weeks, months, quarters and years, a few
// ranges, and each article's publication date.
QList<TimelineEvent> syntheticEvents(int articles, quint32 seed, int lanes = 0)
{
    QRandomGenerator random(seed);
    QList<TimelineEvent> events;
    const QDate start(2024, 1, 1);
    for (int article = 1; article <= articles; ++article) {
        const QDate published = start.addDays(random.bounded(365 * 2 + 90));
        const int lane = lanes > 0 ? int(random.bounded(lanes)) : 0;
        events.append(TimelineEvent::published(article, published, lane));
        const int mentions = 1 + int(random.bounded(3));
        for (int m = 0; m < mentions; ++m) {
            const QDate date = published.addDays(-int(random.bounded(240)) + int(random.bounded(30)));
            const int kind = int(random.bounded(100));
            QString value;
            if (kind < 62) {
                value = date.toString(Qt::ISODate);
            } else if (kind < 70) {
                int weekYear = 0;
                const int week = date.weekNumber(&weekYear);
                value = QString::number(weekYear) + QStringLiteral("-W") + QString::number(week).rightJustified(2, u'0');
            } else if (kind < 86) {
                value = date.toString(QStringLiteral("yyyy-MM"));
            } else if (kind < 93) {
                value = QString::number(date.year()) + QStringLiteral("-Q") + QString::number((date.month() + 2) / 3);
            } else if (kind < 98) {
                value = QString::number(date.year());
            } else {
                value = QString::number(date.year() - 2) + u'/' + QString::number(date.year());
            }
            const QString sentence = QStringLiteral("Article %1 mentions %2 in this sentence.").arg(article).arg(value);
            events.append(TimelineEvent::fromTimex(article, value, sentence, 100 * m, sentence.size(), lane));
        }
    }
    return events;
}

// Scans the lanes at x for the pixel where `article`'s event is the topmost hit.
QPoint pointOfArticle(const TimelineWidget &widget, double x, qint64 article)
{
    const auto &layout = widget.currentLayout();
    for (int y = int(layout.plot.bottom()) - 1; y > int(layout.plot.top()); --y) {
        const auto hits = widget.eventsAt(QPoint(int(x), y));
        if (!hits.isEmpty() && hits.constFirst().articleId == article) {
            return {int(x), y};
        }
    }
    return {-1, -1};
}

} // namespace

class TestTimelineWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void modelUnderTester();
    void brush_data();
    void brush();
    void brushClears();
    void clickActivatesEvent();
    void clickInDenseBinDoesNotGuess();
    void emphasizedArticle();
    void wheelZoom_data();
    void wheelZoom();
    void dragPans();
    void keyboard_data();
    void keyboard();
    void toolTips();
    void lanes();
    void followsPalette();
    void accessibility();
    void vectorPainting();
    void screenshots();

private:
    std::unique_ptr<TimelineWidget> makeWidget(const QList<TimelineEvent> &events, QSize size = {1000, 260});
    QPalette m_lightPalette;
};

void TestTimelineWidget::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_lightPalette = QApplication::palette();
}

void TestTimelineWidget::cleanup()
{
    QApplication::setPalette(m_lightPalette);
}

std::unique_ptr<TimelineWidget> TestTimelineWidget::makeWidget(const QList<TimelineEvent> &events, QSize size)
{
    auto widget = std::make_unique<TimelineWidget>();
    widget->resize(size);
    widget->setEvents(events);
    widget->show();
    if (!QTest::qWaitForWindowExposed(widget.get())) {
        return nullptr;
    }
    return widget;
}

void TestTimelineWidget::modelUnderTester()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    auto events = syntheticEvents(50, 7);
    events.append(TimelineEvent::fromTimex(99, QStringLiteral("PAST_REF"), QStringLiteral("Long ago.")));
    model.setEvents(events);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), int(events.size() - 1)); // PAST_REF has no place
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.data(TimelineModel::ArticleIdRole).toLongLong(), events[0].articleId);
    QCOMPARE(first.data(TimelineModel::BeginRole).toDate(), events[0].begin);
    QCOMPARE(first.data(TimelineModel::KindRole).toInt(), int(TimelineEvent::Published));
    const QModelIndex second = model.index(1, 0);
    QCOMPARE(second.data(TimelineModel::SentenceRole).toString(), events[1].sentence);
    QCOMPARE(second.data(TimelineModel::ValueRole).toString(), events[1].value);
    QCOMPARE(second.data(TimelineModel::EventRole).value<TimelineEvent>().sentenceLength, events[1].sentenceLength);
    QVERIFY(model.roleNames().contains(TimelineModel::SentenceRole));

    TimelineEvent month = TimelineEvent::fromTimex(1, QStringLiteral("2025-01"));
    QCOMPARE(TimelineModel::spanText(month), QStringLiteral("1 Jan 2025 – 31 Jan 2025"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.setEvents(syntheticEvents(5, 8));
    QVERIFY(model.rowCount() > 5);
}

void TestTimelineWidget::brush_data()
{
    QTest::addColumn<QDate>("pressDate");
    QTest::addColumn<QDate>("releaseDate");
    QTest::addColumn<bool>("onAxis"); // drag along the axis strip, or Shift+drag in the lanes

    QTest::newRow("january on axis") << QDate(2026, 1, 1) << QDate(2026, 1, 31) << true;
    QTest::newRow("january shift drag") << QDate(2026, 1, 1) << QDate(2026, 1, 31) << false;
    QTest::newRow("right to left") << QDate(2026, 2, 20) << QDate(2026, 1, 10) << true;
    QTest::newRow("across a month end") << QDate(2025, 12, 28) << QDate(2026, 1, 3) << false;
}

void TestTimelineWidget::brush()
{
    QFETCH(QDate, pressDate);
    QFETCH(QDate, releaseDate);
    QFETCH(bool, onAxis);
    auto widget = makeWidget(syntheticEvents(300, 1));
    QVERIFY(widget);
    widget->setVisibleRange(QDate(2025, 12, 1), QDate(2026, 3, 31));
    QSignalSpy selected(widget.get(), &TimelineWidget::rangeSelected);
    QSignalSpy activated(widget.get(), &TimelineWidget::eventActivated);
    const auto &layout = widget->currentLayout();
    const TimeScale scale = widget->scale();
    // The middle of each day, so rounding cannot move a press to a neighbour.
    const auto xOf = [&](QDate date) { return layout.plot.left() + scale.xForDay(TimeScale::dayOf(date) + 0.5); };
    const double y = onAxis ? layout.axis.center().y() : layout.plot.center().y();
    drag(widget.get(), QPointF(xOf(pressDate), y), QPointF(xOf(releaseDate), y),
         onAxis ? Qt::NoModifier : Qt::ShiftModifier);

    QCOMPARE(selected.size(), 1);
    const QDate from = std::min(pressDate, releaseDate);
    const QDate to = std::max(pressDate, releaseDate);
    QCOMPARE(selected.at(0).at(0).toDate(), from);
    QCOMPARE(selected.at(0).at(1).toDate(), to);
    QVERIFY(widget->hasBrush());
    QCOMPARE(widget->brushFrom(), from);
    QCOMPARE(widget->brushTo(), to);
    QVERIFY(widget->clearBrushAction()->isEnabled());
    QCOMPARE(activated.size(), 0);
    QCOMPARE(widget->scale(), scale); // brushing does not pan
}

void TestTimelineWidget::brushClears()
{
    auto widget = makeWidget(syntheticEvents(100, 2));
    QVERIFY(widget);
    QSignalSpy cleared(widget.get(), &TimelineWidget::rangeCleared);
    widget->setBrush(QDate(2025, 3, 1), QDate(2025, 3, 31));
    QVERIFY(widget->hasBrush());
    widget->clearBrushAction()->trigger();
    QVERIFY(!widget->hasBrush());
    QCOMPARE(cleared.size(), 1);
    QVERIFY(!widget->clearBrushAction()->isEnabled());

    widget->setBrush(QDate(2025, 3, 1), QDate(2025, 3, 31));
    QTest::keyClick(widget.get(), Qt::Key_Escape);
    QVERIFY(!widget->hasBrush());
    QCOMPARE(cleared.size(), 2);

    // A plain click on the axis strip clears too.
    widget->setBrush(QDate(2025, 3, 1), QDate(2025, 3, 31));
    click(widget.get(), widget->currentLayout().axis.center());
    QVERIFY(!widget->hasBrush());
    QCOMPARE(cleared.size(), 3);
}

void TestTimelineWidget::clickActivatesEvent()
{
    QList<TimelineEvent> events;
    events.append(TimelineEvent::fromTimex(11, QStringLiteral("2026-01-05"), QStringLiteral("Talks began on 5 January."),
                                           120, 26));
    events.append(TimelineEvent::fromTimex(12, QStringLiteral("2026-01"), QStringLiteral("Sales in January fell."), 40, 22));
    events.append(TimelineEvent::published(13, QDate(2026, 1, 20)));
    auto widget = makeWidget(events);
    QVERIFY(widget);
    QSignalSpy activated(widget.get(), &TimelineWidget::eventActivated);

    // The single day sits inside the month; clicking it picks the day, not the month.
    const TimeScale &scale = widget->scale();
    const double x = widget->currentLayout().plot.left() + scale.xForDay(TimeScale::dayOf(QDate(2026, 1, 5)) + 0.5);
    const QPoint dayPoint = pointOfArticle(*widget, x, 11);
    QVERIFY(dayPoint.x() >= 0);
    click(widget.get(), dayPoint);
    QCOMPARE(activated.size(), 1);
    auto event = activated.at(0).at(0).value<TimelineEvent>();
    QCOMPARE(event.articleId, qint64(11));
    QCOMPARE(event.sentence, QStringLiteral("Talks began on 5 January."));
    QCOMPARE(event.sentenceStart, qsizetype(120));
    QCOMPARE(event.sentenceLength, qsizetype(26));

    // The month is a bar over all of January: clickable on the 25th, far from its 1st.
    const double x25 = widget->currentLayout().plot.left() + scale.xForDay(TimeScale::dayOf(QDate(2026, 1, 25)) + 0.5);
    const QPoint monthPoint = pointOfArticle(*widget, x25, 12);
    QVERIFY(monthPoint.x() >= 0);
    click(widget.get(), monthPoint);
    QCOMPARE(activated.size(), 2);
    event = activated.at(1).at(0).value<TimelineEvent>();
    QCOMPARE(event.articleId, qint64(12));
    QCOMPARE(event.value, QStringLiteral("2026-01"));

    // Empty space activates nothing.
    click(widget.get(), QPoint(int(widget->currentLayout().plot.left()) + 2, int(widget->currentLayout().plot.top()) + 2));
    QCOMPARE(activated.size(), 2);
}

void TestTimelineWidget::clickInDenseBinDoesNotGuess()
{
    auto widget = makeWidget(syntheticEvents(20000, 3));
    QVERIFY(widget);
    QSignalSpy activated(widget.get(), &TimelineWidget::eventActivated);
    const auto &layout = widget->currentLayout();
    const QPoint pos(int(layout.plot.left() + widget->scale().xForDate(QDate(2025, 6, 1))), int(layout.plot.center().y()));
    QVERIFY(widget->eventsAt(pos).size() > 1);
    click(widget.get(), pos);
    QCOMPARE(activated.size(), 0);
}

void TestTimelineWidget::emphasizedArticle()
{
    auto events = syntheticEvents(20000, 4);
    events.append(TimelineEvent::fromTimex(777777, QStringLiteral("2025-06-15"), QStringLiteral("The emphasised one.")));
    auto widget = makeWidget(events);
    QVERIFY(widget);
    widget->setEmphasizedArticle(777777);
    QCOMPARE(widget->emphasizedArticle(), qint64(777777));
    // Even in a histogram the selected article's event is a mark one can click.
    const double x = widget->currentLayout().plot.left() + widget->scale().xForDay(TimeScale::dayOf(QDate(2025, 6, 15)) + 0.5);
    const QPoint point = pointOfArticle(*widget, x, 777777);
    QVERIFY(point.x() >= 0);
    QSignalSpy activated(widget.get(), &TimelineWidget::eventActivated);
    click(widget.get(), point);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).value<TimelineEvent>().sentence, QStringLiteral("The emphasised one."));
}

void TestTimelineWidget::wheelZoom_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("delta");

    QTest::newRow("in at left") << 100.0 << 120;
    QTest::newRow("in at right") << 900.0 << 360;
    QTest::newRow("out at middle") << 500.0 << -240;
}

void TestTimelineWidget::wheelZoom()
{
    QFETCH(double, x);
    QFETCH(int, delta);
    auto widget = makeWidget(syntheticEvents(300, 5));
    QVERIFY(widget);
    QSignalSpy changed(widget.get(), &TimelineWidget::visibleRangeChanged);
    const double before = widget->scale().dayCount();
    const double plotX = x - widget->currentLayout().plot.left();
    const double anchor = widget->scale().dayForX(plotX);
    wheel(widget.get(), QPointF(x, widget->currentLayout().plot.center().y()), delta);
    QCOMPARE(changed.size(), 1);
    const double after = widget->scale().dayCount();
    QVERIFY(delta > 0 ? after < before : after > before);
    QVERIFY(qAbs(after - before / std::pow(1.2, delta / 120.0)) < 1e-6);
    QVERIFY(qAbs(widget->scale().dayForX(plotX) - anchor) < 1e-6); // the date under the cursor stays
}

void TestTimelineWidget::dragPans()
{
    auto widget = makeWidget(syntheticEvents(300, 6));
    QVERIFY(widget);
    QSignalSpy activated(widget.get(), &TimelineWidget::eventActivated);
    QSignalSpy selected(widget.get(), &TimelineWidget::rangeSelected);
    const TimeScale before = widget->scale();
    const QPointF from = widget->currentLayout().plot.center();
    drag(widget.get(), from, from + QPointF(200, 0));
    QVERIFY(qAbs(widget->scale().dayForX(from.x() + 200) - before.dayForX(from.x())) < 1e-6);
    QCOMPARE(widget->scale().dayCount(), before.dayCount());
    QCOMPARE(activated.size(), 0);
    QCOMPARE(selected.size(), 0);
}

void TestTimelineWidget::keyboard_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("firstDayChange"); // sign
    QTest::addColumn<int>("dayCountChange"); // sign

    QTest::newRow("left shows earlier") << int(Qt::Key_Left) << -1 << 0;
    QTest::newRow("right shows later") << int(Qt::Key_Right) << 1 << 0;
    QTest::newRow("plus zooms in") << int(Qt::Key_Plus) << 1 << -1;
    QTest::newRow("equal zooms in") << int(Qt::Key_Equal) << 1 << -1;
    QTest::newRow("minus zooms out") << int(Qt::Key_Minus) << -1 << 1;
}

void TestTimelineWidget::keyboard()
{
    QFETCH(int, key);
    QFETCH(int, firstDayChange);
    QFETCH(int, dayCountChange);
    auto widget = makeWidget(syntheticEvents(300, 9));
    QVERIFY(widget);
    widget->setVisibleRange(QDate(2025, 1, 1), QDate(2025, 12, 31));
    const TimeScale before = widget->scale();
    QTest::keyClick(widget.get(), Qt::Key(key));
    const auto sign = [](double v) { return qAbs(v) < 1e-9 ? 0 : (v > 0 ? 1 : -1); };
    QCOMPARE(sign(widget->scale().firstDay() - before.firstDay()), firstDayChange);
    QCOMPARE(sign(widget->scale().dayCount() - before.dayCount()), dayCountChange);

    // Home brings every event back into view.
    QTest::keyClick(widget.get(), Qt::Key_Home);
    const auto events = widget->model()->events();
    const QDate first = std::min_element(events.begin(), events.end(), [](const auto &a, const auto &b) {
                            return a.begin < b.begin;
                        })->begin;
    const QDate last = std::max_element(events.begin(), events.end(), [](const auto &a, const auto &b) {
                           return a.end < b.end;
                       })->end;
    QVERIFY(widget->scale().firstDate() <= first);
    QVERIFY(widget->scale().lastDate() >= last);
}

void TestTimelineWidget::toolTips()
{
    auto widget = makeWidget(syntheticEvents(20000, 10));
    QVERIFY(widget);
    const auto &layout = widget->currentLayout();
    const QPoint dense(int(layout.plot.left() + widget->scale().xForDate(QDate(2025, 6, 1))), int(layout.plot.center().y()));
    const QString text = widget->toolTipTextAt(dense);
    QVERIFY(text.contains(QStringLiteral("and ")));
    QVERIFY(text.contains(QStringLiteral(" more")));
    QCOMPARE(text.count(QStringLiteral("<p style")), 11); // ten events and the rest

    QList<TimelineEvent> few;
    few.append(TimelineEvent::fromTimex(1, QStringLiteral("2025-W37"), QStringLiteral("In week <37> it rained.")));
    widget->setEvents(few);
    const double x = layout.plot.left() + widget->scale().xForDay(TimeScale::dayOf(QDate(2025, 9, 10)) + 0.5);
    const QPoint point = pointOfArticle(*widget, x, 1);
    QVERIFY(point.x() >= 0);
    const QString one = widget->toolTipTextAt(point);
    QVERIFY(one.contains(QStringLiteral("2025-W37")));
    QVERIFY(one.contains(QStringLiteral("8 Sep 2025 – 14 Sep 2025")));
    QVERIFY(one.contains(QStringLiteral("In week &lt;37&gt; it rained.")));
    QVERIFY(!one.contains(QStringLiteral("more")));
    QVERIFY(widget->toolTipTextAt(QPoint(int(layout.plot.left()) + 1, int(layout.plot.top()) + 1)).isEmpty());
}

void TestTimelineWidget::lanes()
{
    auto widget = makeWidget(syntheticEvents(200, 11, 3));
    QVERIFY(widget);
    widget->setLanes({QStringLiteral("Zhipu AI"), QStringLiteral("OpenAI"), QStringLiteral("European Commission")});
    const auto &layout = widget->currentLayout();
    QCOMPARE(layout.lanes.size(), size_t(3));
    QVERIFY(layout.gutter.width() > 0);
    QCOMPARE(widget->scale().width(), layout.plot.width());
    // Whatever is hit in a lane belongs to that lane.
    for (size_t lane = 0; lane < layout.lanes.size(); ++lane) {
        const QRectF rect = layout.lanes[lane];
        for (int x = int(rect.left()) + 2; x < int(rect.right()); x += 7) {
            const auto hits = widget->eventsAt(QPoint(x, int(rect.bottom()) - 8));
            for (const auto &event : hits) {
                QCOMPARE(event.lane, int(lane));
            }
        }
    }
}

void TestTimelineWidget::followsPalette()
{
    auto widget = makeWidget(syntheticEvents(100, 12));
    QVERIFY(widget);
    const QPoint corner(int(widget->currentLayout().plot.right()) - 3, int(widget->currentLayout().plot.top()) + 3);
    QCOMPARE(widget->grab().toImage().pixelColor(corner), widget->palette().color(QPalette::Base));
    widget->setPalette(darkPalette());
    QCOMPARE(widget->grab().toImage().pixelColor(corner), darkPalette().color(QPalette::Base));
}

void TestTimelineWidget::accessibility()
{
    auto widget = makeWidget(syntheticEvents(10, 13));
    QVERIFY(widget);
    QCOMPARE(widget->accessibleName(), QStringLiteral("Timeline"));
    // No translator is loaded here, so the plural reads "event(s)"; the count leads.
    static const QRegularExpression described(QStringLiteral("^\\d+ dated event"));
    QVERIFY2(described.match(widget->accessibleDescription()).hasMatch(), qPrintable(widget->accessibleDescription()));
    QCOMPARE(widget->focusPolicy(), Qt::StrongFocus);
    QVERIFY(!widget->fitAction()->text().isEmpty());
}

void TestTimelineWidget::vectorPainting()
{
    // Exports paint through a non-raster engine (QPdfWriter, QPicture): the same entry point
    // must produce shapes there, histogram included.
    TimelineIndex index;
    index.build(syntheticEvents(5000, 14));
    const auto style = TimelinePainter::Style::fromPalette(m_lightPalette, QApplication::font());
    TimeScale scale;
    scale.fit(index.firstDate(), index.lastDate());
    QPicture picture;
    QPainter painter(&picture);
    TimelinePainter::paint(painter, QRectF(0, 0, 900, 240), scale, index, style, 3);
    painter.end();
    QVERIFY(picture.size() > 10000);
    QVERIFY(picture.boundingRect().width() > 800);
}

void TestTimelineWidget::screenshots()
{
    const QString dir = artifactDir();
    auto events = syntheticEvents(160, 2026);
    events.append(TimelineEvent::fromTimex(4242, QStringLiteral("2025-11"), QStringLiteral("Selected article, November.")));
    events.append(TimelineEvent::fromTimex(4242, QStringLiteral("2026-01-14"), QStringLiteral("Selected article, a day.")));
    events.append(TimelineEvent::published(4242, QDate(2026, 1, 16)));
    auto widget = makeWidget(events, {1200, 280});
    QVERIFY(widget);
    widget->setEmphasizedArticle(4242);
    QVERIFY(widget->grab().save(dir + QStringLiteral("/timeline-overview.png")));

    // Zoomed to a season: individual marks, the selected article emphasised, January brushed.
    widget->setVisibleRange(QDate(2025, 10, 1), QDate(2026, 3, 31));
    widget->setBrush(QDate(2026, 1, 1), QDate(2026, 1, 31));
    QVERIFY(widget->grab().save(dir + QStringLiteral("/timeline.png")));
    widget->setPalette(darkPalette());
    QVERIFY(widget->grab().save(dir + QStringLiteral("/timeline-dark.png")));
    widget->setPalette(m_lightPalette);

    widget->setVisibleRange(QDate(2025, 12, 1), QDate(2026, 2, 28));
    QVERIFY(widget->grab().save(dir + QStringLiteral("/timeline-zoomed.png")));

    // Dense: 100,000 articles' dates (about 300,000 events) become a histogram; the selected article stays a mark.
    auto dense = syntheticEvents(100000, 99);
    dense.append(events.mid(events.size() - 3));
    widget->setEvents(dense);
    widget->setBrush({}, {});
    widget->fit();
    QVERIFY(widget->grab().save(dir + QStringLiteral("/timeline-dense.png")));
    widget->setPalette(darkPalette());
    QVERIFY(widget->grab().save(dir + QStringLiteral("/timeline-dense-dark.png")));

    auto laned = std::make_unique<TimelineWidget>();
    laned->resize(1200, 280);
    laned->setLanes({QStringLiteral("Zhipu AI"), QStringLiteral("OpenAI"), QStringLiteral("European Commission")});
    laned->setEvents(syntheticEvents(150, 7, 3));
    laned->show();
    QVERIFY(QTest::qWaitForWindowExposed(laned.get()));
    QVERIFY(laned->grab().save(dir + QStringLiteral("/timeline-lanes.png")));
}

QTEST_MAIN(TestTimelineWidget)
#include "tst_timelinewidget.moc"
