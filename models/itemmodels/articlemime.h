#pragma once

#include <QByteArray>
#include <QDataStream>
#include <QIODevice>
#include <QList>
#include <QMimeData>
#include <QString>

namespace Annalist::ArticleMime {

// Articles dragged out of the article list (onto a tag, ...) travel as their ids.
inline QString idsType()
{
    return QStringLiteral("application/x-annalist-article-ids");
}

inline QByteArray encodeIds(const QList<qint64> &ids)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << qint32(ids.size());
    for (const qint64 id : ids)
        stream << id;
    return bytes;
}

// Empty for anything that is not a well-formed list of positive ids.
inline QList<qint64> decodeIds(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(idsType()))
        return {};
    QDataStream stream(mime->data(idsType()));
    qint32 count = 0;
    stream >> count;
    if (count <= 0 || count > 10'000'000)
        return {};
    QList<qint64> ids;
    ids.reserve(count);
    for (qint32 i = 0; i < count; ++i) {
        qint64 id = 0;
        stream >> id;
        if (stream.status() != QDataStream::Ok || id <= 0)
            return {};
        ids.append(id);
    }
    return ids;
}

} // namespace Annalist::ArticleMime
