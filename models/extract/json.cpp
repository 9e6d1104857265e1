#include "extract/engine.h"

#include <QJsonArray>

namespace Annalist::Extract {

QString dctSourceName(DctSource source)
{
    switch (source) {
    case DctSource::Option:
        return QStringLiteral("option");
    case DctSource::Text:
        return QStringLiteral("text");
    case DctSource::None:
        break;
    }
    return QStringLiteral("none");
}

QJsonObject toJson(const QString &file, const QDate &dct, DctSource dctSource, const Result &result)
{
    QJsonArray entities;
    for (const Entity &e : result.entities) {
        QJsonArray mentions;
        for (const Mention &m : e.mentions)
            mentions.append(QJsonObject{{QStringLiteral("start"), qint64(m.start)},
                {QStringLiteral("length"), qint64(m.length)}, {QStringLiteral("text"), m.text}});
        entities.append(QJsonObject{{QStringLiteral("type"), e.type}, {QStringLiteral("name"), e.name},
            {QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases)},
            {QStringLiteral("mentions"), mentions}});
    }
    QJsonArray timex;
    for (const Timex &t : result.timex)
        timex.append(QJsonObject{{QStringLiteral("text"), t.text}, {QStringLiteral("start"), qint64(t.start)},
            {QStringLiteral("length"), qint64(t.length)}, {QStringLiteral("type"), QStringLiteral("DATE")},
            {QStringLiteral("value"), t.value}});
    return QJsonObject{{QStringLiteral("file"), file},
        {QStringLiteral("dct"), dct.isValid() ? QJsonValue(dct.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("dct_source"), dctSourceName(dctSource)}, {QStringLiteral("entities"), entities},
        {QStringLiteral("timex"), timex}};
}

} // namespace Annalist::Extract
