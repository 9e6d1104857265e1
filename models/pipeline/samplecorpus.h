#pragma once

#include <QStringList>

namespace Annalist {

// The seed articles shipped inside the binary, so a new user sees a populated window at once.
namespace SampleCorpus {

// Copies the bundled articles into folder (created when missing) and returns the written
// files; files already there are left alone. Empty on failure.
QStringList install(const QString &folder);

} // namespace SampleCorpus

} // namespace Annalist
