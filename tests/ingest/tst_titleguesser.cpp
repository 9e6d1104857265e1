#include "ingest/titleguesser.h"

#include <QTest>

using namespace Annalist;

class TestTitleGuesser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guessTitle_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");

        QTest::newRow("first line") << QStringLiteral("Headline Here\n\nBody text.\n")
                                    << QStringLiteral("Headline Here");
        QTest::newRow("blank lines and spaces")
            << QStringLiteral("\n\n   \t\n  Spaced   out  title \r\nBody") << QStringLiteral("Spaced out title");
        QTest::newRow("section label") << QStringLiteral(
            "INSIGHTS\n\nThe Real Headline\n\nBy LIANG Yilian & HU Dingkun\n")
                                       << QStringLiteral("The Real Headline");
        QTest::newRow("sources counter and citation")
            << QStringLiteral("4 Sources\n4 Sources\n[1]\nCompanies Are Driving the Boom\nBody")
            << QStringLiteral("Companies Are Driving the Boom");
        QTest::newRow("share furniture") << QStringLiteral("Share\nCopy Link\n5 min read\nA Story About Things\n")
                                         << QStringLiteral("A Story About Things");
        QTest::newRow("digits and rules")
            << QStringLiteral("1\n---\n* * *\n12/3\nNumbers Skipped\n") << QStringLiteral("Numbers Skipped");
        QTest::newRow("byline first") << QStringLiteral("By Jane Doe and John Smith\nMarkets Rally Again\n")
                                      << QStringLiteral("Markets Rally Again");
        QTest::newRow("by in a title") << QStringLiteral("By the numbers: the AI boom\n")
                                       << QStringLiteral("By the numbers: the AI boom");
        QTest::newRow("dateline first") << QStringLiteral("02 Jan 2026 (AFP)\nBeijing Unveils Plan\n")
                                        << QStringLiteral("Beijing Unveils Plan");
        QTest::newRow("masthead over headline")
            << QStringLiteral(
                   "Spike News\n\nChinas AI Leaps Ahead, Reshaping Global Tech Landscape\n\nAs Chinese AI...")
            << QStringLiteral("Chinas AI Leaps Ahead, Reshaping Global Tech Landscape");
        QTest::newRow("masthead-like title over a paragraph") << QStringLiteral(
            "Fake News\n\nThis paragraph explains at length what the story is about, and it is a sentence.")
                                                              << QStringLiteral("Fake News");
        QTest::newRow("leading debris") << QStringLiteral(". Nearly 80 percent cluster in hubs\n")
                                        << QStringLiteral("Nearly 80 percent cluster in hubs");
        QTest::newRow("bullet") << QStringLiteral("\u2022 Bullet Headline\n") << QStringLiteral("Bullet Headline");
        QTest::newRow("all-caps headline kept")
            << QStringLiteral("CHINA BANS EXPORTS\nBody") << QStringLiteral("CHINA BANS EXPORTS");
        QTest::newRow("one word, mixed case") << QStringLiteral("Zhipu\nBody") << QStringLiteral("Zhipu");
        QTest::newRow("chinese") << QStringLiteral("\u4eba\u5de5\u667a\u80fd\u53d1\u5c55\n\u6b63\u6587")
                                 << QStringLiteral("\u4eba\u5de5\u667a\u80fd\u53d1\u5c55");

        const QString lead = QStringLiteral(
            "China has rapidly advanced its cybersecurity capabilities, signaling a significant shift in the global "
            "landscape. This development marks a crucial turning point in the AI race, as Beijing strengthens its "
            "technological defenses.");
        QTest::newRow("lead paragraph, then a headline")
            << (lead + QStringLiteral("\nChina Narrows the Cybersecurity Gap with Anthropic\nMore text."))
            << QStringLiteral("China Narrows the Cybersecurity Gap with Anthropic");
        QTest::newRow("lead paragraph alone: first sentence")
            << (lead + QStringLiteral("\nthe next line is ordinary prose, not a headline at all."))
            << QStringLiteral(
                   "China has rapidly advanced its cybersecurity capabilities, signaling a significant shift "
                   "in the global landscape");
        QTest::newRow("abbreviations do not end a sentence")
            << QStringLiteral("The U.S. and Mr. Smith agree on export controls for advanced chips and tools. Then "
                              "more text follows here, long enough to make this line a paragraph rather than a title "
                              "of any kind.")
            << QStringLiteral("The U.S. and Mr. Smith agree on export controls for advanced chips and tools");
        QString longSentence;
        for (int i = 0; i < 40; ++i)
            longSentence += QStringLiteral("word ");
        QTest::newRow("long first sentence: cut at a word")
            << longSentence << (QString(QStringLiteral("word ")).repeated(31) + QStringLiteral("word") + QChar(0x2026));
        QTest::newRow("nothing meaningful") << QStringLiteral("\n1\n2\n[3]\n---\n") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void guessTitle()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        QCOMPARE(Annalist::guessTitle(text), title);
    }

    void longLineIsCapped()
    {
        QString line;
        for (int i = 0; i < 100; ++i)
            line += QStringLiteral("word ");
        const QString title = Annalist::guessTitle(line);
        QVERIFY(title.size() <= MaxTitleLength);
        QVERIFY(title.endsWith(QChar(0x2026)));
        QVERIFY(title.startsWith(QLatin1String("word word")));
    }

    void markdown_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::newRow("heading syntax") << QStringLiteral("## The **Big** [story](http://example.com) ##\n")
                                        << QStringLiteral("The Big story");
        QTest::newRow("image skipped") << QStringLiteral("![logo](logo.png)\n\n> Quoted _lead_ line\n")
                                       << QStringLiteral("Quoted lead line");
        QTest::newRow("fenced code skipped") << QStringLiteral("```\n# not a title\n```\nsnake_case_name stays\n")
                                             << QStringLiteral("snake_case_name stays");
    }

    void markdown()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        QCOMPARE(Annalist::guessTitle(text, TextFlavor::Markdown), title);
    }

    void cleanTitle()
    {
        QCOMPARE(Annalist::cleanTitle(u"  a \n b\tc  "), QStringLiteral("a b c"));
        QCOMPARE(Annalist::cleanTitle(QString(300, QLatin1Char('x'))).size(), MaxTitleLength);
    }

    void isBlank()
    {
        QVERIFY(Annalist::isBlank(u""));
        QVERIFY(Annalist::isBlank(u" \n\t\u00a0\r\n"));
        QVERIFY(!Annalist::isBlank(u"  x "));
    }
};

QTEST_GUILESS_MAIN(TestTitleGuesser)
#include "tst_titleguesser.moc"
