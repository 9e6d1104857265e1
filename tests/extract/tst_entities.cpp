#include "extract/engine.h"
#include "extract/entities.h"
#include "extract/knowledge.h"

#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace Annalist::Extract;

// The chunker and its typing, alias merging within a document, and the user dictionary.
class TestEntities : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chunks_data();
    void chunks();
    void merging_data();
    void merging();
    void mentionsIndexTheText();
    void dictionary_data();
    void dictionary();
    void dictionaryValueType();
    void concurrentExtraction();

private:
    static QStringList describe(const QList<Entity> &entities)
    {
        QStringList out;
        for (const Entity &e : entities)
            out << e.type + QLatin1Char(':') + e.name;
        return out;
    }
    Engine m_engine;
};

void TestEntities::chunks_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QStringList>("expected"); // TYPE:name of each chunk, in order

    auto row = [](const char *name, const char *sentence, QStringList expected) {
        QTest::newRow(name) << QString::fromUtf8(sentence) << expected;
    };
    using L = QStringList;
    const auto s = [](const char *x) { return QString::fromUtf8(x); };
    row("known names", "Previously, U.S. AI developers such as Anthropic and OpenAI restricted access.",
        L{s("PLACE:U.S."), s("ORG:Anthropic"), s("ORG:OpenAI")});
    row("sentence-initial word is no name", "Meanwhile, analysts were cautious.", L{});
    row("org suffix", "Andy Plump, head of research at Takeda Pharmaceutical, told reporters.",
        L{s("PERSON:Andy Plump"), s("ORG:Takeda Pharmaceutical")});
    row("of inside institution", "Professor Wang Bo, vice president of the Beijing Institute of Technology, spoke.",
        L{s("PERSON:Wang Bo"), s("ORG:Beijing Institute of Technology")});
    row("and inside institution", "the Center for Strategic and International Studies said",
        L{s("ORG:Center for Strategic and International Studies")});
    row("and between names", "institutions like Tsinghua University and Harbin Institute of Technology",
        L{s("ORG:Tsinghua University"), s("ORG:Harbin Institute of Technology")});
    row("versioned product", "OpenAI restricted access to its latest model (GPT-5.6) on Monday.",
        L{s("ORG:OpenAI"), s("PRODUCT:GPT-5.6")});
    row("product with version words", "It beats the Claude Opus 4.8 model released by Anthropic.",
        L{s("PRODUCT:Claude Opus 4.8"), s("ORG:Anthropic")});
    row("context before", "Data from cybersecurity company Quarkle shows gains.", L{s("ORG:Quarkle")});
    row("context after", "simultaneously banning Zentora models overseas", L{s("PRODUCT:Zentora")});
    row("appositive org", "According to Plonkit, a company that provides access to models, usage grew.",
        L{s("ORG:Plonkit")});
    row("appositive product", "rankings by \"Scorely,\" a benchmark testing platform created by researchers",
        L{s("PRODUCT:Scorely")});
    row("list type", "it can operate platforms such as Quillmail, Zhihu, and Weibo to search",
        L{s("PRODUCT:Quillmail"), s("PRODUCT:Zhihu"), s("PRODUCT:Weibo")});
    row("event suffix", "said Bai Chunli, chair of the ChinaNANO 2025 Conference.",
        L{s("PERSON:Bai Chunli"), s("EVENT:ChinaNANO 2025 Conference")});
    row("title", "said Professor Lira- Cantu of the institute", L{s("PERSON:Lira-Cantu")});
    row("participle", "Tencent-backed AI startup Zhipu was added.", L{s("ORG:Tencent"), s("ORG:Zhipu")});
    row("nationality stripped", "Chinese chip designer Sophgo has also been added.", L{s("ORG:Sophgo")});
    row("administration", "the Trump administration's measures", L{s("ORG:Trump administration")});
    row("number opening a company", "cybersecurity company 360 Security Technology Group Co., Ltd. released a tool.",
        L{s("ORG:360 Security Technology Group Co., Ltd.")});
    row("headline keeps known names only", "Anthropic's Ban Fails to Curb China's Booming AI Industry\n\nText.",
        L{s("ORG:Anthropic"), s("PLACE:China")});
    row("byline", "By LIANG Yilian & HU Dingkun\n\nText.", L{s("PERSON:Liang Yilian"), s("PERSON:Hu Dingkun")});
    row("dates are no names", "On June 26th, OpenAI said so.", L{s("ORG:OpenAI")});
    row("acronym of the trade", "LLMs and GPUs matter to AI.", L{});
}

