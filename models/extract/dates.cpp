#include "extract/dates.h"

#include "extract/knowledge.h"
#include "extract/lexicon.h"

namespace Annalist::Extract {

namespace {

using Lexicon::monthFromName;
using Lexicon::parseDigits;
using Lexicon::weekdayFromName;

enum class Lean { Past, Future };

QString pad(int value, int width)
{
    return QString::number(value).rightJustified(width, QLatin1Char('0'));
}
QString yearValue(int y) { return pad(y, 4); }
QString monthValue(int y, int m) { return pad(y, 4) + QLatin1Char('-') + pad(m, 2); }
QString dayValue(const QDate &d) { return d.toString(QStringLiteral("yyyy-MM-dd")); }
QString weekValue(const QDate &d)
{
    int year = 0;
    const int week = d.weekNumber(&year);
    return pad(year, 4) + QStringLiteral("-W") + pad(week, 2);
}
QString quarterValue(int y, int q) { return pad(y, 4) + QStringLiteral("-Q") + QString::number(q); }

class Finder
{
public:
    Finder(QStringView text, const std::vector<Token> &tokens, const QDate &dct)
        : m_text(text)
        , m_t(tokens)
        , m_n(qsizetype(tokens.size()))
        , m_dct(dct)
    {
    }

    QList<Timex> run()
    {
        for (qsizetype i = 0; i < m_n;) {
            const qsizetype used = matchAt(i);
            i += used > 0 ? used : 1;
        }
        return m_out;
    }

private:
    QStringView text(qsizetype i) const { return tokenText(m_text, m_t[size_t(i)]); }
    const Token &tok(qsizetype i) const { return m_t[size_t(i)]; }
    bool valid(qsizetype i) const { return i >= 0 && i < m_n; }
    bool isWord(qsizetype i) const { return valid(i) && tok(i).has(Token::Word) && tok(i).has(Token::HasLetter); }
    template<qsizetype N>
    bool is(qsizetype i, const char16_t (&w)[N]) const
    {
        return valid(i) && tok(i).has(Token::Word) && Lexicon::eqFolded(text(i), w);
    }
    bool isPunct(qsizetype i, char16_t c) const
    {
        return valid(i) && !tok(i).has(Token::Word) && text(i).front().unicode() == c;
    }
    // Digits only (no letters, no separators), of the given length range.
    int number(qsizetype i, int minLen, int maxLen) const
    {
        if (!valid(i) || !tok(i).has(Token::Word) || tok(i).has(Token::HasLetter))
            return -1;
        const QStringView w = text(i);
        if (w.size() < minLen || w.size() > maxLen)
            return -1;
        return parseDigits(w);
    }
    // "22", "22nd", "1st"
    int dayNumber(qsizetype i) const
    {
        if (!valid(i) || !tok(i).has(Token::Word))
            return -1;
        QStringView w = text(i);
        if (w.size() >= 3) {
            const QStringView suffix = w.right(2);
            if (Lexicon::eqFolded(suffix, u"st") || Lexicon::eqFolded(suffix, u"nd")
                || Lexicon::eqFolded(suffix, u"rd") || Lexicon::eqFolded(suffix, u"th"))
                w.chop(2);
        }
        if (w.isEmpty() || w.size() > 2)
            return -1;
        const int d = parseDigits(w);
        return d >= 1 && d <= 31 ? d : -1;
    }
    int month(qsizetype i) const
    {
        if (!isWord(i))
            return 0;
        const Token &t = tok(i);
        if (!t.has(Token::Cap))
            return 0;
        return monthFromName(text(i));
    }
    static bool plausibleYear(int y) { return y >= 1900 && y <= 2100; }

    void addTimex(qsizetype first, qsizetype last, const QString &value)
    {
        Timex t;
        t.start = tok(first).start;
        t.length = tok(last).end() - t.start;
        t.text = m_text.mid(t.start, t.length).toString();
        t.value = value;
        m_out.append(t);
    }

