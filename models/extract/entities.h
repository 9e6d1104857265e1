#pragma once

#include "extract/tokenizer.h"
#include "extract/types.h"

#include <QList>
#include <QStringView>

#include <vector>

namespace Annalist::Extract {

struct Knowledge;
class UserDictionary;

// One capitalised chunk found in the text, before document-level merging.
struct Chunk
{
    qsizetype firstToken = 0;
    qsizetype lastToken = 0; // inclusive
    qsizetype start = 0; // UTF-16 offsets of the surface form
    qsizetype end = 0;
    QString surface; // as written
    QString name; // cleaned: hyphen breaks repaired, byline capitals fixed
    QString canonical; // from the gazetteer or the user dictionary, else empty
    int type = -1; // TypeIndex
    int strength = 0; // 3 dictionary/gazetteer, 2 structural rule, 1 context, 0 default guess
    bool productSense = false;
    bool titled = false; // a title stood before it ("Mr. Jun", "Professor Wang Bo")
};

// Splits the text into capitalised candidate chunks and types each from its own words and its
// immediate context. Exposed for unit tests; Engine::extract() uses recognizeEntities().
std::vector<Chunk> findChunks(QStringView text, const std::vector<Token> &tokens, const Knowledge &knowledge,
                              const UserDictionary &dictionary);

// Chunks merged into one entity per real-world thing, with aliases and mentions.
QList<Entity> recognizeEntities(QStringView text, const std::vector<Token> &tokens, const Knowledge &knowledge,
                                const UserDictionary &dictionary);

} // namespace Annalist::Extract
