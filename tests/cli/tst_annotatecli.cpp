// annalist tag / annotate / annotations and field searches through the real binary, on the
// imported seed corpus. HOME and the XDG folders point into a temporary folder.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString binary = QStringLiteral(ANNALIST_BINARY_DIR "/bin/annalist");
const QString seedFolder = QDir::cleanPath(QStringLiteral(ANNALIST_SHARED_DIR "/corpus"));

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

qint64 integer(const QJsonValue &value)
{
    return qint64(value.toDouble(-1));
}

QSet<qint64> idsOf(const QJsonArray &array)
{
    QSet<qint64> ids;
    for (const QJsonValue &value : array)
        ids.insert(integer(value.toObject().value(QStringLiteral("id"))));
    return ids;
}

} // namespace

class TestAnnotateCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_db = m_home.filePath(QStringLiteral("annalist.db"));
        const Result imported = run({QStringLiteral("import"), QStringLiteral("--db"), m_db, seedFolder});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QJsonArray list = json({QStringLiteral("list"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QVERIFY(list.size() >= 5);
        m_articles = list;
        // The last article: its original text is its range of its file's text.
        m_whole = list.at(list.size() - 1).toObject();
        QVERIFY(!m_whole.isEmpty());
    }

    void tagAddRemove()
    {
        const QString id = QString::number(articleId(0));
        Result r = run({QStringLiteral("tag"), QStringLiteral("--db"), m_db, QStringLiteral("--article"), id,
                        QStringLiteral("--add"), QStringLiteral(" policy / export-controls "), QStringLiteral("--add"),
                        QStringLiteral("people")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("people\npolicy/export-controls\n"));

        // Removing a tag the article does not carry changes nothing at all.
        r = run({QStringLiteral("tag"), QStringLiteral("--db"), m_db, QStringLiteral("--article"), id,
                 QStringLiteral("--remove"), QStringLiteral("people"), QStringLiteral("--remove"), QStringLiteral("nope")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("nope")), qPrintable(r.err));
        r = run({QStringLiteral("tag"), QStringLiteral("--db"), m_db, QStringLiteral("--article"), id,
                 QStringLiteral("--remove"), QStringLiteral("PEOPLE")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("policy/export-controls\n"));

        r = run({QStringLiteral("tag"), QStringLiteral("--db"), m_db, QStringLiteral("--article"), QStringLiteral("99999"),
                 QStringLiteral("--add"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("99999")), qPrintable(r.err));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("tag without article") << QStringList{QStringLiteral("tag"), QStringLiteral("--add"), QStringLiteral("x")}
                                             << "--article";
        QTest::newRow("tag with a bad id") << QStringList{QStringLiteral("tag"), QStringLiteral("--article"),
                                                          QStringLiteral("seven"), QStringLiteral("--add"), QStringLiteral("x")}
                                           << "seven";
        QTest::newRow("tag without change") << QStringList{QStringLiteral("tag"), QStringLiteral("--article"), QStringLiteral("1")}
                                            << "--add";
        QTest::newRow("tag with an empty name") << QStringList{QStringLiteral("tag"), QStringLiteral("--article"),
                                                               QStringLiteral("1"), QStringLiteral("--add"), QStringLiteral("//")}
                                                << "//";
        QTest::newRow("annotate without length")
            << QStringList{QStringLiteral("annotate"), QStringLiteral("--article"), QStringLiteral("1"),
                           QStringLiteral("--start"), QStringLiteral("0")}
            << "--length";
        QTest::newRow("annotate with zero length")
            << QStringList{QStringLiteral("annotate"), QStringLiteral("--article"), QStringLiteral("1"),
                           QStringLiteral("--start"), QStringLiteral("0"), QStringLiteral("--length"), QStringLiteral("0")}
            << "--length";
        QTest::newRow("annotate with a negative start")
            << QStringList{QStringLiteral("annotate"), QStringLiteral("--article"), QStringLiteral("1"),
                           QStringLiteral("--start=-4"), QStringLiteral("--length"), QStringLiteral("3")}
            << "--start";
        QTest::newRow("annotate with an unknown colour")
            << QStringList{QStringLiteral("annotate"), QStringLiteral("--article"), QStringLiteral("1"),
                           QStringLiteral("--start"), QStringLiteral("0"), QStringLiteral("--length"), QStringLiteral("3"),
                           QStringLiteral("--color"), QStringLiteral("magenta")}
            << "magenta";
        QTest::newRow("annotations with an unknown colour")
            << QStringList{QStringLiteral("annotations"), QStringLiteral("--color"), QStringLiteral("teal")} << "teal";
        QTest::newRow("annotations with extra argument")
            << QStringList{QStringLiteral("annotations"), QStringLiteral("extra")} << "extra";
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        arguments << QStringLiteral("--db") << m_db;
        const Result r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void annotateAndList()
    {
        const qint64 article = integer(m_whole.value(QStringLiteral("id")));
        QFile file(m_whole.value(QStringLiteral("file")).toString());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray range = m_whole.value(QStringLiteral("range")).toArray();
        const qint64 rangeStart = integer(range.at(0));
        const qint64 rangeEnd = integer(range.at(1));
        const QString text = QString::fromUtf8(file.readAll()).mid(rangeStart, rangeEnd < 0 ? -1 : rangeEnd - rangeStart);
        const qsizetype start = text.indexOf(QLatin1Char(' ')) + 1;
        const QString quote = text.mid(start, 24);

        Result r = run({QStringLiteral("annotate"), QStringLiteral("--db"), m_db, QStringLiteral("--article"),
                        QString::number(article), QStringLiteral("--start"), QString::number(start),
                        QStringLiteral("--length"), QStringLiteral("24"), QStringLiteral("--color"), QStringLiteral("Green"),
                        QStringLiteral("--tag"), QStringLiteral("policy/sanctions"), QStringLiteral("--tag"),
                        QStringLiteral("claims"), QStringLiteral("--note"), QStringLiteral("Quixotic figure\nsecond line")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        bool ok = false;
        const qint64 id = r.out.trimmed().toLongLong(&ok);
        QVERIFY2(ok && id > 0, qPrintable(r.out));

        r = run({QStringLiteral("annotate"), QStringLiteral("--db"), m_db, QStringLiteral("--article"),
                 QString::number(article), QStringLiteral("--start"), QString::number(text.size()),
                 QStringLiteral("--length"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("outside")), qPrintable(r.err));

        const QJsonArray all = json({QStringLiteral("annotations"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QCOMPARE(all.size(), 1);
        const QJsonObject a = all.at(0).toObject();
        QStringList keys = a.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("article"), QStringLiteral("color"), QStringLiteral("id"),
                                    QStringLiteral("length"), QStringLiteral("note"), QStringLiteral("quote"),
                                    QStringLiteral("start"), QStringLiteral("status"), QStringLiteral("tags")}));
        QCOMPARE(integer(a.value(QStringLiteral("id"))), id);
        QCOMPARE(integer(a.value(QStringLiteral("article"))), article);
        QCOMPARE(integer(a.value(QStringLiteral("start"))), start);
        QCOMPARE(integer(a.value(QStringLiteral("length"))), 24);
        QCOMPARE(a.value(QStringLiteral("quote")).toString(), quote);
        QCOMPARE(a.value(QStringLiteral("note")).toString(), QStringLiteral("Quixotic figure\nsecond line"));
        QCOMPARE(a.value(QStringLiteral("tags")).toArray(),
                 (QJsonArray{QStringLiteral("claims"), QStringLiteral("policy/sanctions")}));
        QCOMPARE(a.value(QStringLiteral("color")).toString(), QStringLiteral("green"));
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("anchored"));

        // Filters.
        QCOMPARE(json({QStringLiteral("annotations"), QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                       QStringLiteral("--tag"), QStringLiteral("policy")})
                     .size(),
                 1);
        QCOMPARE(json({QStringLiteral("annotations"), QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                       QStringLiteral("--tag"), QStringLiteral("people")})
                     .size(),
                 0);
        QCOMPARE(json({QStringLiteral("annotations"), QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                       QStringLiteral("--article"), QString::number(article)})
                     .size(),
                 1);
        QCOMPARE(json({QStringLiteral("annotations"), QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                       QStringLiteral("--text"), QStringLiteral("quixotic")})
                     .size(),
                 1);
        // Human output carries the quote and the note.
        r = run({QStringLiteral("annotations"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(quote.simplified()) && r.out.contains(QLatin1String("second line"))
                     && r.out.contains(QLatin1String("policy/sanctions")),
                 qPrintable(r.out));
    }

    void searchWithFields()
    {
        annotateAndListOnce();
        const qint64 tagged = articleId(0);
        const qint64 annotated = integer(m_whole.value(QStringLiteral("id")));
        const auto search = [&](const QString &query) {
            return idsOf(json({QStringLiteral("search"), QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                               QStringLiteral("--limit"), QStringLiteral("1000"), query}));
        };
        QCOMPARE(search(QStringLiteral("tag:policy")), (QSet<qint64>{tagged, annotated}));
        QCOMPARE(search(QStringLiteral("tag:policy/export-controls")), QSet<qint64>{tagged});
        QVERIFY(search(QStringLiteral("quixotic")).contains(annotated)); // a word of the note
        const QSet<qint64> everything = idsOf(m_articles);
        QCOMPARE(search(QStringLiteral("NOT tag:policy")), (everything - QSet<qint64>{tagged, annotated}));
        const QSet<qint64> zhipu = search(QStringLiteral("entity:\"Zhipu AI\""));
        QVERIFY(!zhipu.isEmpty());
        QCOMPARE(search(QStringLiteral("entity:\"Zhipu AI\" OR tag:policy")), (zhipu + QSet<qint64>{tagged, annotated}));
        const QSet<qint64> afp = search(QStringLiteral("source:AFP"));
        QCOMPARE(search(QStringLiteral("entity:\"Zhipu AI\" NOT source:AFP")), zhipu - afp);
        QVERIFY(!search(QStringLiteral("type:PRODUCT")).isEmpty());
        QVERIFY(!search(QStringLiteral("date:2020..2030")).isEmpty());
        QCOMPARE(search(QStringLiteral("has:note")), QSet<qint64>{annotated});

        // Mistakes are explained with their position; nothing is printed on stdout.
        for (const QString &bad : {QStringLiteral("title:x"), QStringLiteral("date:2025-13"), QStringLiteral("type:COMPANY"),
                                   QStringLiteral("entity:\"Zhipu")}) {
            const Result r = run({QStringLiteral("search"), QStringLiteral("--db"), m_db, bad});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QLatin1String("Character")), qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
        }
        const Result help = run({QStringLiteral("search"), QStringLiteral("--help")});
        QVERIFY(help.out.contains(QLatin1String("entity:")));
    }

private:
    // searchWithFields needs the annotation whatever order the test functions ran in.
    void annotateAndListOnce()
    {
        if (json({QStringLiteral("annotations"), QStringLiteral("--db"), m_db, QStringLiteral("--json")}).isEmpty())
            annotateAndList();
    }

    qint64 articleId(int index) const { return integer(m_articles.at(index).toObject().value(QStringLiteral("id"))); }

    QJsonArray json(const QStringList &arguments) const
    {
        const Result r = run(arguments);
        const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8());
        if (r.exitCode != 0 || !document.isArray()) {
            qWarning("%s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))), qPrintable(r.err));
            return {};
        }
        return document.array();
    }

    Result run(const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString home = m_home.path();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(home);
        process.start(binary, arguments);
        Result result;
        if (!process.waitForStarted(10000) || !process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished(5000);
            result.err = QStringLiteral("did not run: ") + process.errorString();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QTemporaryDir m_home;
    QString m_db;
    QJsonArray m_articles;
    QJsonObject m_whole;
};

QTEST_GUILESS_MAIN(TestAnnotateCli)
#include "tst_annotatecli.moc"