void TestEntities::chunks()
{
    QFETCH(QString, sentence);
    QFETCH(QStringList, expected);
    const std::vector<Token> tokens = tokenize(sentence);
    const std::vector<Chunk> found = findChunks(sentence, tokens, Knowledge::builtIn(), UserDictionary());
    QStringList actual;
    for (const Chunk &c : found)
        actual << typeName(c.type) + QLatin1Char(':') + c.name;
    QCOMPARE(actual, expected);
}

void TestEntities::merging_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // TYPE:canonical, in order of first mention
    QTest::addColumn<QStringList>("aliasesOfFirst");

    const auto s = [](const char *x) { return QString::fromUtf8(x); };
    QTest::newRow("surname") << s("Zhipu was founded by professor Tang Jie in Beijing. Tang said it would grow.")
                             << QStringList{s("ORG:Zhipu"), s("PERSON:Tang Jie"), s("PLACE:Beijing")}
                             << QStringList{s("Zhipu AI"), s("Zhipu")}; // the text's own form names it
    QTest::newRow("gazetteer aliases") << s("The U.S. said so. The United States and the US agree.")
                                       << QStringList{s("PLACE:United States")}
                                       << QStringList{s("United States"), s("U.S."), s("US")};
    QTest::newRow("organisation short form")
        << s("Chinese tech company Zhipu Huazhang Technology has released an agent. Zhipu AI said it works.")
        << QStringList{s("ORG:Zhipu AI")} << QStringList{s("Zhipu AI"), s("Zhipu Huazhang Technology")};
    QTest::newRow("unknown company short form")
        << s("Founded in 2024, Zorvex Cloud Technology builds tools. Zorvex said revenue grew.")
        << QStringList{s("ORG:Zorvex Cloud Technology")}
        << QStringList{s("Zorvex Cloud Technology"), s("Zorvex")};
    QTest::newRow("acronym") << s("The Cyberspace Administration of China (CAC) requires it. The CAC said so.")
                             << QStringList{s("ORG:Cyberspace Administration of China")}
                             << QStringList{s("Cyberspace Administration of China"), s("CAC")};
    QTest::newRow("product tail") << s("It beats the Claude Opus 4.8 model. With instructions, Opus 4.8 can rival it.")
                                  << QStringList{s("PRODUCT:Claude Opus 4.8")}
                                  << QStringList{s("Claude Opus 4.8"), s("Opus 4.8")};
    QTest::newRow("broken hyphen") << s("said Professor Monica Lira- Cantu, full professor. Lira-Cantu used lenses.")
                                   << QStringList{s("PERSON:Monica Lira-Cantu")}
                                   << QStringList{s("Monica Lira-Cantu"), s("Monica Lira- Cantu"), s("Lira-Cantu")};
    QTest::newRow("company and its model")
        << s("Chinese models like DeepSeek and Qwen flourish. DeepSeek R1 by DeepSeek leads.")
        << QStringList{s("PRODUCT:DeepSeek"), s("PRODUCT:Qwen"), s("PRODUCT:DeepSeek R1"), s("ORG:DeepSeek")}
        << QStringList{s("DeepSeek")};
}

void TestEntities::merging()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, aliasesOfFirst);
    const Result r = m_engine.extract(text, QDate(2025, 9, 15));
    QCOMPARE(describe(r.entities), expected);
    QStringList aliases = r.entities.first().aliases;
    aliases.sort();
    aliasesOfFirst.sort();
    QCOMPARE(aliases, aliasesOfFirst);
}

void TestEntities::mentionsIndexTheText()
{
    // UTF-16 offsets, also after characters outside the Basic Multilingual Plane
    const QString text = QStringLiteral("\U0001F600 Nvidia\u2019s chips and OpenAI\u2019s models. Nvidia said so.");
    const Result r = m_engine.extract(text, QDate(2025, 9, 15));
    QCOMPARE(describe(r.entities), (QStringList{QStringLiteral("ORG:Nvidia"), QStringLiteral("ORG:OpenAI")}));
    QCOMPARE(r.entities[0].mentions.size(), 2);
    for (const Entity &e : r.entities)
        for (const Mention &m : e.mentions)
            QCOMPARE(text.mid(m.start, m.length), m.text);
}