    // Does the sentence around token i speak of the future?
    Lean lean(qsizetype i) const
    {
        for (qsizetype k = i - 1; k >= 0 && k >= i - 40; --k) {
            if (!tok(k).has(Token::Word)) {
                const char16_t c = text(k).front().unicode();
                if (c == '.' || c == '!' || c == '?')
                    break;
                continue;
            }
            const QStringView w = text(k);
            if (Lexicon::eq(w, u"will") || Lexicon::eq(w, u"shall") || Lexicon::eq(w, u"upcoming") || Lexicon::eq(w, u"scheduled") || Lexicon::eq(w, u"slated")
                || Lexicon::eq(w, u"planned") || Lexicon::eq(w, u"plans") || Lexicon::eq(w, u"expected") || Lexicon::eq(w, u"due")
                || Lexicon::eq(w, u"ll") || Lexicon::eq(w, u"forthcoming") || Lexicon::eq(w, u"would")
                || Lexicon::eq(w, u"could") || Lexicon::eq(w, u"might") || Lexicon::eq(w, u"may"))
                return Lean::Future;
            // "until July 20", "the coming Friday": only right before the expression; "over the
            // next three years" further back is a duration, not the date's tense
            if (k >= i - 3 && (Lexicon::eq(w, u"next") || Lexicon::eq(w, u"coming") || Lexicon::eq(w, u"until")))
                return Lean::Future;
            if (tok(k).has(Token::SentStart))
                break;
        }
        return Lean::Past;
    }

    // Year for a month (and optional day) without one, leaning to the past.
    int resolveYear(int m, int d, qsizetype at) const
    {
        const int y = m_dct.year();
        const Lean l = lean(at);
        const bool after = d > 0 ? QDate(y, m, qMin(d, QDate(y, m, 1).daysInMonth())) > m_dct : m > m_dct.month();
        const bool before = d > 0 ? QDate(y, m, qMin(d, QDate(y, m, 1).daysInMonth())) < m_dct : m < m_dct.month();
        if (l == Lean::Past && after)
            return y - 1;
        if (l == Lean::Future && before)
            return y + 1;
        return y;
    }

    QString monthDay(int y, int m, int d) const
    {
        const QDate date(y, m, d);
        if (!date.isValid())
            return {};
        return dayValue(date);
    }

    bool isYearToken(qsizetype i) const { return plausibleYear(number(i, 4, 4)); }

    // A bare four-digit number is a year unless it reads as a quantity ("2,000 characters").
    bool yearInContext(qsizetype i) const
    {
        if (!isYearToken(i))
            return false;
        const qsizetype prev = i - 1;
        if (valid(prev) && tok(prev).end() == tok(i).start) {
            const char16_t c = text(prev).front().unicode();
            if (c == '$' || c == u'€' || c == u'£' || c == u'¥' || c == '#' || c == '+' || c == '-' || c == '.')
                return false;
        }
        if (valid(prev) && !tok(prev).has(Token::Word) && text(prev).front() == u'©') {
            return false; // a copyright notice, not a date the text speaks of
        }
        static constexpr const char16_t *strong[] = {u"in", u"since", u"by", u"until", u"till", u"from", u"of",
            u"during", u"before", u"after", u"between", u"early", u"late", u"mid", u"through", u"throughout",
            u"year", u"and", u"to", u"around", u"circa", u"spring", u"summer", u"autumn", u"fall", u"winter",
            u"end", u"beginning", u"start", u"fiscal"};
        bool cue = false;
        if (isWord(prev)) {
            for (const char16_t *w : strong)
                if (text(prev).compare(QStringView(w), Qt::CaseInsensitive) == 0)
                    cue = true;
        }
        const qsizetype next = i + 1;
        if (!valid(next))
            return true;
        if (tok(next).has(Token::Word) && tok(next).has(Token::HasLetter) && !tok(next).has(Token::Cap)) {
            static constexpr const char16_t *function[] = {u"and", u"to", u"or", u"the", u"when", u"as", u"after",
                u"before", u"with", u"for", u"in", u"on", u"at", u"was", u"were", u"is", u"had", u"has", u"have",
                u"but", u"that", u"which", u"while", u"compared", u"through", u"until", u"onwards", u"onward", u"a",
                u"an", u"saw", u"will", u"would", u"could", u"alone", u"amid", u"versus", u"vs", u"against", u"from",
                u"levels", u"marked", u"despite", u"because", u"due", u"if", u"so", u"are", u"by", u"of", u"than"};
            for (const char16_t *w : function)
                if (text(next) == QStringView(w))
                    return true;
            return cue && !tok(next).has(Token::HasDigit);
        }
        if (tok(next).has(Token::Word) && tok(next).has(Token::HasDigit) && !tok(next).has(Token::HasLetter))
            return cue; // "2025 30" is a table, not a date
        if (isPunct(next, '%'))
            return false;
        return true;
    }

