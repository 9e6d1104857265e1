#include "ingest/articlesplitter.h"
#include "ingest/nearduplicates.h"
#include "ingest/textcleaner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <cstdlib>
#include <vector>

using namespace Annalist;

Q_DECLARE_METATYPE(QList<Annalist::DiffChunk>)

namespace {

struct SeedArticle
{
    QString name; // "003#2"
    QString title;
    QString text; // clean
};

// Every article of every seed file, split and cleaned the way the pipeline does it.
QList<SeedArticle> seedArticles()
{
    QList<SeedArticle> articles;
    const QDir dir(QStringLiteral(ANNALIST_SHARED_DIR "/corpus"));
    const QStringList names = dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString original = QString::fromUtf8(file.readAll());
        const QList<ArticleRange> ranges = ArticleSplitter::split(original);
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            const QStringView piece = QStringView(original).mid(ranges[i].start, ranges[i].end - ranges[i].start);
            articles.append({ name.left(3) + QLatin1Char('#') + QString::number(i + 1), ranges[i].title,
                TextCleaner::clean(piece).text });
        }
    }
    return articles;
}

QString joined(const QList<DiffChunk> &chunks, DiffChunk::Kind skip)
{
    QString text;
    for (const DiffChunk &c : chunks) {
        if (c.kind != skip)
            text += c.text;
    }
    return text;
}

} // namespace

