#pragma once

#include "ingest/nearduplicates.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QTextBrowser;
class QTextDocument;

namespace Annalist {

// "Show differences" between two versions of an article (a syndicated copy and its first
// version, or any two articles): side by side, word by word, text only in the left version
// struck through on red, text only in the right one on green. The word diff is computed off the
// GUI thread; ready() follows. Scrolling one side scrolls the other.
class DiffDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Version
    {
        qint64 id = 0;
        QString title;
        QString text;
    };
    explicit DiffDialog(QWidget *parent = nullptr);
    ~DiffDialog() override;
    Q_DISABLE_COPY_MOVE(DiffDialog)

    void setVersions(const Version &left, const Version &right);

    bool isReady() const { return m_ready; }
    QTextDocument *leftDocument() const;
    QTextDocument *rightDocument() const;
    QString summary() const; // "12 words only on the left, 3 only on the right"
    const QList<DiffChunk> &chunks() const { return m_chunks; }

Q_SIGNALS:
    void ready();

private:
    void showChunks(const QList<DiffChunk> &chunks);

    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    QTextBrowser *m_left;
    QTextBrowser *m_right;
    QLabel *m_summary;
    QFutureWatcher<QList<DiffChunk>> m_watcher;
    QList<DiffChunk> m_chunks;
    bool m_ready = false;
};

} // namespace Annalist
