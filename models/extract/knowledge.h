#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <vector>

namespace Annalist::Extract {

// An open-addressing table from strings to small values, looked up by QStringView without
// allocating (QHash needs a QString key before Qt 6.5). Built once, then read-only.
template<typename T>
class StringTable
{
public:
    void insert(const QString &key, const T &value)
    {
        if ((m_count + 1) * 2 > m_slots.size())
            grow();
        insertSlot(key, value);
    }
    const T *find(QStringView key) const
    {
        if (m_slots.empty())
            return nullptr;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = qHash(key, 0) & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (!slot.used)
                return nullptr;
            if (QStringView(slot.key) == key)
                return &slot.value;
        }
    }
    bool contains(QStringView key) const { return find(key) != nullptr; }
    size_t size() const { return m_count; }

private:
    struct Slot
    {
        QString key;
        T value{};
        bool used = false;
    };
    void insertSlot(const QString &key, const T &value)
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = qHash(QStringView(key), 0) & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (!slot.used) {
                slot = {key, value, true};
                ++m_count;
                return;
            }
            if (slot.key == key) {
                slot.value = value;
                return;
            }
        }
    }
    void grow()
    {
        std::vector<Slot> old;
        old.swap(m_slots);
        m_slots.resize(old.empty() ? 64 : old.size() * 2);
        m_count = 0;
        for (const Slot &slot : old)
            if (slot.used)
                insertSlot(slot.key, slot.value);
    }
    std::vector<Slot> m_slots;
    size_t m_count = 0;
};

struct GazetteerEntry
{
    QString type; // PERSON, ORG, PLACE, PRODUCT, EVENT
    QString canonical;
    bool productSense = false; // an ORG whose name is also its product ("DeepSeek")
    bool generated = false; // from iso-codes/miscfiles rather than the curated lists
};

// Everything the engine knows before it reads a text. Loaded once from the embedded resources.
struct Knowledge
{
    StringTable<int> gazetteerIndex; // surface form -> index into entries
    std::vector<GazetteerEntry> entries;
    StringTable<int> gazetteerFirstWords; // first word of a multi-word surface -> max words
    StringTable<bool> gazetteerPrefixes; // every proper prefix of a multi-word surface, cut before a space or punctuation
    StringTable<bool> givenNames;
    StringTable<bool> commonWords; // lower case
    StringTable<bool> chineseSurnames;
    StringTable<bool> orgSuffixes;
    StringTable<bool> orgHeads;
    StringTable<bool> eventSuffixes;
    StringTable<bool> placeSuffixes;
    StringTable<bool> personTitles;
    StringTable<bool> personRoles;
    StringTable<bool> nationalities;
    StringTable<bool> stopwords;
    StringTable<int> cueBefore; // word -> type index
    StringTable<int> cueAfter;
    StringTable<int> cueList;

    const GazetteerEntry *lookup(QStringView surface) const
    {
        const int *i = gazetteerIndex.find(surface);
        return i ? &entries[size_t(*i)] : nullptr;
    }
    bool isCommonWord(QStringView word) const; // case-insensitive for ASCII

    static const Knowledge &builtIn(); // loaded on first use, shared by every Engine
};

enum TypeIndex { TypeNone = -1, TypeIndexPerson = 0, TypeIndexOrg, TypeIndexPlace, TypeIndexProduct, TypeIndexEvent };
int typeIndex(QStringView type);
QString typeName(int typeIndex);

} // namespace Annalist::Extract
