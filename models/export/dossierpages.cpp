#include "export/dossierpages.h"

#include "timeline/timelineindex.h"
#include "timeline/timelinepainter.h"
#include "timeline/timescale.h"
#include "timeline/typecolors.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>

namespace Annalist::DossierPages {

namespace {

double fontHeight(const QFont &font, QPainter &painter)
{
    return QFontMetricsF(font, painter.device()).height();
}

QString elided(const QString &text, const QFont &font, QPainter &painter, double width)
{
    return QFontMetricsF(font, painter.device()).elidedText(text, Qt::ElideRight, width);
}

} // namespace

void paintCover(QPainter &painter, const DossierStyle &style, const DossierSpec &spec, const DossierData &data,
                int pageCount)
{
    painter.save();
    const double left = style.text.left();
    const double width = style.page.width() - left - style.mm(22);

    // A band across the top carries the title.
    const QRectF band(0, 0, style.page.width(), style.mm(92));
    painter.fillRect(band, style.accent);
    QFont kicker = style.sansFont(9, true);
    kicker.setLetterSpacing(QFont::PercentageSpacing, 115);
    painter.setFont(kicker);
    painter.setPen(QColor(0xc9, 0xd8, 0xe8));
    painter.drawText(QRectF(left, style.mm(24), width, style.mm(8)), Qt::AlignLeft | Qt::AlignVCenter,
                     DossierText::tr("ANNOTATED DOSSIER"));
    painter.setFont(style.sansFont(26, true));
    painter.setPen(Qt::white);
    const QRectF titleRect(left, style.mm(36), width, style.mm(50));
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, spec.effectiveTitle());

    // Facts: date, scope, author, then counts.
    const QDate date = spec.date.isValid() ? spec.date : QDate::currentDate();
    struct Fact
    {
        QString label;
        QString value;
    };
    QList<Fact> facts = {{DossierText::tr("Date"), QLocale().toString(date, QLocale::LongFormat)},
                         {DossierText::tr("Scope"), spec.describeScope()}};
    if (!spec.author.isEmpty())
        facts.append({DossierText::tr("Prepared by"), spec.author});
    QSet<qint64> entities;
    for (const DossierArticle &article : data.articles) {
        for (const MentionRow &mention : article.mentions)
            entities.insert(mention.entityId);
    }
    facts.append({DossierText::tr("Contents"),
                  DossierText::tr("%n article(s)", nullptr, int(data.articles.size())) + QStringLiteral(" · ")
                      + DossierText::tr("%n annotation(s)", nullptr, data.annotationCount()) + QStringLiteral(" · ")
                      + DossierText::tr("%n note(s)", nullptr, data.noteCount())});
    facts.append({DossierText::tr("Entities"), DossierText::tr("%n distinct entit(ies) mentioned", nullptr,
                                                               int(entities.size()))});
    facts.append({DossierText::tr("Pages"), QString::number(pageCount)});

    const QFont labelFont = style.sansFont(8, true);
    const QFont valueFont = style.serifFont(11);
    double y = band.bottom() + style.mm(18);
    const double labelWidth = style.mm(36);
    for (const Fact &fact : facts) {
        painter.setFont(labelFont);
        painter.setPen(style.muted);
        painter.drawText(QRectF(left, y, labelWidth, style.mm(10)), Qt::AlignLeft | Qt::AlignTop,
                         fact.label.toUpper());
        painter.setFont(valueFont);
        painter.setPen(style.ink);
        QRectF used;
        painter.drawText(QRectF(left + labelWidth, y - style.pt(1.5), width - labelWidth, style.mm(40)),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, fact.value, &used);
        y += std::max(used.height(), style.mm(6)) + style.mm(4);
        painter.setPen(QPen(style.rule, style.pt(0.5)));
        painter.drawLine(QPointF(left, y - style.mm(2)), QPointF(left + width, y - style.mm(2)));
    }

