#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Annalist::Extract {

// The analyst's corrections to what the engine finds. A plain value type: the store persists
// it, the engine only reads it. Names are matched case-insensitively with whitespace collapsed.
// Every name given here is also looked for in the text, so a dictionary entry extends the
// built-in knowledge as well as overriding it.
class UserDictionary
{
public:
    // "alias" is another surface form of the entity called "canonical".
    void addAlias(const QString &alias, const QString &canonical);
    // The entity "from" (any of its forms) is the same thing as the entity "into".
    void merge(const QString &from, const QString &into);
    // The entity that has "name" among its forms is called "newName" from now on.
    void rename(const QString &name, const QString &newName);
    // The entity that has "name" among its forms has this type ("PERSON", "ORG", ...).
    void setType(const QString &name, const QString &type);
    // Mentions with this surface form are not entities.
    void ignore(const QString &name);

    bool isEmpty() const;
    // Every name the dictionary mentions, as given (for finding the articles a change affects).
    QStringList names() const;

    // Lookups used by the engine; keys are normalised internally.
    QString canonicalFor(const QString &surface) const; // empty when unknown
    QString renamedTo(const QString &name) const; // empty when not renamed
    QString typeFor(const QString &name) const; // empty when not set
    bool isIgnored(const QString &name) const;

    static QString normalizedKey(const QString &name);

    friend bool operator==(const UserDictionary &a, const UserDictionary &b)
    {
        return a.m_canonical == b.m_canonical && a.m_renames == b.m_renames && a.m_types == b.m_types
            && a.m_ignored == b.m_ignored;
    }

private:
    void remember(const QString &name);

    QHash<QString, QString> m_canonical; // key(alias) -> canonical as given
    QHash<QString, QString> m_renames; // key(name) -> new name
    QHash<QString, QString> m_types; // key(name) -> type
    QHash<QString, bool> m_ignored; // key(name)
    QStringList m_names; // as given, for names()
};

} // namespace Annalist::Extract
