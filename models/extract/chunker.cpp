#include "extract/entities.h"
#include "extract/knowledge.h"
#include "extract/lexicon.h"
#include "extract/userdictionary.h"

namespace Annalist::Extract {

namespace {

enum class LineKind : std::uint8_t { Body, Headline, Byline };

constexpr qsizetype maxChunkTokens = 16;

inline bool isUpperChar(QChar c) { return c.isUpper(); }

class Chunker
{
public:
    Chunker(QStringView text, const std::vector<Token> &tokens, const Knowledge &k, const UserDictionary &d)
        : m_text(text)
        , m_t(tokens)
        , m_n(qsizetype(tokens.size()))
        , m_k(k)
        , m_d(d)
        , m_hasDictionary(!d.isEmpty())
    {
    }

    std::vector<Chunk> run();

private:
    const Token &tok(qsizetype i) const { return m_t[size_t(i)]; }
    bool valid(qsizetype i) const { return i >= 0 && i < m_n; }
    QStringView text(qsizetype i) const { return tokenText(m_text, tok(i)); }
    bool isWord(qsizetype i) const { return valid(i) && tok(i).has(Token::Word); }
    bool isLowerWord(qsizetype i) const
    {
        return isWord(i) && tok(i).has(Token::HasLetter) && !tok(i).has(Token::Cap) && !tok(i).has(Token::HasDigit);
    }
    bool isPunct(qsizetype i, char16_t c) const
    {
        return valid(i) && !tok(i).has(Token::Word) && text(i).front().unicode() == c;
    }
    template<qsizetype N>
    bool is(qsizetype i, const char16_t (&w)[N]) const
    {
        return isWord(i) && Lexicon::eq(text(i), w);
    }

    // "iFlyTek", "xAI", "7AI"; not "mid-March" or "pro-Beijing", where a capital follows a hyphen
    bool hasInnerUpper(qsizetype i) const
    {
        const QStringView w = text(i);
        for (qsizetype k = 1; k < w.size(); ++k)
            if (isUpperChar(w[k]) && w[k - 1] != u'-')
                return true;
        return false;
    }
    // A token that can be part of a name: capitalised, "7AI", "iFlyTek", "xAI".
    bool nameToken(qsizetype i) const
    {
        if (!isWord(i) || tok(i).has(Token::Citation))
            return false;
        const Token &t = tok(i);
        if (t.has(Token::Cap)) {
            const QStringView w = text(i);
            if (w.front().unicode() >= 0x0370 && w.front().unicode() < 0x1E00)
                return false; // Greek, Cyrillic, ...: not in an English text's names
            if (w.size() > 2 && (w.endsWith(u"n't") || w.endsWith(u"n\u2019t") || w.endsWith(u"'ll") || w.endsWith(u"\u2019ll")
                    || w.endsWith(u"'re") || w.endsWith(u"\u2019re") || w.endsWith(u"'ve") || w.endsWith(u"\u2019ve")))
                return false; // "Don't", "We'll"
            return true;
        }
        if (!t.has(Token::HasLetter))
            return false;
        return hasInnerUpper(i); // 7AI, 0.1AI, iFlyTek, xAI
    }
    bool isNumberToken(qsizetype i) const
    {
        return isWord(i) && tok(i).has(Token::HasDigit) && !tok(i).has(Token::HasLetter);
    }
    bool isYearNumber(qsizetype i) const
    {
        if (!isNumberToken(i) || tok(i).length != 4)
            return false;
        const int y = Lexicon::parseDigits(text(i));
        return y >= 1900 && y <= 2100;
    }
    static bool isLawWord(QStringView w)
    {
        return Lexicon::eq(w, u"Act") || Lexicon::eq(w, u"Law") || Lexicon::eq(w, u"Bill") || Lexicon::eq(w, u"Treaty")
            || Lexicon::eq(w, u"Accord") || Lexicon::eq(w, u"Directive") || Lexicon::eq(w, u"Regulation")
            || Lexicon::eq(w, u"Agreement") || Lexicon::eq(w, u"Protocol") || Lexicon::eq(w, u"Doctrine");
    }
    bool isOrdinal(qsizetype i) const
    {
        if (!isWord(i) || !tok(i).has(Token::HasDigit) || !tok(i).has(Token::HasLetter) || tok(i).length > 4)
            return false;
        const QStringView w = text(i);
        return w.front().isDigit() && (w.endsWith(u"st") || w.endsWith(u"nd") || w.endsWith(u"rd") || w.endsWith(u"th"));
    }
    bool isMonthOrWeekday(qsizetype i) const
    {
        QStringView w = text(i);
        if (tok(i).has(Token::Hyphenated))
            w = w.left(w.indexOf(u'-')); // "October-December"
        return (Lexicon::monthFromName(w) && !Lexicon::isMonthAbbreviation(w)) || (Lexicon::weekdayFromName(w) && w.size() > 4);
    }
    bool isOrgWord(QStringView w) const { return m_k.orgSuffixes.contains(w) || m_k.orgHeads.contains(w); }
    // "Tencent-backed", "Beijing-based": a name glued to a lower-case participle
    static bool isParticiple(QStringView w)
    {
        static constexpr const char16_t *words[] = {u"based", u"backed", u"owned", u"listed", u"made", u"registered",
            u"led", u"funded", u"controlled", u"linked", u"born", u"headquartered", u"run", u"affiliated", u"focused",
            u"style", u"related", u"centric", u"driven", u"powered", u"native", u"bound", u"built", u"designed",
            u"developed", u"sponsored", u"supported", u"operated", u"made", u"specific", u"wide", u"level"};
        for (const char16_t *p : words)
            if (w == QStringView(p))
                return true;
        return false;
    }
    // "Tencent-backed", "Beijing-based", "Chinabased": a name glued to a lower-case participle;
    // returns where the name ends, or -1
    qsizetype participleCut(qsizetype i) const
    {
        const QStringView w = text(i);
        if (tok(i).has(Token::Hyphenated)) {
            const qsizetype dash = w.lastIndexOf(u'-');
            if (dash > 0 && isParticiple(w.mid(dash + 1)))
                return tok(i).start + dash;
            return -1;
        }
        if (!tok(i).has(Token::Cap) || w.size() < 8)
            return -1;
        for (const QStringView suffix : {QStringView(u"based"), QStringView(u"backed"), QStringView(u"owned")}) {
            if (w.endsWith(suffix) && m_k.lookup(w.chopped(suffix.size())))
                return tok(i).start + w.size() - suffix.size();
        }
        return -1;
    }

