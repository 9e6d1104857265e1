#include "extract/dates.h"

#include <QTest>

using namespace Annalist::Extract;

// The date normaliser: each form, year boundaries, leap days, weeks, quarters, and the
// past-leaning rule. Each row is a sentence, its publication date, and the one expression
// expected in it with its TIMEX3 value (an empty expression: no date at all).
class TestDates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalise_data();
    void normalise();
    void severalInOneText();
    void withoutPublicationDate();
};

void TestDates::normalise_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QDate>("dct");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("value");

    const QDate june(2025, 6, 18); // a Wednesday
    const QDate sept(2025, 9, 15); // a Monday
    auto row = [](const char *name, const char *sentence, QDate dct, const char *expression, const char *value) {
        QTest::newRow(name) << QString::fromUtf8(sentence) << dct << QString::fromUtf8(expression)
                            << QString::fromUtf8(value);
    };

    // absolute
    row("month day", "at a press conference on August 22.", sept, "August 22", "2025-08-22");
    row("month day ordinal", "On June 27th local time, it said.", QDate(2026, 6, 28), "June 27th", "2026-06-27");
    row("month day year", "It was founded on March 3, 2021 in Beijing.", sept, "March 3, 2021", "2021-03-03");
    row("day month year", "The report of 02 Jan 2026 says so.", sept, "02 Jan 2026", "2026-01-02");
    row("day month", "It opened on 22 August.", sept, "22 August", "2025-08-22");
    row("abbreviated month", "Shares fell on Aug. 4, 2025 after the news.", sept, "Aug. 4, 2025", "2025-08-04");
    row("month year", "DeepSeek burst onto the stage in January 2025.", sept, "January 2025", "2025-01");
    row("month comma year", "It closed in June, 2024 for good.", sept, "June, 2024", "2024-06");
    row("year", "In 2015, the year China began reforming.", sept, "2015", "2015");
    row("year after by", "By 2024, more than 1,250 novel medicines entered development.", sept, "2024", "2024");
    row("iso date", "The filing dated 2025-03-01 lists it.", sept, "2025-03-01", "2025-03-01");
    row("year range", "the 14th Five-Year Plan (2021-25) period", sept, "2021-25", "2021/2025");
    row("full year range", "during 2021-2025 the plan ran", sept, "2021-2025", "2021/2025");
    row("decade", "a boom that began in the 2010s", sept, "2010s", "201");
    row("mid year", "expected by mid-2026 at the latest", sept, "mid-2026", "2026");
    // relative to the publication date
    row("this month", "This month, two leading players debuted.", QDate(2026, 1, 20), "This month", "2026-01");
    row("last month", "Sales dropped last month.", sept, "last month", "2025-08");
    row("next month", "It will ship next month.", sept, "next month", "2025-10");
    row("this year", "Since this year, the administration has issued orders.", QDate(2026, 6, 28), "this year", "2026");
    row("last year", "during last year's holiday", sept, "last year", "2024");
    row("next year", "The law takes effect next year.", sept, "next year", "2026");
    row("earlier this year", "It was launched earlier this year.", sept, "earlier this year", "2025");
    row("a year ago", "It stunned the world a year ago.", QDate(2026, 1, 20), "a year ago", "2025");
    row("two weeks ago", "It was announced two weeks ago.", sept, "two weeks ago", "2025-W36");
    row("three days ago", "It was announced three days ago.", sept, "three days ago", "2025-09-12");
    row("today", "The company said today that it agreed.", sept, "today", "2025-09-15");
    row("today's", "In today's world, cooperation matters.", sept, "today", "PRESENT_REF");
    row("today, generic", "Today, the company holds four percent of the market.", sept, "Today", "PRESENT_REF");
    row("yesterday", "It fell yesterday.", sept, "yesterday", "2025-09-14");
    row("tomorrow", "It opens tomorrow.", sept, "tomorrow", "2025-09-16");
    row("recently", "Recently, Anthropic announced a ban.", sept, "Recently", "PAST_REF");
    row("currently", "Currently, most models are closed.", sept, "Currently", "PRESENT_REF");
    row("now", "The app is now available.", sept, "now", "PRESENT_REF");
    row("in the future", "In the future, more will move to industry.", sept, "the future", "FUTURE_REF");
    row("soon", "It will be released soon.", sept, "soon", "FUTURE_REF");
    row("recent years", "Exports grew in recent years.", sept, "recent years", "PAST_REF");
    row("mid month", "Talks resumed in mid-August.", sept, "mid-August", "2025-08");
    row("mid month year", "Talks resumed in mid-August 2023.", sept, "mid-August 2023", "2023-08");
    // past-leaning: a month or day without a year is the latest one not after the dct
    row("in april (june)", "In April, Anthropic accused China.", june, "April", "2025-04");
    row("in july (june)", "In July, a report said so.", june, "July", "2024-07");
    row("in july, future tense", "The rules will take effect in July.", june, "July", "2025-07");
    row("in may (june)", "the model released by Anthropic in May", QDate(2026, 6, 28), "May", "2026-05");
    row("this june", "China posted a draft policy this June.", sept, "this June", "2025-06");
    row("month day after dct", "On December 30, it said.", june, "December 30", "2024-12-30");
    row("month day, future tense", "The summit will open on December 30.", june, "December 30", "2025-12-30");
    // weekdays: the most recent one on or before the dct unless the sentence looks ahead
    row("wednesday same day", "On Wednesday, the department added Zhipu.", june, "Wednesday", "2025-06-18");
    row("monday before", "On Monday, the department added Zhipu.", june, "Monday", "2025-06-16");
    row("thursday before", "On Thursday, the department added Zhipu.", june, "Thursday", "2025-06-12");
    row("next friday", "The vote is next Friday.", june, "next Friday", "2025-06-20");
    row("last wednesday", "It was signed last Wednesday.", june, "last Wednesday", "2025-06-11");
    row("weekday, future tense", "The board will meet on Friday.", june, "Friday", "2025-06-20");
    // year boundaries
    row("january in december", "In January, the firm listed.", QDate(2025, 12, 28), "January", "2025-01");
    row("december in january", "In December, the firm listed.", QDate(2026, 1, 5), "December", "2025-12");
    row("last month in january", "Sales dropped last month.", QDate(2026, 1, 5), "last month", "2025-12");
    row("next month in december", "It ships next month.", QDate(2025, 12, 5), "next month", "2026-01");
    row("monday across new year", "On Monday, it said so.", QDate(2026, 1, 1), "Monday", "2025-12-29");
    row("december 31 in january", "On December 31, it said so.", QDate(2026, 1, 2), "December 31", "2025-12-31");
    // leap days
    row("leap day", "On February 29, it said so.", QDate(2024, 3, 10), "February 29", "2024-02-29");
    row("leap day with year", "It opened on February 29, 2024.", sept, "February 29, 2024", "2024-02-29");
    row("yesterday after leap day", "It fell yesterday.", QDate(2024, 3, 1), "yesterday", "2024-02-29");
    // weeks (ISO 8601: 2026-01-01 is in week 1 of 2026; 2021-01-01 in week 53 of 2020)
    row("this week", "This week, the firm listed.", sept, "This week", "2025-W38");
    row("last week", "It was announced last week.", QDate(2026, 1, 20), "last week", "2026-W03");
    row("last week across years", "It was announced last week.", QDate(2026, 1, 5), "last week", "2026-W01");
    row("this week iso 53", "This week, the firm listed.", QDate(2021, 1, 1), "This week", "2020-W53");
    // quarters
    row("q3 year", "Revenue in Q3 2025 rose.", sept, "Q3 2025", "2025-Q3");
    row("the third quarter of", "in the third quarter of 2024 it rose", sept, "the third quarter of 2024", "2024-Q3");
    row("this quarter", "Revenue this quarter rose.", sept, "this quarter", "2025-Q3");
    row("last quarter in january", "Revenue last quarter rose.", QDate(2026, 1, 20), "last quarter", "2025-Q4");
    row("fourth quarter, past", "Revenue in the fourth quarter rose.", sept, "the fourth quarter", "2024-Q4");
    // not dates
    row("duration", "The fund closed deals over the past 12 months.", sept, "", "");
    row("quantity with comma", "It accepts up to 2,000 characters.", sept, "", "");
    row("quantity before noun", "The archive lists 2000 characters.", sept, "", "");
    row("money", "It raised $2025 from fans.", sept, "", "");
    row("percent", "Growth was 2025 %.", sept, "", "");
    row("may the verb", "May I ask a question?", sept, "", "");
    row("month as a name", "April Smith said so.", sept, "", "");
    row("as soon as", "as soon as possible", sept, "", "");
    row("future as a noun", "The future path of AI may grow narrower.", sept, "", "");
    row("recent", "Given China's recent advances, it is clear.", sept, "", "");
}

