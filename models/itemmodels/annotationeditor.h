#pragma once

#include "store/annotationstore.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace Annalist {

class Database;

// Passage annotations for the GUI: owns a connection for the GUI thread, writes every change in
// a transaction of its own and announces it, so that the source view and the annotations pane
// load again. The undo commands (views/annotationcommands.h) go through it; each keeps the
// stored state it replaces, and putBack() restores such a state exactly (id, times, tags).
class AnnotationEditor final : public QObject
{
    Q_OBJECT
public:
    explicit AnnotationEditor(QObject *parent = nullptr);
    ~AnnotationEditor() override;
    Q_DISABLE_COPY_MOVE(AnnotationEditor)

    bool setDatabasePath(const QString &path);
    QString databasePath() const;
    bool isOpen() const { return m_db != nullptr; }
    QString errorString() const { return m_error; }

    // Stores a new annotation; returns it as stored (id, quote, context, times).
    std::optional<Annotation> create(const Annotation &annotation);
    // Writes colour, note and tags; returns the annotation as stored.
    std::optional<Annotation> update(const Annotation &annotation);
    bool remove(qint64 id);
    // Makes the stored annotation exactly @p annotation again, replacing what has its id, or
    // putting it back after a removal.
    bool putBack(const Annotation &annotation);

    std::optional<Annotation> annotation(qint64 id);
    std::optional<QList<Annotation>> annotationsOf(qint64 articleId);
    // Every tag path, for completion.
    QStringList tagPaths();
    // The paths (and parents) among @p paths that are not tags yet: what storing them creates.
    QStringList missingTags(const QStringList &paths);
    // Removes those of @p paths that are tags nothing carries and nothing lies below, deepest
    // first: an undone command leaves no tag behind that it created.
    bool removeUnusedTags(const QStringList &paths);

Q_SIGNALS:
    // An annotation of the article was created, changed or removed.
    void annotationsChanged(qint64 articleId);
    void editFailed(const QString &message);

private:
    bool fail(const QString &message);

    std::unique_ptr<Database> m_db;
    QString m_error;
};

} // namespace Annalist