    const GazetteerEntry *gazetteer(qsizetype first, qsizetype last, QString *span = nullptr) const;
    qsizetype longestGazetteer(qsizetype first, qsizetype limit, const GazetteerEntry **entry) const;

    void classifyLines();
    void markLists();
    void bylines(qsizetype lineFirst, qsizetype lineEnd);
    void headline(qsizetype lineFirst, qsizetype lineEnd);
    qsizetype growChunk(qsizetype first, qsizetype lineEnd, qsizetype *cutEnd) const;
    void addChunk(qsizetype first, qsizetype last, qsizetype cutEnd);
    bool typeAndAdd(qsizetype first, qsizetype last, qsizetype cutEnd, bool titleCue);
    int contextType(qsizetype first, qsizetype last, int *strength) const;
    int appositiveType(qsizetype after) const;
    bool personShape(qsizetype first, qsizetype last) const;
    // "Zaha Hadid Architects China": an organisation word followed only by place names
    bool orgBeforePlace(qsizetype first, qsizetype last) const
    {
        for (qsizetype i = first + 1; i < last; ++i) {
            if (!m_k.orgSuffixes.contains(text(i)) || Lexicon::eq(text(i), u"AI"))
                continue;
            bool places = true;
            for (qsizetype k = i + 1; k <= last; ++k) {
                const GazetteerEntry *e = m_k.lookup(text(k));
                places = places && e && Lexicon::eq(e->type, u"PLACE");
            }
            if (places)
                return true;
        }
        return false;
    }
    Chunk makeChunk(qsizetype first, qsizetype last, qsizetype cutEnd) const;

