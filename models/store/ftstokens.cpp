#include "store/ftstokens.h"

#include "store/sqlitehandle.h"


#include <array>
#include <cstring>
#include <mutex>

namespace Annalist::FtsTokens {

namespace {

// The tokenizer arguments of articles_fts after "porter" (0001_initial.sql).
constexpr std::array<const char *, 3> indexArguments = {"unicode61", "remove_diacritics", "2"};

thread_local const Tokens *t_pending = nullptr;
thread_local qint64 t_replayed = 0;

// SQLite's porter tokenizer, from a private in-memory connection that lives as long as the
// process (its tokenizers are used by threads until the very end).
struct Porter
{
    fts5_tokenizer module{};
    void *userData = nullptr;
    bool ok = false;
};

const Porter &porter()
{
    static Porter p;
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
            return;
        fts5_api *api = fts5Api(db);
        p.ok = api && api->xFindTokenizer(api, "porter", &p.userData, &p.module) == SQLITE_OK;
    });
    return p;
}

// One porter tokenizer per thread, made on first use.
struct ThreadTokenizer
{
    Fts5Tokenizer *instance = nullptr;
    ThreadTokenizer()
    {
        const Porter &p = porter();
        if (p.ok) {
            const char *args[indexArguments.size()];
            std::copy(indexArguments.begin(), indexArguments.end(), args);
            if (p.module.xCreate(p.userData, args, int(indexArguments.size()), &instance) != SQLITE_OK)
                instance = nullptr;
        }
    }
    ~ThreadTokenizer()
    {
        if (instance)
            porter().module.xDelete(instance);
    }
    ThreadTokenizer(const ThreadTokenizer &) = delete;
    ThreadTokenizer &operator=(const ThreadTokenizer &) = delete;
};

int collect(void *context, int flags, const char *term, int termLength, int start, int end)
{
    auto *tokens = static_cast<Tokens *>(context);
    tokens->tokens.push_back({start, end, int(tokens->terms.size()), termLength, flags});
    tokens->terms.append(term, termLength);
    return SQLITE_OK;
}

// The "porter" each connection gets: the original, and the replay of ready tokens.
struct Original
{
    fts5_tokenizer module{};
    void *userData = nullptr;
};

struct Instance
{
    const Original *original = nullptr;
    Fts5Tokenizer *inner = nullptr;
    bool replays = false; // made with the index's arguments, so ready tokens are its tokens
};

int createInstance(void *context, const char **args, int argCount, Fts5Tokenizer **out)
{
    const auto *original = static_cast<const Original *>(context);
    auto instance = std::make_unique<Instance>();
    instance->original = original;
    const int rc = original->module.xCreate(original->userData, args, argCount, &instance->inner);
    if (rc != SQLITE_OK)
        return rc;
    instance->replays = argCount == int(indexArguments.size());
    for (int i = 0; instance->replays && i < argCount; ++i)
        instance->replays = std::strcmp(args[i], indexArguments[size_t(i)]) == 0;
    *out = reinterpret_cast<Fts5Tokenizer *>(instance.release());
    return SQLITE_OK;
}

void deleteInstance(Fts5Tokenizer *tokenizer)
{
    auto *instance = reinterpret_cast<Instance *>(tokenizer);
    instance->original->module.xDelete(instance->inner);
    delete instance;
}

int tokenizeText(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int length,
                 int (*token)(void *, int, const char *, int, int, int))
{
    auto *instance = reinterpret_cast<Instance *>(tokenizer);
    const Tokens *ready = t_pending;
    if (ready && instance->replays && (flags & FTS5_TOKENIZE_DOCUMENT) && ready->text.size() == length
        && (length == 0 || std::memcmp(ready->text.constData(), text, size_t(length)) == 0)) {
        t_pending = nullptr; // once: the same text in another column is tokenized as usual
        ++t_replayed;
        const char *terms = ready->terms.constData();
        for (const Tokens::Token &t : ready->tokens) {
            const int rc = token(context, t.flags, terms + t.term, t.termLength, t.start, t.end);
            if (rc != SQLITE_OK)
                return rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
        return SQLITE_OK;
    }
    return instance->original->module.xTokenize(instance->inner, context, flags, text, length, token);
}

} // namespace

std::shared_ptr<const Tokens> tokenize(const QByteArray &utf8)
{
    thread_local ThreadTokenizer tokenizer;
    if (!tokenizer.instance || utf8.size() > std::numeric_limits<int>::max())
        return nullptr;
    auto tokens = std::make_shared<Tokens>();
    tokens->text = utf8;
    tokens->tokens.reserve(size_t(utf8.size() / 6));
    tokens->terms.reserve(utf8.size());
    const int rc = porter().module.xTokenize(tokenizer.instance, tokens.get(), FTS5_TOKENIZE_DOCUMENT, utf8.constData(),
                                             int(utf8.size()), collect);
    if (rc != SQLITE_OK)
        return nullptr;
    return tokens;
}

bool install(const QSqlDatabase &db, QString *error)
{
    fts5_api *api = fts5Api(db, error);
    if (!api)
        return false;
    auto original = std::make_unique<Original>();
    int rc = api->xFindTokenizer(api, "porter", &original->userData, &original->module);
    fts5_tokenizer replaying{createInstance, deleteInstance, tokenizeText};
    // FTS5 looks a tokenizer up by name, newest first: this "porter" shadows SQLite's on this
    // connection and owns the reference to it (deleted when the connection closes).
    if (rc == SQLITE_OK)
        rc = api->xCreateTokenizer(api, "porter", original.get(), &replaying,
                                   [](void *p) { delete static_cast<Original *>(p); });
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    original.release();
    return true;
}

Replay::Replay(const Tokens *tokens)
    : m_previous(t_pending)
{
    t_pending = tokens;
}

Replay::~Replay()
{
    t_pending = m_previous;
}

qint64 Replay::replayedOnThisThread()
{
    return t_replayed;
}

} // namespace Annalist::FtsTokens
