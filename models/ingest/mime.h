#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace Annalist::Mime {

// One entity of an Internet message (RFC 5322 / MIME): its header fields, unfolded, and
// its body, still transfer-encoded.
struct Entity
{
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-case, values raw and unfolded
    QByteArray body;

    QByteArray header(const char *name) const; // the first field of that name; empty if none
};

// A Content-Type (or Content-Disposition) value: "text/plain; charset=utf-8" -> type
// "text/plain", parameters {"charset": "utf-8"}. Type and parameter names lower-case.
struct HeaderValue
{
    QByteArray value;
    QHash<QByteArray, QByteArray> parameters;
};

// Limits against hostile messages; beyond them the rest is ignored.
constexpr int MaxHeaderFields = 1000;
constexpr qsizetype MaxHeaderBytes = 1024 * 1024;
constexpr int MaxDepth = 10; // nested multiparts
constexpr int MaxParts = 1000; // leaves and containers of one message together

// Splits data into header fields and body. A message (topLevel) must start with a header
// field ("Name: value"), else false; an mbox "From " line before it is skipped. A part of a
// multipart may have no header at all.
bool parseEntity(const QByteArray &data, Entity *entity, bool topLevel);

HeaderValue parseHeaderValue(const QByteArray &raw);

// The bodies of a multipart entity between its boundary lines, at most maxParts of them.
QList<QByteArray> splitMultipart(const QByteArray &body, const QByteArray &boundary, int maxParts);

// Undoes Content-Transfer-Encoding: base64, quoted-printable; anything else as is.
QByteArray decodeTransferEncoding(const QByteArray &body, const QByteArray &encoding);

QByteArray decodeQuotedPrintable(const QByteArray &data, bool headerForm = false);

// A header value as text: RFC 2047 encoded words ("=?utf-8?Q?Z=C3=BCrich?=") decoded,
// other bytes read as UTF-8 (Latin-1 when they are not).
QString decodeHeaderText(const QByteArray &raw);

// "Jane Doe <jane@example.com>" -> "Jane Doe"; a bare address stays an address.
QString displayName(const QString &mailbox);

} // namespace Annalist::Mime
