#pragma once

#include <QByteArray>
#include <QString>

struct zip;

namespace Annalist {

// A read-only view of a zip archive held in memory (libzip), hardened against zip bombs:
// an entry is only ever inflated up to a caller's limit, entries whose declared size or
// compression ratio is absurd are refused before inflating, and archives with too many
// entries are not opened. Not copyable; one per thread.
class ZipArchive
{
public:
    static constexpr qint64 MaxEntries = 20000;
    static constexpr qint64 MaxRatio = 200; // uncompressed : compressed, for entries over 8 MB

    enum class Status {
        Ok,
        Missing, // no such entry
        TooLarge, // beyond the limit or a suspicious ratio: a zip bomb
        Encrypted,
        Damaged,
    };

    explicit ZipArchive(const QByteArray &data); // data must outlive the archive
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    QString error() const { return m_error; } // why the archive did not open

    // Reads the entry called name (exact, case-sensitive) into out, at most maxBytes.
    Status read(const QByteArray &name, qint64 maxBytes, QByteArray *out) const;

private:
    zip *m_zip = nullptr;
    QString m_error;
};

} // namespace Annalist
