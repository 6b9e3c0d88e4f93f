#pragma once

#include <QString>

namespace DockPrep {

// A pronunciation for a word the recogniser's dictionary lacks ("containerd", "kubelet",
// "cgroup"): flite's CMU lexicon, or its letter-to-sound rules when the lexicon does not have the
// word either, written in the recogniser's phone set ("K AH N T EY N ER D"). Empty for anything
// that is not a lower-case word of letters.
QString pronunciationOf(const QString &word);

} // namespace DockPrep
