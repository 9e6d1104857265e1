// The passage-annotation undo commands on a QUndoStack: every create, edit and delete undone
// and redone leaves the database exactly as it was (rows, times, tags, the full-text index),
// tags a command created disappear with its undo, and a refused command never enters the stack.

#include "annotationcommands.h"
#include "itemmodels/annotationeditor.h"
#include "pipeline/importrunner.h"
#include "store/annotationstore.h"
#include "store/database.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Annalist;

namespace {

// Everything annotations touch, by value (tags by path, so re-created tags compare equal).
QStringList snapshot(const QString &path)
{
    Database db(path);
    if (!db.open())
        return {QStringLiteral("error: ") + db.errorString()};
    QStringList lines;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id, article_id, start, length, quote, prefix, suffix, color, note, author, status, "
                          "created_at, modified_at FROM annotations ORDER BY id"));
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 13; ++i)
            fields.append(q.value(i).toString());
        lines.append(QStringLiteral("annotation|") + fields.join(QLatin1Char('|')));
    }
    q.exec(QStringLiteral("SELECT at.annotation_id, t.name FROM annotation_tags at JOIN tags t ON t.id = at.tag_id "
                          "ORDER BY 1, 2"));
    while (q.next())
        lines.append(QStringLiteral("tagged|%1|%2").arg(q.value(0).toLongLong()).arg(q.value(1).toString()));
    q.exec(QStringLiteral("SELECT t.name, coalesce(p.name, ''), t.color FROM tags t LEFT JOIN tags p ON p.id = t.parent_id "
                          "ORDER BY 1"));
    while (q.next())
        lines.append(QStringLiteral("tag|%1|%2|%3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    // The full-text index agrees with the table.
    if (!q.exec(QStringLiteral("INSERT INTO annotations_fts (annotations_fts) VALUES ('integrity-check')")))
        lines.append(QStringLiteral("fts out of step: ") + q.lastError().text());
    q.exec(QStringLiteral("SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH 'ferry' ORDER BY rowid"));
    while (q.next())
        lines.append(QStringLiteral("fts ferry|%1").arg(q.value(0).toLongLong()));
    return lines;
}

} // namespace

class TestAnnotationCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("notes.db"));
        const QString file = m_dir.filePath(QStringLiteral("harbour.txt"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Harbour works delayed\r\n\r\nThe ferry terminal will reopen in June, the port authority said "
                  "on Monday.\r\nDredging of the channel continues through the summer.\r\n");
        out.close();
        ImportRunner importer(m_path);
        ImportSummary summary;
        QVERIFY(importer.run({file}, summary));
        QCOMPARE(summary.imported.size(), 1);
        m_article = summary.imported.constFirst().id;
        QVERIFY(m_article > 0);
        QVERIFY(m_editor.setDatabasePath(m_path));
    }

    void undoRedoRestoresExactState()
    {
        QUndoStack stack;
        QSignalSpy changed(&m_editor, &AnnotationEditor::annotationsChanged);
        const QStringList s0 = snapshot(m_path);

        Annotation draft;
        draft.articleId = m_article;
        draft.start = 25; // "The ferry terminal", after the title and a blank CRLF line
        draft.length = 18;
        draft.color = QStringLiteral("yellow");
        draft.tags = QStringList{QStringLiteral("transport/ports")};
        draft.note = QStringLiteral("Reopening date\nconfirmed?");
        auto *create = new CreateAnnotationCommand(&m_editor, draft, QStringLiteral("The ferry terminal"));
        stack.push(create);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Highlight “The ferry terminal”"));
        const qint64 id = create->annotationId();
        QVERIFY(id > 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().constFirst().toLongLong(), m_article);
        const QStringList s1 = snapshot(m_path);
        QVERIFY(s1 != s0);
        QVERIFY(s1.contains(QStringLiteral("tag|transport/ports|transport|")));
        QVERIFY(s1.contains(QStringLiteral("fts ferry|%1").arg(id)));

        // Time moves on between the steps, so a stale modification time would show.
        QTest::qWait(1100);
        stack.undo();
        QCOMPARE(snapshot(m_path), s0); // the tags it created went with it
        stack.redo();
        QCOMPARE(snapshot(m_path), s1); // the same id, times and tags

        const auto stored = m_editor.annotation(id);
        QVERIFY(stored);
        QCOMPARE(stored->quote, QStringLiteral("The ferry terminal"));
        Annotation noted = *stored;
        noted.note = QStringLiteral("Confirmed by the port authority");
        stack.push(new EditAnnotationCommand(&m_editor, *stored, noted));
        QCOMPARE(stack.undoText(), QStringLiteral("Edit note"));
        const QStringList s2 = snapshot(m_path);
        QVERIFY(s2 != s1);
        QTest::qWait(1100);
        stack.undo();
        QCOMPARE(snapshot(m_path), s1);
        stack.redo();
        QCOMPARE(snapshot(m_path), s2);

        Annotation recoloured = *m_editor.annotation(id);
        recoloured.color = QStringLiteral("purple");
        recoloured.tags = QStringList{QStringLiteral("transport/ports"), QStringLiteral("follow-up")};
        stack.push(new EditAnnotationCommand(&m_editor, *m_editor.annotation(id), recoloured));
        QCOMPARE(stack.undoText(), QStringLiteral("Edit highlight"));
        const QStringList s3 = snapshot(m_path);
        QVERIFY(s3.contains(QStringLiteral("tag|follow-up||")));
        stack.undo();
        QCOMPARE(snapshot(m_path), s2);
        stack.redo();
        QCOMPARE(snapshot(m_path), s3);

        stack.push(new DeleteAnnotationCommand(&m_editor, *m_editor.annotation(id)));
        QCOMPARE(stack.undoText(), QStringLiteral("Delete highlight"));
        const QStringList s4 = snapshot(m_path);
        QVERIFY(!m_editor.annotation(id));
        QVERIFY(!s4.contains(QStringLiteral("fts ferry|%1").arg(id)));
        stack.undo();
        QCOMPARE(snapshot(m_path), s3);
        QCOMPARE(m_editor.annotation(id)->id, id); // back with its id
        stack.redo();
        QCOMPARE(snapshot(m_path), s4);

        // All the way back and forth again.
        while (stack.canUndo())
            stack.undo();
        QCOMPARE(snapshot(m_path), s0);
        while (stack.canRedo())
            stack.redo();
        QCOMPARE(snapshot(m_path), s4);
        QCOMPARE(stack.count(), 4);
    }

    void undoKeepsTagsOthersUse()
    {
        QUndoStack stack;
        Annotation first;
        first.articleId = m_article;
        first.start = 0;
        first.length = 7;
        first.tags = QStringList{QStringLiteral("shared")};
        stack.push(new CreateAnnotationCommand(&m_editor, first, QStringLiteral("Harbour")));
        Annotation second = first;
        second.start = 8;
        second.length = 5;
        stack.push(new CreateAnnotationCommand(&m_editor, second, QStringLiteral("works")));
        QCOMPARE(stack.count(), 2);
        // Undoing the first (after the second took its tag too) must leave the tag.
        stack.undo();
        stack.undo();
        QVERIFY(!snapshot(m_path).contains(QStringLiteral("tag|shared||")));
        stack.redo();
        stack.redo();
        const QStringList both = snapshot(m_path);
        QVERIFY(both.contains(QStringLiteral("tag|shared||")));
        QUndoStack other;
        Annotation third = first;
        third.start = 14;
        third.length = 7;
        other.push(new CreateAnnotationCommand(&m_editor, third, QStringLiteral("delayed")));
        stack.undo(); // the second: "shared" is still carried by the first and the third
        QVERIFY(snapshot(m_path).contains(QStringLiteral("tag|shared||")));
        other.undo();
        stack.undo();
        QVERIFY(!snapshot(m_path).contains(QStringLiteral("tag|shared||")));
    }

    void refusedCommandLeavesNoTrace()
    {
        QUndoStack stack;
        QSignalSpy failed(&m_editor, &AnnotationEditor::editFailed);
        const QStringList before = snapshot(m_path);
        Annotation outside;
        outside.articleId = m_article;
        outside.start = 100000;
        outside.length = 5;
        outside.tags = QStringList{QStringLiteral("never-created")};
        stack.push(new CreateAnnotationCommand(&m_editor, outside, QStringLiteral("nothing")));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.constFirst().constFirst().toString().isEmpty());
        QCOMPARE(snapshot(m_path), before);

        // Deleting what is gone already is refused as well.
        Annotation ghost;
        ghost.id = 987654;
        ghost.articleId = m_article;
        stack.push(new DeleteAnnotationCommand(&m_editor, ghost));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(snapshot(m_path), before);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_article = 0;
    AnnotationEditor m_editor;
};

QTEST_MAIN(TestAnnotationCommands)
#include "tst_annotationcommands.moc"