void TestEntities::dictionary_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QStringList>("expected");

    const QString text = QStringLiteral("Researchers at Quorvia Labs said Tencent invested. Tencent denied it.");
    const auto s = [](const char *x) { return QString::fromUtf8(x); };
    QTest::newRow("built in") << text << QString() << QStringList{s("ORG:Quorvia Labs"), s("ORG:Tencent")};
    QTest::newRow("type change overrides gazetteer")
        << text << s("type Tencent PRODUCT") << QStringList{s("ORG:Quorvia Labs"), s("PRODUCT:Tencent")};
    QTest::newRow("type change overrides rules")
        << text << s("type Quorvia Labs PERSON") << QStringList{s("PERSON:Quorvia Labs"), s("ORG:Tencent")};
    QTest::newRow("ignore") << text << s("ignore Tencent") << QStringList{s("ORG:Quorvia Labs")};
    QTest::newRow("rename") << text << s("rename Tencent Tencent Holdings")
                            << QStringList{s("ORG:Quorvia Labs"), s("ORG:Tencent Holdings")};
    QTest::newRow("alias merges") << text << s("alias Quorvia Labs Tencent") << QStringList{s("ORG:Tencent")};
    QTest::newRow("new name found") << s("The Bramblefield pipeline was retired.") << s("type Bramblefield PRODUCT")
                                    << QStringList{s("PRODUCT:Bramblefield")};
    QTest::newRow("lower-case name found") << s("the nimbus cluster went down") << s("type nimbus PRODUCT")
                                           << QStringList{s("PRODUCT:nimbus")};
}

void TestEntities::dictionary()
{
    QFETCH(QString, text);
    QFETCH(QString, operation);
    QFETCH(QStringList, expected);
    UserDictionary d;
    if (operation.startsWith(QLatin1String("type "))) {
        const qsizetype space = operation.lastIndexOf(QLatin1Char(' '));
        d.setType(operation.mid(5, space - 5), operation.mid(space + 1));
    } else if (operation.startsWith(QLatin1String("ignore "))) {
        d.ignore(operation.mid(7));
    } else if (operation.startsWith(QLatin1String("rename Tencent "))) {
        d.rename(QStringLiteral("Tencent"), operation.mid(15));
    } else if (operation.startsWith(QLatin1String("alias Quorvia Labs "))) {
        d.addAlias(QStringLiteral("Quorvia Labs"), operation.mid(19));
    }
    const Result r = m_engine.extract(text, QDate(2025, 9, 15), d);
    QCOMPARE(describe(r.entities), expected);
}

void TestEntities::dictionaryValueType()
{
    UserDictionary a;
    QVERIFY(a.isEmpty());
    a.addAlias(QStringLiteral("Zhipu Huazhang"), QStringLiteral("Zhipu AI"));
    a.merge(QStringLiteral("Z.ai"), QStringLiteral("Zhipu Huazhang"));
    QCOMPARE(a.canonicalFor(QStringLiteral("  zhipu   huazhang ")), QStringLiteral("Zhipu AI"));
    QCOMPARE(a.canonicalFor(QStringLiteral("Z.AI")), QStringLiteral("Zhipu AI"));
    a.setType(QStringLiteral("Zhipu AI"), QStringLiteral("ORG"));
    a.ignore(QStringLiteral("Share"));
    QVERIFY(a.isIgnored(QStringLiteral("share")));
    QCOMPARE(a.typeFor(QStringLiteral("zhipu ai")), QStringLiteral("ORG"));
    const UserDictionary b = a;
    QVERIFY(a == b);
    QVERIFY(a.names().contains(QStringLiteral("Z.ai")));
}

void TestEntities::concurrentExtraction()
{
    // extract() is const and shares the gazetteers: several threads at once give the same result
    const QString text = QStringLiteral("On Wednesday, the U.S. added Zhipu, founded by Tang Jie, to its list.");
    const Result reference = m_engine.extract(text, QDate(2025, 1, 17));
    std::vector<QStringList> results(4);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < 4; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            for (int k = 0; k < 50; ++k)
                results[i] = describe(m_engine.extract(text, QDate(2025, 1, 17)).entities);
        }));
        threads.back()->start();
    }
    for (auto &t : threads)
        t->wait();
    for (const QStringList &r : results)
        QCOMPARE(r, describe(reference.entities));
}

QTEST_GUILESS_MAIN(TestEntities)
#include "tst_entities.moc"