    // The colour key of what the pages show.
    y += style.mm(8);
    painter.setFont(labelFont);
    painter.setPen(style.muted);
    painter.drawText(QRectF(left, y, width, style.mm(6)), Qt::AlignLeft, DossierText::tr("HOW TO READ"));
    y += style.mm(7);
    painter.setFont(style.sansFont(8.5));
    const QString highlightKey = DossierText::tr("Highlighted passages carry the analyst's colour; a small number "
                                                 "after a passage refers to its note in the margin (or at the end "
                                                 "of the article). Each highlight is also a PDF comment.");
    QRectF used;
    painter.setPen(style.ink);
    painter.drawText(QRectF(left, y, width, style.mm(30)), Qt::AlignLeft | Qt::TextWordWrap, highlightKey, &used);
    y += used.height() + style.mm(4);
    if (spec.entityColors) {
        double x = left;
        const struct
        {
            const char16_t *type;
            QString label;
        } types[] = {{u"PERSON", DossierText::tr("Person")}, {u"ORG", DossierText::tr("Organisation")},
                     {u"PLACE", DossierText::tr("Place")},   {u"PRODUCT", DossierText::tr("Product")},
                     {u"EVENT", DossierText::tr("Event")}};
        const QFontMetricsF metrics(painter.font(), painter.device());
        for (const auto &type : types) {
            painter.setPen(TypeColors::entityColor(QStringView(type.type), false));
            painter.drawText(QPointF(x, y + metrics.ascent()), type.label);
            x += metrics.horizontalAdvance(type.label) + style.mm(6);
        }
    }

    painter.setFont(style.sansFont(7.5));
    painter.setPen(style.muted);
    painter.drawText(QRectF(left, style.page.height() - style.mm(20), width, style.mm(6)), Qt::AlignLeft,
                     DossierText::tr("Prepared with Annalist"));
    painter.restore();
}

void paintChrome(QPainter &painter, const DossierStyle &style, const QString &title, const QString &section,
                 int page, int pageCount)
{
    painter.save();
    const QFont font = style.sansFont(7.5);
    painter.setFont(font);
    painter.setPen(style.muted);
    const double half = style.header.width() / 2 - style.mm(3);
    painter.drawText(style.header, Qt::AlignLeft | Qt::AlignBottom, elided(title, font, painter, half));
    painter.drawText(style.header, Qt::AlignRight | Qt::AlignBottom, elided(section, font, painter, half));
    painter.setPen(QPen(style.rule, style.pt(0.5)));
    const double ruleY = style.header.bottom() + style.mm(1.5);
    painter.drawLine(QPointF(style.header.left(), ruleY), QPointF(style.header.right(), ruleY));
    painter.setPen(style.muted);
    painter.drawText(style.footer, Qt::AlignRight | Qt::AlignTop, DossierText::tr("Page %1 of %2").arg(page).arg(pageCount));
    painter.drawText(style.footer, Qt::AlignLeft | Qt::AlignTop, QStringLiteral("Annalist"));
    painter.restore();
}

