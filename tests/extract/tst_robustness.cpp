#include "extract/engine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Annalist::Extract;

// Messy input never breaks the engine: every mention and date indexes the text it came from,
// and degenerate texts (one huge line, no spaces, endless capitals) take linear time.
class TestRobustness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mutatedText();
    void degenerateText();

private:
    static void verifyOffsets(const QString &text, const Result &r)
    {
        for (const Entity &e : r.entities) {
            QVERIFY(!e.name.isEmpty());
            QVERIFY(!e.mentions.isEmpty());
            for (const Mention &m : e.mentions) {
                QVERIFY(m.start >= 0 && m.length > 0 && m.start + m.length <= text.size());
                QCOMPARE(text.mid(m.start, m.length), m.text);
            }
        }
        for (const Timex &t : r.timex) {
            QVERIFY(t.start >= 0 && t.length > 0 && t.start + t.length <= text.size());
            QCOMPARE(text.mid(t.start, t.length), t.text);
            QVERIFY(!t.value.isEmpty());
        }
    }
    Engine m_engine;
};

void TestRobustness::mutatedText()
{
    QRandomGenerator rng(7);
    const QString alphabet = QStringLiteral("aAzZ09 .,'\u2019-\n()\"\u201c:&$%\u00e9\u4e2d\U0001F600");
    QFile f(QStringLiteral(ANNALIST_SHARED_DIR "/corpus/000_3b67bf4b971ef594.txt"));
    const QString seed = f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll())
                                                     : QStringLiteral("Zhipu AI, founded by Tang Jie in 2019, said on Monday.");
    for (int round = 0; round < 400; ++round) {
        QString text;
        if (round % 2) {
            const int len = int(rng.bounded(300));
            for (int i = 0; i < len; ++i)
                text += alphabet.at(int(rng.bounded(int(alphabet.size()))));
        } else {
            const int a = int(rng.bounded(int(seed.size())));
            text = seed.mid(a, int(rng.bounded(2000)));
            for (int k = 0; k < 5 && !text.isEmpty(); ++k)
                text[int(rng.bounded(int(text.size())))] = alphabet.at(int(rng.bounded(int(alphabet.size()))));
        }
        verifyOffsets(text, m_engine.extract(text, QDate(2025, 1, 1 + round % 28)));
        verifyOffsets(text, m_engine.extract(text, QDate()));
        (void)detectPublicationDate(text);
    }
}

void TestRobustness::degenerateText()
{
    QElapsedTimer timer;
    timer.start();
    const QString words = QStringLiteral("Abc ").repeated(100000);
    verifyOffsets(words, m_engine.extract(words, QDate(2025, 1, 1)));
    const QString letters(200000, QLatin1Char('A'));
    verifyOffsets(letters, m_engine.extract(letters, QDate(2025, 1, 1)));
    const QString capitals = QStringLiteral("The University of Ministry and Center for ").repeated(20000);
    verifyOffsets(capitals, m_engine.extract(capitals, QDate(2025, 1, 1)));
    const QString digits = QStringLiteral("2025 ").repeated(50000);
    verifyOffsets(digits, m_engine.extract(digits, QDate(2025, 1, 1)));
    QVERIFY2(timer.elapsed() < 20000, "degenerate texts must not take quadratic time");
}

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
