#pragma once

#include <QString>
#include <QStringView>

namespace Annalist {

// The outlet an article names near its head: an agency credit after a dateline
// ("Jan 8, 2026 (AFP)", "BEIJING (Reuters) -") or a source line ("Source: ET").
// Only the first lines are read; empty when none is found.
QString detectOutlet(QStringView text);

} // namespace Annalist
