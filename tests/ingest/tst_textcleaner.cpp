#include "ingest/textcleaner.h"
#include "ingest/textcleanerwords.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <thread>
#include <vector>

using namespace Annalist;

namespace {

QStringList seedFiles()
{
    const QDir dir(QStringLiteral(ANNALIST_SHARED_DIR "/corpus"));
    QStringList files;
    const QStringList names = dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    for (const QString &name : names)
        files.append(dir.filePath(name));
    return files;
}

QString readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Whitespace-separated tokens of text as spans.
QList<TextSpan> tokens(QStringView text)
{
    QList<TextSpan> result;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i].isSpace())
            ++i;
        const qsizetype start = i;
        while (i < text.size() && !text[i].isSpace())
            ++i;
        if (i > start)
            result.append({ start, i - start });
    }
    return result;
}

} // namespace

class TestTextCleaner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(CleanerWords::available(), "the build has no word list (package wamerican)"); }

    void clean_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("expected");

        QTest::newRow("dictionary word joined")
            << QStringLiteral("their own devel-\nopment plans") << QStringLiteral("their own development plans");
        QTest::newRow("technology") << QStringLiteral("tech-\nnology") << QStringLiteral("technology");
        QTest::newRow("capitalised half") << QStringLiteral("Devel-\nopment") << QStringLiteral("Development");
        QTest::newRow("compound keeps hyphen")
            << QStringLiteral("an open-\nsource model") << QStringLiteral("an open-source model");
        QTest::newRow("compounds untouched") << QStringLiteral("open-source, U.S.-China and AI-powered tools")
                                             << QStringLiteral("open-source, U.S.-China and AI-powered tools");
        QTest::newRow("U.S.- at line end")
            << QStringLiteral("U.S.-\nChina talks") << QStringLiteral("U.S.-China talks");
        QTest::newRow("AI- at line end") << QStringLiteral("AI-\npowered") << QStringLiteral("AI-powered");
        QTest::newRow("hyphen before paragraph break, no word") << QStringLiteral(
            "their own devel-\n\nbiomaterials experts") << QStringLiteral("their own devel-\n\nbiomaterials experts");
        QTest::newRow("break turned into a space")
            << QStringLiteral("technological self- reliance") << QStringLiteral("technological self-reliance");
        QTest::newRow("space break, word") << QStringLiteral("tech- nology") << QStringLiteral("technology");
        QTest::newRow("suspended hyphen") << QStringLiteral("pre- and post-war") << QStringLiteral("pre- and post-war");
        QTest::newRow("dash kept") << QStringLiteral("growth - and more") << QStringLiteral("growth - and more");

        QTest::newRow("citation between paragraphs")
            << QStringLiteral(
                   "blacklisting the company from accessing U.S. technology without licenses\n\n1\n\n.\n\nImplications")
            << QStringLiteral(
                   "blacklisting the company from accessing U.S. technology without licenses.\n\nImplications");
        QTest::newRow("indented citation in a list")
            << QStringLiteral(
                   "  1. The Biden administration has introduced new rules on chips\n\n    1\n\n    .\n\n  2. Export")
            << QStringLiteral(
                   "1. The Biden administration has introduced new rules on chips.\n\n  2. Export"); // text starts at a
                                                                                                     // letter
        QTest::newRow("citation then sentence")
            << QStringLiteral(
                   "challenged assumptions about US dominance in artificial intelligence\n3\n. Wu Chenglin's venture")
            << QStringLiteral(
                   "challenged assumptions about US dominance in artificial intelligence. Wu Chenglin's venture");
        QTest::newRow("glued citation digit")
            << QStringLiteral("closed deals with 50 AI firms over the past 12 months3\n.\nSource: ET")
            << QStringLiteral("closed deals with 50 AI firms over the past 12 months.\nSource: ET");
        QTest::newRow("glued period, space added")
            << QStringLiteral("remain mostly closed-source2\n.DeepSeek and others")
            << QStringLiteral("remain mostly closed-source. DeepSeek and others");
        QTest::newRow("list numbers before labels stay")
            << QStringLiteral("08 Jan 2026\n\n1\nPolicy and Regulation\n\n2\nTechnology")
            << QStringLiteral("08 Jan 2026\n\n1\nPolicy and Regulation\n\n2\nTechnology");
        QTest::newRow("year not a citation")
            << QStringLiteral("expected by 2025\n.") << QStringLiteral("expected by 2025.");

        QTest::newRow("furniture") << QStringLiteral(
            "4 Sources\n4 Sources\n[1]\nTitle\nBody.\nShare\nShare\nCopy Link\nSummary.")
                                   << QStringLiteral("[1]\nTitle\nBody.\nSummary.");
        QTest::newRow("furniture between paragraphs")
            << QStringLiteral("Headline\n\n2 Sources\n\nShare\n\nThe text.") << QStringLiteral("Headline\n\nThe text.");
        QTest::newRow("share inside a sentence stays")
            << QStringLiteral("Share prices rose.") << QStringLiteral("Share prices rose.");

        QTest::newRow("mojibake quotes") << QStringLiteral(
            "Don\u00e2\u20ac\u2122t \u00e2\u20ac\u0153go\u00e2\u20ac\u009d")
                                         << QStringLiteral("Don\u2019t \u201cgo\u201d");
        QTest::newRow("mojibake lost byte")
            << QStringLiteral("\u00e2\u20ac\u0153go\u00e2\u20ac now") << QStringLiteral("\u201cgo\u201d now");
        QTest::newRow("mojibake latin-1") << QStringLiteral("caf\u00c3\u00a9 \u00c2\u00a9 2025 Z\u00c3\u00bcrich")
                                          << QStringLiteral("caf\u00e9 \u00a9 2025 Z\u00fcrich");
        QTest::newRow("mojibake dash and emoji") << QStringLiteral("a \u00e2\u20ac\u201d b \u00f0\u0178\u02dc\u20ac")
                                                 << QStringLiteral("a \u2014 b \U0001F600");
        QTest::newRow("real accents stay") << QStringLiteral("\u00abÉ\u00bb Déjà vu, na\u00efve, S\u00e3o Paulo")
                                           << QStringLiteral("\u00abÉ\u00bb Déjà vu, na\u00efve, S\u00e3o Paulo");
        QTest::newRow("ligature, soft hyphen, zero width")
            << QStringLiteral("\ufb01nal in\u00adter\u200bnational") << QStringLiteral("final international");
        QTest::newRow("escaped dollar") << QStringLiteral("reach \\$1.5 trillion")
                                        << QStringLiteral("reach $1.5 trillion");

        QTest::newRow("paragraph breaks collapse")
            << QStringLiteral("\n\nFirst paragraph.  \r\n\r\n\r\n\r\nSecond   paragraph.\n\n\n")
            << QStringLiteral("First paragraph.\n\nSecond paragraph.");
        QTest::newRow("indentation kept")
            << QStringLiteral("Intro:\n    code line") << QStringLiteral("Intro:\n    code line");
        QTest::newRow("lower-case continuation")
            << QStringLiteral("the committee said on Tuesday that the\nrules would change.")
            << QStringLiteral("the committee said on Tuesday that the rules would change.");
        QTest::newRow("headings and bullets stay") << QStringLiteral(
            "Key developments include:\n- Integration of techniques\n- Collaboration\nFinal Thoughts\nAs China closes")
                                                   << QStringLiteral(
                                                          "Key developments include:\n- Integration of techniques\n- "
                                                          "Collaboration\nFinal Thoughts\nAs China closes");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only furniture") << QStringLiteral("Share\n\nCopy Link\n") << QString();
    }

    void clean()
    {
        QFETCH(QString, original);
        QFETCH(QString, expected);
        const CleanText result = TextCleaner::clean(original);
        QCOMPARE(result.text, expected);
        QCOMPARE(result.map.originalLength(), original.size());
        QCOMPARE(result.map.cleanLength(), expected.size());
    }

    void hardWrappedText()
    {
        const QString original = QStringLiteral("Beijing announced on Monday a new plan to support the\n"
                                                "development of artificial intelligence in manufacturing,\n"
                                                "with subsidies for factories that adopt large models and\n"
                                                "tax relief for companies that train them at home. Officials\n"
                                                "said the plan would run until 2027.\n"
                                                "\n"
                                                "Analysts welcomed the move but warned that export controls\n"
                                                "on advanced chips remain the main obstacle for developers,\n"
                                                "who need two to four times more computing power to train\n"
                                                "their models on domestic hardware, according to Omdia.\n");
        const QString expected = QStringLiteral(
            "Beijing announced on Monday a new plan to support the development of artificial intelligence in "
            "manufacturing, with subsidies for factories that adopt large models and tax relief for companies that "
            "train them at home. Officials said the plan would run until 2027.\n\n"
            "Analysts welcomed the move but warned that export controls on advanced chips remain the main obstacle "
            "for developers, who need two to four times more computing power to train their models on domestic "
            "hardware, according to Omdia.");
        QCOMPARE(TextCleaner::clean(original).text, expected);
    }

    void hyphenMapsBack()
    {
        const QString original = QStringLiteral("their own devel-\nopment plans");
        const CleanText result = TextCleaner::clean(original);
        const qsizetype at = result.text.indexOf(QStringLiteral("development"));
        const TextSpan span = result.map.toOriginal(TextSpan { at, 11 });
        QCOMPARE(original.mid(span.start, span.length), QStringLiteral("devel-\nopment"));
        QCOMPARE(result.map.toClean(span), (TextSpan { at, 11 }));
    }

    void seedFile_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = seedFiles();
        for (const QString &path : files)
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    // Every token of the clean text maps to the original and back onto itself; tokens without an
    // edit inside read the same in both texts; the debris is gone.
    void seedFile()
    {
        QFETCH(QString, path);
        const QString original = readUtf8(path);
        QVERIFY(!original.isEmpty());
        const CleanText result = TextCleaner::clean(original);
        QCOMPARE(result.map.originalLength(), original.size());
        QCOMPARE(result.map.cleanLength(), result.text.size());
        const QList<TextSpan> spans = tokens(result.text);
        QVERIFY(spans.size() > 300);
        int identical = 0;
        for (const TextSpan &token : spans) {
            const TextSpan there = result.map.toOriginal(token);
            QCOMPARE(result.map.toClean(there), token);
            QVERIFY(there.length >= 1);
            if (original.mid(there.start, there.length) == result.text.mid(token.start, token.length))
                ++identical;
        }
        QVERIFY2(identical * 100 >= spans.size() * 98, qPrintable(QString::number(identical)));
        QVERIFY(!result.text.contains(QStringLiteral("\n\n\n")));
        QVERIFY(!result.text.contains(QStringLiteral("\u00e2\u20ac")));
        static const QRegularExpression debris(
            QStringLiteral("^(Share|Copy Link|\\d+ Sources|\\.)$"), QRegularExpression::MultilineOption);
        QVERIFY(!debris.match(result.text).hasMatch());
        const auto openSource = [](const QString &t) { return t.count(QStringLiteral("open-source")); };
        QCOMPARE(openSource(result.text), openSource(original));
    }

    // Worker threads clean concurrently (the word list loads on first use, from any of them).
    void concurrentUse()
    {
        QStringList texts;
        for (const QString &path : seedFiles())
            texts.append(readUtf8(path));
        QStringList expected;
        for (const QString &t : std::as_const(texts))
            expected.append(TextCleaner::clean(t).text);
        std::vector<QStringList> results(4);
        std::vector<std::thread> threads;
        for (size_t k = 0; k < results.size(); ++k) {
            threads.emplace_back([&texts, &out = results[k]] {
                for (int round = 0; round < 20; ++round) {
                    out.clear();
                    for (const QString &t : texts)
                        out.append(TextCleaner::clean(t).text);
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        for (const QStringList &r : results)
            QCOMPARE(r, expected);
    }

    void seedSpecifics()
    {
        const QString dir = QStringLiteral(ANNALIST_SHARED_DIR "/corpus/");
        const QString s000 = TextCleaner::clean(readUtf8(dir + QStringLiteral("000_3b67bf4b971ef594.txt"))).text;
        QVERIFY(s000.contains(QStringLiteral("\"technological self-reliance\"")));
        QVERIFY(s000.contains(QStringLiteral("reach $1.5 trillion")));
        QVERIFY(s000.contains(QStringLiteral("their own devel-\n\nbiomaterials"))); // no word: kept
        const QString s004 = TextCleaner::clean(readUtf8(dir + QStringLiteral("004_14ae249b47b11dee.txt"))).text;
        QVERIFY(s004.contains(QStringLiteral("without special licenses.\n\nImplications")));
        QVERIFY(s004.contains(QStringLiteral("U.S.-China Tech Tensions")));
        QVERIFY(s004.startsWith(
            QStringLiteral("US Blacklists Chinese AI Startup Zhipu, Deepening Tech Restrictions\n\nThe US")));
        const QString s003 = TextCleaner::clean(readUtf8(dir + QStringLiteral("003_5fe6dabfaf29de00.txt"))).text;
        QVERIFY(s003.startsWith(QStringLiteral("[1]\nThousands of Companies")));
        QVERIFY(s003.contains(QStringLiteral("over the past 12 months.\nSource: ET")));
        QVERIFY(s003.contains(QStringLiteral("in artificial intelligence. Wu Chenglin's")));
    }
};

QTEST_GUILESS_MAIN(TestTextCleaner)
#include "tst_textcleaner.moc"
