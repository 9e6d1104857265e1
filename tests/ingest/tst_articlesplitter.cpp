#include "ingest/articlesplitter.h"
#include "ingest/textcleaner.h"

#include <QFile>
#include <QTest>

using namespace Annalist;

namespace {

QString seed(const char *name)
{
    QFile file(QStringLiteral(ANNALIST_SHARED_DIR "/corpus/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString filler(int sentences)
{
    QString text;
    for (int i = 0; i < sentences; ++i)
        text += QStringLiteral("The ministry said the programme would continue next year with more funding. ");
    return text.trimmed();
}

// Ordered, disjoint, inside the text; between articles only whitespace, markers and furniture.
void checkLayout(const QString &text, const QList<ArticleRange> &ranges)
{
    QVERIFY(!ranges.isEmpty());
    qsizetype previousEnd = 0;
    for (const ArticleRange &r : ranges) {
        QVERIFY(r.start >= previousEnd && r.start <= r.end && r.end <= text.size());
        if (ranges.size() > 1) {
            const QList<QStringView> gapLines = QStringView(text).mid(previousEnd, r.start - previousEnd).split(u'\n');
            for (QStringView line : gapLines) {
                line = line.trimmed();
                QVERIFY2(line.isEmpty() || TextCleaner::isFurnitureLine(line)
                        || (line.startsWith(u'[') && line.endsWith(u']') && line.size() <= 5),
                    qPrintable(line.toString()));
            }
        }
        previousEnd = r.end;
    }
}

} // namespace

class TestArticleSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Expectations written from reading the seed files.
    void seedFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<QStringList>("starts"); // each article's first characters
        QTest::addColumn<QStringList>("ends"); // each article's last characters

        // A newspaper page (Science and Technology Daily): four bylined stories and one
        // continued from page 1. The Hi-Tech story's headline was displaced by the PDF
        // extraction; its kicker is the only heading left above the byline.
        QTest::newRow("000 newspaper page")
            << QStringLiteral("000_3b67bf4b971ef594.txt")
            << QStringList { QStringLiteral("Anthropic's Ban Fails to Curb China's Booming AI Industry"),
                   QStringLiteral("China's Rising Role in Novel Drug Research"),
                   QStringLiteral("Macro Potential of Micro Nanotechnology"), QStringLiteral("Hi-Tech"),
                   QStringLiteral("CIFTIS Puts Cooperation on Fast Track") }
            << QStringList { QStringLiteral("INSIGHTS\n"), QStringLiteral("Voice of the World\n"),
                   QStringLiteral("Macro Potential of Micro"), QStringLiteral("Hi-Tech\n\nBy GONG Qian"),
                   QStringLiteral("CIFTIS Puts") }
            << QStringList { QStringLiteral("that benefits people"), QStringLiteral("of global drug development."),
                   QStringLiteral("for collecting the light,"), QStringLiteral("sooner, rather than later."),
                   QStringLiteral("digital fast track,\" she said.") };
        // One article; its headline comes again above a photo caption halfway down.
        QTest::newRow("001 single, repeated headline")
            << QStringLiteral("001_5868bf6f1cea2fa0.txt")
            << QStringList { QStringLiteral("Chinas AI Leaps Ahead, Reshaping Global Tech Landscape") }
            << QStringList { QStringLiteral("Spike News") }
            << QStringList { QStringLiteral("I don't understand this.\"") };
        // One article with sub-headings and bullet lists.
        QTest::newRow("002 single with sub-headings")
            << QStringLiteral("002_750cc09941e4e104.txt")
            << QStringList { QStringLiteral(
                   "China Narrows the Cybersecurity Gap with Anthropic Elevating AI Defense Capabilities") }
            << QStringList { QStringLiteral("China has rapidly") }
            << QStringList { QStringLiteral("worldwide.\n\n\n\n\n\n") };
        // An aggregator page: four numbered sources ([2] and [4] are the same AFP story, the
        // second an excerpt) and the aggregator's own summary after the Share furniture.
        QTest::newRow("003 sources plus summary")
            << QStringLiteral("003_5fe6dabfaf29de00.txt")
            << QStringList { QStringLiteral("Thousands of Companies Are Driving China's AI Boom. A Government Registry "
                                            "Tracks Them All"),
                   QStringLiteral("Dazzling Chinese AI debuts mask growing pains"),
                   QStringLiteral("Inside China's buzzing AI scene year after DeepSeek shock - The Economic Times"),
                   QStringLiteral("Dazzling Chinese AI debuts mask growing pains"),
                   QStringLiteral("China's AI boom accelerates as startups raise hundreds of millions in funding "
                                  "rounds, with Zhipu AI and MiniMax making stellar Hong Kong stock exchange "
                                  "debuts") }
            << QStringList { QStringLiteral("Thousands of"),
                   QStringLiteral("Dazzling Chinese AI debuts mask growing pains\nHong Kong (AFP)"),
                   QStringLiteral("Inside China's"),
                   QStringLiteral("Dazzling Chinese AI debuts mask growing pains\nInvestor"),
                   QStringLiteral("China's AI boom accelerates") }
            << QStringList { QStringLiteral("Yangtze River Delta."), QStringLiteral("as an AI superpower\", he said."),
                   QStringLiteral("\"They found it quite fun,\" she said."),
                   QStringLiteral("stunned the world a year ago."), QStringLiteral("3\nTechnology") };
        // A summary with citation digits; its sources are not included.
        QTest::newRow("004 summary without sources")
            << QStringLiteral("004_14ae249b47b11dee.txt")
            << QStringList { QStringLiteral("US Blacklists Chinese AI Startup Zhipu, Deepening Tech Restrictions") }
            << QStringList { QStringLiteral("US Blacklists") } << QStringList { QStringLiteral("LinkedIn logo") };
    }

    void seedFiles()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, titles);
        QFETCH(QStringList, starts);
        QFETCH(QStringList, ends);
        const QString text = seed(file.toUtf8().constData());
        QVERIFY(!text.isEmpty());
        const QList<ArticleRange> ranges = ArticleSplitter::split(text);
        checkLayout(text, ranges);
        QCOMPARE(ranges.size(), titles.size());
        if (ranges.size() == 1) {
            QCOMPARE(ranges[0].start, 0);
            QCOMPARE(ranges[0].end, text.size());
        }
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            const QString body = text.mid(ranges[i].start, ranges[i].end - ranges[i].start);
            QCOMPARE(ranges[i].title, titles[i]);
            QVERIFY2(body.startsWith(starts[i]), qPrintable(body.left(60)));
            QVERIFY2(body.endsWith(ends[i]), qPrintable(body.right(60)));
        }
    }

    void synthetic_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("titles");

        const QString body = filler(4);
        QTest::newRow("markers with titles on the line")
            << (QStringLiteral("[1] First Story\n") + body + QStringLiteral("\n[2] Second Story\n") + body)
            << QStringList { QStringLiteral("First Story"), QStringLiteral("Second Story") };
        QTest::newRow("summary before sources") << (QStringLiteral("Bundle Headline\n2 Sources\nShare\n") + body
            + QStringLiteral("\n[1]\nFirst Story\n") + body + QStringLiteral("\n[2]\nSecond Story\n") + body)
                                                << QStringList { QStringLiteral("Bundle Headline"),
                                                       QStringLiteral("First Story"), QStringLiteral("Second Story") };
        QTest::newRow("numbering not from 1")
            << (QStringLiteral("[2]\nFirst Story\n") + body + QStringLiteral("\n[3]\nSecond Story\n") + body)
            << QStringList { QStringLiteral("First Story") };
        QTest::newRow("reference list is no bundle")
            << (QStringLiteral("Main Headline\n") + body + QStringLiteral("\n[1]\n[2]\n[3]\n"))
            << QStringList { QStringLiteral("Main Headline") };
        QTest::newRow("one source only") << (QStringLiteral("[1]\nOnly Story\n") + body)
                                         << QStringList { QStringLiteral("Only Story") };
        QTest::newRow("two bylined stories") << (QStringLiteral("WORLD\n\nFirst Headline Here\n\nBy Jane Doe\n\n")
            + body + QStringLiteral("\n\nSecond Headline Here\n\nBy John Smith and Ann Lee\n\n")
            + body) << QStringList { QStringLiteral("First Headline Here"), QStringLiteral("Second Headline Here") };
        QTest::newRow("dateline stories") << (QStringLiteral("Markets Rally Again\nBEIJING (Xinhua) - ") + body
            + QStringLiteral("\nFloods Hit the South\nGUANGZHOU (Xinhua) \u2014 ")
            + body) << QStringList { QStringLiteral("Markets Rally Again"), QStringLiteral("Floods Hit the South") };
        QTest::newRow("one byline is one article")
            << (QStringLiteral("Headline\n\nBy Jane Doe\n\n") + body + QStringLiteral("\n\nA Sub-heading\n\n") + body)
            << QStringList { QStringLiteral("Headline") };
        QTest::newRow("story too short to stand alone") << (QStringLiteral("First Headline\n\nBy Jane Doe\n\n") + body
            + QStringLiteral("\n\nPhoto Desk\n\nBy John Smith\n\nA caption."))
                                                        << QStringList { QStringLiteral("First Headline") };
        QTest::newRow("'By' opening a sentence") << (QStringLiteral("Headline\n\nBy 2024, output had doubled.\n\n")
            + body + QStringLiteral("\n\nOther Heading\n\nBy contrast the rest fell.\n\n") + body)
                                                 << QStringList { QStringLiteral("Headline") };
        QTest::newRow("empty") << QString() << QStringList { QString() };
    }

    void synthetic()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, titles);
        const QList<ArticleRange> ranges = ArticleSplitter::split(text);
        checkLayout(text, ranges);
        QStringList actual;
        for (const ArticleRange &r : ranges)
            actual.append(r.title);
        QCOMPARE(actual, titles);
    }
};

QTEST_GUILESS_MAIN(TestArticleSplitter)
#include "tst_articlesplitter.moc"
