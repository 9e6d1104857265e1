#include "dossierfixture.h"

#include "dossierexportdialog.h"
#include "exportworkbench.h"
#include "syntax/syntaxspans.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Annalist;

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scopes();
    void options();
    void workbenchExportsInBackground();

private:
    DossierExportDialog::Context context() const;

    QTemporaryDir m_dir;
    QString m_db;
    TestSupport::DossierFixture m_fixture;
};

void TestExportDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AnnalistTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("gui.db"));
    m_fixture = TestSupport::buildDossierFixture(m_db);
    QVERIFY2(m_fixture.error.isEmpty(), qPrintable(m_fixture.error));
}

DossierExportDialog::Context TestExportDialog::context() const
{
    DossierExportDialog::Context context;
    context.currentArticle = m_fixture.articles.at(1);
    context.currentTitle = QStringLiteral("China condemns chip restrictions");
    context.selected = {m_fixture.articles.at(0), m_fixture.articles.at(2)};
    context.listQuery.search = QStringLiteral("export");
    context.listCount = 3;
    context.tags = QStringList{QStringLiteral("china"), QStringLiteral("policy"), QStringLiteral("policy/export-controls")};
    return context;
}

void TestExportDialog::scopes()
{
    DossierExportDialog dialog(context());
    // Several selected articles: the selection is the default scope.
    DossierSpec spec = dialog.spec();
    QCOMPARE(spec.scope, DossierSpec::Scope::Articles);
    QCOMPARE(spec.articleIds, context().selected);

    dialog.setScope(DossierExportDialog::ScopeChoice::Current);
    spec = dialog.spec();
    QCOMPARE(spec.articleIds, QList<qint64>{m_fixture.articles.at(1)});
    QCOMPARE(spec.title, QStringLiteral("China condemns chip restrictions"));

    auto *tags = dialog.findChild<QComboBox *>(QStringLiteral("tags"));
    QVERIFY(tags);
    tags->setCurrentIndex(2); // choosing a tag picks the tag scope
    spec = dialog.spec();
    QCOMPARE(spec.scope, DossierSpec::Scope::Tag);
    QCOMPARE(spec.tag, QStringLiteral("policy/export-controls"));

    dialog.setScope(DossierExportDialog::ScopeChoice::List);
    spec = dialog.spec();
    QCOMPARE(spec.scope, DossierSpec::Scope::List);
    QCOMPARE(spec.listQuery.search, QStringLiteral("export"));
    QCOMPARE(spec.describeScope(), QStringLiteral("Search result for “export”"));

    // Nothing selected and no article shown: those choices are disabled, the list is chosen.
    DossierExportDialog::Context empty = context();
    empty.currentArticle = 0;
    empty.selected.clear();
    DossierExportDialog fallback(empty);
    QCOMPARE(fallback.spec().scope, DossierSpec::Scope::List);
    fallback.setScope(DossierExportDialog::ScopeChoice::Selected); // disabled: ignored
    QCOMPARE(fallback.spec().scope, DossierSpec::Scope::List);

    dialog.resize(dialog.sizeHint());
    const QString artifacts = qEnvironmentVariable("ANNALIST_ARTIFACT_DIR", m_dir.path());
    QDir().mkpath(artifacts);
    QVERIFY(dialog.grab().save(QDir(artifacts).filePath(QStringLiteral("exportdialog.png"))));
}

void TestExportDialog::options()
{
    DossierExportDialog dialog(context());
    const QList<QCheckBox *> boxes = dialog.findChildren<QCheckBox *>();
    QCOMPARE(boxes.size(), 5);
    // Syntax colours are off by default, and only offered where KSyntaxHighlighting is built in.
    const auto syntax = std::find_if(boxes.cbegin(), boxes.cend(), [](const QCheckBox *box) {
        return box->text().startsWith(QLatin1String("Syntax"));
    });
    QVERIFY(syntax != boxes.cend());
    QVERIFY(!(*syntax)->isChecked());
    QCOMPARE((*syntax)->isEnabled(), Syntax::PrintColors::available());
    QVERIFY(!dialog.spec().syntaxColors);
    (*syntax)->setChecked(true);
    QCOMPARE(dialog.spec().syntaxColors, Syntax::PrintColors::available());
    for (QCheckBox *box : boxes)
        box->setChecked(false);
    const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
    QCOMPARE(edits.size(), 2);
    edits.at(0)->setText(QStringLiteral("  My dossier "));
    edits.at(1)->setText(QStringLiteral("A. Analyst"));
    const DossierSpec spec = dialog.spec();
    QVERIFY(!spec.notes && !spec.entityColors && !spec.syntaxColors && !spec.entityIndex && !spec.timeline);
    QCOMPARE(spec.title, QStringLiteral("My dossier"));
    QCOMPARE(spec.author, QStringLiteral("A. Analyst"));

    // Export… remembers the choices for the next dialog; Cancel does not.
    boxes.at(1)->setChecked(true);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    DossierExportDialog again(context());
    const QList<QCheckBox *> remembered = again.findChildren<QCheckBox *>();
    for (int i = 0; i < remembered.size(); ++i)
        QCOMPARE(remembered.at(i)->isChecked(), i == 1);
    QCOMPARE(again.findChildren<QLineEdit *>().at(1)->text(), QStringLiteral("A. Analyst"));
    remembered.at(0)->setChecked(true);
    again.reject();
    DossierExportDialog third(context());
    QVERIFY(!third.findChildren<QCheckBox *>().at(0)->isChecked());
    QSettings().clear();
}

void TestExportDialog::workbenchExportsInBackground()
{
    QWidget window;
    ExportWorkbench workbench(&window, [this] { return context(); }, [this] { return m_db; });
    QVERIFY(workbench.menu()->actions().size() >= 5);
    QSignalSpy exported(&workbench, &ExportWorkbench::pdfExported);
    QSignalSpy failed(&workbench, &ExportWorkbench::exportFailed);
    DossierSpec spec;
    spec.scope = DossierSpec::Scope::Tag;
    spec.tag = QStringLiteral("china");
    const QString pdf = m_dir.filePath(QStringLiteral("gui.pdf"));
    workbench.startPdfExport(spec, pdf);
    QVERIFY(workbench.isExporting());
    QVERIFY(exported.wait(30000));
    QVERIFY(failed.isEmpty());
    QCOMPARE(exported.constFirst().at(0).toString(), pdf);
    QVERIFY(exported.constFirst().at(1).toInt() >= 4);
    QVERIFY(!workbench.isExporting());
    QVERIFY(QFile::exists(pdf));

    QSignalSpy data(&workbench, &ExportWorkbench::dataExported);
    const QString json = m_dir.filePath(QStringLiteral("entities.json"));
    DossierSpec selected;
    selected.articleIds = {m_fixture.articles.at(1)};
    workbench.startDataExport(DataExporter::What::Entities, DataExporter::Format::Json, selected, json);
    QVERIFY(data.wait(30000));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!QJsonDocument::fromJson(file.readAll()).array().isEmpty());
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