class TestNearDuplicates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_articles = seedArticles();
        QCOMPARE(m_articles.size(), 13); // 5 + 1 + 1 + 5 + 1, see tst_articlesplitter
    }

    void signatureBasics()
    {
        const Signature empty = NearDuplicates::signature(u"  ...  ");
        QVERIFY(empty.isEmpty());
        QCOMPARE(empty.similarity(empty), 0.0);
        const Signature a = NearDuplicates::signature(m_articles[0].text);
        QCOMPARE(a, NearDuplicates::signature(m_articles[0].text));
        QCOMPARE(a.similarity(a), 1.0);
        // Case, punctuation and "U.S." against "US" do not matter.
        QCOMPARE(NearDuplicates::signature(u"The U.S. export controls, said the ministry on Monday."),
            NearDuplicates::signature(u"the US export controls said the Ministry on monday"));
        // Short texts still get a signature; CJK characters are words of their own.
        QVERIFY(!NearDuplicates::signature(u"Zhipu").isEmpty());
        const Signature cjk = NearDuplicates::signature(u"\u4eba\u5de5\u667a\u80fd\u53d1\u5c55\u8fc5\u901f");
        QCOMPARE(cjk.wordCount(), 8u);
    }

    void serialisation()
    {
        const Signature a = NearDuplicates::signature(m_articles[1].text);
        const QByteArray bytes = a.toBytes();
        QCOMPARE(bytes.size(), 776);
        bool ok = false;
        QCOMPARE(Signature::fromBytes(bytes, &ok), a);
        QVERIFY(ok);
        Signature::fromBytes(bytes.left(100), &ok);
        QVERIFY(!ok);
        QByteArray wrongMagic = bytes;
        wrongMagic[0] = 'X';
        QVERIFY(Signature::fromBytes(wrongMagic, &ok).isEmpty());
        QVERIFY(!ok);
    }

    // The aggregator (003) carries the AFP story twice: in full as source [2] and as the
    // excerpt [4] ("U.S." for "US", no dateline). Nothing else in the seed is a near-duplicate.
    void seedPairs()
    {
        QList<Signature> sigs;
        for (const SeedArticle &a : std::as_const(m_articles))
            sigs.append(NearDuplicates::signature(a.text));
        for (qsizetype i = 0; i < sigs.size(); ++i) {
            for (qsizetype j = i + 1; j < sigs.size(); ++j) {
                const double score = sigs[i].similarity(sigs[j]);
                const QString pair = m_articles[i].name + QStringLiteral(" / ") + m_articles[j].name;
                if (pair == QStringLiteral("003#2 / 003#4"))
                    QVERIFY2(score >= 0.8, qPrintable(pair + QString::number(score)));
                else
                    QVERIFY2(score < 0.3, qPrintable(pair + QStringLiteral(": ") + QString::number(score)));
            }
        }
    }

    void index()
    {
        NearDuplicateIndex index;
        for (qsizetype i = 0; i < m_articles.size(); ++i)
            index.add(100 + i, NearDuplicates::signature(m_articles[i].text));
        QCOMPARE(index.size(), m_articles.size());
        for (qsizetype i = 0; i < m_articles.size(); ++i) {
            const auto found = index.matches(NearDuplicates::signature(m_articles[i].text));
            QVERIFY(!found.isEmpty());
            QCOMPARE(found.first().first, 100 + i); // itself, score 1
            QCOMPARE(found.first().second, 1.0);
            const bool wire
                = m_articles[i].name == QStringLiteral("003#2") || m_articles[i].name == QStringLiteral("003#4");
            QCOMPARE(found.size(), wire ? 2 : 1);
            if (wire)
                QCOMPARE(m_articles[found[1].first - 100].title,
                    QStringLiteral("Dazzling Chinese AI debuts mask growing pains"));
        }
        const Signature excerpt = NearDuplicates::signature(m_articles[10].text); // 003#4
        index.remove(100 + 10);
        QCOMPARE(index.matches(excerpt).size(), 1); // only 003#2 now
        QCOMPARE(index.size(), m_articles.size() - 1);
        index.add(100 + 10, excerpt);
        QCOMPARE(index.matches(excerpt).size(), 2);
        index.add(100 + 8, excerpt); // re-adding an id replaces its entry
        QCOMPARE(index.size(), m_articles.size());
        const auto found = index.matches(excerpt);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].second, 1.0);
        QCOMPARE(found[1].second, 1.0);
        QVERIFY(index.matches(Signature()).isEmpty());
    }

    // earliestMatch() is the lowest earlier id of matches(), also in a big group of copies added
    // out of order, with removed members, and with the id itself in the index.
    void earliestMatchIsTheLowestEarlierMatch()
    {
        NearDuplicateIndex index;
        QList<Signature> signatures;
        for (qsizetype i = 0; i < m_articles.size(); ++i)
            signatures.append(NearDuplicates::signature(m_articles[i].text));
        // Copies of every seed article with one word changed each, ids interleaved and descending.
        qint64 id = 5000;
        for (int copy = 0; copy < 30; ++copy) {
            for (qsizetype i = 0; i < m_articles.size(); ++i) {
                QString text = m_articles[i].text;
                const qsizetype at = text.indexOf(QLatin1Char(' '), (copy * 97) % std::max<qsizetype>(1, text.size()));
                if (at > 0)
                    text.insert(at, QStringLiteral(" variant%1").arg(copy));
                index.add(id, NearDuplicates::signature(text));
                id -= 1;
            }
        }
        for (qsizetype i = 0; i < signatures.size(); ++i)
            index.add(100 + i, signatures[i]);
        index.remove(4990);
        int compared = 0;
        for (const qint64 before : {qint64(101), qint64(4000), qint64(4995), qint64(6000)}) {
            for (qsizetype i = 0; i < signatures.size(); ++i) {
                std::optional<QPair<qint64, double>> expected;
                for (const auto &match : index.matches(signatures[i])) {
                    if (match.first < before && (!expected || match.first < expected->first))
                        expected = match;
                }
                const auto earliest = index.earliestMatch(signatures[i], before);
                QCOMPARE(earliest.has_value(), expected.has_value());
                if (earliest) {
                    QCOMPARE(earliest->first, expected->first);
                    QCOMPARE(earliest->second, expected->second);
                    ++compared;
                }
            }
        }
        QVERIFY(compared > signatures.size());
        QVERIFY(!index.earliestMatch(Signature(), 6000));
    }

    // A syndicated copy: dateline dropped, spelling localised, a sentence cut, words changed.
    void syndicatedCopy()
    {
        const QString original = m_articles[8].text; // 003#2, the AFP story
        QVERIFY(original.contains(QStringLiteral("Hong Kong (AFP) - ")));
        QString copy = original;
        copy.remove(QStringLiteral("Hong Kong (AFP) - "));
        copy.replace(QStringLiteral("monetisation"), QStringLiteral("monetization"));
        copy.replace(QStringLiteral("favour"), QStringLiteral("favor"));
        copy.remove(QStringLiteral("The government said it also planned to strengthen supplies of computing power. "));
        copy.replace(QStringLiteral("dazzling debuts"), QStringLiteral("strong debuts"));
        copy.replace(QStringLiteral("soared 80 percent"), QStringLiteral("risen 80 percent"));
        copy += QStringLiteral(" Reporting by the wire desk; editing by the night editor.");
        const Signature a = NearDuplicates::signature(original);
        const Signature b = NearDuplicates::signature(copy);
        QVERIFY2(a.jaccard(b) > 0.8, qPrintable(QString::number(a.jaccard(b))));
        QVERIFY(a.similarity(b) > 0.8);
        NearDuplicateIndex index;
        index.add(1, a);
        QCOMPARE(index.matches(b).size(), 1);

        const QList<DiffChunk> diff = NearDuplicates::diffWords(original, copy);
        QCOMPARE(joined(diff, DiffChunk::Added), original);
        QCOMPARE(joined(diff, DiffChunk::Removed), copy);
        QVERIFY(diff.contains(DiffChunk { DiffChunk::Removed, QStringLiteral("monetisation") }));
        QVERIFY(diff.contains(DiffChunk { DiffChunk::Added, QStringLiteral("monetization") }));
    }

    void diffWords_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QList<DiffChunk>>("expected");
        using C = DiffChunk;
        QTest::newRow("word replaced") << QStringLiteral("the quick brown fox") << QStringLiteral("the slow brown fox")
                                       << QList<C> { { C::Same, QStringLiteral("the ") },
                                              { C::Removed, QStringLiteral("quick") },
                                              { C::Added, QStringLiteral("slow") },
                                              { C::Same, QStringLiteral(" brown fox") } };
        QTest::newRow("words added") << QStringLiteral("prices rose.") << QStringLiteral("prices rose sharply.")
                                     << QList<C> { { C::Same, QStringLiteral("prices rose") },
                                            { C::Added, QStringLiteral(" sharply") },
                                            { C::Same, QStringLiteral(".") } };
        QTest::newRow("whitespace is not a difference") << QStringLiteral("a  b\nc") << QStringLiteral("a b c")
                                                        << QList<C> { { C::Same, QStringLiteral("a b c") } };
        QTest::newRow("from nothing") << QString() << QStringLiteral("new")
                                      << QList<C> { { C::Added, QStringLiteral("new") } };
        QTest::newRow("both empty") << QString() << QString() << QList<C> {};
    }

    void diffWords()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QList<DiffChunk>, expected);
        const QList<DiffChunk> actual = NearDuplicates::diffWords(a, b);
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < actual.size(); ++i) {
            QCOMPARE(int(actual[i].kind), int(expected[i].kind));
            QCOMPARE(actual[i].text, expected[i].text);
        }
    }

    // Against a dynamic-programming LCS: the diff is minimal and rebuilds both sides exactly
    // (every punctuation mark is a token of its own).
    void diffIsMinimal()
    {
        std::srand(7);
        static constexpr char16_t alphabet[] = { u'.', u',', u';' };
        for (int round = 0; round < 500; ++round) {
            QString a, b;
            for (int i = std::rand() % 12; i > 0; --i)
                a += QChar(alphabet[std::rand() % 3]);
            for (int i = std::rand() % 12; i > 0; --i)
                b += QChar(alphabet[std::rand() % 3]);
            std::vector<std::vector<int>> lcs(size_t(a.size() + 1), std::vector<int>(size_t(b.size() + 1), 0));
            for (qsizetype i = a.size() - 1; i >= 0; --i) {
                for (qsizetype j = b.size() - 1; j >= 0; --j) {
                    lcs[size_t(i)][size_t(j)] = QStringView(a)[i] == QStringView(b)[j]
                        ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                        : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
                }
            }
            const QList<DiffChunk> diff = NearDuplicates::diffWords(a, b);
            qsizetype edits = 0;
            for (const DiffChunk &c : diff)
                edits += c.kind == DiffChunk::Same ? 0 : c.text.size();
            QCOMPARE(edits, a.size() + b.size() - 2 * lcs[0][0]);
            QCOMPARE(joined(diff, DiffChunk::Added), a);
            QCOMPARE(joined(diff, DiffChunk::Removed), b);
        }
    }

    // Two long unrelated texts: the edit bound keeps the work small and the result complete.
    void diffIsBounded()
    {
        QString a, b;
        for (int i = 0; i < 20000; ++i) {
            a += QStringLiteral("alpha%1 ").arg(i);
            b += QStringLiteral("beta%1 ").arg(i);
        }
        QElapsedTimer timer;
        timer.start();
        const QList<DiffChunk> diff = NearDuplicates::diffWords(a, b);
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(joined(diff, DiffChunk::Removed), b);
        QCOMPARE(joined(diff, DiffChunk::Added).simplified(), a.simplified());
    }

private:
    QList<SeedArticle> m_articles;
};

QTEST_GUILESS_MAIN(TestNearDuplicates)
#include "tst_nearduplicates.moc"
