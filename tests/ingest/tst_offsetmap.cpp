#include "ingest/offsetmap.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Annalist;

Q_DECLARE_METATYPE(Annalist::TextSpan)

namespace {

// "The  quick\r\nbrown fox." -> "The quick brown FOX.!" via a collapse, a replacement of the
// line break, a replacement of "fox" and an insertion at the end.
OffsetMap sampleMap(QString *clean = nullptr)
{
    static const QString original = QStringLiteral("The  quick\r\nbrown fox.");
    OffsetMap::Builder b(original);
    b.keep(3);
    b.replace(5, u" "); // "  " -> " "            original [3,5)   clean [3,4)
    b.keep(10);
    b.replace(12, u" "); // "\r\n" -> " "         original [10,12) clean [9,10)
    b.keep(18);
    b.replace(21, u"FOX"); // "fox" -> "FOX"      original [18,21) clean [16,19)
    b.keep(22);
    b.insert(u"!"); //                            original [22,22) clean [20,21)
    auto result = b.finish();
    if (clean)
        *clean = result.text;
    return result.map;
}

} // namespace

class TestOffsetMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identity()
    {
        const OffsetMap map = OffsetMap::identity(10);
        QVERIFY(map.isIdentity());
        QCOMPARE(map.toClean(7), 7);
        QCOMPARE(map.toOriginal(TextSpan { 2, 5 }), (TextSpan { 2, 5 }));
        QCOMPARE(map.toClean(42), 10); // clamped
    }

    void builderText()
    {
        QString clean;
        const OffsetMap map = sampleMap(&clean);
        QCOMPARE(clean, QStringLiteral("The quick brown FOX.!"));
        QCOMPARE(map.originalLength(), 22);
        QCOMPARE(map.cleanLength(), 21);
        // " " for "  " keeps its first space: only the second one is an edit.
        QCOMPARE(map.editCount(), 4);
    }

    void points_data()
    {
        QTest::addColumn<qsizetype>("original");
        QTest::addColumn<qsizetype>("clean");
        QTest::newRow("start") << qsizetype(0) << qsizetype(0);
        QTest::newRow("before collapse") << qsizetype(4) << qsizetype(4);
        QTest::newRow("after collapse") << qsizetype(5) << qsizetype(4);
        QTest::newRow("kept text") << qsizetype(7) << qsizetype(6);
        QTest::newRow("edge of line break") << qsizetype(10) << qsizetype(9);
        QTest::newRow("inside line break") << qsizetype(11) << qsizetype(9);
        QTest::newRow("after line break") << qsizetype(12) << qsizetype(10);
        QTest::newRow("inside replacement") << qsizetype(19) << qsizetype(16);
        QTest::newRow("at insertion") << qsizetype(22) << qsizetype(20);
    }

    void points()
    {
        QFETCH(qsizetype, original);
        QFETCH(qsizetype, clean);
        const OffsetMap map = sampleMap();
        QCOMPARE(map.toClean(original), clean);
    }

    void spans_data()
    {
        QTest::addColumn<TextSpan>("original");
        QTest::addColumn<TextSpan>("clean");
        QTest::newRow("kept word") << TextSpan { 12, 5 } << TextSpan { 10, 5 }; // "brown"
        QTest::newRow("across collapse") << TextSpan { 0, 10 } << TextSpan { 0, 9 }; // "The  quick"
        QTest::newRow("inside deletion") << TextSpan { 4, 1 } << TextSpan { 4, 0 };
        QTest::newRow("ends in line break") << TextSpan { 5, 6 } << TextSpan { 4, 6 }; // "quick\r"
        QTest::newRow("starts in line break") << TextSpan { 11, 6 } << TextSpan { 9, 6 }; // "\nbrown"
        QTest::newRow("part of replacement") << TextSpan { 19, 1 } << TextSpan { 16, 3 }; // "o" -> "FOX"
        QTest::newRow("borders insertion") << TextSpan { 18, 3 } << TextSpan { 16, 3 }; // "fox", not "!"
        QTest::newRow("empty at insertion") << TextSpan { 22, 0 } << TextSpan { 20, 0 };
        QTest::newRow("ends at insertion") << TextSpan { 21, 1 } << TextSpan { 19, 1 }; // ".", not "!"
    }

    void spans()
    {
        QFETCH(TextSpan, original);
        QFETCH(TextSpan, clean);
        const OffsetMap map = sampleMap();
        QCOMPARE(map.toClean(original), clean);
    }

    void reverseSpans()
    {
        const OffsetMap map = sampleMap();
        QCOMPARE(map.toOriginal(TextSpan { 10, 5 }), (TextSpan { 12, 5 })); // "brown"
        QCOMPARE(map.toOriginal(TextSpan { 9, 1 }), (TextSpan { 10, 2 })); // " " -> "\r\n"
        QCOMPARE(map.toOriginal(TextSpan { 20, 1 }), (TextSpan { 22, 0 })); // inserted "!"
        QCOMPARE(map.toOriginal(TextSpan { 3, 1 }), (TextSpan { 3, 1 })); // kept space of the collapse
        QCOMPARE(map.toOriginal(4), 4); // where the deleted space was
    }

    // Random edits; every span whose ends are not strictly inside an edit, and that neither
    // starts nor ends with deleted text, survives the round trip; unchanged text maps onto
    // identical text.
    void randomRoundTrip()
    {
        QRandomGenerator rng(1234);
        for (int round = 0; round < 50; ++round) {
            QString original;
            for (int i = 0; i < 400; ++i)
                original.append(QChar(u'a' + char16_t(rng.bounded(26))));
            OffsetMap::Builder b(original);
            struct Change
            {
                qsizetype start, end;
                bool deletion;
            };
            std::vector<Change> edits; // original [start, end)
            qsizetype pos = 0;
            while (pos < original.size()) {
                pos = std::min<qsizetype>(original.size(), pos + 1 + rng.bounded(20));
                b.keep(pos);
                const qsizetype end = std::min<qsizetype>(original.size(), pos + rng.bounded(4));
                static constexpr QStringView replacements[] = { u"", u"X", u"YZ", u"\n\n" };
                const QStringView replacement = replacements[rng.bounded(4)];
                b.replace(end, replacement);
                edits.push_back({ pos, end, replacement.isEmpty() && end > pos });
                pos = end;
            }
            auto result = b.finish();
            const OffsetMap &map = result.map;
            QCOMPARE(map.cleanLength(), result.text.size());
            auto unsafe = [&edits](qsizetype p, bool isStart) {
                return std::any_of(edits.cbegin(), edits.cend(), [p, isStart](const Change &c) {
                    return (p > c.start && p < c.end) || (c.deletion && p == (isStart ? c.start : c.end));
                });
            };
            for (int k = 0; k < 200; ++k) {
                qsizetype s = rng.bounded(int(original.size()) + 1);
                qsizetype e = rng.bounded(int(original.size()) + 1);
                if (s > e)
                    std::swap(s, e);
                if (unsafe(s, true) || unsafe(e, false))
                    continue;
                const TextSpan span { s, e - s };
                const TextSpan clean = map.toClean(span);
                const TextSpan back = map.toOriginal(clean);
                QCOMPARE(back, span);
                const bool untouched = std::none_of(
                    edits.cbegin(), edits.cend(), [s, e](const Change &c) { return c.start < e && c.end > s; });
                if (untouched)
                    QCOMPARE(result.text.mid(clean.start, clean.length), original.mid(s, e - s));
            }
        }
    }

    void serialisation()
    {
        const OffsetMap map = sampleMap();
        const QByteArray bytes = map.toBytes();
        const auto copy = OffsetMap::fromBytes(bytes);
        QVERIFY(copy.has_value());
        QVERIFY(*copy == map);
        QCOMPARE(copy->toClean(TextSpan { 19, 1 }), (TextSpan { 16, 3 }));
        QVERIFY(!OffsetMap::fromBytes(bytes.left(bytes.size() - 4)).has_value());
        QVERIFY(!OffsetMap::fromBytes(QByteArray("garbage!")).has_value());
        QByteArray corrupt = bytes;
        corrupt[8] = char(0); // original length 0: edits no longer fit
        QVERIFY(!OffsetMap::fromBytes(corrupt).has_value());
        QVERIFY(OffsetMap::fromBytes(OffsetMap::identity(5).toBytes())->isIdentity());
    }

    void replacementEqualToOriginalIsNoEdit()
    {
        const QString original = QStringLiteral("abc def");
        OffsetMap::Builder b(original);
        b.keep(2);
        b.replace(5, u"c d");
        const auto result = b.finish();
        QVERIFY(result.map.isIdentity());
        QCOMPARE(result.text, original);
    }

    void touchingEditsMerge()
    {
        const QString original = QStringLiteral("ab--cd");
        OffsetMap::Builder b(original);
        b.keep(2);
        b.replace(3, {});
        b.replace(4, u"+");
        const auto result = b.finish();
        QCOMPARE(result.text, QStringLiteral("ab+cd"));
        QCOMPARE(result.map.editCount(), 1);
        QCOMPARE(result.map.toClean(TextSpan { 2, 2 }), (TextSpan { 2, 1 }));
    }
};

QTEST_GUILESS_MAIN(TestOffsetMap)
#include "tst_offsetmap.moc"
