#include "ingest/charset.h"

#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#include <QStringDecoder>
#else
#include <QTextCodec>
#endif

namespace Annalist {

bool decodeCharset(const QByteArray &bytes, const QByteArray &charset, QString *text)
{
    if (charset.isEmpty())
        return false;
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    QStringDecoder decoder(charset.constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return false;
    *text = decoder.decode(bytes);
#else
    QTextCodec *codec = QTextCodec::codecForName(charset);
    if (!codec)
        return false;
    *text = codec->toUnicode(bytes);
#endif
    return true;
}

} // namespace Annalist
