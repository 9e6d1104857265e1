#include "store/contentpatch.h"

#include "store/sqlitehandle.h"

#include <cstring>
#include <vector>

namespace Annalist::ContentPatch {

namespace {

constexpr char version = 1;

void writeVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char(0x80 | (value & 0x7f)));
        value >>= 7;
    }
    out.append(char(value));
}

bool readVarint(const char *&p, const char *end, quint64 *value)
{
    quint64 v = 0;
    for (int shift = 0; shift < 64 && p < end; shift += 7) {
        const auto byte = static_cast<unsigned char>(*p++);
        v |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            *value = v;
            return true;
        }
    }
    return false;
}

// UTF-8 byte offsets of the given UTF-16 positions (ascending) in text, as QString::toUtf8()
// encodes it; false when a position splits a surrogate pair.
bool utf8Offsets(const QString &text, const std::vector<qsizetype> &positions, std::vector<qsizetype> &offsets)
{
    offsets.clear();
    offsets.reserve(positions.size());
    qsizetype bytes = 0;
    qsizetype i = 0;
    const QChar *data = text.constData();
    const qsizetype size = text.size();
    for (const qsizetype position : positions) {
        if (position < i || position > size)
            return false;
        while (i < position) {
            const char16_t c = data[i].unicode();
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(data[i + 1].unicode())) {
                if (i + 1 == position)
                    return false;
                bytes += 4;
                ++i;
            } else {
                bytes += 3; // lone surrogates become U+FFFD, three bytes too
            }
            ++i;
        }
        offsets.push_back(bytes);
    }
    return true;
}

void contentFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 3)
        return;
    if (sqlite3_value_type(argv[1]) != SQLITE_NULL) {
        sqlite3_result_value(context, argv[1]);
        return;
    }
    if (sqlite3_value_type(argv[2]) == SQLITE_NULL) {
        sqlite3_result_value(context, argv[0]);
        return;
    }
    const auto *original = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray originalBytes = QByteArray::fromRawData(original ? original : "", sqlite3_value_bytes(argv[0]));
    const QByteArray patch = QByteArray::fromRawData(static_cast<const char *>(sqlite3_value_blob(argv[2])),
                                                     sqlite3_value_bytes(argv[2]));
    const std::optional<QByteArray> content = apply(originalBytes, patch);
    if (!content) {
        sqlite3_result_error(context, "damaged content_patch: the article's readable text cannot be rebuilt", -1);
        return;
    }
    sqlite3_result_text64(context, content->constData(), sqlite3_uint64(content->size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

} // namespace

QByteArray make(const QString &original, const QByteArray &originalUtf8, const QString &content,
                const QByteArray &contentUtf8, const QList<Edit> &edits)
{
    if (edits.isEmpty())
        return {};
    std::vector<qsizetype> originalPositions;
    std::vector<qsizetype> contentPositions;
    originalPositions.reserve(size_t(edits.size()) * 2);
    contentPositions.reserve(size_t(edits.size()) * 2);
    for (const Edit &edit : edits) {
        originalPositions.push_back(edit.originalStart);
        originalPositions.push_back(edit.originalStart + edit.originalLength);
        contentPositions.push_back(edit.contentStart);
        contentPositions.push_back(edit.contentStart + edit.contentLength);
    }
    std::vector<qsizetype> originalBytes;
    std::vector<qsizetype> contentBytes;
    if (!utf8Offsets(original, originalPositions, originalBytes) || !utf8Offsets(content, contentPositions, contentBytes))
        return {};
    QByteArray patch;
    patch.append(version);
    qsizetype kept = 0;
    for (size_t i = 0; i < size_t(edits.size()); ++i) {
        const qsizetype start = originalBytes[2 * i];
        const qsizetype end = originalBytes[2 * i + 1];
        const qsizetype from = contentBytes[2 * i];
        const qsizetype to = contentBytes[2 * i + 1];
        if (start < kept || end < start || to < from)
            return {};
        writeVarint(patch, quint64(start - kept));
        writeVarint(patch, quint64(end - start));
        writeVarint(patch, quint64(to - from));
        patch.append(contentUtf8.constData() + from, to - from);
        kept = end;
    }
    // Worth it only when much smaller than the text, and only when it gives the text exactly.
    if (patch.size() * 4 > contentUtf8.size() || apply(originalUtf8, patch) != contentUtf8)
        return {};
    return patch;
}

std::optional<QByteArray> apply(const QByteArray &originalUtf8, const QByteArray &patch)
{
    if (patch.isEmpty() || patch.at(0) != version)
        return std::nullopt;
    QByteArray out;
    out.reserve(originalUtf8.size());
    const char *p = patch.constData() + 1;
    const char *end = patch.constData() + patch.size();
    quint64 position = 0;
    const auto size = quint64(originalUtf8.size());
    while (p < end) {
        quint64 keep = 0;
        quint64 replaced = 0;
        quint64 length = 0;
        if (!readVarint(p, end, &keep) || !readVarint(p, end, &replaced) || !readVarint(p, end, &length))
            return std::nullopt;
        if (keep > size - position || replaced > size - position - keep || length > quint64(end - p))
            return std::nullopt;
        out.append(originalUtf8.constData() + position, qsizetype(keep));
        out.append(p, qsizetype(length));
        p += length;
        position += keep + replaced;
    }
    out.append(originalUtf8.constData() + position, qsizetype(size - position));
    return out;
}

bool install(const QSqlDatabase &db, QString *error)
{
    sqlite3 *handle = sqliteHandle(db, error);
    if (!handle)
        return false;
    const int rc = sqlite3_create_function_v2(handle, "annalist_content", 3,
                                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                              contentFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

} // namespace Annalist::ContentPatch
