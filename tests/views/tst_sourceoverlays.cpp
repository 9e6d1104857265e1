// Entity and date overlays in the source view for a known article of the seed corpus: the right
// ranges in the right colours as extra selections (visible part only), per-type toggles,
// tooltips, mention navigation, and no overlays on a text the offsets do not refer to.

#include "seedcorpus.h"

#include "sourceview.h"
#include "timeline/typecolors.h"

#include <QApplication>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace Annalist;
using namespace Annalist::TestSupport;

namespace {

struct Found
{
    int selections = 0;
    QColor background;
};

// The overlay selection covering exactly [start, start + length), if painted.
Found selectionAt(const SourceView &view, int start, int length)
{
    Found found;
    for (const QTextEdit::ExtraSelection &selection : view.visibleHighlights()) {
        if (selection.cursor.selectionStart() == start && selection.cursor.selectionEnd() == start + length) {
            ++found.selections;
            found.background = selection.format.background().color();
        }
    }
    return found;
}

} // namespace

class TestSourceOverlays : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("corpus.db"));
        const QString error = buildSeedCorpus(m_path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Database db(m_path);
        QVERIFY(db.open());
        EntityStore store(db.connection());
        m_zhipu = store.findByName(QStringLiteral("Zhipu AI")).value_or(EntityRow{});
        QVERIFY(m_zhipu.id);
        // The article that mentions Zhipu AI most.
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT m.article_id, annalist_content(a.original, a.content, a.content_patch) FROM mentions m JOIN articles a "
                                 "ON a.id = m.article_id WHERE m.entity_id = ? GROUP BY m.article_id "
                                 "ORDER BY count(*) DESC LIMIT 1"));
        q.addBindValue(m_zhipu.id);
        QVERIFY(q.exec() && q.next());
        m_article = q.value(0).toLongLong();
        m_text = q.value(1).toString();
        m_mentions = store.mentions(m_article).value_or(QList<MentionRow>());
        m_timexes = store.timexes(m_article).value_or(QList<TimexRow>());
        QVERIFY(m_mentions.size() > 10);
        QVERIFY(!m_timexes.isEmpty());
        QVERIFY(!m_text.contains(QLatin1String("\r\n"))); // offsets equal document positions below
    }

    void init()
    {
        m_view = std::make_unique<SourceView>();
        m_view->resize(700, 400);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->setDocument(m_text, QStringLiteral("txt"));
        QVERIFY(m_view->setAnnotations(m_mentions, m_timexes, m_text));
    }

    void cleanup() { m_view.reset(); }

    void mentionsAreTintedByType()
    {
        const bool dark = TypeColors::isDark(m_view->palette());
        const QColor base = m_view->palette().color(QPalette::Base);
        QHash<QString, QColor> byType;
        int checked = 0;
        const int firstOffscreen = m_view->cursorForPosition(QPoint(0, m_view->viewport()->height() + 50)).position();
        for (const MentionRow &mention : std::as_const(m_mentions)) {
            if (mention.start + mention.length >= firstOffscreen)
                break;
            const Found found = selectionAt(*m_view, int(mention.start), int(mention.length));
            QVERIFY2(found.selections >= 1, qPrintable(mention.name));
            QVERIFY(found.background != base);
            // A tint of the type's colour: the same hue, one colour per type.
            const QColor type = TypeColors::entityColor(mention.type, dark);
            QVERIFY2(qAbs(found.background.hslHue() - type.hslHue()) <= 12,
                     qPrintable(mention.type + QLatin1Char(' ') + found.background.name()));
            if (byType.contains(mention.type))
                QCOMPARE(found.background, byType.value(mention.type));
            byType.insert(mention.type, found.background);
            ++checked;
        }
        QVERIFY(checked >= 3);
        QVERIFY(byType.size() >= 2);
        // Only what is visible is turned into selections.
        const int painted = int(m_view->visibleHighlights().size());
        QVERIFY(painted > 0);
        QVERIFY(painted < m_view->overlays().mentionCount() + m_view->overlays().dateCount());
        QCOMPARE(m_view->overlays().mentionCount(), m_mentions.size());
        QCOMPARE(m_view->overlays().dateCount(), m_timexes.size());
    }

    void datesAreUnderlined()
    {
        const TimexRow &timex = m_timexes.constFirst();
        m_view->revealRange({timex.start, timex.length});
        const bool dark = TypeColors::isDark(m_view->palette());
        bool seen = false;
        for (const QTextEdit::ExtraSelection &selection : m_view->visibleHighlights()) {
            if (selection.cursor.selectionStart() == timex.start
                && selection.cursor.selectionEnd() == timex.start + timex.length
                && selection.format.underlineStyle() == QTextCharFormat::SingleUnderline) {
                QCOMPARE(selection.format.underlineColor(), TypeColors::dateColor(dark));
                seen = true;
            }
        }
        QVERIFY(seen);
        m_view->setDateOverlayVisible(false);
        for (const QTextEdit::ExtraSelection &selection : m_view->visibleHighlights())
            QVERIFY(selection.format.underlineStyle() != QTextCharFormat::SingleUnderline);
        QVERIFY(m_view->overlays().toolTipAt(int(timex.start)).isEmpty()
                || !m_view->overlays().toolTipAt(int(timex.start)).contains(QLatin1String("Date")));
    }

    void typesToggle()
    {
        const MentionRow &first = m_mentions.constFirst();
        QVERIFY(selectionAt(*m_view, int(first.start), int(first.length)).selections >= 1);
        m_view->setOverlayTypeVisible(first.type, false);
        QVERIFY(!m_view->isOverlayTypeVisible(first.type));
        QCOMPARE(selectionAt(*m_view, int(first.start), int(first.length)).selections, 0);
        m_view->setOverlayTypeVisible(first.type, true);
        QVERIFY(selectionAt(*m_view, int(first.start), int(first.length)).selections >= 1);
    }

    void toolTips()
    {
        const auto zhipu = std::find_if(m_mentions.cbegin(), m_mentions.cend(),
                                        [this](const MentionRow &m) { return m.entityId == m_zhipu.id; });
        QVERIFY(zhipu != m_mentions.cend());
        QVERIFY(m_view->overlays().toolTipAt(int(zhipu->start + 1)).contains(QStringLiteral("Organisation: Zhipu AI")));
        QCOMPARE(m_view->overlays().entityAt(int(zhipu->start)), m_zhipu.id);
        const auto dated = std::find_if(m_timexes.cbegin(), m_timexes.cend(),
                                        [](const TimexRow &t) { return t.begin.isValid(); });
        QVERIFY(dated != m_timexes.cend());
        const QString tip = m_view->overlays().toolTipAt(int(dated->start));
        QVERIFY2(tip.contains(QStringLiteral("Date: ") + dated->value), qPrintable(tip));
        QVERIFY2(tip.contains(dated->begin.toString(Qt::ISODate)), qPrintable(tip));
    }

    void mentionNavigation()
    {
        QList<qsizetype> starts;
        qsizetype lastLength = 0;
        for (const MentionRow &m : std::as_const(m_mentions)) {
            if (m.entityId == m_zhipu.id) {
                starts.append(m.start);
                lastLength = m.length;
            }
        }
        QVERIFY(starts.size() >= 2);
        QSignalSpy changed(m_view.get(), &SourceView::currentMentionChanged);
        m_view->setActiveEntity(m_zhipu.id);
        QCOMPARE(m_view->entityMentionCount(), starts.size());
        QCOMPARE(changed.constLast(), (QVariantList{0, int(starts.size())}));
        QCOMPARE(m_view->textCursor().position(), starts.constFirst());
        m_view->nextMention();
        QCOMPARE(m_view->currentEntityMention(), 1);
        QCOMPARE(m_view->textCursor().position(), starts.at(1));
        m_view->previousMention();
        m_view->previousMention(); // wraps around
        QCOMPARE(m_view->currentEntityMention(), int(starts.size()) - 1);
        QCOMPARE(m_view->textCursor().position(), starts.constLast());
        // The current mention is painted on top of its overlay.
        QCOMPARE(selectionAt(*m_view, int(starts.constLast()), int(lastLength)).selections, 2);

        m_view->setEntityMentions({{starts.constFirst(), 5}});
        QCOMPARE(m_view->entityMentionCount(), 1);
        QCOMPARE(m_view->activeEntity(), qint64(0));
        m_view->setActiveEntity(0);
        QCOMPARE(changed.constLast(), (QVariantList{-1, 0}));
    }

    void otherTextGetsNoOverlays()
    {
        const QString other = QStringLiteral("<p>") + m_text + QStringLiteral("</p>");
        m_view->setDocument(other, QStringLiteral("html"));
        QVERIFY(!m_view->setAnnotations(m_mentions, m_timexes, m_text));
        QVERIFY(m_view->overlays().isEmpty());
        QVERIFY(m_view->visibleHighlights().isEmpty());
        // A new document drops the previous overlays.
        m_view->setDocument(m_text, QStringLiteral("txt"));
        QVERIFY(m_view->overlays().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    EntityRow m_zhipu;
    qint64 m_article = 0;
    QString m_text;
    QList<MentionRow> m_mentions;
    QList<TimexRow> m_timexes;
    std::unique_ptr<SourceView> m_view;
};

QTEST_MAIN(TestSourceOverlays)
#include "tst_sourceoverlays.moc"
