#pragma once

#include <QString>

namespace Annalist {

// Whether this build colours articles with KSyntaxHighlighting. Builds without it show plain text;
// the About box says so.
bool syntaxHighlightingAvailable();

// Version of KSyntaxHighlighting this build was compiled against, e.g. "5.103.0"; empty without it.
QString syntaxHighlightingVersion();

} // namespace Annalist
