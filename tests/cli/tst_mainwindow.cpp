// The main window end to end: real files and a folder dropped onto it (QMimeData with file
// URLs through real drag-enter/move/drop events), the articles in the list, a click on one
// shows exactly its text, and a screenshot for the record.

#include "articlelistpane.h"
#include "itemmodels/articlelistmodel.h"
#include "mainwindow.h"
#include "sourceview.h"
#include "syntax/syntaxsupport.h"

#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QAction>
#include <QLineEdit>
#include <QMimeData>
#include <QPixmap>
#include <QPointer>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextLayout>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

using namespace Annalist;

namespace {

const QString seedFolder = QDir::cleanPath(QStringLiteral(ANNALIST_SHARED_DIR "/corpus"));

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

std::unique_ptr<QMimeData> fileDrag(const QStringList &paths)
{
    auto mime = std::make_unique<QMimeData>();
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime->setUrls(urls);
    return mime;
}

// What a drag from a file manager does to the window: enter, move, drop, all accepted.
bool dropOnto(QWidget *target, const QMimeData *mime, QString *problem)
{
    const QPoint position = target->rect().center();
    QDragEnterEvent enter(position, Qt::CopyAction | Qt::MoveAction | Qt::LinkAction, mime, Qt::LeftButton,
                          Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted() || enter.dropAction() != Qt::CopyAction) {
        *problem = QStringLiteral("drag enter not accepted as a copy");
        return false;
    }
    QDragMoveEvent move(position + QPoint(5, 5), Qt::CopyAction | Qt::MoveAction | Qt::LinkAction, mime,
                        Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    if (!move.isAccepted()) {
        *problem = QStringLiteral("drag move not accepted");
        return false;
    }
    QDropEvent drop(QPointF(position + QPoint(5, 5)), Qt::CopyAction | Qt::MoveAction | Qt::LinkAction, mime,
                    Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    if (!drop.isAccepted()) {
        *problem = QStringLiteral("drop not accepted");
        return false;
    }
    return true;
}

int rowOfFile(const QAbstractItemModel *model, const QString &path)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString file =
            model->index(row, ArticleListModel::FileColumn).data(Qt::ToolTipRole).toString();
        if (QFileInfo(QDir::fromNativeSeparators(file)).canonicalFilePath() == QFileInfo(path).canonicalFilePath())
            return row;
    }
    return -1;
}

// Whether the highlighter has coloured the reader's text (it does so on the next event loop
// turn after the text is set).
bool isHighlighted(const SourceView *view)
{
    for (QTextBlock block = view->document()->firstBlock(); block.isValid(); block = block.next()) {
        if (block.layout() && !block.layout()->formats().isEmpty())
            return true;
    }
    return false;
}

QString artifactDir()
{
    const QString fromEnv = qEnvironmentVariable("ANNALIST_ARTIFACT_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(ANNALIST_BINARY_DIR "/test-artifacts") : fromEnv;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Nothing of the analyst's: settings, data and the default database stay in here.
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("AnnalistTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }

    void dropFilesAndFolderThenRead()
    {
        // The seed files, copied so the test owns them.
        const QString files = m_dir.filePath(QStringLiteral("drop"));
        QVERIFY(QDir().mkpath(files));
        QStringList seedCopies;
        const QStringList names = QDir(seedFolder).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QCOMPARE(names.size(), 5);
        for (const QString &name : names) {
            const QString copy = QDir(files).filePath(name);
            QVERIFY(QFile::copy(QDir(seedFolder).filePath(name), copy));
            seedCopies.append(copy);
        }

        MainWindow window;
        window.resize(1280, 800);
        const QString dbPath = m_dir.filePath(QStringLiteral("gui.db"));
        QVERIFY(window.openDatabase(dbPath));
        QCOMPARE(window.databasePath(), dbPath);
        QVERIFY(window.windowTitle().contains(QLatin1String("gui.db")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTreeView *view = window.articleList()->view();
        const QAbstractItemModel *model = view->model();
        QCOMPARE(model->rowCount(), 0);

        // Text that is not a file is refused at the door.
        {
            QMimeData text;
            text.setText(QStringLiteral("just words"));
            QDragEnterEvent enter(window.rect().center(), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(&window, &enter);
            QVERIFY(!enter.isAccepted());
        }

        // 1. The five files.
        QSignalSpy imported(&window, &MainWindow::importFinished);
        QSignalSpy shown(&window, &MainWindow::articleShown);
        const auto filesMime = fileDrag(seedCopies);
        QString problem;
        QVERIFY2(dropOnto(&window, filesMime.get(), &problem), qPrintable(problem));
        QVERIFY(window.isImporting());
        QVERIFY(imported.wait(60000));
        // The five files hold 13 articles: a newspaper page and an aggregator page are split.
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 13, 10000);
        QSet<QString> titles;
        for (int row = 0; row < model->rowCount(); ++row)
            titles.insert(model->index(row, ArticleListModel::TitleColumn).data().toString());
        QVERIFY(titles.size() >= 12); // one wire story appears twice in the aggregator page
        for (const QString &seed : std::as_const(seedCopies))
            QVERIFY2(rowOfFile(model, seed) >= 0, qPrintable(seed));

        // The reader never stays empty: the first article opens by itself.
        QTRY_VERIFY(!window.sourceView()->toPlainText().isEmpty());
        const int firstRow = view->currentIndex().row();
        QVERIFY(firstRow >= 0);

        // 2. A folder: two duplicates, two new articles in other formats, a file of unknown type.
        const QString folder = m_dir.filePath(QStringLiteral("folder"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/nested")));
        QVERIFY(QFile::copy(seedCopies.at(0), QDir(folder).filePath(QStringLiteral("again-0.txt"))));
        QVERIFY(QFile::copy(seedCopies.at(3), QDir(folder).filePath(QStringLiteral("nested/again-3.txt"))));
        const QString markdown = QDir(folder).filePath(QStringLiteral("briefing.md"));
        QVERIFY(writeFile(markdown, QByteArray("# Briefing on chip export rules\n\nBy Analyst Desk\n\n"
                                               "The rules cover **advanced** accelerators; exports fell 12% in Q3.\n")));
        const QString html = QDir(folder).filePath(QStringLiteral("nested/page.html"));
        QVERIFY(writeFile(html, QByteArray("<html><head><title>Page about lithography</title>"
                                           "<script>document.title='changed'</script></head>"
                                           "<body><h1>Lithography</h1><p>Machines from one supplier.</p>"
                                           "<img src=\"https://example.invalid/x.png\"></body></html>")));
        QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("slides.key")), QByteArray("not an article")));

        const auto folderMime = fileDrag({folder});
        QVERIFY2(dropOnto(&window, folderMime.get(), &problem), qPrintable(problem));
        QVERIFY(imported.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 15, 10000);
        QVERIFY(rowOfFile(model, markdown) >= 0);
        QVERIFY(rowOfFile(model, html) >= 0);

        // Duplicates and the skipped file are reported in a summary the analyst can read on.
        QPointer<QMessageBox> summary;
        QTRY_VERIFY((summary = window.findChild<QMessageBox *>(QStringLiteral("ImportSummary"))) != nullptr);
        QTRY_VERIFY(summary->isVisible());
        QVERIFY2(summary->detailedText().contains(QLatin1String("slides.key")), qPrintable(summary->detailedText()));
        // again-0 and again-3 are the two split files: ten duplicate articles.
        QCOMPARE(summary->detailedText().count(QLatin1String("again-")), 10);

        // 3. Clicking an article shows exactly its text, while the summary is still open.
        for (const QString &path : {seedCopies.at(2), markdown, seedCopies.at(4)}) {
            const int row = rowOfFile(model, path);
            QVERIFY(row >= 0);
            const QModelIndex index = model->index(row, ArticleListModel::TitleColumn);
            view->scrollTo(index);
            // Through the window system, as a real click: a modal dialog would swallow it.
            const QPoint at = view->viewport()->mapTo(&window, view->visualRect(index).center());
            QTest::mouseClick(window.windowHandle(), Qt::LeftButton, Qt::NoModifier, at);
            QTRY_COMPARE(view->currentIndex().row(), row);
            const qint64 id = index.data(ArticleListModel::ArticleIdRole).toLongLong();
            QTRY_VERIFY(!shown.isEmpty() && shown.constLast().at(0).toLongLong() == id);
            QCOMPARE(window.sourceView()->toPlainText(), readText(path));
            QCOMPARE(window.articleList()->currentArticle(), id);
        }
        // The HTML page shows its original markup, not a rendering of it.
        const int htmlRow = rowOfFile(model, html);
        view->setCurrentIndex(model->index(htmlRow, ArticleListModel::TitleColumn));
        QTRY_COMPARE(window.sourceView()->toPlainText(), readText(html));
        QCOMPARE(model->index(htmlRow, ArticleListModel::TitleColumn).data().toString(),
                 QStringLiteral("Page about lithography"));

        // 4. The window as the analyst sees it, with a seed article open.
        summary->close(); // deletes itself
        QTRY_VERIFY(summary.isNull());
        const int shownRow = rowOfFile(model, seedCopies.at(4)); // a file holding one article
        view->setCurrentIndex(model->index(shownRow, ArticleListModel::TitleColumn));
        QTRY_COMPARE(window.sourceView()->toPlainText(), readText(seedCopies.at(4)));
        if (syntaxHighlightingAvailable()) // the news-text colours belong in the picture
            QTRY_VERIFY(isHighlighted(window.sourceView()));
        QTRY_VERIFY(!window.isExtracting());
        const QPixmap shot = window.grab();
        QCOMPARE(shot.size(), window.size() * shot.devicePixelRatio());
        const QImage image = shot.toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 8, "the screenshot is nearly blank");
        QVERIFY(QDir().mkpath(artifactDir()));
        const QString shotPath = QDir(artifactDir()).filePath(QStringLiteral("mainwindow.png"));
        QVERIFY2(shot.save(shotPath), qPrintable(shotPath));
        qInfo("screenshot: %s", qPrintable(shotPath));

        // A search from the list marks its hits in the shown article; F8 / Shift+F8 walk them.
        window.articleList()->searchField()->setText(QStringLiteral("export"));
        const auto *listModel = qobject_cast<const ArticleListModel *>(model);
        QVERIFY(listModel);
        QTRY_VERIFY_WITH_TIMEOUT(listModel->query().search == QStringLiteral("export") && !listModel->isLoading()
                                     && model->rowCount() > 0,
                                 10000);
        view->setCurrentIndex(model->index(0, ArticleListModel::TitleColumn));
        QTRY_VERIFY_WITH_TIMEOUT(!window.sourceView()->highlightedRanges().isEmpty(), 10000);
        const QList<SourceView::Range> hits = window.sourceView()->highlightedRanges();
        const QString text = window.sourceView()->toPlainText();
        for (const SourceView::Range &hit : hits) {
            const QString word = text.mid(hit.first, hit.second);
            QVERIFY2(word.startsWith(QStringLiteral("export"), Qt::CaseInsensitive), qPrintable(word));
            QVERIFY(hit.first == 0 || !text.at(hit.first - 1).isLetterOrNumber()); // whole words only
        }
        QAction *nextHit = nullptr;
        QAction *previousHit = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(QStringLiteral("F8"), QKeySequence::PortableText))
                nextHit = action;
            else if (action->shortcut() == QKeySequence(QStringLiteral("Shift+F8"), QKeySequence::PortableText))
                previousHit = action;
        }
        QVERIFY(nextHit && previousHit);
        QTRY_COMPARE(window.sourceView()->textCursor().position(), int(hits.constFirst().first));
        nextHit->trigger();
        QCOMPARE(window.sourceView()->textCursor().position(), int(hits.at(hits.size() > 1 ? 1 : 0).first));
        previousHit->trigger();
        QCOMPARE(window.sourceView()->textCursor().position(), int(hits.constFirst().first));
        previousHit->trigger(); // wraps to the last hit
        QCOMPARE(window.sourceView()->textCursor().position(), int(hits.constLast().first));
        window.articleList()->searchField()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(window.sourceView()->highlightedRanges().isEmpty(), 10000);

        // The settings went to the temporary location, and remember this database.
        window.close();
        QCOMPARE(QSettings().value(QStringLiteral("database/last")).toString(), dbPath);
        QVERIFY(QSettings().fileName().startsWith(m_dir.path()));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
