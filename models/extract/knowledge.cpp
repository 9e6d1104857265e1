#include "extract/knowledge.h"

#include <QFile>
#include <QMutex>
#include <QStringList>
#include <QVarLengthArray>

static void initExtractData()
{
    Q_INIT_RESOURCE(extract_data);
}

namespace Annalist::Extract {

namespace {

QStringList resourceLines(const QString &name)
{
    QFile file(QStringLiteral(":/annalist/extract/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("extract: resource %s is missing", qPrintable(name));
        return {};
    }
    QStringList lines;
    const QString text = QString::fromUtf8(file.readAll());
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1Char('#')))
            lines.append(line);
    }
    return lines;
}

void loadWords(StringTable<bool> &table, const QString &name)
{
    for (const QString &line : resourceLines(name)) {
        for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            table.insert(word.trimmed(), true);
    }
}

void loadLines(StringTable<bool> &table, const QString &name)
{
    for (const QString &line : resourceLines(name))
        table.insert(line.trimmed(), true);
}

Knowledge *load()
{
    initExtractData();
    auto *k = new Knowledge;
    for (const QString &line : resourceLines(QStringLiteral("gazetteer.tsv"))) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() < 3)
            continue;
        GazetteerEntry e;
        e.type = f[1];
        e.canonical = f[2];
        const QString flags = f.value(3);
        e.productSense = flags.contains(QLatin1String("PRODUCT"));
        e.generated = flags.contains(QLatin1String("generated"));
        k->gazetteerIndex.insert(f[0], int(k->entries.size()));
        k->entries.push_back(e);
        const QStringView surface(f[0]);
        for (qsizetype i = 1; i < surface.size(); ++i) {
            const QChar c = surface[i];
            if (c == QLatin1Char(' '))
                k->gazetteerPrefixes.insert(surface.left(i).toString(), true);
            else if (!c.isLetterOrNumber() && surface[i - 1].isLetterOrNumber())
                k->gazetteerPrefixes.insert(surface.left(i).toString(), true);
            if (!c.isLetterOrNumber() && c != QLatin1Char(' '))
                k->gazetteerPrefixes.insert(surface.left(i + 1).toString(), true);
        }
        const qsizetype space = f[0].indexOf(QLatin1Char(' '));
        if (space > 0) {
            const QString first = f[0].left(space);
            const int words = int(f[0].count(QLatin1Char(' '))) + 1;
            const int *known = k->gazetteerFirstWords.find(first);
            if (!known || *known < words)
                k->gazetteerFirstWords.insert(first, words);
        }
    }
    loadLines(k->givenNames, QStringLiteral("givennames.txt"));
    loadLines(k->commonWords, QStringLiteral("commonwords.txt"));
    loadWords(k->chineseSurnames, QStringLiteral("chinese_surnames.txt"));
    loadLines(k->orgSuffixes, QStringLiteral("org_suffixes.txt"));
    loadLines(k->orgHeads, QStringLiteral("org_heads.txt"));
    loadLines(k->eventSuffixes, QStringLiteral("event_suffixes.txt"));
    loadLines(k->placeSuffixes, QStringLiteral("place_suffixes.txt"));
    loadLines(k->personTitles, QStringLiteral("person_titles.txt"));
    loadLines(k->personRoles, QStringLiteral("person_roles.txt"));
    loadLines(k->nationalities, QStringLiteral("nationalities.txt"));
    loadLines(k->stopwords, QStringLiteral("stopwords.txt"));
    loadLines(k->stopwords, QStringLiteral("languages.txt")); // "Yoruba" is a language, not a name
    for (const QString &line : resourceLines(QStringLiteral("context_cues.txt"))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        if (colon < 0 || space < colon)
            continue;
        const QString where = line.left(colon);
        const int type = typeIndex(QStringView(line).mid(colon + 1, space - colon - 1));
        const QString word = line.mid(space + 1).trimmed();
        if (where == QLatin1String("before"))
            k->cueBefore.insert(word, type);
        else if (where == QLatin1String("after"))
            k->cueAfter.insert(word, type);
        else if (where == QLatin1String("list"))
            k->cueList.insert(word, type);
    }
    return k;
}

} // namespace

bool Knowledge::isCommonWord(QStringView word) const
{
    if (word.size() > 40)
        return false;
    if (const qsizetype dash = word.indexOf(u'-'); dash > 0) // "Large-scale", "Real-time"
        return isCommonWord(word.left(dash)) && isCommonWord(word.mid(dash + 1));
    QVarLengthArray<QChar, 48> lower(word.size());
    for (qsizetype i = 0; i < word.size(); ++i)
        lower[i] = word[i].toLower();
    return commonWords.contains(QStringView(lower.constData(), lower.size()));
}

const Knowledge &Knowledge::builtIn()
{
    static const Knowledge *knowledge = load(); // thread-safe static initialisation
    return *knowledge;
}

int typeIndex(QStringView type)
{
    if (type == u"PERSON")
        return TypeIndexPerson;
    if (type == u"ORG")
        return TypeIndexOrg;
    if (type == u"PLACE")
        return TypeIndexPlace;
    if (type == u"PRODUCT")
        return TypeIndexProduct;
    if (type == u"EVENT")
        return TypeIndexEvent;
    return TypeNone;
}

QString typeName(int typeIndex)
{
    switch (typeIndex) {
    case TypeIndexPerson:
        return QStringLiteral("PERSON");
    case TypeIndexOrg:
        return QStringLiteral("ORG");
    case TypeIndexPlace:
        return QStringLiteral("PLACE");
    case TypeIndexProduct:
        return QStringLiteral("PRODUCT");
    case TypeIndexEvent:
        return QStringLiteral("EVENT");
    default:
        break;
    }
    return {};
}

} // namespace Annalist::Extract