void TestDates::normalise()
{
    QFETCH(QString, sentence);
    QFETCH(QDate, dct);
    QFETCH(QString, expression);
    QFETCH(QString, value);
    const QList<Timex> found = findDates(sentence, dct);
    if (expression.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.value(0).text + QStringLiteral(" = ") + found.value(0).value));
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].text, expression);
    QCOMPARE(sentence.mid(found[0].start, found[0].length), expression);
    QCOMPARE(found[0].value, value);
}

void TestDates::severalInOneText()
{
    const QString text = QStringLiteral("From 2020 to 2024, 20 of the top 50 producers were Chinese; in July, "
                                        "The New York Times reported it, and now it is clear.");
    const QList<Timex> found = findDates(text, QDate(2025, 9, 15));
    QStringList values;
    for (const Timex &t : found)
        values << t.value;
    QCOMPARE(values, (QStringList{QStringLiteral("2020"), QStringLiteral("2024"), QStringLiteral("2025-07"),
                                  QStringLiteral("PRESENT_REF")}));
}

void TestDates::withoutPublicationDate()
{
    // Without a dct, expressions that carry their own year still normalise; the others get X placeholders.
    const QList<Timex> found = findDates(QStringLiteral("On August 22, 2025 and on June 3, it said so recently."), QDate());
    QCOMPARE(found.size(), 3);
    QCOMPARE(found[0].value, QStringLiteral("2025-08-22"));
    QCOMPARE(found[1].value, QStringLiteral("XXXX-06-03"));
    QCOMPARE(found[2].value, QStringLiteral("PAST_REF"));
}

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
