#include "ingest/textcleanerwords.h"

#include <QByteArray>
#include <QFile>
#include <algorithm>
#include <cstring>
#include <vector>

static void initExtractData()
{
    Q_INIT_RESOURCE(extract_data);
}

namespace Annalist::CleanerWords {

namespace {

// The sorted file as one buffer plus the start of each line: binary search without a hash of
// 70,000 QStrings. Python sorts by code point, which is the UTF-8 byte order memcmp sees.
class WordList
{
public:
    WordList()
    {
        initExtractData();
        QFile file(QStringLiteral(":/annalist/extract/commonwords.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return;
        m_data = file.readAll();
        const char *begin = m_data.constData();
        const char *end = begin + m_data.size();
        for (const char *p = begin; p < end;) {
            const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            const char *lineEnd = nl ? nl : end;
            if (lineEnd > p)
                m_lines.push_back({ quint32(p - begin), quint32(lineEnd - p) });
            p = lineEnd + 1;
        }
    }

    bool contains(const QByteArray &word) const
    {
        const char *base = m_data.constData();
        auto less = [base](const Line &line, const QByteArray &w) {
            const int c
                = std::memcmp(base + line.offset, w.constData(), std::min<size_t>(line.length, size_t(w.size())));
            return c < 0 || (c == 0 && line.length < size_t(w.size()));
        };
        auto it = std::lower_bound(m_lines.cbegin(), m_lines.cend(), word, less);
        return it != m_lines.cend() && it->length == size_t(word.size())
            && std::memcmp(base + it->offset, word.constData(), it->length) == 0;
    }

    bool isEmpty() const { return m_lines.empty(); }

private:
    struct Line
    {
        quint32 offset;
        quint32 length;
    };
    QByteArray m_data;
    std::vector<Line> m_lines;
};

const WordList &words()
{
    static const WordList list; // initialised once, thread-safe
    return list;
}

} // namespace

bool isWord(QStringView head, QStringView tail)
{
    const qsizetype size = head.size() + tail.size();
    if (size == 0 || size > 64)
        return false;
    QString word;
    word.reserve(size);
    word.append(head.data(), head.size());
    word.append(tail.data(), tail.size());
    return words().contains(word.toLower().toUtf8());
}

bool available()
{
    return !words().isEmpty();
}

} // namespace Annalist::CleanerWords
