#include "store/ftsrank.h"

#include "store/sqlitehandle.h"

#include <cmath>
#include <memory>
#include <vector>

namespace Annalist::FtsRank {

namespace {

// bm25's constants as FTS5 has them.
constexpr double k1 = 1.2;
constexpr double b = 0.75;

// FTS5 stores each column's token count as an SQLite varint (big-endian groups of seven bits,
// the ninth byte whole). Returns the bytes read, 0 on a truncated value.
int readVarint(const unsigned char *p, const unsigned char *end, quint64 *value)
{
    quint64 v = 0;
    for (int i = 0; i < 9; ++i) {
        if (p + i >= end)
            return 0;
        if (i == 8) {
            *value = (v << 8) | p[i];
            return 9;
        }
        v = (v << 7) | (p[i] & 0x7f);
        if (!(p[i] & 0x80)) {
            *value = v;
            return i + 1;
        }
    }
    return 0;
}

// The document lengths of one connection's articles_fts, by rowid; -1 where not known.
class Lengths
{
public:
    explicit Lengths(sqlite3 *db)
        : m_db(db)
    {
    }

    // Brings the array up to date with what this connection's transaction sees.
    void refresh()
    {
        const qint64 changes = counter();
        if (changes < 0) {
            m_byRow.clear(); // cannot tell: every row is looked up
            m_loadedUpTo = std::numeric_limits<qint64>::max();
            return;
        }
        if (changes != m_changes) {
            m_byRow.clear();
            m_loadedUpTo = 0;
            m_changes = changes;
        }
        load();
    }

    // The length of the row in tokens, all columns together; -1 when not known.
    int length(qint64 rowid) const
    {
        return rowid >= 0 && rowid < qint64(m_byRow.size()) ? m_byRow[size_t(rowid)] : -1;
    }

private:
    qint64 counter() const
    {
        sqlite3_stmt *statement = nullptr;
        qint64 value = -1;
        if (sqlite3_prepare_v2(m_db, "SELECT changes FROM search_index_changes", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            value = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return value;
    }

    void load()
    {
        if (m_loadedUpTo == std::numeric_limits<qint64>::max())
            return;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, "SELECT id, sz FROM articles_fts_docsize WHERE id > ? ORDER BY id", -1, &statement,
                               nullptr)
            != SQLITE_OK) {
            sqlite3_finalize(statement);
            return;
        }
        sqlite3_bind_int64(statement, 1, m_loadedUpTo);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            const qint64 id = sqlite3_column_int64(statement, 0);
            // Ids far beyond the row count would make the array huge: those are looked up.
            if (id < 0 || id > 4 * qint64(m_byRow.size()) + (1 << 20))
                break;
            const auto *p = static_cast<const unsigned char *>(sqlite3_column_blob(statement, 1));
            const unsigned char *end = p + sqlite3_column_bytes(statement, 1);
            quint64 total = 0;
            bool ok = true;
            while (p && p < end) {
                quint64 column = 0;
                const int used = readVarint(p, end, &column);
                if (!used) {
                    ok = false;
                    break;
                }
                total += column;
                p += used;
            }
            if (size_t(id) >= m_byRow.size())
                m_byRow.resize(size_t(id) + 1, -1);
            m_byRow[size_t(id)] = ok && total <= quint64(std::numeric_limits<int>::max()) ? int(total) : -1;
            m_loadedUpTo = id;
        }
        sqlite3_finalize(statement);
    }

    sqlite3 *m_db;
    std::vector<int> m_byRow;
    qint64 m_loadedUpTo = 0;
    qint64 m_changes = -1;
};

// What one ranked statement computes once: the corpus figures and each phrase's weight.
struct Statement
{
    double averageLength = 0;
    std::vector<double> idf; // per phrase
    std::vector<double> frequency; // per phrase, for the current row
};

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *userData)
{
    ++*static_cast<qint64 *>(userData);
    return SQLITE_OK;
}

Statement *prepareStatement(const Fts5ExtensionApi *api, Fts5Context *fts, Lengths *lengths, int *rc)
{
    auto *data = static_cast<Statement *>(api->xGetAuxdata(fts, 0));
    if (data)
        return data;
    auto created = std::make_unique<Statement>();
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    *rc = api->xRowCount(fts, &rows);
    if (*rc == SQLITE_OK)
        *rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (*rc != SQLITE_OK)
        return nullptr;
    created->averageLength = double(tokens) / double(rows);
    const int phrases = api->xPhraseCount(fts);
    created->idf.resize(size_t(phrases));
    created->frequency.resize(size_t(phrases));
    for (int i = 0; i < phrases; ++i) {
        qint64 hits = 0;
        *rc = api->xQueryPhrase(fts, i, &hits, countRow);
        if (*rc != SQLITE_OK)
            return nullptr;
        double idf = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
        if (idf <= 0.0)
            idf = 1e-6;
        created->idf[size_t(i)] = idf;
    }
    lengths->refresh();
    data = created.release();
    *rc = api->xSetAuxdata(fts, data, [](void *p) { delete static_cast<Statement *>(p); });
    return *rc == SQLITE_OK ? data : nullptr;
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc, sqlite3_value **argv)
{
    auto *lengths = static_cast<Lengths *>(api->xUserData(fts));
    int rc = SQLITE_OK;
    Statement *data = prepareStatement(api, fts, lengths, &rc);
    if (!data) {
        sqlite3_result_error_code(context, rc == SQLITE_OK ? SQLITE_ERROR : rc);
        return;
    }
    std::fill(data->frequency.begin(), data->frequency.end(), 0.0);
    int instances = 0;
    rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && size_t(phrase) < data->frequency.size())
            data->frequency[size_t(phrase)] += column < argc ? sqlite3_value_double(argv[column]) : 1.0;
    }
    int length = lengths->length(api->xRowid(fts));
    if (rc == SQLITE_OK && length < 0)
        rc = api->xColumnSize(fts, -1, &length);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    double score = 0.0;
    const double norm = k1 * (1 - b + b * double(length) / data->averageLength);
    for (size_t i = 0; i < data->frequency.size(); ++i) {
        const double f = data->frequency[i];
        score += data->idf[i] * ((f * (k1 + 1.0)) / (f + norm));
    }
    sqlite3_result_double(context, -1.0 * score);
}

} // namespace

bool install(const QSqlDatabase &db, QString *error)
{
    fts5_api *api = fts5Api(db, error);
    if (!api)
        return false;
    auto *lengths = new Lengths(sqliteHandle(db, error));
    // FTS5 owns the lengths from here and deletes them when the connection closes.
    const int rc = api->xCreateFunction(api, "annalist_bm25", lengths, rank,
                                        [](void *p) { delete static_cast<Lengths *>(p); });
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

} // namespace Annalist::FtsRank
