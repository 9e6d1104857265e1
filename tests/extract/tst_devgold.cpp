#include "extractrunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The dev-gold score: "annalist extract --json --dct D" on every text of ../shared/eval/gold,
// scored by ../shared/eval/score.py (micro-averaged). Fails below the targets.
class TestDevGold : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void targets();

private:
    QString m_python;
    QString m_eval = QStringLiteral(ANNALIST_SHARED_DIR "/eval");
};

namespace {

constexpr double typedEntityTarget = 0.90;
constexpr double productTarget = 0.80;
constexpr double timexValueTarget = 0.88;

QByteArray runPython(const QString &python, const QStringList &args, const QByteArray &input, bool *ok)
{
    QProcess p;
    p.start(python, args);
    p.write(input);
    p.closeWriteChannel();
    *ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!*ok)
        qWarning().noquote() << args.value(0) << QString::fromUtf8(p.readAllStandardError());
    return p.readAllStandardOutput();
}

} // namespace

void TestDevGold::initTestCase()
{
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (m_python.isEmpty())
        QSKIP("python3 is needed to run the scorer");
    if (!QFile::exists(m_eval + QStringLiteral("/score.py")))
        QSKIP("no ../shared/eval next to the project");
}

void TestDevGold::targets()
{
    const QString goldDir = m_eval + QStringLiteral("/gold");
    QByteArray lines;
    for (const QString &goldFile : QDir(goldDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(goldDir + QLatin1Char('/') + goldFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString dct = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("dct")).toString();
        const QString text = QStringLiteral(ANNALIST_SHARED_DIR "/corpus/") + QFileInfo(goldFile).completeBaseName()
            + QStringLiteral(".txt");
        const ExtractRun run = runExtract({QStringLiteral("--json"), QStringLiteral("--dct"), dct, text});
        QCOMPARE(run.exitCode, 0);
        lines += run.out.toUtf8();
    }
    QTemporaryDir dir;
    const QString predDir = dir.filePath(QStringLiteral("pred"));
    const QString scores = dir.filePath(QStringLiteral("scores.json"));
    bool ok = false;
    runPython(m_python, {m_eval + QStringLiteral("/to_pred.py"), predDir}, lines, &ok);
    QVERIFY(ok);
    const QByteArray table = runPython(m_python, {m_eval + QStringLiteral("/score.py"), goldDir, predDir,
                                                  QStringLiteral("--json"), scores}, {}, &ok);
    QVERIFY(ok);
    qInfo().noquote() << QString::fromUtf8(table);
    const QByteArray product = runPython(m_python, {QStringLiteral(ANNALIST_SOURCE_DIR "/tests/extract/score_by_type.py"),
                                                    m_eval + QStringLiteral("/score.py"), goldDir, predDir,
                                                    QStringLiteral("PRODUCT")}, {}, &ok);
    QVERIFY(ok);

    QFile s(scores);
    QVERIFY(s.open(QIODevice::ReadOnly));
    const QJsonObject micro = QJsonDocument::fromJson(s.readAll()).object().value(QLatin1String("scores")).toObject()
                                  .value(QLatin1String("MICRO")).toObject();
    const double typed = micro.value(QLatin1String("entity_typed")).toObject().value(QLatin1String("f")).toDouble();
    const double untyped = micro.value(QLatin1String("entity_untyped")).toObject().value(QLatin1String("f")).toDouble();
    const double extent = micro.value(QLatin1String("timex_extent")).toObject().value(QLatin1String("f")).toDouble();
    const double value = micro.value(QLatin1String("timex_value")).toObject().value(QLatin1String("f")).toDouble();
    const double productF1 = QJsonDocument::fromJson(product).object().value(QLatin1String("f")).toDouble();
    qInfo("micro F1: entity typed %.3f, untyped %.3f, PRODUCT %.3f; timex extent %.3f, value %.3f", typed, untyped,
          productF1, extent, value);
    QVERIFY2(typed >= typedEntityTarget, qPrintable(QStringLiteral("typed entity F1 %1 < %2").arg(typed).arg(typedEntityTarget)));
    QVERIFY2(productF1 >= productTarget, qPrintable(QStringLiteral("PRODUCT F1 %1 < %2").arg(productF1).arg(productTarget)));
    QVERIFY2(value >= timexValueTarget, qPrintable(QStringLiteral("timex value F1 %1 < %2").arg(value).arg(timexValueTarget)));
}

QTEST_GUILESS_MAIN(TestDevGold)
#include "tst_devgold.moc"
