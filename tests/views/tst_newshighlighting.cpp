// Golden-file test of the "Annalist News Text" highlighting definition: every input is run through
// KSyntaxHighlighting and dumped as one line per source line with <Format>text</Format> spans,
// then compared with tests/views/data/<input>.ref. Set ANNALIST_REGENERATE_GOLDEN=1 to rewrite the
// references after a deliberate change to the definition (and review the diff before committing).

#include "syntax/syntaxrepository.h"
#include "syntax/syntaxsupport.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace Annalist;

namespace {

// Writes the formats applied to each line; adjacent spans of one format are merged and
// "Normal Text" is written bare so the dump stays readable.
class DumpHighlighter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QString dump(const QString &text)
    {
        QString out;
        KSyntaxHighlighting::State state;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (const QString &rawLine : lines) {
            m_line = rawLine.endsWith(QLatin1Char('\r')) ? rawLine.chopped(1) : rawLine;
            m_spans.clear();
            state = highlightLine(m_line, state);
            for (const auto &[name, content] : std::as_const(m_spans)) {
                if (name.isEmpty() || name == QLatin1String("Normal Text")) {
                    out += content;
                } else {
                    out += QLatin1Char('<') % name % QLatin1Char('>') % content % QLatin1String("</") % name
                        % QLatin1Char('>');
                }
            }
            out += QLatin1Char('\n');
        }
        return out;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        const QString content = m_line.mid(offset, length);
        if (!m_spans.isEmpty() && m_spans.last().first == format.name()) {
            m_spans.last().second += content;
        } else {
            m_spans.append({format.name(), content});
        }
    }

private:
    QString m_line;
    QList<QPair<QString, QString>> m_spans;
};

QString readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

bool writeUtf8(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
}

} // namespace

class TestNewsHighlighting final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void definitionLoads()
    {
        QVERIFY(syntaxHighlightingAvailable());
        QVERIFY(!syntaxHighlightingVersion().isEmpty());

        const auto definition = Syntax::repository().definitionForName(Syntax::newsDefinitionName());
        QVERIFY(definition.isValid());
        QCOMPARE(definition.name(), Syntax::newsDefinitionName());
        QVERIFY2(definition.filePath().startsWith(QLatin1String(":/org.kde.syntax-highlighting/syntax-addons/")),
                 qPrintable(definition.filePath()));

        QStringList formatNames;
        const auto formats = definition.formats();
        for (const auto &format : formats) {
            formatNames.append(format.name());
        }
        for (const char *expected :
             {"Quoted Speech", "Money", "Percentage", "Number", "Citation", "Byline", "Dateline", "URL"}) {
            QVERIFY2(formatNames.contains(QLatin1String(expected)), expected);
        }

        // Annalist picks the definition itself: it must not take over *.txt in other programs.
        QVERIFY(Syntax::repository().definitionForFileName(QStringLiteral("article.txt")).name()
                != Syntax::newsDefinitionName());
    }

    void definitionForFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("definition");
        QTest::newRow("txt") << QStringLiteral("txt") << Syntax::newsDefinitionName();
        QTest::newRow("TXT") << QStringLiteral("TXT") << Syntax::newsDefinitionName();
        QTest::newRow("md") << QStringLiteral("md") << QStringLiteral("Markdown");
        QTest::newRow("html") << QStringLiteral("html") << QStringLiteral("HTML");
        QTest::newRow("htm") << QStringLiteral("htm") << QStringLiteral("HTML");
        QTest::newRow("pdf") << QStringLiteral("pdf") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void definitionForFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, definition);
        const auto found = Syntax::definitionForFormat(format);
        QCOMPARE(found.isValid(), !definition.isEmpty());
        if (found.isValid()) {
            QCOMPARE(found.name(), definition);
        }
    }

    void themeFollowsPalette()
    {
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        const auto lightTheme = Syntax::themeForPalette(light);
        const auto darkTheme = Syntax::themeForPalette(dark);
        QVERIFY(lightTheme.isValid());
        QVERIFY(darkTheme.isValid());
        QVERIFY(lightTheme.name() != darkTheme.name());
        // The dark theme must actually be dark, or the text would vanish on a dark palette.
        QVERIFY(QColor(darkTheme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < 128);
        QVERIFY(QColor(lightTheme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() >= 128);
    }

    void golden_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reference");
        // Every seed article of the sample corpus, plus a hand-written file covering each rule.
        const QDir corpus(QStringLiteral(ANNALIST_SHARED_DIR "/corpus"));
        const QStringList seeds = corpus.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QVERIFY(!seeds.isEmpty());
        for (const QString &seed : seeds) {
            QTest::newRow(qPrintable(seed)) << corpus.filePath(seed)
                                            << QStringLiteral(ANNALIST_TEST_DATA_DIR "/") + seed + QStringLiteral(".ref");
        }
        QTest::newRow("news-features.txt") << QStringLiteral(ANNALIST_TEST_DATA_DIR "/news-features.txt")
                                           << QStringLiteral(ANNALIST_TEST_DATA_DIR "/news-features.txt.ref");
    }

    void golden()
    {
        QFETCH(QString, input);
        QFETCH(QString, reference);

        const QString text = readUtf8(input);
        QVERIFY2(!text.isEmpty(), qPrintable(QStringLiteral("cannot read ") + input));

        DumpHighlighter highlighter;
        highlighter.setDefinition(Syntax::repository().definitionForName(Syntax::newsDefinitionName()));
        highlighter.setTheme(Syntax::repository().defaultTheme());
        const QString actual = highlighter.dump(text);

        if (qEnvironmentVariableIntValue("ANNALIST_REGENERATE_GOLDEN") == 1) {
            QVERIFY(writeUtf8(reference, actual));
            qWarning("regenerated %s", qPrintable(reference));
            return;
        }

        const QString outputDir = QStringLiteral(ANNALIST_BINARY_DIR "/test-output/highlighting");
        QVERIFY(QDir().mkpath(outputDir));
        const QString output = outputDir + QLatin1Char('/') + QFileInfo(reference).fileName();
        QVERIFY(writeUtf8(output, actual));

        const QString expected = readUtf8(reference);
        QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("missing reference ") + reference));
        if (actual != expected) {
            QProcess diff;
            diff.setProcessChannelMode(QProcess::MergedChannels);
            diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), reference, output});
            diff.waitForFinished();
            qWarning().noquote() << QString::fromUtf8(diff.readAll());
        }
        QVERIFY2(actual == expected, qPrintable(QStringLiteral("highlighting differs from ") + reference
                                                + QStringLiteral("; rerun with ANNALIST_REGENERATE_GOLDEN=1 "
                                                                 "if the change is intended")));
    }
};

QTEST_GUILESS_MAIN(TestNewsHighlighting)

#include "tst_newshighlighting.moc"
