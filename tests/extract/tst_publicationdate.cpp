#include "extract/publicationdate.h"

#include <QTest>

using Annalist::Extract::detectPublicationDate;

class TestPublicationDate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detect_data();
    void detect();
    void onlyLooksAtTheHead();
};

void TestPublicationDate::detect_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("dateText"); // the span reported
    QTest::addColumn<QString>("method");

    const QString body = QStringLiteral("\n\nThe company said on Monday that it would ship in January 2025.\n");
    QTest::newRow("d mon yyyy") << (QStringLiteral("Headline\n\n02 Jan 2026\n") + body) << QDate(2026, 1, 2)
                                << QStringLiteral("02 Jan 2026") << QStringLiteral("dateline");
    QTest::newRow("bullet") << (QStringLiteral("Headline\n02 Jan 2026\u2022\n") + body) << QDate(2026, 1, 2)
                            << QStringLiteral("02 Jan 2026") << QStringLiteral("dateline");
    QTest::newRow("mon d, yyyy (outlet)") << (QStringLiteral("Jan 8, 2026 (AFP)\n") + body) << QDate(2026, 1, 8)
                                          << QStringLiteral("Jan 8, 2026") << QStringLiteral("dateline");
    QTest::newRow("d mon, yyyy") << (QStringLiteral("Title\n22 Jul, 2025\n") + body) << QDate(2025, 7, 22)
                                 << QStringLiteral("22 Jul, 2025") << QStringLiteral("dateline");
    QTest::newRow("iso") << (QStringLiteral("2026-01-02\nTitle\n") + body) << QDate(2026, 1, 2)
                         << QStringLiteral("2026-01-02") << QStringLiteral("dateline");
    QTest::newRow("make-corpus dateline")
        << (QStringLiteral("A headline that is long enough\n\n28 Feb 2024 (Xinhua)\n\n") + body) << QDate(2024, 2, 28)
        << QStringLiteral("28 Feb 2024") << QStringLiteral("dateline");
    QTest::newRow("full month ordinal") << (QStringLiteral("Title\nJanuary 8th, 2026\n") + body) << QDate(2026, 1, 8)
                                        << QStringLiteral("January 8th, 2026") << QStringLiteral("dateline");
    QTest::newRow("dotted abbreviation") << (QStringLiteral("Sept. 3, 2025\n") + body) << QDate(2025, 9, 3)
                                         << QStringLiteral("Sept. 3, 2025") << QStringLiteral("dateline");
    QTest::newRow("header line") << (QStringLiteral("Title\nBy Jane Doe, staff reporter | Published March 3, 2025\n")
                                        + body)
                                 << QDate(2025, 3, 3) << QStringLiteral("March 3, 2025") << QStringLiteral("header");
    QTest::newRow("afp paragraph")
        << QStringLiteral("WASHINGTON, Jan. 8, 2026 (AFP) - The United States said on Wednesday that it had added a "
                          "Chinese artificial intelligence startup to its trade blacklist, citing national security.")
        << QDate(2026, 1, 8) << QStringLiteral("Jan. 8, 2026") << QStringLiteral("dateline");
    QTest::newRow("leap day") << QStringLiteral("29 Feb 2024\n") << QDate(2024, 2, 29) << QStringLiteral("29 Feb 2024")
                              << QStringLiteral("dateline");
    QTest::newRow("invalid day") << QStringLiteral("29 Feb 2025\n") << QDate() << QString() << QString();
    QTest::newRow("month and year only") << (QStringLiteral("Title\nJanuary 2025\n") + body) << QDate() << QString()
                                         << QString();
    QTest::newRow("date inside body paragraph")
        << QStringLiteral("When DeepSeek burst onto the global stage, analysts pointed to a paper published on "
                          "January 20, 2025 by the company, which had been little known before that.")
        << QDate() << QString() << QString();
    QTest::newRow("none") << QStringLiteral("No date here\n\nJust text.") << QDate() << QString() << QString();
    QTest::newRow("empty") << QString() << QDate() << QString() << QString();
    QTest::newRow("bom") << QStringLiteral("\uFEFF2025-09-15\n") << QDate(2025, 9, 15) << QStringLiteral("2025-09-15")
                         << QStringLiteral("dateline");
    QTest::newRow("crlf") << QStringLiteral("Title\r\n\r\n02 Jan 2026 (AFP)\r\n\r\nText.\r\n") << QDate(2026, 1, 2)
                          << QStringLiteral("02 Jan 2026") << QStringLiteral("dateline");
}

void TestPublicationDate::detect()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(QString, dateText);
    QFETCH(QString, method);
    const auto found = detectPublicationDate(text);
    QCOMPARE(found.date, date);
    QCOMPARE(found.isValid(), date.isValid());
    if (date.isValid()) {
        QCOMPARE(text.mid(found.start, found.length), dateText);
        QCOMPARE(found.method, method);
    } else {
        QCOMPARE(found.start, qsizetype(-1));
    }
}

void TestPublicationDate::onlyLooksAtTheHead()
{
    QString text = QStringLiteral("Headline\n\n");
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("A line of body text without any date in it.\n");
    text += QStringLiteral("02 Jan 2026\n");
    QVERIFY(!detectPublicationDate(text).isValid());
}

QTEST_GUILESS_MAIN(TestPublicationDate)
#include "tst_publicationdate.moc"
