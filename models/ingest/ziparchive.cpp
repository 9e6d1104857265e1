#include "ingest/ziparchive.h"

#include <QCoreApplication>

#include <zip.h>

namespace Annalist {

ZipArchive::ZipArchive(const QByteArray &data)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(data.constData(), zip_uint64_t(data.size()), 0, &error);
    if (source)
        m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!m_zip) {
        if (source)
            zip_source_free(source);
        m_error = QCoreApplication::translate("Annalist::Ingest", "not a zip archive (%1)")
                      .arg(QString::fromLocal8Bit(zip_error_strerror(&error)));
    } else if (zip_get_num_entries(m_zip, 0) > MaxEntries) {
        m_error = QCoreApplication::translate("Annalist::Ingest", "the archive has more than %1 entries")
                      .arg(MaxEntries);
        zip_discard(m_zip);
        m_zip = nullptr;
    }
    zip_error_fini(&error);
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip); // read-only: nothing to write back
}

ZipArchive::Status ZipArchive::read(const QByteArray &name, qint64 maxBytes, QByteArray *out) const
{
    out->clear();
    if (!m_zip)
        return Status::Damaged;
    const zip_int64_t index = zip_name_locate(m_zip, name.constData(), 0);
    if (index < 0)
        return Status::Missing;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) != 0)
        return Status::Damaged;
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
        return Status::Encrypted;
    if (stat.valid & ZIP_STAT_SIZE) {
        if (stat.size > zip_uint64_t(maxBytes))
            return Status::TooLarge;
        const zip_uint64_t compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? std::max<zip_uint64_t>(stat.comp_size, 1) : 1;
        if (stat.size > 8 * 1024 * 1024 && stat.size / compressed > zip_uint64_t(MaxRatio))
            return Status::TooLarge;
    }
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file)
        return zip_error_code_zip(zip_get_error(m_zip)) == ZIP_ER_NOPASSWD ? Status::Encrypted : Status::Damaged;
    // The declared size can lie: read in chunks and stop one byte past the limit.
    char buffer[64 * 1024];
    Status status = Status::Ok;
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            status = Status::Damaged;
            break;
        }
        if (n == 0)
            break;
        if (out->size() + n > maxBytes) {
            status = Status::TooLarge;
            break;
        }
        out->append(buffer, qsizetype(n));
    }
    zip_fclose(file);
    if (status != Status::Ok)
        out->clear();
    return status;
}

} // namespace Annalist
