#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Annalist::Extract {

// One occurrence of an entity in the text. start/length count UTF-16 units of the text
// exactly as it was passed to Engine::extract().
struct Mention
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;
};

// Entity types, exact strings as stored and printed.
inline constexpr auto TypePerson = "PERSON";
inline constexpr auto TypeOrg = "ORG";
inline constexpr auto TypePlace = "PLACE";
inline constexpr auto TypeProduct = "PRODUCT";
inline constexpr auto TypeEvent = "EVENT";

// One real-world thing per article: canonical name, every surface form, every mention.
struct Entity
{
    QString type;
    QString name;
    QStringList aliases; // distinct surface forms, canonical name included
    QList<Mention> mentions; // in text order
};

// A TIMEX3 DATE expression with its normalised value ("2025-09-15", "2025-W37", "PAST_REF").
struct Timex
{
    QString text;
    qsizetype start = 0;
    qsizetype length = 0;
    QString value;
};

struct Result
{
    QList<Entity> entities; // in order of first mention
    QList<Timex> timex; // in text order
};

} // namespace Annalist::Extract
