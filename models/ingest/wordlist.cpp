#include "ingest/wordlist.h"

#include <QFile>
#include <QSet>
#include <QString>

#ifndef ANNALIST_WORDS_FILE
#define ANNALIST_WORDS_FILE "/usr/share/dict/american-english"
#endif

namespace Annalist {

namespace {

QSet<QString> loadWords()
{
    QSet<QString> words;
    for (const char *path : { ANNALIST_WORDS_FILE, "/usr/share/dict/words" }) {
        QFile file(QString::fromUtf8(path));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = file.readAll();
        words.reserve(data.count('\n') + 1);
        for (const QByteArray &line : data.split('\n')) {
            // Possessives ("Paris's") add nothing for joining hyphenated halves.
            if (!line.isEmpty() && !line.contains('\''))
                words.insert(QString::fromUtf8(line.trimmed()).toLower());
        }
        break;
    }
    return words;
}

const QSet<QString> &dictionary()
{
    static const QSet<QString> words = loadWords(); // initialised once, thread-safely
    return words;
}

} // namespace

bool isDictionaryWord(QStringView word)
{
    return !word.isEmpty() && dictionary().contains(word.toString().toLower());
}

bool hasDictionary()
{
    return !dictionary().isEmpty();
}

} // namespace Annalist
