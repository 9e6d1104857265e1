#include "extract/entities.h"
#include "extract/knowledge.h"
#include "extract/userdictionary.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace Annalist::Extract {

namespace {

struct Group
{
    std::array<int, 5> votes{};
    QList<QPair<QString, int>> canonicals; // canonical name -> count, in order of first use
    QList<Mention> mentions;
    QStringList surfaces;
    QList<QPair<QString, int>> names; // cleaned names of the chunks, with counts, in order of first use
    QString bestName; // longest cleaned name seen
    int bestWords = 0;
    qsizetype firstStart = 0;
    bool hasStrong = false;
};

QString foldKey(const QString &s)
{
    QString k = s.toCaseFolded();
    k.replace(QChar(0x2019), QLatin1Char('\''));
    return k;
}

int wordCount(const QString &s)
{
    return int(s.count(QLatin1Char(' '))) + 1;
}

QString acronymOf(const QString &name)
{
    QString acronym;
    for (const QString &w : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (w == QLatin1String("of") || w == QLatin1String("and") || w == QLatin1String("for")
            || w == QLatin1String("the") || w == QLatin1String("&"))
            continue;
        if (w.front().isUpper())
            acronym += w.front();
    }
    return acronym;
}

class Merger
{
public:
    Merger(QStringView text, const std::vector<Token> &tokens, const Knowledge &k, const UserDictionary &d)
        : m_text(text)
        , m_t(tokens)
        , m_k(k)
        , m_d(d)
    {
    }