    qsizetype matchAt(qsizetype i);
    qsizetype matchNumeric(qsizetype i);
    qsizetype matchMonth(qsizetype i);
    qsizetype matchRelative(qsizetype i);

    QStringView m_text;
    const std::vector<Token> &m_t;
    qsizetype m_n;
    QDate m_dct;
    QList<Timex> m_out;
};

qsizetype Finder::matchAt(qsizetype i)
{
    const Token &t = tok(i);
    if (!t.has(Token::Word) || t.has(Token::Citation))
        return 0;
    if (t.has(Token::HasDigit)) {
        if (const qsizetype used = matchNumeric(i))
            return used;
        if (!t.has(Token::HasLetter))
            return 0;
    }
    if (t.has(Token::Cap)) {
        if (const qsizetype used = matchMonth(i))
            return used;
    }
    return matchRelative(i);
}

// 22 August 2025, 22 Aug, 2025-08-22, 2021-25, 2025, 2020s, mid-2025
qsizetype Finder::matchNumeric(qsizetype i)
{
    const QStringView w = text(i);
    // day month [year]
    if (const int d = dayNumber(i); d > 0) {
        if (const int m = month(i + 1)) {
            qsizetype last = i + 1;
            qsizetype k = i + 2;
            if (isPunct(k, ','))
                ++k;
            int y = -1;
            if (isYearToken(k)) {
                y = number(k, 4, 4);
                last = k;
            } else if (m_dct.isValid()) {
                y = resolveYear(m, d, i);
            }
            const QString v = y > 0 ? monthDay(y, m, d) : QStringLiteral("XXXX-") + pad(m, 2) + QLatin1Char('-') + pad(d, 2);
            if (!v.isEmpty()) {
                addTimex(i, last, v);
                return last - i + 1;
            }
        }
    }
    if (tok(i).has(Token::Hyphenated) && !tok(i).has(Token::HasLetter)) {
        const QList<QStringView> parts = w.split(u'-');
        if (parts.size() == 3 && parts[0].size() == 4 && parts[1].size() == 2 && parts[2].size() == 2) {
            const QDate d(parseDigits(parts[0]), parseDigits(parts[1]), parseDigits(parts[2]));
            if (d.isValid() && plausibleYear(d.year())) {
                addTimex(i, i, dayValue(d));
                return 1;
            }
        }
        if (parts.size() == 2 && parts[0].size() == 4 && (parts[1].size() == 2 || parts[1].size() == 4)) {
            const int a = parseDigits(parts[0]);
            int b = parseDigits(parts[1]);
            if (parts[1].size() == 2 && b >= 0)
                b += a / 100 * 100;
            if (plausibleYear(a) && plausibleYear(b) && b > a && b - a < 100) {
                addTimex(i, i, yearValue(a) + QLatin1Char('/') + yearValue(b));
                return 1;
            }
        }
        if (parts.size() == 2 && parts[0].size() == 4 && parts[1].size() == 2) {
            const QDate d(parseDigits(parts[0]), parseDigits(parts[1]), 1);
            if (d.isValid() && plausibleYear(d.year())) {
                addTimex(i, i, monthValue(d.year(), d.month()));
                return 1;
            }
        }
        return 0;
    }
    if (tok(i).has(Token::Hyphenated) && tok(i).has(Token::HasLetter)) {
        // mid-2025, early-2026
        const qsizetype dash = w.indexOf(u'-');
        const QStringView head = w.left(dash);
        const QStringView tail = w.mid(dash + 1);
        if ((Lexicon::eqFolded(head, u"mid") || Lexicon::eqFolded(head, u"early")
                || Lexicon::eqFolded(head, u"late"))
            && tail.size() == 4 && plausibleYear(parseDigits(tail))) {
            addTimex(i, i, tail.toString());
            return 1;
        }
        return 0;
    }
    // 1990s, 2020s
    if (w.size() == 5 && w.endsWith(u's') && plausibleYear(parseDigits(w.left(4))) && w[3] == u'0') {
        addTimex(i, i, w.left(3).toString());
        return 1;
    }
    // Q3 2025 is handled with the letters; here: a bare year
    if (yearInContext(i)) {
        addTimex(i, i, w.toString());
        return 1;
    }
    return 0;
}

// August 22[, 2025], August 2025, in April, Wednesday
qsizetype Finder::matchMonth(qsizetype i)
{
    const QStringView w = text(i);
    if (const int m = month(i)) {
        const bool abbreviated = Lexicon::isMonthAbbreviation(w);
        qsizetype k = i + 1;
        if (const int d = dayNumber(k); d > 0 && !(valid(k + 1) && tok(k + 1).has(Token::Word) && !tok(k + 1).has(Token::HasLetter) && tok(k + 1).start == tok(k).end())) {
            qsizetype last = k;
            qsizetype y = -1;
            qsizetype j = k + 1;
            if (isPunct(j, ','))
                ++j;
            if (isYearToken(j)) {
                y = number(j, 4, 4);
                last = j;
            } else if (m_dct.isValid()) {
                y = resolveYear(m, d, i);
            }
            const QString v = y > 0 ? monthDay(int(y), m, d) : QStringLiteral("XXXX-") + pad(m, 2) + QLatin1Char('-') + pad(d, 2);
            if (!v.isEmpty()) {
                addTimex(i, last, v);
                return last - i + 1;
            }
        }
        qsizetype j = k;
        if (isPunct(j, ','))
            ++j;
        if (isYearToken(j)) {
            addTimex(i, j, monthValue(number(j, 4, 4), m));
            return j - i + 1;
        }
        if (abbreviated)
            return 0; // "Mar" or "Jan" alone is too often something else
        // A month on its own: "in April", "this June", "last May", "April's"
        const qsizetype prev = i - 1;
        const bool cuePrev = is(prev, u"in") || is(prev, u"since") || is(prev, u"by") || is(prev, u"until")
            || is(prev, u"from") || is(prev, u"during") || is(prev, u"early") || is(prev, u"late") || is(prev, u"mid")
            || is(prev, u"of") || is(prev, u"before") || is(prev, u"after") || is(prev, u"through") || is(prev, u"to")
            || is(prev, u"and") || is(prev, u"or") || is(prev, u"between") || is(prev, u"this")
            || is(prev, u"last") || is(prev, u"next") || is(prev, u"since");
        const bool nextIsName = valid(k) && tok(k).has(Token::Cap) && tok(k).has(Token::Word);
        if (nextIsName)
            return 0; // "April Smith"
        if (!cuePrev && (tok(i).has(Token::SentStart) || m == 5 || m == 3))
            return 0; // "May" the verb, "March" the verb, a headline word
        if (!m_dct.isValid()) {
            addTimex(i, i, QStringLiteral("XXXX-") + pad(m, 2));
            return 1;
        }
        qsizetype first = i;
        int y = m_dct.year();
        if (is(prev, u"this")) {
            first = prev;
        } else if (is(prev, u"last")) {
            first = prev;
            y = m < m_dct.month() ? y : y - 1;
        } else if (is(prev, u"next")) {
            first = prev;
            y = m > m_dct.month() ? y : y + 1;
        } else {
            y = resolveYear(m, 0, i);
        }
        addTimex(first, i, monthValue(y, m));
        return 1;
    }
    if (const int wd = weekdayFromName(w); wd > 0 && w.size() > 4 && !tok(i).has(Token::Dotted)) {
        if (!m_dct.isValid()) {
            addTimex(i, i, QStringLiteral("XXXX-XX-XX"));
            return 1;
        }
        const qsizetype prev = i - 1;
        qsizetype first = i;
        QDate d = m_dct;
        const int delta = (m_dct.dayOfWeek() - wd + 7) % 7;
        if (is(prev, u"last")) {
            first = prev;
            d = m_dct.addDays(delta == 0 ? -7 : -delta);
        } else if (is(prev, u"next")) {
            first = prev;
            const int ahead = (wd - m_dct.dayOfWeek() + 7) % 7;
            d = m_dct.addDays(ahead == 0 ? 7 : ahead);
        } else if (is(prev, u"this") || lean(i) == Lean::Future) {
            if (is(prev, u"this"))
                first = prev;
            const int ahead = (wd - m_dct.dayOfWeek() + 7) % 7;
            d = lean(i) == Lean::Future ? m_dct.addDays(ahead) : m_dct.addDays(-delta);
        } else {
            d = m_dct.addDays(-delta);
        }
        addTimex(first, i, dayValue(d));
        return i - first + 1;
    }
    return 0;
}

// this month, last week, a year ago, recently, now, the future, Q3, the third quarter of 2025
qsizetype Finder::matchRelative(qsizetype i)
{
    const QStringView w = text(i);
    if (w.size() > 12)
        return 0;
    // mid-January, early-March: the month, resolved like a bare month
    if (tok(i).has(Token::Hyphenated) && w.size() > 6) {
        const qsizetype dash = w.indexOf(u'-');
        const QStringView head = w.left(dash);
        if (Lexicon::eqFolded(head, u"mid") || Lexicon::eqFolded(head, u"early") || Lexicon::eqFolded(head, u"late")) {
            const QStringView rest = w.mid(dash + 1);
            if (const int m = monthFromName(rest); m && !Lexicon::isMonthAbbreviation(rest)) {
                if (isYearToken(i + 1)) {
                    addTimex(i, i + 1, monthValue(number(i + 1, 4, 4), m));
                    return 2;
                }
                addTimex(i, i, m_dct.isValid() ? monthValue(resolveYear(m, 0, i), m) : QStringLiteral("XXXX-") + pad(m, 2));
                return 1;
            }
        }
    }
    // Only a few words can open a relative date; most tokens leave here after one lookup.
    static const StringTable<bool> openers = [] {
        StringTable<bool> t;
        for (const char *o : {"earlier", "later", "this", "last", "next", "current", "a", "an", "one", "two", "three",
                 "four", "five", "six", "several", "few", "the", "recently", "currently", "nowadays", "presently",
                 "now", "at", "today", "yesterday", "tomorrow", "soon", "q1", "q2", "q3", "q4", "recent"})
            t.insert(QString::fromLatin1(o), true);
        return t;
    }();
    if (tok(i).has(Token::Cap)) {
        char16_t lower[12];
        for (qsizetype k = 0; k < w.size(); ++k) {
            const char16_t c = w[k].unicode();
            lower[k] = (c >= 'A' && c <= 'Z') ? char16_t(c + 32) : c;
        }
        if (!openers.contains(QStringView(lower, w.size())))
            return 0;
    } else if (!openers.contains(w)) {
        return 0;
    }
    const bool hasDct = m_dct.isValid();
    auto unitAt = [&](qsizetype k) -> int { // 1 day, 2 week, 3 month, 4 year, 5 quarter
        if (is(k, u"day"))
            return 1;
        if (is(k, u"week"))
            return 2;
        if (is(k, u"month"))
            return 3;
        if (is(k, u"year"))
            return 4;
        if (is(k, u"quarter"))
            return 5;
        return 0;
    };
    auto shifted = [&](int unit, int by) -> QString {
        if (!hasDct)
            return {};
        switch (unit) {
        case 1:
            return dayValue(m_dct.addDays(by));
        case 2:
            return weekValue(m_dct.addDays(7 * by));
        case 3: {
            const QDate d = m_dct.addMonths(by);
            return monthValue(d.year(), d.month());
        }
        case 4:
            return yearValue(m_dct.year() + by);
        case 5: {
            int q = (m_dct.month() - 1) / 3 + by;
            int y = m_dct.year();
            while (q < 0) {
                q += 4;
                --y;
            }
            while (q > 3) {
                q -= 4;
                ++y;
            }
            return quarterValue(y, q + 1);
        }
        }
        return {};
    };

    // this/last/next/past/coming + unit; earlier/later this + unit
    qsizetype first = i;
    qsizetype k = i;
    if ((is(k, u"earlier") || is(k, u"later")) && is(k + 1, u"this"))
        ++k;
    if (is(k, u"this") || is(k, u"last") || is(k, u"next") || is(k, u"current")) {
        const int unit = unitAt(k + 1);
        if (unit) {
            const int by = is(k, u"last") ? -1 : is(k, u"next") ? 1 : 0;
            // "last year's" is fine; "this year alone" too
            const QString v = shifted(unit, by);
            if (!v.isEmpty()) {
                addTimex(first, k + 1, v);
                return k + 2 - i;
            }
        }
        if (is(k, u"this") || is(k, u"last") || is(k, u"next")) {
            const QStringView season = valid(k + 1) ? text(k + 1) : QStringView();
            const char16_t *code = Lexicon::eq(season, u"spring") ? u"SP" : Lexicon::eq(season, u"summer") ? u"SU"
                : (Lexicon::eq(season, u"autumn") || Lexicon::eq(season, u"fall")) ? u"FA" : Lexicon::eq(season, u"winter") ? u"WI" : nullptr;
            if (code && hasDct) {
                const int y = m_dct.year() + (is(k, u"last") ? -1 : is(k, u"next") ? 1 : 0);
                addTimex(first, k + 1, yearValue(y) + QLatin1Char('-') + QStringView(code));
                return k + 2 - i;
            }
        }
    }
    // a year ago, two weeks ago, 3 days ago
    {
        int count = -1;
        if (is(i, u"a") || is(i, u"one") || is(i, u"an"))
            count = 1;
        else if (is(i, u"two"))
            count = 2;
        else if (is(i, u"three"))
            count = 3;
        else if (is(i, u"four"))
            count = 4;
        else if (is(i, u"five"))
            count = 5;
        else if (is(i, u"six"))
            count = 6;
        else if (is(i, u"several") || is(i, u"few"))
            count = 0;
        if (count >= 0 && valid(i + 2) && is(i + 2, u"ago")) {
            QStringView unit = text(i + 1);
            if (unit.endsWith(u's'))
                unit.chop(1);
            const int u = Lexicon::eq(unit, u"day") ? 1 : Lexicon::eq(unit, u"week") ? 2 : Lexicon::eq(unit, u"month") ? 3 : Lexicon::eq(unit, u"year") ? 4 : 0;
            if (u && hasDct) {
                const QString v = count == 0 ? QStringLiteral("PAST_REF") : shifted(u, -count);
                addTimex(i, i + 2, v);
                return 3;
            }
        }
    }
    // Q3, Q3 2025, the third quarter [of 2025], the first half of 2025
    {
        int q = 0;
        qsizetype last = i;
        if (w.size() == 2 && (w[0] == u'Q') && w[1] >= u'1' && w[1] <= u'4' && tok(i).has(Token::Word)) {
            q = w[1].unicode() - '0';
        } else if (is(i, u"the") && valid(i + 2) && is(i + 2, u"quarter")) {
            const QStringView o = text(i + 1);
            q = Lexicon::eq(o, u"first") ? 1 : Lexicon::eq(o, u"second") ? 2 : Lexicon::eq(o, u"third") ? 3 : Lexicon::eq(o, u"fourth") ? 4 : 0;
            last = i + 2;
        }
        if (q) {
            int y = -1;
            if (is(last + 1, u"of") && isYearToken(last + 2)) {
                y = number(last + 2, 4, 4);
                last += 2;
            } else if (isYearToken(last + 1)) {
                y = number(last + 1, 4, 4);
                last += 1;
            } else if (hasDct) {
                const int current = (m_dct.month() - 1) / 3 + 1;
                y = m_dct.year();
                if (q > current && lean(i) == Lean::Past)
                    --y;
            }
            if (y > 0) {
                addTimex(i, last, quarterValue(y, q));
                return last - i + 1;
            }
        }
    }
    // "in recent years": the past, without a date
    if (Lexicon::eqFolded(w, u"recent") && valid(i + 1)
        && (is(i + 1, u"years") || is(i + 1, u"months") || is(i + 1, u"weeks") || is(i + 1, u"days")
            || is(i + 1, u"decades"))) {
        addTimex(i, i + 1, QStringLiteral("PAST_REF"));
        return 2;
    }
    // reference words
    if (Lexicon::eqFolded(w, u"recently")) {
        addTimex(i, i, QStringLiteral("PAST_REF"));
        return 1;
    }
    if (Lexicon::eqFolded(w, u"currently") || Lexicon::eqFolded(w, u"nowadays")
        || Lexicon::eqFolded(w, u"presently")) {
        addTimex(i, i, QStringLiteral("PRESENT_REF"));
        return 1;
    }
    if (Lexicon::eqFolded(w, u"now")) {
        // "from now on", "now that" are still the present; "right now" likewise
        addTimex(i, i, QStringLiteral("PRESENT_REF"));
        return 1;
    }
    if (is(i, u"at") && is(i + 1, u"present") && !tok(i + 1).has(Token::Possessive)) {
        addTimex(i, i + 1, QStringLiteral("PRESENT_REF"));
        return 2;
    }
    if (Lexicon::eqFolded(w, u"today")) {
        // "today's world" and a sentence opened by "Today," speak of the present in general;
        // "said today" is the day of publication
        const bool generic = tok(i).has(Token::Possessive) || (tok(i).has(Token::SentStart) && isPunct(i + 1, ','));
        if (generic || !hasDct)
            addTimex(i, i, QStringLiteral("PRESENT_REF"));
        else
            addTimex(i, i, dayValue(m_dct));
        return 1;
    }
    if (Lexicon::eqFolded(w, u"yesterday") && hasDct) {
        addTimex(i, i, dayValue(m_dct.addDays(-1)));
        return 1;
    }
    if (Lexicon::eqFolded(w, u"tomorrow") && hasDct) {
        addTimex(i, i, dayValue(m_dct.addDays(1)));
        return 1;
    }
    if (Lexicon::eqFolded(w, u"soon") && !is(i - 1, u"as") && !is(i + 1, u"as")
        && !is(i + 1, u"after")) {
        addTimex(i, i, QStringLiteral("FUTURE_REF"));
        return 1;
    }
    // in the future / for the future / the future.
    if (is(i, u"the") && is(i + 1, u"future")) {
        const bool framed = is(i - 1, u"in") || is(i - 1, u"for") || is(i - 1, u"into");
        const bool closed = !valid(i + 2) || !tok(i + 2).has(Token::Word);
        if (framed || closed) {
            addTimex(i, i + 1, QStringLiteral("FUTURE_REF"));
            return 2;
        }
    }
    return 0;
}

} // namespace

QList<Timex> findDates(QStringView text, const std::vector<Token> &tokens, const QDate &dct)
{
    return Finder(text, tokens, dct).run();
}

QList<Timex> findDates(QStringView text, const QDate &dct)
{
    const std::vector<Token> tokens = tokenize(text);
    return findDates(text, tokens, dct);
}

} // namespace Annalist::Extract
