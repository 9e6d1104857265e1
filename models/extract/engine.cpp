#include "extract/engine.h"

#include "extract/dates.h"
#include "extract/entities.h"
#include "extract/knowledge.h"
#include "extract/tokenizer.h"

namespace Annalist::Extract {

Engine::Engine()
    : m_knowledge(&Knowledge::builtIn())
{
}

Engine::~Engine() = default;

Result Engine::extract(const QString &text, const QDate &dct, const UserDictionary &dictionary) const
{
    const QStringView view(text);
    const std::vector<Token> tokens = tokenize(view);
    Result result;
    result.entities = recognizeEntities(view, tokens, *m_knowledge, dictionary);
    result.timex = findDates(view, tokens, dct);
    return result;
}

} // namespace Annalist::Extract
