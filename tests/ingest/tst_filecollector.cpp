#include "ingest/filecollector.h"
#include "ingest/importer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace Annalist;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestFileCollector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_root = QDir(m_dir->path()).canonicalPath(); // /tmp may itself be a link
        const struct
        {
            const char *path;
            const char *text;
        } files[] = {
            { "b.txt", "B Title\n" },
            { "a.md", "# A Title\n" },
            { "Z.html", "<title>Z Title</title><p>z</p>" },
            { "sub/inner.htm", "<p>Inner Line</p>" },
            { "sub/deeper/deep.text", "Deep Title\n" },
            { "sub/deeper/notes.TXT", "Upper Suffix\n" },
            { "sub/image.png", "\x89PNG\r\n\x1a\n" },
            { "sub/README", "no suffix\n" },
            { "sub/.hidden.txt", "Hidden File\n" },
            { ".git/config.txt", "Hidden Folder\n" },
            { "sub/.cache/x.md", "# Hidden Folder\n" },
            { "sub/binary.txt",
                "\x7F"
                "ELF\x02\x01\x01" },
            { "sub/empty.txt", "" },
        };
        for (const auto &f : files)
            QVERIFY(writeFile(m_root + QLatin1Char('/') + QLatin1String(f.path), QByteArray(f.text)));
    }

    void walk()
    {
        const CollectedFiles collected = collectFiles({ m_root }, m_registry);
        const QStringList expected = {
            m_root + QStringLiteral("/Z.html"), // code unit order: upper case first
            m_root + QStringLiteral("/a.md"),
            m_root + QStringLiteral("/b.txt"),
            m_root + QStringLiteral("/sub/binary.txt"),
            m_root + QStringLiteral("/sub/deeper/deep.text"),
            m_root + QStringLiteral("/sub/deeper/notes.TXT"),
            m_root + QStringLiteral("/sub/empty.txt"),
            m_root + QStringLiteral("/sub/inner.htm"),
        };
        QCOMPARE(collected.files, expected);
        QCOMPARE(collected.skipped,
            QStringList({ m_root + QStringLiteral("/sub/README: unknown file type (no suffix)"),
                m_root + QStringLiteral("/sub/image.png: unknown file type (.png)") }));
        QVERIFY(collected.errors.isEmpty());
        QVERIFY(!collected.cancelled);

        // The same again: deterministic.
        QCOMPARE(collectFiles({ m_root }, m_registry).files, expected);

        // Importing the lot: the broken files fail with clear reasons, the rest is read.
        QStringList failures;
        int imported = 0;
        for (const QString &path : collected.files) {
            const ReadResult result = m_registry.readFile(path);
            if (result.ok())
                ++imported;
            else
                failures.append(QFileInfo(path).fileName() + QLatin1String(": ") + result.error);
        }
        QCOMPARE(imported, 6);
        QCOMPARE(failures,
            QStringList({ QStringLiteral("binary.txt: binary file, not text (looks like a program)"),
                QStringLiteral("empty.txt: empty file") }));
    }

    void explicitPaths()
    {
        const QStringList paths = {
            m_root + QStringLiteral("/sub/deeper"),
            m_root + QStringLiteral("/sub/deeper/deep.text"), // already in the folder: listed once
            m_root + QStringLiteral("/sub/.hidden.txt"), // hidden, but asked for by name
            m_root + QStringLiteral("/sub/image.png"),
            m_root + QStringLiteral("/missing.txt"),
            m_root + QStringLiteral("/missing-folder"),
        };
        const CollectedFiles collected = collectFiles(paths, m_registry);
        QCOMPARE(collected.files,
            QStringList({ m_root + QStringLiteral("/sub/deeper/deep.text"),
                m_root + QStringLiteral("/sub/deeper/notes.TXT"), m_root + QStringLiteral("/sub/.hidden.txt") }));
        QCOMPARE(collected.skipped, QStringList(m_root + QStringLiteral("/sub/image.png: unknown file type (.png)")));
        QCOMPARE(collected.errors,
            QStringList({ m_root + QStringLiteral("/missing.txt: no such file or folder"),
                m_root + QStringLiteral("/missing-folder: no such file or folder") }));
    }

    void relativePathsBecomeAbsolute()
    {
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_root));
        const CollectedFiles collected = collectFiles({ QStringLiteral("sub/deeper") }, m_registry);
        QDir::setCurrent(previous);
        QCOMPARE(collected.files.size(), 2);
        QCOMPARE(collected.files.first(), m_root + QStringLiteral("/sub/deeper/deep.text"));
    }

    void symlinks()
    {
        // A loop back to the root, a second way into a folder, a link to a file and a dangling link.
        QVERIFY(QFile::link(m_root, m_root + QStringLiteral("/sub/loop")));
        QVERIFY(QFile::link(m_root + QStringLiteral("/sub/deeper"), m_root + QStringLiteral("/again")));
        QVERIFY(QFile::link(m_root + QStringLiteral("/b.txt"), m_root + QStringLiteral("/sub/link-to-b.txt")));
        QVERIFY(QFile::link(m_root + QStringLiteral("/nowhere.txt"), m_root + QStringLiteral("/sub/dangling.txt")));

        const CollectedFiles collected = collectFiles({ m_root }, m_registry);
        QCOMPARE(collected.files.size(), 8); // the same files as without the links, each once
        QStringList unique = collected.files;
        QCOMPARE(unique.removeDuplicates(), 0);
        QVERIFY(collected.errors.isEmpty());

        const CollectedFiles dangling = collectFiles({ m_root + QStringLiteral("/sub/dangling.txt") }, m_registry);
        QCOMPARE(dangling.errors, QStringList(m_root + QStringLiteral("/sub/dangling.txt: broken symbolic link")));
    }

    void specialFiles()
    {
        const QString fifo = m_root + QStringLiteral("/sub/pipe.txt");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // Inside a folder a FIFO is passed over; named, it is reported. Never opened (that would block).
        QVERIFY(!collectFiles({ m_root }, m_registry).files.contains(fifo));
        QCOMPARE(collectFiles({ fifo }, m_registry).errors, QStringList(fifo + QStringLiteral(": not a regular file")));
    }

    void unreadable()
    {
        if (::geteuid() == 0)
            QSKIP("running as root: permissions do not block reading");
        const QString folder = m_root + QStringLiteral("/sub/deeper");
        const QString file = m_root + QStringLiteral("/b.txt");
        QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions()));
        QVERIFY(QFile::setPermissions(file, QFileDevice::Permissions()));
        const CollectedFiles collected = collectFiles({ m_root }, m_registry);
        const ReadResult read = m_registry.readFile(file);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(collected.errors,
            QStringList({ file + QStringLiteral(": not readable (permission denied)"),
                folder + QStringLiteral(": folder not readable (permission denied)") }));
        QCOMPARE(collected.files.size(), 5);
        QCOMPARE(read.error, QStringLiteral("cannot open the file: Permission denied"));
    }

    void cancel()
    {
        std::atomic_bool cancel { true };
        const CollectedFiles collected = collectFiles({ m_root }, m_registry, &cancel);
        QVERIFY(collected.cancelled);
        QVERIFY(collected.files.isEmpty());
    }

private:
    ImporterRegistry m_registry;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
};

QTEST_GUILESS_MAIN(TestFileCollector)
#include "tst_filecollector.moc"