    QStringView m_text;
    const std::vector<Token> &m_t;
    qsizetype m_n;
    const Knowledge &m_k;
    const UserDictionary &m_d;
    const bool m_hasDictionary;
    std::vector<Chunk> m_out;
    std::vector<std::int8_t> m_listType; // per token: type imposed by "platforms such as ..."
    std::vector<std::pair<qsizetype, LineKind>> m_lines; // first token of each line
    qsizetype m_skippedUntil = -1; // last token of a chunk dropped as the tail of a title
};

const GazetteerEntry *Chunker::gazetteer(qsizetype first, qsizetype last, QString *span) const
{
    const qsizetype start = tok(first).start;
    const qsizetype end = tok(last).end();
    QStringView view = m_text.mid(start, end - start);
    if (last > first) {
        bool plain = true;
        for (qsizetype i = first + 1; i <= last; ++i) {
            const qsizetype gap = tok(i).start - tok(i - 1).end();
            if (gap > 1 || (gap == 1 && m_text[tok(i).start - 1] != u' '))
                plain = false;
        }
        if (!plain) {
            const QString simplified = view.toString().simplified();
            if (span)
                *span = simplified;
            return m_k.lookup(simplified);
        }
    }
    if (span)
        *span = view.toString();
    return m_k.lookup(view);
}

// Longest gazetteer match starting at first and ending at or before limit; returns its last token or -1.
// Walks forward while the span is a prefix of some multi-word entry, so most calls cost one or
// two lookups.
qsizetype Chunker::longestGazetteer(qsizetype first, qsizetype limit, const GazetteerEntry **entry) const
{
    qsizetype best = -1;
    QString span;
    for (qsizetype last = first; last <= limit; ++last) {
        if (last > first && tok(last).has(Token::LineStart))
            break;
        const GazetteerEntry *e = gazetteer(first, last, &span);
        if (e && isWord(last)) {
            *entry = e;
            best = last;
        }
        if (!m_k.gazetteerPrefixes.contains(span))
            break;
    }
    return best;
}

void Chunker::classifyLines()
{
    static const StringTable<bool> function = [] {
        StringTable<bool> t;
        for (const char *w : {"of", "the", "and", "to", "in", "for", "on", "a", "an", "with", "by", "at", "as", "is",
                 "are", "its", "from", "vs", "or", "after", "over", "into"})
            t.insert(QString::fromLatin1(w), true);
        return t;
    }();
    qsizetype i = 0;
    while (i < m_n) {
        qsizetype j = i + 1;
        while (j < m_n && !tok(j).has(Token::LineStart))
            ++j;
        int words = 0;
        int capital = 0;
        for (qsizetype k = i; k < j; ++k) {
            if (!isWord(k) || !tok(k).has(Token::HasLetter))
                continue;
            if (function.contains(text(k)))
                continue;
            ++words;
            if (tok(k).has(Token::Cap) || tok(k).has(Token::AllCaps) || hasInnerUpper(k))
                ++capital;
        }
        const qsizetype chars = tok(j - 1).end() - tok(i).start;
        const bool endsSentence = isPunct(j - 1, '.') || isPunct(j - 1, '?') || isPunct(j - 1, '!')
            || isPunct(j - 1, '"') || isPunct(j - 1, u'”');
        LineKind kind = LineKind::Body;
        if (is(i, u"By") && chars < 100 && words <= 8)
            kind = LineKind::Byline;
        else if (words > 0 && chars < 160 && !endsSentence && capital * 4 >= words * 3 && (words >= 2 || chars < 40))
            kind = LineKind::Headline;
        m_lines.emplace_back(i, kind);
        i = j;
    }
}

// "platforms such as NetEase Mail, Zhihu, and Weibo": each listed name gets the list's type.
void Chunker::markLists()
{
    m_listType.assign(size_t(m_n), -1);
    for (qsizetype i = 1; i < m_n; ++i) {
        qsizetype start = -1;
        if (is(i, u"such") && is(i + 1, u"as"))
            start = i + 2;
        else if (is(i, u"like") || is(i, u"including"))
            start = i + 1;
        if (start < 0)
            continue;
        int type = TypeNone;
        for (qsizetype k = i - 1; k >= 0 && k >= i - 4 && isWord(k); --k) {
            if (const int *t = m_k.cueList.find(text(k))) {
                type = *t;
                break;
            }
        }
        if (type == TypeNone)
            continue;
        for (qsizetype k = start; k < m_n; ++k) {
            if (nameToken(k) || isNumberToken(k) || is(k, u"of") || is(k, u"and") || is(k, u"or")
                || isPunct(k, ',') || isPunct(k, '&')) {
                if (is(k, u"and") || is(k, u"or")) {
                    if (!nameToken(k + 1))
                        break;
                }
                m_listType[size_t(k)] = std::int8_t(type);
                continue;
            }
            break;
        }
    }
}

std::vector<Chunk> Chunker::run()
{
    classifyLines();
    markLists();
    for (size_t l = 0; l < m_lines.size(); ++l) {
        const qsizetype first = m_lines[l].first;
        const qsizetype end = l + 1 < m_lines.size() ? m_lines[l + 1].first : m_n;
        switch (m_lines[l].second) {
        case LineKind::Byline:
            bylines(first, end);
            continue;
        case LineKind::Headline:
            headline(first, end);
            continue;
        case LineKind::Body:
            break;
        }
        qsizetype i = first;
        while (i < end) {
            qsizetype start = i;
            if (isNumberToken(i) && !isYearNumber(i) && nameToken(i + 1) && tok(i + 1).has(Token::SpaceBefore)
                && i + 1 < end) {
                // "360 Security Technology Group": a number that opens a company name
                qsizetype cut = -1;
                const qsizetype last = growChunk(i + 1, end, &cut);
                if (cut < 0 && m_k.orgSuffixes.contains(text(last)) && last > i + 1) {
                    addChunk(i, last, -1);
                    i = last + 1;
                    continue;
                }
            }
            if (isOrdinal(i) && nameToken(i + 1) && i + 1 < end && !isMonthOrWeekday(i + 1))
                ++i; // "14th Five-Year Plan": the ordinal is part of the name
            if (!nameToken(i)) {
                ++i;
                continue;
            }
            if (isMonthOrWeekday(i) && !m_k.gazetteerFirstWords.contains(text(i))) {
                ++i; // dates are the date finder's
                continue;
            }
            if (Lexicon::monthFromName(text(i)) && isWord(i + 1) && tok(i + 1).has(Token::HasDigit)) {
                i += 2; // "Aug 7", "Sept. 3"
                continue;
            }
            qsizetype cutEnd = -1;
            const qsizetype last = growChunk(i, end, &cutEnd);
            // the tail of a longer title: "Free Zone on International Affairs", "Secretary for Economic Affairs"
            const bool tail = start >= 2 && (is(start - 1, u"on") || is(start - 1, u"for") || is(start - 1, u"of"))
                && nameToken(start - 2) && last > start;
            if (is(last + 1, u"logo") || is(last + 1, u"icon")) {
                // "LinkedIn logo": the picture of a link, not a mention
            } else if (tail && !m_k.lookup(m_text.mid(tok(start).start, tok(last).end() - tok(start).start))) {
                m_skippedUntil = last;
            } else if (is(start - 1, u"and") && m_skippedUntil == start - 2) {
                m_skippedUntil = last;
            } else {
                addChunk(start, last, cutEnd);
            }
            i = last + 1;
        }
    }
    return std::move(m_out);
}

// "By LIANG Yilian & HU Dingkun", "By Jane Doe and John Roe"
void Chunker::bylines(qsizetype lineFirst, qsizetype lineEnd)
{
    qsizetype i = lineFirst + 1;
    while (i < lineEnd) {
        if (!nameToken(i)) {
            ++i;
            continue;
        }
        qsizetype last = i;
        while (last + 1 < lineEnd && nameToken(last + 1))
            ++last;
        if (last > i) {
            Chunk c = makeChunk(i, last, -1);
            // "LIANG Yilian": family name in capitals, as Chinese bylines write it
            QStringList words = c.name.split(QLatin1Char(' '));
            for (QString &w : words) {
                if (w.size() > 1 && w == w.toUpper())
                    w = w.left(1) + w.mid(1).toLower();
            }
            c.name = words.join(QLatin1Char(' '));
            c.type = TypeIndexPerson;
            c.strength = 2;
            m_out.push_back(c);
        }
        i = last + 1;
    }
}

// Headlines and page furniture: only names the gazetteer or the dictionary knows.
void Chunker::headline(qsizetype lineFirst, qsizetype lineEnd)
{
    for (qsizetype i = lineFirst; i < lineEnd; ++i) {
        if (!nameToken(i))
            continue;
        const GazetteerEntry *e = nullptr;
        const qsizetype last = longestGazetteer(i, lineEnd - 1, &e);
        if (last < 0)
            continue;
        if (is(last + 1, u"logo") || is(last + 1, u"icon")) {
            i = last + 1; // "LinkedIn logo": the picture of a link, not a mention
            continue;
        }
        Chunk c = makeChunk(i, last, -1);
        // The analyst's dictionary wins over the gazetteer here too (a split alias stays apart).
        const QString userCanonical = m_hasDictionary ? m_d.canonicalFor(c.name) : QString();
        c.canonical = userCanonical.isEmpty() ? e->canonical : userCanonical;
        c.type = typeIndex(e->type);
        c.strength = 3;
        c.productSense = e->productSense;
        m_out.push_back(c);
        i = last;
    }
}

qsizetype Chunker::growChunk(qsizetype first, qsizetype lineEnd, qsizetype *cutEnd) const
{
    // A known multi-word name wins as a whole: "Frost & Sullivan", "Google DeepMind".
    const GazetteerEntry *known = nullptr;
    qsizetype last = longestGazetteer(first, lineEnd - 1, &known);
    if (last < first)
        last = first;
    if (participleCut(last) >= 0) {
        *cutEnd = participleCut(last);
        return last;
    }
    bool sawOrgWord = isOrgWord(text(first));
    while (true) {
        if (tok(last).has(Token::Possessive))
            break;
        // "the Trump administration": the government named after its head
        if (is(last + 1, u"administration") && last + 1 < lineEnd && last - first <= 1
            && !(tok(last).has(Token::SentStart) && m_k.isCommonWord(text(last)))) {
            last = last + 1;
            break;
        }
        const qsizetype j = last + 1;
        if (j >= lineEnd || j - first >= maxChunkTokens)
            break; // no name is that long: a run of capitals in a table or a title
        const Token &t = tok(j);
        if (nameToken(j) && t.has(Token::SpaceBefore)) {
            if (t.has(Token::SentStart))
                break;
            const QStringView w = text(j);
            if (Lexicon::eq(w, u"AI") || Lexicon::eq(w, u"Tech")) {
                // "Zhipu AI" is a name, "U.S. AI giant" and "Chinese AI" are not
                bool generic = true;
                for (qsizetype k = first; k <= last; ++k) {
                    const QStringView p = text(k);
                    const GazetteerEntry *e = m_k.lookup(p);
                    if (!m_k.nationalities.contains(p) && !m_k.stopwords.contains(p) && !(e && Lexicon::eq(e->type, u"PLACE")))
                        generic = false;
                }
                if (generic)
                    break;
                last = j;
                if (nameToken(j + 1) && tok(j + 1).has(Token::SpaceBefore) && j + 1 < lineEnd
                    && !tok(j + 1).has(Token::SentStart))
                    continue; // "EU AI Act": the name goes on
                break;
            }
            if (m_k.stopwords.contains(w) && !m_k.orgSuffixes.contains(w))
                break;
            if (isMonthOrWeekday(j))
                break;
            last = j;
            sawOrgWord = sawOrgWord || isOrgWord(w);
            if (const qsizetype cut = participleCut(j); cut >= 0) {
                *cutEnd = cut;
                break;
            }
            continue;
        }
        // version numbers: "Claude Opus 4.8", "AutoGLM 2.0", "Mythos 5"; a year only before an event word
        if (isNumberToken(j) && t.has(Token::SpaceBefore) && !t.has(Token::Citation)) {
            if (isYearNumber(j)) {
                if (nameToken(j + 1) && m_k.eventSuffixes.contains(text(j + 1))) {
                    last = j;
                    continue;
                }
                break;
            }
            if (t.length <= 4 && !isPunct(j + 1, '%') && !(isWord(j + 1) && !tok(j + 1).has(Token::Cap)
                    && (Lexicon::eq(text(j + 1), u"percent") || Lexicon::eq(text(j + 1), u"million") || Lexicon::eq(text(j + 1), u"billion")))) {
                last = j;
                continue;
            }
            break;
        }
        // connectors inside names: "University of California", "Science and Technology Daily"
        if (isWord(j) && !t.has(Token::Cap) && nameToken(j + 1) && tok(j + 1).has(Token::SpaceBefore)
            && !tok(j + 1).has(Token::LineStart)) {
            const QStringView w = text(j);
            if ((Lexicon::eq(w, u"of") || Lexicon::eq(w, u"for")) && sawOrgWord && !tok(last).has(Token::HasDigit)) {
                last = j + 1;
                continue;
            }
            if (Lexicon::eq(w, u"and") || Lexicon::eq(w, u"&")) {
                qsizetype k = j + 1;
                while (k + 1 < lineEnd && nameToken(k + 1) && tok(k + 1).has(Token::SpaceBefore))
                    ++k;
                if (m_k.orgSuffixes.contains(text(k)) && !m_k.orgSuffixes.contains(text(last))
                    && !m_k.lookup(text(last))) {
                    last = k;
                    sawOrgWord = true;
                    continue;
                }
                break;
            }
            if (Lexicon::eq(w, u"de") || Lexicon::eq(w, u"von") || Lexicon::eq(w, u"van") || Lexicon::eq(w, u"der") || Lexicon::eq(w, u"da") || Lexicon::eq(w, u"di") || Lexicon::eq(w, u"del")
                || Lexicon::eq(w, u"bin") || Lexicon::eq(w, u"al") || Lexicon::eq(w, u"la")) {
                last = j + 1;
                continue;
            }
            break;
        }
        if (isPunct(j, '&') && nameToken(j + 1)) {
            qsizetype k = j + 1;
            while (k + 1 < lineEnd && nameToken(k + 1) && tok(k + 1).has(Token::SpaceBefore))
                ++k;
            if (m_k.orgSuffixes.contains(text(k))) {
                last = k;
                continue;
            }
            break;
        }
        // "Lira- Cantu": a hyphen broken by the layout
        if (isPunct(j, '-') && !t.has(Token::SpaceBefore) && nameToken(j + 1) && tok(j + 1).has(Token::SpaceBefore)
            && !tok(j + 1).has(Token::LineStart)) {
            last = j + 1;
            continue;
        }
        // "Co., Ltd."
        if (isPunct(j, ',') && Lexicon::eq(text(last), u"Co.") && is(j + 1, u"Ltd.")) {
            last = j + 1;
            continue;
        }
        break;
    }
    return last;
}

Chunk Chunker::makeChunk(qsizetype first, qsizetype last, qsizetype cutEnd) const
{
    Chunk c;
    c.firstToken = first;
    c.lastToken = last;
    c.start = tok(first).start;
    c.end = cutEnd >= 0 ? cutEnd : tok(last).end();
    c.surface = m_text.mid(c.start, c.end - c.start).toString();
    QString name = c.surface.simplified();
    name.replace(QLatin1String("- "), QLatin1String("-"));
    name.replace(QChar(0x2019), QLatin1Char('\''));
    c.name = name;
    return c;
}

// ", a research scholar at", ", head of research", ", a company that", " is an international
// conference": the head noun of an appositive or a predicate right after the name
int Chunker::appositiveType(qsizetype after) const
{
    qsizetype k = after;
    bool article = false;
    if (isPunct(k, ',')) {
        ++k;
        while (valid(k) && !tok(k).has(Token::Word)
               && (isPunct(k, '"') || isPunct(k, u'”') || isPunct(k, u'“') || isPunct(k, '\'')))
            ++k;
    } else if (is(k, u"is") || is(k, u"was")) {
        ++k;
        if (!(is(k, u"a") || is(k, u"an") || is(k, u"the")))
            return TypeNone;
    } else if (isPunct(k, '"') || isPunct(k, u'”')) {
        return isPunct(k + 1, ',') ? appositiveType(k + 1) : TypeNone;
    } else {
        return TypeNone;
    }
    if (is(k, u"a") || is(k, u"an") || is(k, u"the") || is(k, u"one")) {
        ++k;
        article = true;
    }
    for (int n = 0; n < 5 && isWord(k); ++n, ++k) {
        QStringView w = text(k);
        QString lower;
        if (tok(k).has(Token::Cap)) {
            if (participleCut(k) >= 0 && article)
                continue; // "a Beijing-based policy consultancy"
            lower = w.toString().toLower();
            w = lower;
        }
        if (m_k.personRoles.contains(w))
            return TypeIndexPerson;
        if (const int *t = m_k.cueBefore.find(w); t && *t != TypeIndexPerson && !Lexicon::eq(w, u"called") && !Lexicon::eq(w, u"named"))
            return *t;
        if (Lexicon::eq(w, u"publication") || Lexicon::eq(w, u"journal") || Lexicon::eq(w, u"institute") || Lexicon::eq(w, u"university") || Lexicon::eq(w, u"organization")
            || Lexicon::eq(w, u"organisation") || Lexicon::eq(w, u"group") || Lexicon::eq(w, u"nonprofit") || Lexicon::eq(w, u"fund") || Lexicon::eq(w, u"association")
            || Lexicon::eq(w, u"company") || Lexicon::eq(w, u"unit") || Lexicon::eq(w, u"subsidiary") || Lexicon::eq(w, u"affiliate"))
            return TypeIndexOrg;
        if (Lexicon::eq(w, u"tool") || Lexicon::eq(w, u"service") || Lexicon::eq(w, u"system") || Lexicon::eq(w, u"product") || Lexicon::eq(w, u"device") || Lexicon::eq(w, u"website"))
            return TypeIndexProduct;
        if (Lexicon::eq(w, u"conference") || Lexicon::eq(w, u"summit") || Lexicon::eq(w, u"expo") || Lexicon::eq(w, u"exhibition") || Lexicon::eq(w, u"forum") || Lexicon::eq(w, u"fair")
            || Lexicon::eq(w, u"festival") || Lexicon::eq(w, u"event") || Lexicon::eq(w, u"convention") || Lexicon::eq(w, u"congress") || Lexicon::eq(w, u"symposium"))
            return TypeIndexEvent;
        if (!article || tok(k).has(Token::Cap))
            break; // only "a/an/the ..." appositives read past their first word
        if (Lexicon::eq(w, u"of") || Lexicon::eq(w, u"at") || Lexicon::eq(w, u"to") || Lexicon::eq(w, u"in") || Lexicon::eq(w, u"that") || Lexicon::eq(w, u"which") || Lexicon::eq(w, u"who")
            || Lexicon::eq(w, u"with") || Lexicon::eq(w, u"for") || Lexicon::eq(w, u"and"))
            break;
    }
    return TypeNone;
}

bool Chunker::personShape(qsizetype first, qsizetype last) const
{
    if (last == first || last - first > 3)
        return false;
    for (qsizetype i = first; i <= last; ++i) {
        if (isPunct(i, '-') && i > first && i < last)
            continue; // "Lira- Cantu"
        if (!isWord(i) || tok(i).has(Token::HasDigit) || !tok(i).has(Token::Cap))
            return false;
        const QStringView w = text(i);
        if (isOrgWord(w) || m_k.eventSuffixes.contains(w) || m_k.stopwords.contains(w) || m_k.nationalities.contains(w))
            return false;
        if (tok(i).has(Token::AllCaps) && i != first)
            return false;
    }
    return true;
}

// The type a name's neighbours give it: "startup X", "X models", "X, a research scholar", "by X"
int Chunker::contextType(qsizetype first, qsizetype last, int *strength) const
{
    *strength = 1;
    qsizetype before = first - 1;
    if (before >= 0 && !tok(before).has(Token::Word)) {
        const char16_t c = text(before).front().unicode();
        if (c == '"' || c == u'“' || c == '\'' || c == u'‘')
            --before;
    }
    if (isLowerWord(before)) {
        if (m_k.personTitles.contains(text(before)) && personShape(first, last))
            return TypeIndexPerson;
        if (const int *t = m_k.cueBefore.find(text(before)))
            return *t;
    }
    if (m_listType[size_t(first)] >= 0)
        return m_listType[size_t(first)];
    const int appositive = appositiveType(last + 1);
    if (appositive != TypeNone) {
        if (appositive == TypeIndexPerson && !personShape(first, last))
            return TypeNone;
        return appositive;
    }
    const qsizetype after = last + 1;
    if (tok(last).has(Token::Possessive) && isWord(after)) {
        const QStringView w = text(after);
        if (m_k.cueAfter.contains(w) || m_k.cueList.contains(w) || Lexicon::eq(w, u"model") || Lexicon::eq(w, u"products"))
            return TypeIndexOrg;
    } else if (isWord(after) && !tok(after).has(Token::Cap)) {
        if (const int *t = m_k.cueAfter.find(text(after)))
            return *t;
    }
    // "Kimi K2 by Moonlit AI", "developed by Anthropic"
    if (is(before, u"by") && before >= 1) {
        if (isWord(before - 1)) {
            const QStringView v = text(before - 1);
            if (Lexicon::eq(v, u"founded") || Lexicon::eq(v, u"led") || Lexicon::eq(v, u"co-founded") || Lexicon::eq(v, u"headed"))
                return personShape(first, last) ? TypeIndexPerson : TypeNone;
            if (Lexicon::eq(v, u"developed") || Lexicon::eq(v, u"released") || Lexicon::eq(v, u"made") || Lexicon::eq(v, u"built") || Lexicon::eq(v, u"launched")
                || Lexicon::eq(v, u"owned") || Lexicon::eq(v, u"backed") || Lexicon::eq(v, u"created") || Lexicon::eq(v, u"acquired") || Lexicon::eq(v, u"published"))
                return TypeIndexOrg;
        }
        for (auto it = m_out.rbegin(); it != m_out.rend() && it != m_out.rbegin() + 1; ++it)
            if (it->lastToken == before - 1 && it->type == TypeIndexProduct)
                return TypeIndexOrg;
    }
    // "X said", "said X": people speak, mostly
    if (personShape(first, last)) {
        if (isWord(after) && (Lexicon::eq(text(after), u"said") || Lexicon::eq(text(after), u"says") || Lexicon::eq(text(after), u"told")
                || Lexicon::eq(text(after), u"explained") || Lexicon::eq(text(after), u"warned") || Lexicon::eq(text(after), u"added")))
            return TypeIndexPerson;
        if (isPunct(after, ',') && (is(after + 1, u"who") || is(after + 1, u"whose")))
            return TypeIndexPerson;
        if (is(after, u"and") && (is(after + 1, u"her") || is(after + 1, u"his")))
            return TypeIndexPerson; // "Kendra Schaefer and her colleagues"
        if (is(before, u"said") || is(before, u"says") || (is(before, u"to") && is(before - 1, u"according")))
            return TypeIndexPerson;
    }
    return TypeNone;
}

void Chunker::addChunk(qsizetype first, qsizetype last, qsizetype cutEnd)
{
    // Drop what is not part of the name at the edges: "Renowned", "Chinese", "Professor", "AI".
    bool titleCue = false;
    while (first <= last) {
        const GazetteerEntry *whole = gazetteer(first, last);
        if (whole
            || (m_hasDictionary
                && !m_d.canonicalFor(m_text.mid(tok(first).start, tok(last).end() - tok(first).start).toString())
                        .isEmpty()))
            break;
        QStringView w = text(first);
        if (first == last && cutEnd > tok(first).start && cutEnd < tok(first).end())
            w = w.left(cutEnd - tok(first).start); // "Chinese" of "Chinese-controlled"
        if (m_k.personTitles.contains(w) && first < last) {
            titleCue = true;
            ++first;
            continue;
        }
        if (first < last && (Lexicon::eq(w, u"The") || Lexicon::eq(w, u"A") || Lexicon::eq(w, u"An"))) {
            ++first; // "The Ministry of ...": the article is no part of the name
            continue;
        }
        if ((m_k.stopwords.contains(w) || m_k.nationalities.contains(w)) && !m_k.lookup(w)) {
            ++first;
            continue;
        }
        if (m_k.nationalities.contains(w) && first < last && !m_k.orgHeads.contains(text(first + 1))
            && !m_k.orgSuffixes.contains(text(last))) {
            ++first;
            continue;
        }
        // "Renowned U.S. ...", "Meanwhile Zhipu": an everyday word that is capitalised only because it
        // opens the sentence; but "Science and Technology Daily", "Advance Research Institute" are names
        const bool namedInstitution = first < last
            && (!isWord(first + 1) || !tok(first + 1).has(Token::Cap)
                || (m_k.orgSuffixes.contains(text(last)) && !Lexicon::eq(text(last), u"AI") && !Lexicon::eq(text(last), u"Tech"))
                || m_k.eventSuffixes.contains(text(last)) || isOrgWord(w));
        if (tok(first).has(Token::SentStart) && !tok(first).has(Token::AllCaps) && m_k.isCommonWord(w)
            && !m_k.lookup(w) && !m_k.givenNames.contains(w) && !m_k.chineseSurnames.contains(w) && !namedInstitution) {
            ++first;
            continue;
        }
        break;
    }
    // "U.S. AI", "Chinese Tech": a generic word after a place or nationality is no name
    if (last > first && (Lexicon::eq(text(last), u"AI") || Lexicon::eq(text(last), u"Tech"))) {
        bool generic = true;
        for (qsizetype k = first; k < last; ++k) {
            const GazetteerEntry *e = m_k.lookup(text(k));
            if (!m_k.nationalities.contains(text(k)) && !(e && Lexicon::eq(e->type, u"PLACE")))
                generic = false;
        }
        if (generic)
            --last;
    }
    // "Commerce Secretary Howard Lutnick": a title inside the chunk introduces the person
    for (qsizetype p = last - 1; p > first; --p) {
        if (tok(p).has(Token::Cap) && m_k.personTitles.contains(text(p)) && personShape(p + 1, last)) {
            first = p + 1;
            titleCue = true;
            break;
        }
    }
    while (last >= first && !isWord(last))
        --last;
    while (last > first && (is(last, u"of") || is(last, u"and") || is(last, u"for")))
        --last;
    if (first > last)
        return;
    if (cutEnd >= 0 && cutEnd <= tok(first).start)
        return;
    if (m_k.nationalities.contains(text(last)) && !gazetteer(first, last))
        return; // "South Korean"
    if (first < last && isLawWord(text(last)) && !gazetteer(first, last)) {
        // "EU AI Act", "Chips and Science Act": a law is none of the five types; keep the known names in it
        for (qsizetype i = first; i < last;) {
            const GazetteerEntry *e = nullptr;
            const qsizetype end = longestGazetteer(i, last - 1, &e);
            if (end >= 0) {
                typeAndAdd(i, end, -1, false);
                i = end + 1;
            } else {
                ++i;
            }
        }
        return;
    }
    if (cutEnd >= 0 && cutEnd > tok(last).end())
        cutEnd = -1;
    typeAndAdd(first, last, cutEnd, titleCue);
}

bool Chunker::typeAndAdd(qsizetype first, qsizetype last, qsizetype cutEnd, bool titleCue)
{
    Chunk c = makeChunk(first, last, cutEnd);
    c.titled = titleCue;
    const QStringView firstWord = text(first);
    const QStringView lastWord = cutEnd >= 0 ? QStringView(c.surface).mid(c.surface.lastIndexOf(QLatin1Char(' ')) + 1)
                                             : text(last);
    const bool single = first == last;

    if (m_hasDictionary && m_d.isIgnored(c.name))
        return false;
    const QString userCanonical = m_hasDictionary ? m_d.canonicalFor(c.name) : QString();
    if (!userCanonical.isEmpty())
        c.canonical = userCanonical;
    const QString userType = !m_hasDictionary    ? QString()
        : m_d.typeFor(c.name).isEmpty() ? m_d.typeFor(userCanonical)
                                        : m_d.typeFor(c.name);
    if (!userType.isEmpty()) {
        c.type = typeIndex(userType);
        c.strength = 4;
        m_out.push_back(c);
        return true;
    }

    const GazetteerEntry *known = m_k.lookup(c.name);
    if (!known && tok(first).has(Token::AllCaps) && tok(last).has(Token::AllCaps) && c.name.size() > 3) {
        // "SAN FRANCISCO, Aug 7 (Reuters)": a dateline city in capitals
        QString titled = c.name.toLower();
        for (qsizetype k = 0; k < titled.size(); ++k)
            if (k == 0 || titled.at(k - 1) == QLatin1Char(' ') || titled.at(k - 1) == QLatin1Char('-'))
                titled[int(k)] = titled.at(k).toUpper(); // int: Qt 5 has operator[](int) and (uint)
        known = m_k.lookup(titled);
        if (known && known->type != u"PLACE")
            known = nullptr; // acronyms stay what they are ("CAC" is not "Cac")
    }
    if (!known && !single) {
        // "Samsung Electronics Co.": the legal form is no part of what the gazetteer knows
        const QStringView legal = text(last);
        if (Lexicon::eq(legal, u"Co.") || Lexicon::eq(legal, u"Inc.") || Lexicon::eq(legal, u"Ltd.")
            || Lexicon::eq(legal, u"Corp.") || Lexicon::eq(legal, u"Inc") || Lexicon::eq(legal, u"Ltd")
            || Lexicon::eq(legal, u"Corp") || Lexicon::eq(legal, u"LLC") || Lexicon::eq(legal, u"AG")
            || Lexicon::eq(legal, u"SA") || Lexicon::eq(legal, u"plc") || Lexicon::eq(legal, u"Group"))
            known = gazetteer(first, last - 1);
    }
    if (const GazetteerEntry *e = known) {
        if (c.canonical.isEmpty())
            c.canonical = e->canonical;
        c.type = typeIndex(e->type);
        c.strength = e->generated ? 2 : 3;
        c.productSense = e->productSense;
        if (c.productSense) {
            int s = 0;
            if (contextType(first, last, &s) == TypeIndexProduct)
                c.type = TypeIndexProduct;
        }
        // A generated place that reads as a person's name in context ("Jordan said") stays a place
        // unless the context is explicit.
        m_out.push_back(c);
        return true;
    }
    if (single && (isMonthOrWeekday(first) || m_k.stopwords.contains(firstWord)))
        return false;

    // Whole chunk unknown: maybe several known names side by side ("Shanghai CAC").
    if (!single) {
        std::vector<std::pair<qsizetype, qsizetype>> pieces;
        bool allKnown = true;
        for (qsizetype i = first; i <= last;) {
            const GazetteerEntry *e = nullptr;
            const qsizetype end = longestGazetteer(i, last, &e);
            if (end < 0 || (end == last && i == first)) {
                allKnown = false;
                break;
            }
            pieces.emplace_back(i, end);
            i = end + 1;
        }
        if (allKnown && pieces.size() > 1 && !m_k.orgSuffixes.contains(lastWord) && !m_k.eventSuffixes.contains(lastWord)) {
            for (const auto &[a, b] : pieces)
                typeAndAdd(a, b, -1, false);
            return true;
        }
    }

    int type = TypeNone;
    int strength = 0;
    bool versioned = false;
    for (qsizetype i = first; i <= last; ++i) {
        if (tok(i).has(Token::HasDigit) && (i > first || tok(i).has(Token::Hyphenated) || (tok(i).has(Token::HasLetter) && !tok(i).has(Token::AllCaps) && !text(i).front().isDigit())))
            versioned = true;
    }
    if (m_k.placeSuffixes.contains(lastWord) && !single && !m_k.placeSuffixes.contains(firstWord)) {
        type = TypeIndexPlace;
        strength = 2;
    } else if (Lexicon::eq(lastWord, u"administration") && !single) {
        type = TypeIndexOrg;
        strength = 2;
    } else if (m_k.eventSuffixes.contains(lastWord) && !single) {
        type = TypeIndexEvent;
        strength = 2;
    } else if ((m_k.orgSuffixes.contains(lastWord) && !single) || (m_k.orgHeads.contains(firstWord) && !single)
               || orgBeforePlace(first, last)) {
        type = TypeIndexOrg;
        strength = 2;
    } else if (versioned) {
        type = TypeIndexProduct;
        strength = 2;
    }
    if (type == TypeNone) {
        int s = 0;
        const int context = contextType(first, last, &s);
        if (titleCue && personShape(first, last)) {
            type = TypeIndexPerson;
            strength = 2;
        } else if (titleCue && single && !m_k.isCommonWord(firstWord)) {
            type = TypeIndexPerson;
            strength = 1;
        } else if (context != TypeNone) {
            type = context;
            strength = s;
        } else if (is(first - 1, u"in") && !tok(last).has(Token::Possessive)
                   && !(isWord(last + 1) && tok(last + 1).has(Token::Cap)) && !versioned
                   && !m_k.givenNames.contains(firstWord)) {
            type = TypeIndexPlace; // "at CES in Las Vegas": an unknown name after "in" is mostly a place
            strength = 0;
        } else if (personShape(first, last)
                   && (m_k.givenNames.contains(firstWord) || m_k.chineseSurnames.contains(firstWord)
                       || tok(first).has(Token::AllCaps))) {
            type = TypeIndexPerson;
            strength = 1;
        } else if (!single) {
            bool everyday = true; // "Cold War", "Industrial Revolution": capitalised ordinary words
            for (qsizetype i = first; i <= last && everyday; ++i)
                everyday = !isWord(i) || m_k.isCommonWord(text(i)) || Lexicon::eq(text(i), u"of")
                    || Lexicon::eq(text(i), u"and");
            if (everyday)
                return false;
            type = personShape(first, last) && last - first == 1 && !m_k.isCommonWord(lastWord)
                ? TypeIndexPerson
                : TypeIndexOrg;
            strength = 0;
        } else {
            // a lone unknown capitalised word: an everyday word at the start of a sentence is not a name
            if (m_k.isCommonWord(firstWord) || firstWord.size() < 2)
                return false;
            type = TypeIndexOrg;
            strength = 0;
        }
    }
    c.type = type;
    c.strength = strength;
    m_out.push_back(c);
    return true;
}

} // namespace

std::vector<Chunk> findChunks(QStringView text, const std::vector<Token> &tokens, const Knowledge &knowledge,
                              const UserDictionary &dictionary)
{
    return Chunker(text, tokens, knowledge, dictionary).run();
}

} // namespace Annalist::Extract
