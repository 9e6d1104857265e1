#include "ingest/document.h"

namespace Annalist {

// The names are stored in the database: never change them, only add.
QString dateSourceName(DateSource source)
{
    switch (source) {
    case DateSource::None:
        return QStringLiteral("none");
    case DateSource::Metadata:
        return QStringLiteral("metadata");
    case DateSource::Text:
        return QStringLiteral("text");
    case DateSource::User:
        return QStringLiteral("user");
    }
    return QStringLiteral("none");
}

DateSource dateSourceFromName(const QString &name)
{
    if (name == QLatin1String("metadata"))
        return DateSource::Metadata;
    if (name == QLatin1String("text"))
        return DateSource::Text;
    if (name == QLatin1String("user"))
        return DateSource::User;
    return DateSource::None; // "none", empty and unknown names alike
}

} // namespace Annalist
