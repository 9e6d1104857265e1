#include "extract/userdictionary.h"

namespace Annalist::Extract {

QString UserDictionary::normalizedKey(const QString &name)
{
    QString key = name.simplified().toCaseFolded();
    key.replace(QChar(0x2019), QLatin1Char('\''));
    return key;
}

void UserDictionary::remember(const QString &name)
{
    if (!name.trimmed().isEmpty() && !m_names.contains(name))
        m_names.append(name);
}

void UserDictionary::addAlias(const QString &alias, const QString &canonical)
{
    if (alias.trimmed().isEmpty() || canonical.trimmed().isEmpty())
        return;
    m_canonical.insert(normalizedKey(alias), canonical.simplified());
    if (!m_canonical.contains(normalizedKey(canonical)))
        m_canonical.insert(normalizedKey(canonical), canonical.simplified());
    remember(alias);
    remember(canonical);
}

void UserDictionary::merge(const QString &from, const QString &into)
{
    // Whatever pointed at "from" now points at "into" too.
    const QString target = canonicalFor(into).isEmpty() ? into.simplified() : canonicalFor(into);
    const QString fromKey = normalizedKey(from);
    const QString fromCanonical = canonicalFor(from);
    for (auto it = m_canonical.begin(); it != m_canonical.end(); ++it) {
        if (normalizedKey(it.value()) == fromKey
            || (!fromCanonical.isEmpty() && normalizedKey(it.value()) == normalizedKey(fromCanonical)))
            it.value() = target;
    }
    addAlias(from, target);
}

void UserDictionary::rename(const QString &name, const QString &newName)
{
    if (name.trimmed().isEmpty() || newName.trimmed().isEmpty())
        return;
    m_renames.insert(normalizedKey(name), newName.simplified());
    remember(name);
    remember(newName);
}

void UserDictionary::setType(const QString &name, const QString &type)
{
    if (name.trimmed().isEmpty())
        return;
    m_types.insert(normalizedKey(name), type);
    remember(name);
}

void UserDictionary::ignore(const QString &name)
{
    if (name.trimmed().isEmpty())
        return;
    m_ignored.insert(normalizedKey(name), true);
    remember(name);
}

bool UserDictionary::isEmpty() const
{
    return m_canonical.isEmpty() && m_renames.isEmpty() && m_types.isEmpty() && m_ignored.isEmpty();
}

QStringList UserDictionary::names() const
{
    return m_names;
}

QString UserDictionary::canonicalFor(const QString &surface) const
{
    return m_canonical.value(normalizedKey(surface));
}

QString UserDictionary::renamedTo(const QString &name) const
{
    return m_renames.value(normalizedKey(name));
}

QString UserDictionary::typeFor(const QString &name) const
{
    return m_types.value(normalizedKey(name));
}

bool UserDictionary::isIgnored(const QString &name) const
{
    return m_ignored.contains(normalizedKey(name));
}

} // namespace Annalist::Extract
