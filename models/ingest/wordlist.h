#pragma once

#include <QStringView>

namespace Annalist {

// True when word (any case) is in the system's English word list (Debian wamerican,
// /usr/share/dict/american-english). The list is read once, on first use, from whichever
// thread gets there first; later calls from any thread only look up. Without the file every
// answer is false, so callers must treat "false" as "unknown", never as "not a word".
bool isDictionaryWord(QStringView word);

// Whether the word list could be loaded (for tests and diagnostics).
bool hasDictionary();

} // namespace Annalist
