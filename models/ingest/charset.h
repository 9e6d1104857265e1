#pragma once

#include <QByteArray>
#include <QString>

namespace Annalist {

// Decodes bytes in a charset named the way MIME and HTML name them ("windows-1251",
// "Shift_JIS", "koi8-r", ...) with Qt's converters in either Qt flavour. Returns false when
// Qt does not know the charset; text is left alone then.
bool decodeCharset(const QByteArray &bytes, const QByteArray &charset, QString *text);

} // namespace Annalist
