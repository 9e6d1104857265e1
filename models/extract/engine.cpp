#include "extract/engine.h"

namespace Annalist::Extract {

struct Knowledge
{
};

Engine::Engine()
    : m_knowledge(std::make_unique<Knowledge>())
{
}

Engine::~Engine() = default;

Result Engine::extract(const QString &text, const QDate &dct, const UserDictionary &dictionary) const
{
    Q_UNUSED(text)
    Q_UNUSED(dct)
    Q_UNUSED(dictionary)
    return {};
}

} // namespace Annalist::Extract
