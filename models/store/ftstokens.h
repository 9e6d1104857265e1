#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <vector>

namespace Annalist {

// Index tokens made ahead of time, on the threads that parse an import, so that the one thread
// that writes does not tokenize.
//
// The article index tokenizes with FTS5's "porter unicode61 remove_diacritics 2". tokenize()
// runs that same tokenizer (SQLite's own code) on any thread. install() puts a "porter" on a
// connection that hands FTS5 the ready tokens of a text while a Replay for that exact text
// (byte for byte) is active on the thread, and otherwise tokenizes as porter does. The index
// is the one porter makes either way, and the database stays readable by any SQLite.
namespace FtsTokens {

struct Tokens
{
    struct Token
    {
        int start = 0; // byte range in text
        int end = 0;
        int term = 0; // byte range in terms
        int termLength = 0;
        int flags = 0;
    };
    QByteArray text; // UTF-8, exactly the text indexed
    std::vector<Token> tokens;
    QByteArray terms;
};

// The tokens porter makes of utf8; nullptr when SQLite cannot give its tokenizer.
std::shared_ptr<const Tokens> tokenize(const QByteArray &utf8);

// Installs the replaying "porter" on the connection (Database::open() does it).
bool install(const QSqlDatabase &db, QString *error);

// While alive, the index takes tokens from tokens for a text equal to tokens->text (once).
class Replay
{
public:
    explicit Replay(const Tokens *tokens);
    ~Replay();
    Replay(const Replay &) = delete;
    Replay &operator=(const Replay &) = delete;

    // How many texts were replayed on this thread so far (for tests).
    static qint64 replayedOnThisThread();

private:
    const Tokens *m_previous;
};

} // namespace FtsTokens

} // namespace Annalist
