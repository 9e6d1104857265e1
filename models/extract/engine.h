#pragma once

#include "extract/publicationdate.h"
#include "extract/types.h"
#include "extract/userdictionary.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace Annalist::Extract {

struct Knowledge; // gazetteers and curated lists, loaded once

// Finds named entities and TIMEX3 dates in article text.
// Construct once (it loads the embedded gazetteers); extract() is const and may be called
// from several threads at once.
class Engine
{
public:
    Engine();
    ~Engine();
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    // dct is the publication date that relative dates resolve against; when invalid, only
    // expressions that carry their own year are normalised (the rest get an "XXXX" value).
    Result extract(const QString &text, const QDate &dct, const UserDictionary &dictionary = {}) const;

private:
    const Knowledge *m_knowledge; // shared, immutable
};

// The object "annalist extract --json" prints for one file.
enum class DctSource { None, Option, Text };
QJsonObject toJson(const QString &file, const QDate &dct, DctSource dctSource, const Result &result);
QString dctSourceName(DctSource source); // "none", "option", "text"

} // namespace Annalist::Extract
