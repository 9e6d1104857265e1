// The command line through the real binary: import / list / search round trips, the exact
// --json shapes, exit codes and messages. HOME and the XDG folders point into a temporary
// folder, so the analyst's own database is never touched.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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
    bool crashed = false;
};

QStringList seedFiles()
{
    const QDir dir(seedFolder);
    QStringList files;
    const QStringList names = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        files.append(dir.absoluteFilePath(name));
    return files;
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list.append(QString::fromLatin1(name));
    list.sort();
    return list;
}

} // namespace

// The five seed files hold 13 articles: a newspaper page and an aggregator page are split.
constexpr int seedArticles = 13;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(binary).isExecutable(), qPrintable(binary));
        QCOMPARE(seedFiles().size(), 5);
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_db = m_home->filePath(QStringLiteral("work/annalist-test.db"));
    }

    void importListSearchRoundTrip()
    {
        Result r = run({QStringLiteral("import"), QStringLiteral("--db"), m_db, seedFolder});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("13 imported, 0 duplicates, 0 failed, 0 skipped")), qPrintable(r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // no progress noise when stderr is not a terminal
        QVERIFY(QFileInfo::exists(m_db));

        // list --json: one array, an object per article (the five files hold 13), with exactly
        // the documented keys.
        r = run({QStringLiteral("list"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = parseArray(r.out);
        QCOMPARE(list.size(), seedArticles);
        QSet<QString> files;
        QSet<qint64> ids;
        for (const QJsonValue &value : list) {
            QVERIFY(value.isObject());
            const QJsonObject object = value.toObject();
            QCOMPARE(sortedKeys(object), keys({"id", "title", "source", "published", "file", "range", "duplicate_of"}));
            const QJsonArray range = object.value(QLatin1String("range")).toArray();
            QCOMPARE(range.size(), 2);
            QVERIFY(range.at(0).toDouble() >= 0 && range.at(0).toDouble() < range.at(1).toDouble());
            const QJsonValue duplicateOf = object.value(QLatin1String("duplicate_of"));
            QVERIFY(duplicateOf.isNull() || duplicateOf.isDouble());
            QVERIFY(object.value(QLatin1String("id")).isDouble());
            const double id = object.value(QLatin1String("id")).toDouble();
            QVERIFY(id > 0 && id == qint64(id));
            ids.insert(qint64(id));
            QVERIFY(object.value(QLatin1String("title")).isString());
            QVERIFY(!object.value(QLatin1String("title")).toString().trimmed().isEmpty());
            QVERIFY(object.value(QLatin1String("source")).isString());
            const QJsonValue published = object.value(QLatin1String("published"));
            QVERIFY2(published.isNull() || published.isString(), qPrintable(r.out));
            if (published.isString()) {
                QVERIFY2(QDate::fromString(published.toString(), Qt::ISODate).isValid(),
                         qPrintable(published.toString()));
                QCOMPARE(published.toString().size(), 10); // a date, not a date-time
            }
            QVERIFY(object.value(QLatin1String("file")).isString());
            files.insert(QFileInfo(object.value(QLatin1String("file")).toString()).canonicalFilePath());
        }
        QCOMPARE(ids.size(), seedArticles);
        QSet<QString> expectedFiles;
        for (const QString &file : seedFiles())
            expectedFiles.insert(QFileInfo(file).canonicalFilePath());
        QCOMPARE(files, expectedFiles);

        // Human output: one line per article, starting with its id.
        r = run({QStringLiteral("list"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), seedArticles);
        for (const QString &line : lines) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            QVERIFY2(fields.size() >= 4, qPrintable(line));
            QVERIFY2(ids.contains(fields.constFirst().toLongLong()), qPrintable(line));
        }

        // search --json: ranked hits with exactly the documented keys; the word occurs in
        // exactly the articles whose stretch of their file contains it.
        const QString word = QStringLiteral("Zhipu");
        QSet<qint64> expectedHits;
        for (const QJsonValue &value : std::as_const(list)) {
            const QJsonObject object = value.toObject();
            QFile f(object.value(QLatin1String("file")).toString());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonArray range = object.value(QLatin1String("range")).toArray();
            const qsizetype start = qsizetype(range.at(0).toDouble());
            const QString text = QString::fromUtf8(f.readAll()).mid(start, qsizetype(range.at(1).toDouble()) - start);
            if (text.contains(word, Qt::CaseInsensitive))
                expectedHits.insert(qint64(object.value(QLatin1String("id")).toDouble()));
        }
        QVERIFY(!expectedHits.isEmpty());
        QVERIFY(expectedHits.size() < seedArticles);

        r = run({QStringLiteral("search"), QStringLiteral("--db"), m_db, QStringLiteral("--json"), word});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray hits = parseArray(r.out);
        QSet<qint64> hitIds;
        double previousRank = -1e300;
        for (const QJsonValue &value : hits) {
            const QJsonObject object = value.toObject();
            QCOMPARE(sortedKeys(object), keys({"id", "title", "snippet", "rank"}));
            QVERIFY(object.value(QLatin1String("id")).isDouble());
            QVERIFY(object.value(QLatin1String("title")).isString());
            QVERIFY(object.value(QLatin1String("rank")).isDouble());
            const QString snippet = object.value(QLatin1String("snippet")).toString();
            QVERIFY2(snippet.contains(QLatin1Char('[') + word, Qt::CaseInsensitive), qPrintable(snippet));
            const double rank = object.value(QLatin1String("rank")).toDouble();
            QVERIFY(rank >= previousRank); // bm25: best (lowest) first
            previousRank = rank;
            hitIds.insert(qint64(object.value(QLatin1String("id")).toDouble()));
        }
        QCOMPARE(hitIds, expectedHits);

        // The query syntax reaches the store: NOT removes what the word found.
        r = run({QStringLiteral("search"), QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                 QStringLiteral("china NOT ") + word});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QJsonValue &value : parseArray(r.out))
            QVERIFY(!expectedHits.contains(qint64(value.toObject().value(QLatin1String("id")).toDouble())));

        // Human search output names the hits by id.
        r = run({QStringLiteral("search"), QStringLiteral("--db"), m_db, word});
        QCOMPARE(r.exitCode, 0);
        for (qint64 id : std::as_const(expectedHits))
            QVERIFY2(r.out.contains(QStringLiteral("#%1 ").arg(id)), qPrintable(r.out));

        // No match: an empty array, still success.
        r = run({QStringLiteral("search"), QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                 QStringLiteral("xylophonequartet")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(parseArray(r.out).size(), 0);
    }

    void reimportReportsDuplicatesAndSucceeds()
    {
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), m_db, seedFolder}).exitCode, 0);
        const Result r = run({QStringLiteral("import"), QStringLiteral("--db"), m_db, seedFolder});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("0 imported, 13 duplicates, 0 failed")), qPrintable(r.out));
        QCOMPARE(r.out.count(QLatin1String("duplicate of #")), seedArticles);
        const Result list = run({QStringLiteral("list"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QCOMPARE(parseArray(list.out).size(), seedArticles);
    }

    void failedFilesExitOneWithReasons()
    {
        const QString folder = m_home->filePath(QStringLiteral("mixed"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(seedFiles().constFirst(), QDir(folder).filePath(QStringLiteral("good.txt"))));
        QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("empty.txt")), QByteArray()));
        QByteArray binaryBytes("\x7f" "ELF\x02\x01\x01", 7);
        binaryBytes.append(QByteArray(300, '\0'));
        QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("program.txt")), binaryBytes));
        QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("slides.pptx")), QByteArray("PK\x03\x04")));

        const Result r = run({QStringLiteral("import"), QStringLiteral("--db"), m_db, folder});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QLatin1String("5 imported, 0 duplicates, 2 failed, 1 skipped")), qPrintable(r.out));
        // Each failure on stderr, with its path and the reason.
        const QStringList errLines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        auto lineFor = [&errLines](const QString &name) {
            for (const QString &line : errLines) {
                if (line.contains(name))
                    return line;
            }
            return QString();
        };
        QVERIFY2(lineFor(QStringLiteral("empty.txt")).contains(QLatin1String("empty")), qPrintable(r.err));
        QVERIFY2(lineFor(QStringLiteral("program.txt")).contains(QLatin1String("binary")), qPrintable(r.err));
        QVERIFY2(lineFor(QStringLiteral("slides.pptx")).contains(QLatin1String("unknown file type")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("good.txt")), qPrintable(r.err));

        const Result list = run({QStringLiteral("list"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QCOMPARE(parseArray(list.out).size(), 5); // good.txt is the newspaper page: five articles;
    }

    void missingPathExitsOne()
    {
        const Result r = run({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                              m_home->filePath(QStringLiteral("nowhere/at-all.txt"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("at-all.txt")) && r.err.contains(QLatin1String("no such file")),
                 qPrintable(r.err));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message"); // part of what stderr must say
        QTest::newRow("import without PATH") << QStringList{QStringLiteral("import")} << "no PATH";
        QTest::newRow("import unknown option")
            << QStringList{QStringLiteral("import"), QStringLiteral("--frobnicate"), QStringLiteral("x.txt")}
            << "frobnicate";
        QTest::newRow("import --db without value") << QStringList{QStringLiteral("import"), QStringLiteral("--db")}
                                                   << "db";
        QTest::newRow("list unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--csv")} << "csv";
        QTest::newRow("list unexpected argument") << QStringList{QStringLiteral("list"), QStringLiteral("extra")}
                                                  << "extra";
        QTest::newRow("search without query") << QStringList{QStringLiteral("search")} << "QUERY";
        QTest::newRow("search with a zero limit")
            << QStringList{QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("x")}
            << "limit";
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "frobnicate";
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Result r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        // A usage error creates no database anywhere.
        QVERIFY(!QFileInfo::exists(defaultDatabase()));
    }

    void malformedQueryExitsOne_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("unclosed parenthesis") << "(china OR ai";
        QTest::newRow("unclosed quote") << "\"export controls";
        QTest::newRow("dangling operator") << "china AND";
        QTest::newRow("stray star") << "china *";
    }

    void malformedQueryExitsOne()
    {
        QFETCH(QString, query);
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), m_db, seedFolder}).exitCode, 0);
        for (const bool json : {false, true}) {
            QStringList arguments{QStringLiteral("search"), QStringLiteral("--db"), m_db};
            if (json)
                arguments << QStringLiteral("--json");
            arguments << query;
            const Result r = run(arguments);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QLatin1String("annalist search:")), qPrintable(r.err));
            QVERIFY2(r.err.contains(QLatin1String("Character")), qPrintable(r.err)); // says where
            QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        }
    }

    void readingCommandsNeedAnExistingDatabase()
    {
        const QString missing = m_home->filePath(QStringLiteral("missing.db"));
        for (const QStringList &arguments : {QStringList{QStringLiteral("list"), QStringLiteral("--db"), missing},
                                             QStringList{QStringLiteral("search"), QStringLiteral("--db"), missing,
                                                         QStringLiteral("china")}}) {
            const Result r = run(arguments);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QLatin1String("no database")), qPrintable(r.err));
            QVERIFY(!QFileInfo::exists(missing)); // not created as a side effect
        }
    }

    void emptyDatabaseListsEmptyArray()
    {
        // An import of nothing importable creates the database and succeeds.
        const QString folder = m_home->filePath(QStringLiteral("empty-folder"));
        QVERIFY(QDir().mkpath(folder));
        const Result imported = run({QStringLiteral("import"), QStringLiteral("--db"), m_db, folder});
        QCOMPARE(imported.exitCode, 0);
        const Result r = run({QStringLiteral("list"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(parseArray(r.out).size(), 0);
    }

    void defaultDatabaseLivesUnderHome()
    {
        QVERIFY(!QFileInfo::exists(defaultDatabase()));
        const Result r = run({QStringLiteral("import"), seedFiles().constFirst()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(QFileInfo::exists(defaultDatabase()), qPrintable(defaultDatabase()));
        const Result list = run({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(parseArray(list.out).size(), 5); // the newspaper page holds five articles
        // The help text names that default, inside the temporary home.
        const Result help = run({QStringLiteral("list"), QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QDir::toNativeSeparators(defaultDatabase())), qPrintable(help.out));
    }

    void helpForEveryCommand()
    {
        const Result top = run({QStringLiteral("--help")});
        QCOMPARE(top.exitCode, 0);
        QVERIFY(top.out.contains(QLatin1String("Usage:")));
        // Every command listed in the overview has its own help.
        static const QRegularExpression commandLine(QStringLiteral("^  ([a-z][a-z-]*)\\s+\\S"),
                                                    QRegularExpression::MultilineOption);
        QStringList commands;
        for (auto it = commandLine.globalMatch(top.out); it.hasNext();)
            commands.append(it.next().captured(1));
        for (const char *required : {"import", "list", "search"})
            QVERIFY2(commands.contains(QLatin1String(required)), qPrintable(top.out));

        for (const QString &command : std::as_const(commands)) {
            for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
                const Result r = run({command, flag});
                QVERIFY2(r.exitCode == 0, qPrintable(command + QLatin1Char(' ') + flag + QLatin1Char('\n') + r.err));
                QVERIFY2(r.out.contains(QLatin1String("Usage: annalist ") + command), qPrintable(r.out));
                QVERIFY(r.err.isEmpty());
            }
        }
        for (const QString &command : {QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("search")})
            QVERIFY(run({command, QStringLiteral("--help")}).out.contains(QLatin1String("--db")));
        for (const QString &command : {QStringLiteral("list"), QStringLiteral("search")})
            QVERIFY(run({command, QStringLiteral("--help")}).out.contains(QLatin1String("--json")));
        QVERIFY(!QFileInfo::exists(defaultDatabase()));
    }

private:
    QString defaultDatabase() const
    {
        return m_home->filePath(QStringLiteral("data/Annalist/Annalist/annalist.db"));
    }

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    static QJsonArray parseArray(const QString &text)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isArray()) {
            qWarning("not one JSON array: %s\n%s", qPrintable(error.errorString()), qPrintable(text.left(400)));
            return QJsonArray{QJsonValue(QStringLiteral("<not a JSON array>"))};
        }
        return document.array();
    }

    Result run(const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString home = m_home->path();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
        env.remove(QStringLiteral("XDG_DATA_DIRS"));
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
            result.crashed = true;
            result.err = QStringLiteral("did not run: ") + process.errorString();
            return result;
        }
        result.crashed = process.exitStatus() != QProcess::NormalExit;
        result.exitCode = result.crashed ? -1 : process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        if (result.crashed)
            result.err.prepend(QStringLiteral("crashed: "));
        return result;
    }

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
