#include "ingest/mime.h"

#include "ingest/charset.h"

#include <cctype>

namespace Annalist::Mime {

namespace {

bool isFieldNameChar(char c)
{
    return c > ' ' && c < 127 && c != ':';
}

// The end of the line starting at from (the index of its '\n', or size).
qsizetype lineEnd(const QByteArray &data, qsizetype from)
{
    const qsizetype end = data.indexOf('\n', from);
    return end < 0 ? data.size() : end;
}

QByteArray chompCr(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QString bytesAsText(const QByteArray &bytes)
{
    const QString utf8 = QString::fromUtf8(bytes);
    return utf8.contains(QChar::ReplacementCharacter) ? QString::fromLatin1(bytes) : utf8;
}

} // namespace

QByteArray Entity::header(const char *name) const
{
    for (const auto &field : headers) {
        if (field.first == name)
            return field.second;
    }
    return QByteArray();
}

bool parseEntity(const QByteArray &data, Entity *entity, bool topLevel)
{
    qsizetype pos = 0;
    if (topLevel && data.startsWith("From ")) // mbox separator line
        pos = lineEnd(data, 0) + 1;
    const qsizetype headerStart = pos;
    bool first = true;
    while (pos < data.size()) {
        const qsizetype end = lineEnd(data, pos);
        const QByteArray line = chompCr(data.mid(pos, end - pos));
        const qsizetype next = end + 1;
        if (line.isEmpty()) { // the blank line that ends the header
            pos = next;
            break;
        }
        // Past the limits the header is read to its end but no longer kept.
        const bool full = pos - headerStart > MaxHeaderBytes || entity->headers.size() >= MaxHeaderFields;
        if (line.at(0) == ' ' || line.at(0) == '\t') {
            if (!entity->headers.isEmpty() && !full)
                entity->headers.last().second += ' ' + line.trimmed(); // folded continuation
        } else {
            const qsizetype colon = line.indexOf(':');
            qsizetype i = 0;
            while (i < colon && isFieldNameChar(line.at(i)))
                ++i;
            if (colon <= 0 || i != colon) {
                if (first) {
                    if (topLevel)
                        return false; // not a message at all
                    entity->body = data; // a part without a header
                    return true;
                }
            } else if (!full) {
                entity->headers.append({ line.left(colon).toLower(), line.mid(colon + 1).trimmed() });
            }
        }
        first = false;
        pos = next;
    }
    if (first && topLevel)
        return false;
    entity->body = data.mid(std::min<qsizetype>(pos, data.size()));
    return true;
}

HeaderValue parseHeaderValue(const QByteArray &raw)
{
    HeaderValue result;
    qsizetype i = raw.indexOf(';');
    result.value = (i < 0 ? raw : raw.left(i)).trimmed().toLower();
    while (i >= 0 && i < raw.size()) {
        ++i; // past ';'
        const qsizetype eq = raw.indexOf('=', i);
        if (eq < 0)
            break;
        const QByteArray name = raw.mid(i, eq - i).trimmed().toLower();
        qsizetype j = eq + 1;
        while (j < raw.size() && (raw.at(j) == ' ' || raw.at(j) == '\t'))
            ++j;
        QByteArray value;
        if (j < raw.size() && raw.at(j) == '"') {
            for (++j; j < raw.size() && raw.at(j) != '"'; ++j) {
                if (raw.at(j) == '\\' && j + 1 < raw.size())
                    ++j;
                value += raw.at(j);
            }
            i = raw.indexOf(';', j);
        } else {
            i = raw.indexOf(';', j);
            value = raw.mid(j, i < 0 ? -1 : i - j).trimmed();
        }
        if (!name.isEmpty() && !result.parameters.contains(name))
            result.parameters.insert(name, value);
    }
    return result;
}

QList<QByteArray> splitMultipart(const QByteArray &body, const QByteArray &boundary, int maxParts)
{
    QList<QByteArray> parts;
    if (boundary.isEmpty())
        return parts;
    const QByteArray delimiter = "--" + boundary;
    qsizetype partStart = -1; // where the current part's content begins
    qsizetype pos = 0;
    while (pos < body.size() && parts.size() < maxParts) {
        const qsizetype end = lineEnd(body, pos);
        if (body.at(pos) == '-' && body.mid(pos, delimiter.size()) == delimiter) {
            const QByteArray rest = chompCr(body.mid(pos + delimiter.size(), end - pos - delimiter.size()));
            const bool closing = rest.startsWith("--");
            if (closing || rest.trimmed().isEmpty()) {
                if (partStart >= 0) {
                    // The line break before the delimiter belongs to the delimiter.
                    qsizetype contentEnd = pos > 0 ? pos - 1 : 0;
                    if (contentEnd > partStart && body.at(contentEnd - 1) == '\r')
                        --contentEnd;
                    parts.append(body.mid(partStart, std::max<qsizetype>(0, contentEnd - partStart)));
                }
                if (closing)
                    return parts;
                partStart = end + 1;
            }
        }
        pos = end + 1;
    }
    if (partStart >= 0 && partStart < body.size() && parts.size() < maxParts)
        parts.append(body.mid(partStart)); // no closing delimiter: a truncated message
    return parts;
}

QByteArray decodeQuotedPrintable(const QByteArray &data, bool headerForm)
{
    QByteArray out;
    out.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (headerForm && c == '_') {
            out += ' ';
        } else if (c == '=') {
            if (i + 2 < data.size() && hexValue(data.at(i + 1)) >= 0 && hexValue(data.at(i + 2)) >= 0) {
                out += char(hexValue(data.at(i + 1)) * 16 + hexValue(data.at(i + 2)));
                i += 2;
            } else if (i + 1 < data.size() && (data.at(i + 1) == '\n' || data.at(i + 1) == '\r')) {
                i += (data.at(i + 1) == '\r' && i + 2 < data.size() && data.at(i + 2) == '\n') ? 2 : 1; // soft break
            } else if (i + 1 == data.size()) {
                // a soft break at the very end
            } else {
                out += c; // not an escape: kept, as RFC 2045 recommends
            }
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray decodeTransferEncoding(const QByteArray &body, const QByteArray &encoding)
{
    const QByteArray e = encoding.trimmed().toLower();
    if (e == "base64")
        return QByteArray::fromBase64(body);
    if (e == "quoted-printable")
        return decodeQuotedPrintable(body);
    return body;
}

QString decodeHeaderText(const QByteArray &raw)
{
    QString result;
    qsizetype pos = 0;
    bool lastWasEncoded = false;
    while (pos < raw.size()) {
        const qsizetype start = raw.indexOf("=?", pos);
        qsizetype q1 = start < 0 ? -1 : raw.indexOf('?', start + 2);
        qsizetype q2 = q1 < 0 ? -1 : raw.indexOf('?', q1 + 1);
        const qsizetype close = q2 < 0 ? -1 : raw.indexOf("?=", q2 + 1);
        if (start < 0 || close < 0 || q2 != q1 + 2) {
            result += bytesAsText(raw.mid(pos));
            break;
        }
        const QByteArray between = raw.mid(pos, start - pos);
        // Whitespace between two encoded words is not part of the text (RFC 2047 6.2).
        if (!(lastWasEncoded && between.trimmed().isEmpty()))
            result += bytesAsText(between);
        QByteArray charset = raw.mid(start + 2, q1 - start - 2);
        if (const qsizetype star = charset.indexOf('*'); star >= 0)
            charset.truncate(star); // RFC 2231 language suffix
        const char kind = char(std::toupper(uchar(raw.at(q1 + 1))));
        const QByteArray payload = raw.mid(q2 + 1, close - q2 - 1);
        const QByteArray bytes = kind == 'B' ? QByteArray::fromBase64(payload) : decodeQuotedPrintable(payload, true);
        QString text;
        if (!decodeCharset(bytes, charset.toLower(), &text))
            text = bytesAsText(bytes);
        result += text;
        lastWasEncoded = true;
        pos = close + 2;
    }
    return result.simplified();
}

QString displayName(const QString &mailbox)
{
    QString s = mailbox.trimmed();
    const qsizetype open = s.indexOf(QLatin1Char('<'));
    if (open > 0) {
        QString name = s.left(open).trimmed();
        if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
            name = name.mid(1, name.size() - 2).replace(QLatin1String("\\\""), QLatin1String("\""));
        if (!name.isEmpty())
            return name.simplified();
    }
    if (open == 0) {
        const qsizetype close = s.indexOf(QLatin1Char('>'));
        return s.mid(1, close < 0 ? -1 : close - 1).trimmed();
    }
    // "jane@example.com (Jane Doe)", the old comment form
    const qsizetype paren = s.indexOf(QLatin1Char('('));
    if (paren > 0 && s.endsWith(QLatin1Char(')')))
        return s.mid(paren + 1, s.size() - paren - 2).trimmed();
    return s;
}

} // namespace Annalist::Mime