    QList<Entity> run();

private:
    QString keyFor(const Chunk &c) const
    {
        QString canonical = c.canonical.isEmpty() ? c.name : c.canonical;
        if (m_d.isEmpty())
            return canonical;
        const QString user = m_d.canonicalFor(canonical);
        if (!user.isEmpty())
            canonical = user;
        return canonical;
    }
    int addToGroup(const QString &key, const Chunk &c, int type, int strength);
    int aliasTarget(const Chunk &c) const;
    void addDictionaryNames(std::vector<Chunk> &chunks) const;
    void addRepeatedMentions();
    static bool containsFolded(const QList<QPair<QString, int>> &names, const QString &name)
    {
        for (const auto &p : names)
            if (p.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
    bool namedByUser(const Group &g) const
    {
        if (m_d.isEmpty())
            return false;
        for (const auto &p : g.names)
            if (!m_d.canonicalFor(p.first).isEmpty())
                return true;
        return false;
    }
    void applyDictionary(Entity &e, QString &name, const QStringList &surfaces) const
    {
        const QString user = m_d.canonicalFor(name);
        if (!user.isEmpty())
            name = user;
        QString renamed = m_d.renamedTo(name);
        for (const QString &s : surfaces)
            if (renamed.isEmpty())
                renamed = m_d.renamedTo(s);
        QString userType = m_d.typeFor(name);
        for (const QString &s : surfaces)
            if (userType.isEmpty())
                userType = m_d.typeFor(s);
        if (!renamed.isEmpty()) {
            if (userType.isEmpty())
                userType = m_d.typeFor(renamed);
            name = renamed;
        }
        if (!userType.isEmpty())
            e.type = userType;
    }

    QStringView m_text;
    const std::vector<Token> &m_t;
    const Knowledge &m_k;
    const UserDictionary &m_d;
    std::vector<Group> m_groups;
    QHash<QString, int> m_index; // folded key (+ type for product-sense names) -> group
    QHash<QString, QString> m_acronyms; // acronym -> key of the long name
};

int Merger::addToGroup(const QString &key, const Chunk &c, int type, int strength)
{
    const QString folded = foldKey(key) + (c.productSense ? QString(QLatin1Char('\x1f') + QString::number(type)) : QString());
    int g = m_index.value(folded, -1);
    if (g < 0) {
        g = int(m_groups.size());
        m_groups.emplace_back();
        m_groups.back().firstStart = c.start;
        m_index.insert(folded, g);
    }
    Group &group = m_groups[size_t(g)];
    static constexpr int weights[] = {1, 4, 8, 16, 100}; // a guess counts little, a dictionary entry wins
    if (type >= 0 && type < 5)
        group.votes[size_t(type)] += weights[std::clamp(strength, 0, 4)];
    if (!c.canonical.isEmpty()) {
        auto it = std::find_if(group.canonicals.begin(), group.canonicals.end(),
                               [&](const QPair<QString, int> &p) { return p.first == c.canonical; });
        if (it == group.canonicals.end())
            group.canonicals.append({c.canonical, 1});
        else
            ++it->second;
    }
    group.hasStrong = group.hasStrong || strength >= 2;
    group.mentions.append({c.start, c.end - c.start, c.surface});
    const QString surface = c.surface.simplified();
    if (!group.surfaces.contains(surface))
        group.surfaces.append(surface);
    {
        auto it = std::find_if(group.names.begin(), group.names.end(),
                               [&](const QPair<QString, int> &p) { return p.first == c.name; });
        if (it == group.names.end())
            group.names.append({c.name, 1});
        else
            ++it->second;
    }
    const int words = wordCount(c.name);
    const bool allCaps = c.name == c.name.toUpper();
    if (words > group.bestWords || (words == group.bestWords && !allCaps && group.bestName == group.bestName.toUpper())) {
        group.bestWords = words;
        group.bestName = c.name;
    }
    group.firstStart = std::min(group.firstStart, c.start);
    return g;
}

// A short form of a name found elsewhere in the text: "Tang" for "Tang Jie", "Zhipu" for
// "Zhipu AI", "Opus 4.8" for "Claude Opus 4.8". Returns the group or -1.
int Merger::aliasTarget(const Chunk &c) const
{
    if (!c.canonical.isEmpty() || c.strength >= 3)
        return -1;
    const QStringList words = c.name.split(QLatin1Char(' '));
    int found = -1;
    qsizetype nearest = -1;
    for (size_t g = 0; g < m_groups.size(); ++g) {
        const Group &group = m_groups[g];
        const QStringList target = group.bestName.split(QLatin1Char(' '));
        if (target.size() <= words.size())
            continue;
        const int type = int(std::max_element(group.votes.begin(), group.votes.end()) - group.votes.begin());
        bool match = false;
        if (words.size() == 1 && type == TypeIndexPerson) {
            // family name: last word, or first for Chinese-style names
            // family name: last word, or first for names written family name first ("Tang Jie",
            // "Jun Young-hyun"); a known given name is not a family name
            match = words[0] == target.back()
                || (words[0] == target.front()
                    && (m_k.chineseSurnames.contains(target.front()) || !m_k.givenNames.contains(target.front())
                        || c.titled));
        } else if (type == TypeIndexOrg || type == TypeIndexEvent) {
            // "Zhipu" of "Zhipu AI", "Trivium" of "Trivium China", "Zhongtan Puhui" of
            // "Zhongtan Puhui Cloud Technology": the distinctive head of the name
            match = true;
            for (qsizetype i = 0; i < words.size(); ++i)
                match = match && words[i] == target[i];
            for (qsizetype i = words.size(); match && i < target.size(); ++i) {
                const GazetteerEntry *e = m_k.lookup(target[i]);
                match = m_k.orgSuffixes.contains(target[i]) || (e && e->type == u"PLACE");
            }
        } else if (type == TypeIndexProduct) {
            match = true;
            for (qsizetype i = 0; i < words.size(); ++i)
                if (words[words.size() - 1 - i] != target[target.size() - 1 - i])
                    match = false;
            match = match && (words.size() > 1 || c.type == TypeIndexProduct);
        }
        if (!match)
            continue;
        // prefer the closest earlier mention when two people share a family name
        qsizetype lastBefore = -1;
        for (const Mention &m : group.mentions)
            if (m.start < c.start)
                lastBefore = std::max(lastBefore, m.start);
        if (found < 0 || lastBefore > nearest) {
            found = int(g);
            nearest = lastBefore;
        }
    }
    return found;
}

// Names the analyst added that the rules did not find.
void Merger::addDictionaryNames(std::vector<Chunk> &chunks) const
{
    if (m_d.isEmpty())
        return;
    for (const QString &name : m_d.names()) {
        if (m_d.isIgnored(name) || name.size() < 2)
            continue;
        qsizetype from = 0;
        while ((from = m_text.indexOf(name, from, Qt::CaseSensitive)) >= 0) {
            const qsizetype end = from + name.size();
            const bool boundary = (from == 0 || !m_text[from - 1].isLetterOrNumber())
                && (end >= m_text.size() || !m_text[end].isLetterOrNumber());
            bool covered = false;
            for (const Chunk &c : chunks)
                if (c.start < end && from < c.end)
                    covered = true;
            if (boundary && !covered) {
                Chunk c;
                c.start = from;
                c.end = end;
                c.surface = name;
                c.name = name.simplified();
                c.strength = 4;
                c.type = typeIndex(m_d.typeFor(name));
                c.canonical = m_d.canonicalFor(name);
                if (c.type < 0 && !c.canonical.isEmpty())
                    c.type = typeIndex(m_d.typeFor(c.canonical));
                if (c.type < 0)
                    c.type = TypeIndexOrg;
                chunks.push_back(c);
            }
            from = end;
        }
    }
    std::sort(chunks.begin(), chunks.end(), [](const Chunk &a, const Chunk &b) { return a.start < b.start; });
}

// Later (or headline) occurrences of a name already found, that the chunker skipped.
void Merger::addRepeatedMentions()
{
    QHash<QString, int> surfaceToGroup;
    int maxWords = 1;
    for (size_t g = 0; g < m_groups.size(); ++g) {
        const Group &group = m_groups[g];
        for (const QString &s : group.surfaces) {
            if (s.size() < 3 || wordCount(s) > 10)
                continue;
            surfaceToGroup.insert(s, int(g));
            maxWords = std::max(maxWords, wordCount(s));
        }
    }
    // "Musk said" after "Elon Musk": a person's family name alone, where the chunker dropped it
    // as an everyday word opening a sentence; names found above win over this
    for (size_t g = 0; g < m_groups.size(); ++g) {
        const Group &group = m_groups[g];
        if (std::max_element(group.votes.begin(), group.votes.end()) - group.votes.begin() != TypeIndexPerson)
            continue;
        const QStringList words = group.bestName.split(QLatin1Char(' '));
        if (words.size() < 2 || words.size() > 3)
            continue;
        const QString family = m_k.chineseSurnames.contains(words.front()) ? words.front() : words.back();
        if (family.size() >= 3 && !surfaceToGroup.contains(family))
            surfaceToGroup.insert(family, int(g));
    }
    std::vector<std::pair<qsizetype, qsizetype>> covered;
    for (const Group &g : m_groups)
        for (const Mention &m : g.mentions)
            covered.emplace_back(m.start, m.start + m.length);
    std::sort(covered.begin(), covered.end());
    auto isCovered = [&](qsizetype s, qsizetype e) {
        auto it = std::upper_bound(covered.begin(), covered.end(), std::make_pair(e, qsizetype(0)));
        while (it != covered.begin()) {
            --it;
            if (it->second > s)
                return true;
            if (it->second <= s && it->first < s - 200)
                break;
        }
        return false;
    };
    const qsizetype n = qsizetype(m_t.size());
    for (qsizetype i = 0; i < n; ++i) {
        const Token &t = m_t[size_t(i)];
        if (!t.has(Token::Word) || !(t.has(Token::Cap) || t.has(Token::HasDigit)))
            continue;
        for (qsizetype last = std::min(n - 1, i + qsizetype(maxWords) - 1); last >= i; --last) {
            const Token &l = m_t[size_t(last)];
            const QStringView span = m_text.mid(t.start, l.end() - t.start);
            if (span.contains(u'\n'))
                continue;
            const auto it = surfaceToGroup.constFind(span.toString());
            if (it == surfaceToGroup.constEnd())
                continue;
            if (!isCovered(t.start, l.end())) {
                Group &g = m_groups[size_t(it.value())];
                g.mentions.append({t.start, l.end() - t.start, span.toString()});
                g.firstStart = std::min(g.firstStart, qsizetype(t.start));
            }
            i = last;
            break;
        }
    }
}

QList<Entity> Merger::run()
{
    std::vector<Chunk> chunks = findChunks(m_text, m_t, m_k, m_d);
    addDictionaryNames(chunks);

    // "Cyberspace Administration of China (CAC)": the acronym is another name of the long form
    for (size_t i = 0; i + 1 < chunks.size(); ++i) {
        const Chunk &a = chunks[i];
        const Chunk &b = chunks[i + 1];
        if (b.start < a.end || b.name != b.name.toUpper() || b.name.size() < 2 || b.name.contains(QLatin1Char(' ')))
            continue;
        const QStringView between = m_text.mid(a.end, b.start - a.end).trimmed();
        if (between != u"(" || b.end >= m_text.size())
            continue;
        // "(CAC)", also "(HDC 2025)": the acronym may carry the edition's year
        qsizetype close = b.end;
        while (close < m_text.size() && close < b.end + 6 && (m_text[close].isDigit() || m_text[close] == u' '))
            ++close;
        if (close >= m_text.size() || m_text[close] != u')')
            continue;
        if (acronymOf(keyFor(a)) == b.name || acronymOf(a.name) == b.name)
            m_acronyms.insert(b.name, keyFor(a));
    }

    // Pass 1: names that stand on their own; pass 2: short forms of those.
    std::vector<bool> deferred(chunks.size(), false);
    for (size_t i = 0; i < chunks.size(); ++i) {
        Chunk &c = chunks[i];
        if (!m_d.isEmpty() && (m_d.isIgnored(c.name) || (!c.canonical.isEmpty() && m_d.isIgnored(c.canonical))))
            continue;
        if (m_acronyms.contains(c.name) && c.canonical.isEmpty()) {
            c.canonical = m_acronyms.value(c.name);
        }
        const bool shortForm = c.canonical.isEmpty() && c.strength < 2;
        const bool productTail = c.type == TypeIndexProduct && c.canonical.isEmpty() && c.strength < 3;
        if (shortForm || productTail) {
            deferred[i] = true;
            continue;
        }
        addToGroup(keyFor(c), c, c.type, c.strength);
    }
    for (size_t i = 0; i < chunks.size(); ++i) {
        if (!deferred[i])
            continue;
        const Chunk &c = chunks[i];
        const int target = aliasTarget(c);
        if (target >= 0) {
            Group &g = m_groups[size_t(target)];
            g.mentions.append({c.start, c.end - c.start, c.surface});
            const QString surface = c.surface.simplified();
            if (!g.surfaces.contains(surface))
                g.surfaces.append(surface);
            continue;
        }
        addToGroup(keyFor(c), c, c.type, c.strength);
    }

    addRepeatedMentions();

    // "Mythos" beside "Mythos 5", "AutoGLM" beside "AutoGLM 2.0": the bare name of a versioned
    // product is a product too, unless something strong says otherwise.
    for (Group &g : m_groups) {
        const bool weak = *std::max_element(g.votes.begin(), g.votes.end()) < 16;
        if (!weak || g.bestName.contains(QLatin1Char(' ')))
            continue;
        for (const Group &other : m_groups) {
            if (&other == &g || other.votes[TypeIndexProduct] < 8)
                continue;
            if (other.bestName.startsWith(g.bestName + QLatin1Char(' ')) && other.bestName.back().isDigit()) {
                g.votes[TypeIndexProduct] += 16;
                break;
            }
        }
    }

    QList<Entity> out;
    std::vector<size_t> order(m_groups.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return m_groups[a].firstStart < m_groups[b].firstStart; });
    for (size_t gi : order) {
        Group &g = m_groups[gi];
        const int type = int(std::max_element(g.votes.begin(), g.votes.end()) - g.votes.begin());
        Entity e;
        e.type = typeName(type);
        QString name = g.bestName;
        QString canonical;
        int best = 0;
        for (const auto &[known, count] : std::as_const(g.canonicals)) {
            if (count > best) {
                best = count;
                name = known;
            }
        }
        canonical = g.canonicals.isEmpty() ? QString() : name;
        if (!g.canonicals.isEmpty() && !namedByUser(g) && !containsFolded(g.names, name)) {
            // The gazetteer's canonical name ("United States") is used only when the text itself
            // writes it; otherwise the text's own most frequent form ("U.S.") names the entity,
            // and the canonical form stays in the aliases.
            int most = 0;
            QString chosen;
            for (const auto &[candidate, count] : std::as_const(g.names)) {
                if (count > most || (count == most && wordCount(candidate) > wordCount(chosen))) {
                    most = count;
                    chosen = candidate;
                }
            }
            if (!chosen.isEmpty())
                name = chosen;
        }
        if (!m_d.isEmpty())
            applyDictionary(e, name, g.surfaces);
        e.name = name;

        e.aliases = g.surfaces;
        if (!e.aliases.contains(name))
            e.aliases.prepend(name);
        if (!canonical.isEmpty() && !e.aliases.contains(canonical))
            e.aliases.append(canonical); // the gazetteer's name, for matching across articles
        std::sort(g.mentions.begin(), g.mentions.end(),
                  [](const Mention &a, const Mention &b) { return a.start < b.start; });
        e.mentions = g.mentions;
        out.append(e);
    }
    return out;
}

} // namespace

QList<Entity> recognizeEntities(QStringView text, const std::vector<Token> &tokens, const Knowledge &knowledge,
                                const UserDictionary &dictionary)
{
    return Merger(text, tokens, knowledge, dictionary).run();
}

} // namespace Annalist::Extract
