#pragma once

#include <QStringView>

namespace Annalist::CleanerWords {

// True when head + tail, lower-cased, is an English word. The list is the extraction engine's
// commonwords.txt (lower-case entries of Debian's wamerican, generated at build time into the
// annalist_extract_data resource), shared rather than embedded a second time. Thread-safe; the
// list loads once, on first use.
bool isWord(QStringView head, QStringView tail = {});

// False when the build had no word list; then no hyphen is ever removed.
bool available();

} // namespace Annalist::CleanerWords