void paintDocumentPage(QPainter &painter, const DossierStyle &style, const QTextDocument &document, int page,
                       double left)
{
    painter.save();
    const double height = document.pageSize().height();
    painter.translate(left, style.text.top() - page * height);
    QAbstractTextDocumentLayout::PaintContext context;
    // Superscript markers and italics may reach a hair past the column; the clip only cuts pages.
    // Lines touching the clip's edge are drawn (and clipped), and their text would still be in
    // the PDF's text layer: keep a pixel off each page edge so only this page's lines are drawn.
    context.clip = QRectF(-style.mm(2), page * height + 1, document.pageSize().width() + style.mm(4), height - 2);
    context.palette.setColor(QPalette::Text, style.ink);
    painter.setClipRect(context.clip);
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

void paintTimeline(QPainter &painter, const DossierStyle &style, const DossierData &data)
{
    painter.save();
    const double left = style.text.left();
    const double right = style.notes.isValid() ? style.notes.right() : style.text.right();
    const double width = right - left;
    double y = style.text.top();

    painter.setFont(style.sansFont(18, true));
    painter.setPen(style.ink);
    painter.drawText(QRectF(left, y, width, style.mm(10)), Qt::AlignLeft | Qt::AlignTop, DossierText::tr("Timeline"));
    y += style.mm(11);

    // One lane per article while they stay readable, else all in one.
    QStringList lanes;
    QList<TimelineEvent> events = data.events;
    QHash<qint64, int> laneOf;
    if (data.articles.size() <= 10) {
        for (int i = 0; i < data.articles.size(); ++i) {
            laneOf.insert(data.articles.at(i).record.id, i);
            const QString title = data.articles.at(i).record.title.simplified();
            lanes << QStringLiteral("%1  %2").arg(i + 1).arg(title.size() > 18 ? title.left(17) + QChar(0x2026) : title);
        }
        for (TimelineEvent &event : events)
            event.lane = laneOf.value(event.articleId, 0);
    }
    TimelineIndex index;
    index.build(events, lanes);

    painter.setFont(style.sansFont(8.5));
    painter.setPen(style.muted);
    if (index.isEmpty()) {
        painter.drawText(QRectF(left, y, width, style.mm(8)), Qt::AlignLeft,
                         DossierText::tr("The exported articles mention no dates that can be placed on a timeline."));
        painter.restore();
        return;
    }
    painter.drawText(QRectF(left, y, width, style.mm(8)), Qt::AlignLeft,
                     DossierText::tr("%n dated event(s) from %1 to %2; publication dates in amber.", nullptr,
                                     int(index.placedCount()))
                         .arg(QLocale().toString(index.firstDate(), QLocale::ShortFormat),
                              QLocale().toString(index.lastDate(), QLocale::ShortFormat)));
    y += style.mm(8);

    // The painter draws in screen pixels (1/96 in); scale them onto the page.
    const double scale = style.dpi / 96.0;
    TimelinePainter::Style timelineStyle;
    timelineStyle.font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    timelineStyle.font.setPixelSize(10);
    timelineStyle.background = Qt::white;
    timelineStyle.text = style.ink;
    timelineStyle.mutedText = style.muted;
    timelineStyle.grid = QColor(0xe2, 0xe6, 0xea);
    timelineStyle.axis = QColor(0x8a, 0x94, 0xa0);
    timelineStyle.alternateLane = QColor(0xf5, 0xf7, 0xf9);
    timelineStyle.mentioned = TypeColors::dateColor(false);
    timelineStyle.published = TypeColors::publicationColor(false);
    timelineStyle.emphasized = style.accent;
    timelineStyle.emphasizedOutline = style.accent.darker(140);
    const double logicalWidth = width / scale;
    const double laneHeight = lanes.isEmpty() ? 160 : std::clamp(420.0 / lanes.size(), 38.0, 70.0);
    const double logicalHeight = 60 + laneHeight * std::max<qsizetype>(1, lanes.size());
    const double firstDay = TimeScale::dayOf(index.firstDate());
    const double days = std::max(TimeScale::MinDayCount, TimeScale::dayOf(index.lastDate()) + 1 - firstDay);
    const TimeScale timeScale(firstDay - days * 0.03, days * 1.06, logicalWidth);
    painter.save();
    painter.translate(left, y);
    painter.scale(scale, scale);
    TimelinePainter::paint(painter, QRectF(0, 0, logicalWidth, logicalHeight), timeScale, index, timelineStyle);
    painter.restore();
    y += logicalHeight * scale + style.mm(10);

    // Chronology of the precisely dated mentions below the figure, as many as fit.
    painter.setFont(style.sansFont(11, true));
    painter.setPen(style.ink);
    painter.drawText(QRectF(left, y, width, style.mm(8)), Qt::AlignLeft, DossierText::tr("Chronology"));
    y += style.mm(8);
    QList<const TimelineEvent *> dated;
    for (const TimelineEvent &event : data.events) {
        if (event.kind == TimelineEvent::Mentioned && !event.sentence.isEmpty() && event.begin == event.end)
            dated.append(&event);
    }
    std::stable_sort(dated.begin(), dated.end(),
                     [](const TimelineEvent *a, const TimelineEvent *b) { return a->begin < b->begin; });
    QHash<qint64, int> numberOf;
    for (int i = 0; i < data.articles.size(); ++i)
        numberOf.insert(data.articles.at(i).record.id, i + 1);
    const QFont dateFont = style.sansFont(8, true);
    const QFont sentenceFont = style.serifFont(8.5);
    const double lineHeight = fontHeight(sentenceFont, painter) * 1.25;
    const double dateWidth = style.mm(26);
    const double bottom = style.text.bottom();
    QSet<QString> seen;
    for (const TimelineEvent *event : dated) {
        if (y + lineHeight > bottom)
            break;
        const QString sentence = event->sentence.simplified();
        if (seen.contains(event->begin.toString(Qt::ISODate) + sentence))
            continue;
        seen.insert(event->begin.toString(Qt::ISODate) + sentence);
        painter.setFont(dateFont);
        painter.setPen(style.accent);
        painter.drawText(QRectF(left, y, dateWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         QLocale().toString(event->begin, QLocale::ShortFormat));
        painter.setFont(sentenceFont);
        painter.setPen(style.ink);
        const QString text = QStringLiteral("[%1]  ").arg(numberOf.value(event->articleId)) + sentence;
        painter.drawText(QRectF(left + dateWidth, y, width - dateWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         elided(text, sentenceFont, painter, width - dateWidth));
        y += lineHeight;
    }
    painter.restore();
}

} // namespace Annalist::DossierPages
